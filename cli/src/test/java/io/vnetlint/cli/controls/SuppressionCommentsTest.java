package io.vnetlint.cli.controls;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionCommentsTest {

  @Test
  void terraformCommentAboveAResourceCoversTheWholeBlock() {
    List<Suppression> found = SuppressionComments.find(SourceText.of("main.tf", """
        resource "a" "x" {
          name = "x"
        }

        # vnetlint:ignore VNL102, VNL103 -- peered from the hub repository
        resource "azurerm_virtual_network_peering" "p" {
          name = "p # not a comment"
          tags = {
            owner = "net"
          }
        }
        resource "b" "y" {}
        """));
    assertThat(found).hasSize(1);
    Suppression s = found.get(0);
    assertThat(s.ruleIds()).containsExactly("VNL102", "VNL103");
    assertThat(s.reason()).isEqualTo("peered from the hub repository");
    assertThat(s.firstLine()).isEqualTo(6);
    assertThat(s.lastLine()).isEqualTo(11);
    assertThat(s.comment().startLine()).isEqualTo(5);
  }

  @Test
  void terraformHeredocsAreStringsNotComments() {
    List<Suppression> found = SuppressionComments.find(SourceText.of("main.tf", """
        resource "azurerm_linux_virtual_machine" "vm" {
          custom_data = base64encode(<<-EOT
            #!/bin/bash
            # vnetlint:ignore VNL101 -- a shell comment in a script, not ours
            echo "{"
            EOT
          )
          policy = <<POLICY
        // vnetlint:ignore VNL102 -- text of a policy
        POLICY
        }

        # vnetlint:ignore VNL103 -- the real one
        resource "azurerm_virtual_network_peering" "p" {
          use_remote_gateways = true
        }
        """));
    assertThat(found).singleElement().satisfies(s -> {
      assertThat(s.ruleIds()).containsExactly("VNL103");
      assertThat(s.firstLine()).isEqualTo(14);
      assertThat(s.lastLine()).isEqualTo(16);
    });
  }

  @Test
  void heredocMarkersAreRecognisedOnlyWhereTheyStartOne() {
    assertThat(SuppressionComments.heredocEnd("<<EOT\nx\nEOT\n", 0)).isEqualTo(11);
    assertThat(SuppressionComments.heredocEnd("<<-EOT\r\nx\r\n  EOT\r\n", 0)).isEqualTo(16);
    assertThat(SuppressionComments.heredocEnd("<<EOT\nx\n", 0)).as("unterminated: to the end").isEqualTo(8);
    assertThat(SuppressionComments.heredocEnd("<< EOT\n", 0)).isEqualTo(-1);
    assertThat(SuppressionComments.heredocEnd("<<EOT x\n", 0)).isEqualTo(-1);
    assertThat(SuppressionComments.heredocEnd("<<1\n1\n", 0)).isEqualTo(-1);
    assertThat(SuppressionComments.heredocEnd("a << b", 2)).isEqualTo(-1);
  }

  @Test
  void commentAboveAnAttributeCoversThatAttribute() {
    List<Suppression> found = SuppressionComments.find(SourceText.of("main.tf", """
        resource "azurerm_virtual_network_peering" "p" {
          // vnetlint:ignore VNL103 -- transit is intended here
          allow_gateway_transit = false
          use_remote_gateways   = true
        }
        """));
    assertThat(found).singleElement().satisfies(s -> {
      assertThat(s.firstLine()).isEqualTo(3);
      assertThat(s.lastLine()).isEqualTo(3);
    });
  }

  @Test
  void trailingCommentCoversItsOwnLine() {
    List<Suppression> found = SuppressionComments.find(SourceText.of("main.tf", """
        resource "p" "p" {
          use_remote_gateways = true # vnetlint:ignore VNL103 -- reviewed
        }
        """));
    assertThat(found).singleElement().satisfies(s -> {
      assertThat(s.firstLine()).isEqualTo(2);
      assertThat(s.lastLine()).isEqualTo(2);
    });
  }

  @Test
  void bicepCommentsAndStrings() {
    List<Suppression> found = SuppressionComments.find(SourceText.of("main.bicep", """
        var note = '// vnetlint:ignore VNL101 -- inside a string, not a comment'
        // vnetlint:ignore VNL101 -- the spoke is renumbered in CHG-1
        resource peering 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2023-11-01' = {
          name: 'hub/to-spoke'
          properties: {
            remoteVirtualNetwork: { id: spoke.id }
          }
        }
        """));
    assertThat(found).singleElement().satisfies(s -> {
      assertThat(s.firstLine()).isEqualTo(3);
      assertThat(s.lastLine()).isEqualTo(8);
    });
  }

  @Test
  void armJsonLineAndBlockComments() {
    List<Suppression> found = SuppressionComments.find(SourceText.of("azuredeploy.json", """
        {
          "resources": [
            // vnetlint:ignore VNL101 -- legacy network, retired in Q3
            {
              "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
              "name": "hub/to-spoke"
            },
            {
              /* vnetlint:ignore VNL103 -- reviewed */
              "properties": { "useRemoteGateways": true }
            }
          ]
        }
        """));
    assertThat(found).hasSize(2);
    assertThat(found.get(0).firstLine()).isEqualTo(4);
    assertThat(found.get(0).lastLine()).isEqualTo(7);
    assertThat(found.get(1).ruleIds()).containsExactly("VNL103");
    assertThat(found.get(1).reason()).isEqualTo("reviewed");
    assertThat(found.get(1).firstLine()).isEqualTo(10);
    assertThat(found.get(1).lastLine()).isEqualTo(10);
  }

  @Test
  void missingReasonAndProseMentionsAreTold() {
    List<Suppression> found = SuppressionComments.find(SourceText.of("main.tf", """
        # Use vnetlint:ignore VNL101 -- to silence a finding (prose, not a suppression)
        # vnetlint:ignore VNL101
        resource "a" "b" {}
        # vnetlint:ignore VNL101 --
        resource "a" "c" {}
        """));
    assertThat(found).hasSize(2);
    assertThat(found).allSatisfy(s -> assertThat(s.hasReason()).isFalse());
  }
}
