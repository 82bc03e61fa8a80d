package io.vnetlint.hcl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Value;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resource instances: count and for_each keys, references between resources, dynamic blocks, body shape. */
class ResourcesTest {
  @TempDir
  Path dir;

  @Test
  void countAndForEachMakeInstancesWithTerraformKeys() {
    var run = new TfProject(dir).file("main.tf", """
        resource "azurerm_subnet" "counted" {
          count = 2
          name  = "snet-${count.index}"
        }
        resource "azurerm_subnet" "keyed" {
          for_each         = { gw = "10.0.0.0/27", app = "10.0.1.0/24" }
          name             = each.key
          address_prefixes = [each.value]
        }
        resource "azurerm_subnet" "set" {
          for_each = toset(["b", "a"])
          name     = each.value
        }
        resource "azurerm_subnet" "none" {
          count = 0
        }
        """).evaluate();
    assertThat(run.addresses()).containsExactly(
        "azurerm_subnet.counted[0]", "azurerm_subnet.counted[1]",
        "azurerm_subnet.keyed[\"app\"]", "azurerm_subnet.keyed[\"gw\"]",
        "azurerm_subnet.set[\"a\"]", "azurerm_subnet.set[\"b\"]");
    assertThat(run.show("azurerm_subnet.counted[1]", "name")).isEqualTo("\"snet-1\"");
    assertThat(run.show("azurerm_subnet.keyed[\"gw\"]", "address_prefixes")).isEqualTo("[\"10.0.0.0/27\"]");
    assertThat(run.show("azurerm_subnet.set[\"b\"]", "name")).isEqualTo("\"b\"");
  }

  @Test
  void anUnknownCountSkipsTheResourceWithAWarning() {
    var run = new TfProject(dir).file("main.tf", """
        variable "n" {}
        resource "azurerm_subnet" "s" {
          count = var.n
        }
        resource "azurerm_subnet" "e" {
          for_each = data.x.y.map
        }
        """).evaluate();
    assertThat(run.addresses()).isEmpty();
    assertThat(run.warnings()).containsExactly(
        "count of azurerm_subnet.s is unknown (variable 'n' has no value); its instances are not analyzed",
        "for_each of azurerm_subnet.e is unknown (data source data.x.y is read when Terraform runs); its instances"
            + " are not analyzed");
  }

  @Test
  void idReferencesAreEdgesAndOtherAttributesAreTheArguments() {
    var run = new TfProject(dir).file("main.tf", """
        resource "azurerm_virtual_network" "hub" {
          name          = "vnet-hub"
          address_space = ["10.0.0.0/16"]
        }
        resource "azurerm_subnet" "gw" {
          name                 = "GatewaySubnet"
          virtual_network_name = azurerm_virtual_network.hub.name
          vnet_id              = azurerm_virtual_network.hub.id
          space                = azurerm_virtual_network.hub.address_space[0]
          guid                 = azurerm_virtual_network.hub.guid
        }
        """).evaluate();
    assertThat(run.show("azurerm_subnet.gw", "virtual_network_name")).isEqualTo("\"vnet-hub\"");
    assertThat(run.show("azurerm_subnet.gw", "vnet_id")).isEqualTo("ref(azurerm_virtual_network.hub)");
    Value.Ref ref = (Value.Ref) run.value("azurerm_subnet.gw", "vnet_id");
    assertThat(ref.ref()).isEqualTo(new io.vnetlint.model.ResourceRef.ByAddress("azurerm_virtual_network.hub",
        "azurerm_virtual_network"));
    assertThat(run.show("azurerm_subnet.gw", "space")).isEqualTo("\"10.0.0.0/16\"");
    assertThat(run.show("azurerm_subnet.gw", "guid"))
        .isEqualTo("unknown(azurerm_virtual_network.hub.guid is known after apply)");
  }

  @Test
  void referencesToInstancesByKeyIndexAndSplat() {
    var run = new TfProject(dir).file("main.tf", """
        resource "azurerm_subnet" "s" {
          for_each = toset(["gw", "app"])
          name     = each.key
        }
        resource "azurerm_public_ip" "pip" {
          count = 2
          name  = "pip${count.index}"
        }
        resource "t" "x" {
          static  = azurerm_subnet.s["gw"].id
          dynamic = [for k in ["app"] : azurerm_subnet.s[k].id]
          splat   = azurerm_public_ip.pip[*].id
          names   = values(azurerm_subnet.s)[*].name
          ip      = azurerm_public_ip.pip[1].ip_address
          whole   = length(azurerm_public_ip.pip)
          missing = azurerm_subnet.s["db"].id
        }
        """).evaluate();
    assertThat(run.show("t.x", "static")).isEqualTo("ref(azurerm_subnet.s[\"gw\"])");
    assertThat(run.show("t.x", "dynamic")).isEqualTo("[ref(azurerm_subnet.s[\"app\"])]");
    assertThat(run.show("t.x", "splat")).isEqualTo("[ref(azurerm_public_ip.pip[0]), ref(azurerm_public_ip.pip[1])]");
    assertThat(run.show("t.x", "names")).isEqualTo("[\"app\", \"gw\"]");
    // the convention with the azurerm mapper: a public IP's address is a reference to the public IP
    Value.Ref ip = (Value.Ref) run.value("t.x", "ip");
    assertThat(ip.ref()).isEqualTo(new io.vnetlint.model.ResourceRef.ByAddress("azurerm_public_ip.pip[1]",
        "azurerm_public_ip"));
    assertThat(run.show("t.x", "whole")).isEqualTo("2");
    assertThat(run.show("t.x", "missing")).startsWith("unknown(invalid index: azurerm_subnet.s has no instance");
  }

  @Test
  void referencesInBothDirectionsBetweenResourcesWork() {
    var run = new TfProject(dir).file("main.tf", """
        resource "azurerm_virtual_network_peering" "a_to_b" {
          name                      = "a-to-b"
          remote_virtual_network_id = azurerm_virtual_network.b.id
          virtual_network_name      = azurerm_virtual_network.a.name
        }
        resource "azurerm_virtual_network" "a" {
          name = "a"
          tags = { peer = azurerm_virtual_network_peering.b_to_a.name }
        }
        resource "azurerm_virtual_network" "b" {
          name = "b"
        }
        resource "azurerm_virtual_network_peering" "b_to_a" {
          name                      = "b-to-a"
          remote_virtual_network_id = azurerm_virtual_network.a.id
        }
        """).evaluate();
    assertThat(run.show("azurerm_virtual_network_peering.a_to_b", "virtual_network_name")).isEqualTo("\"a\"");
    assertThat(run.show("azurerm_virtual_network.a", "tags")).isEqualTo("{peer = \"b-to-a\"}");
    assertThat(run.warnings()).isEmpty();
  }

  @Test
  void dynamicBlocksExpandIntoNestedBlocksInSourceOrder() {
    var run = new TfProject(dir).file("main.tf", """
        locals {
          subnets = { app = "10.0.1.0/24", gw = "10.0.0.0/27" }
        }
        resource "azurerm_virtual_network" "hub" {
          name = "hub"
          subnet {
            name             = "static"
            address_prefixes = ["10.0.9.0/24"]
          }
          dynamic "subnet" {
            for_each = local.subnets
            iterator = s
            content {
              name             = s.key
              address_prefixes = [s.value]
              dynamic "delegation" {
                for_each = s.key == "app" ? ["d"] : []
                content {
                  name = delegation.value
                }
              }
            }
          }
          lifecycle {
            ignore_changes = [tags]
          }
        }
        resource "azurerm_virtual_network" "unknown" {
          dynamic "subnet" {
            for_each = data.x.y.subnets
            content {
              name = subnet.key
            }
          }
        }
        """).evaluate();
    TerraformResource hub = run.resource("azurerm_virtual_network.hub");
    assertThat(hub.body().keys()).containsExactly("name", "subnet");
    assertThat(run.show("azurerm_virtual_network.hub", "subnet")).isEqualTo(
        "[{address_prefixes = [\"10.0.9.0/24\"], name = \"static\"}, "
            + "{address_prefixes = [\"10.0.1.0/24\"], delegation = [{name = \"d\"}], name = \"app\"}, "
            + "{address_prefixes = [\"10.0.0.0/27\"], delegation = [], name = \"gw\"}]");
    assertThat(run.show("azurerm_virtual_network.unknown", "subnet")).startsWith(
        "unknown(the subnet blocks are unknown: dynamic for_each is unknown (data source data.x.y");
  }

  @Test
  void bodyRangesPointAtNamesExpressionsAndHeaders() {
    var run = new TfProject(dir).file("main.tf", """
        variable "space" { default = ["10.0.0.0/16"] }
        resource "azurerm_virtual_network" "hub" {
          address_space = var.space
          subnet {
            name = "a"
          }
        }
        """).evaluate();
    TerraformResource hub = run.resource("azurerm_virtual_network.hub");
    assertThat(hub.range().toString()).isEqualTo("main.tf:2:1-2:43");
    Value.Member space = hub.body().member("address_space").orElseThrow();
    assertThat(space.keyRange().toString()).isEqualTo("main.tf:3:3-3:16");
    assertThat(space.value().range().toString()).isEqualTo("main.tf:3:19-3:28");
    // the elements keep the place they were written
    assertThat(((Value.Arr) space.value()).items().get(0).range().toString()).isEqualTo("main.tf:1:31-1:44");
    assertThat(hub.body().member("subnet").orElseThrow().keyRange().toString()).isEqualTo("main.tf:4:3-4:9");
    assertThat(hub.modulePath()).isEmpty();
    assertThat(hub.origin().file()).isEqualTo("main.tf");
    assertThat(hub.fromPlan()).isFalse();
  }

  @Test
  void selfAndCountIndexOutsideCount() {
    var run = new TfProject(dir).file("main.tf", """
        resource "t" "x" {
          a = self.name
          b = count.index
        }
        """).evaluate();
    assertThat(run.show("t.x", "a")).isEqualTo("unknown(self is not evaluated)");
    assertThat(run.show("t.x", "b")).startsWith("unknown(\"count\" is not available here");
  }
}
