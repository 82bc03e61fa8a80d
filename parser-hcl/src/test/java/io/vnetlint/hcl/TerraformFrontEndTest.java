package io.vnetlint.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front end end to end: a realistic hub-spoke configuration (root module, a local spoke module called with
 * for_each, tfvars, a sensitive shared key) loaded into typed resources; root module detection; syntax errors;
 * plan files re-pointed at their blocks.
 */
class TerraformFrontEndTest {
  @TempDir
  Path dir;

  private void write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private FrontEnd.Result load() throws IOException {
    return load(ScanInput.TerraformInputs.NONE);
  }

  private FrontEnd.Result load(ScanInput.TerraformInputs inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).filter(p -> !dir.relativize(p).toString().startsWith(".terraform"))
          .forEach(p -> files.add(dir.relativize(p)));
    }
    files.sort(null);
    return new TerraformFrontEnd().load(new ScanInput(dir, files, List.of(), List.of(), inputs));
  }

  private static <T extends AzureResource> List<T> of(FrontEnd.Result r, Class<T> type) {
    return r.resources().stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static <T extends AzureResource> T one(FrontEnd.Result r, Class<T> type, String address) {
    return of(r, type).stream().filter(x -> x.header().address().equals(address)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + address + " in "
            + r.resources().stream().map(x -> x.header().address()).toList()));
  }

  private void hubSpoke() throws IOException {
    write("live/main.tf", """
        variable "location" { default = "westeurope" }
        variable "onprem_gateway_ip" {}
        variable "vpn_psk" {
          type      = string
          sensitive = true
        }
        locals {
          spokes = {
            app  = { space = "10.1.0.0/16" }
            data = { space = "10.2.0.0/16" }
          }
        }
        resource "azurerm_resource_group" "net" {
          name     = "rg-net"
          location = var.location
        }
        resource "azurerm_virtual_network" "hub" {
          name                = "vnet-hub"
          location            = var.location
          resource_group_name = azurerm_resource_group.net.name
          address_space       = ["10.0.0.0/16"]
        }
        resource "azurerm_subnet" "gateway" {
          name                 = "GatewaySubnet"
          resource_group_name  = azurerm_resource_group.net.name
          virtual_network_name = azurerm_virtual_network.hub.name
          address_prefixes     = [cidrsubnet(azurerm_virtual_network.hub.address_space[0], 11, 0)]
        }
        resource "azurerm_public_ip" "gw" {
          name                = "pip-vpngw"
          location            = var.location
          resource_group_name = azurerm_resource_group.net.name
          allocation_method   = "Static"
          sku                 = "Standard"
        }
        resource "azurerm_virtual_network_gateway" "vpn" {
          name                = "vpngw-hub"
          location            = var.location
          resource_group_name = azurerm_resource_group.net.name
          type                = "Vpn"
          vpn_type            = "RouteBased"
          sku                 = "VpnGw1"
          bgp_enabled         = false
          ip_configuration {
            name                 = "vnetGatewayConfig"
            public_ip_address_id = azurerm_public_ip.gw.id
            subnet_id            = azurerm_subnet.gateway.id
          }
        }
        resource "azurerm_local_network_gateway" "onprem" {
          name                = "lgw-onprem"
          location            = var.location
          resource_group_name = azurerm_resource_group.net.name
          gateway_address     = var.onprem_gateway_ip
          address_space       = ["192.168.0.0/16"]
        }
        resource "azurerm_virtual_network_gateway_connection" "onprem" {
          name                       = "cn-onprem"
          location                   = var.location
          resource_group_name        = azurerm_resource_group.net.name
          type                       = "IPsec"
          virtual_network_gateway_id = azurerm_virtual_network_gateway.vpn.id
          local_network_gateway_id   = azurerm_local_network_gateway.onprem.id
          shared_key                 = var.vpn_psk
        }
        module "spoke" {
          source         = "../modules/spoke"
          for_each       = local.spokes
          name           = "vnet-${each.key}"
          location       = var.location
          resource_group = azurerm_resource_group.net.name
          address_space  = [each.value.space]
          hub_id         = azurerm_virtual_network.hub.id
          hub_name       = azurerm_virtual_network.hub.name
        }
        resource "azurerm_virtual_network_peering" "hub_to_spoke" {
          for_each                     = module.spoke
          name                         = "hub-to-${each.key}"
          resource_group_name          = azurerm_resource_group.net.name
          virtual_network_name         = azurerm_virtual_network.hub.name
          remote_virtual_network_id    = each.value.vnet_id
          allow_gateway_transit        = true
          depends_on                   = [azurerm_virtual_network_gateway.vpn]
        }
        """);
    write("live/terraform.tfvars", """
        onprem_gateway_ip = "203.0.113.10"
        vpn_psk           = "tfvars-psk-value"
        """);
    write("modules/spoke/main.tf", """
        variable "name" {}
        variable "location" {}
        variable "resource_group" {}
        variable "address_space" { type = list(string) }
        variable "hub_id" {}
        variable "hub_name" {}
        resource "azurerm_virtual_network" "this" {
          name                = var.name
          location            = var.location
          resource_group_name = var.resource_group
          address_space       = var.address_space
          subnet {
            name             = "workload"
            address_prefixes = [cidrsubnet(var.address_space[0], 8, 1)]
          }
        }
        resource "azurerm_virtual_network_peering" "to_hub" {
          name                      = "${var.name}-to-hub"
          resource_group_name       = var.resource_group
          virtual_network_name      = azurerm_virtual_network.this.name
          remote_virtual_network_id = var.hub_id
          use_remote_gateways       = true
        }
        output "vnet_id" {
          value = azurerm_virtual_network.this.id
        }
        """);
  }

  @Test
  void aHubSpokeConfigurationBecomesTypedResources() throws IOException {
    hubSpoke();
    FrontEnd.Result r = load();
    assertThat(r.diagnostics()).filteredOn(d -> d.kind() != Diagnostic.Kind.NOT_CHECKED).isEmpty();
    assertThat(r.filesRead()).contains("live/main.tf", "live/terraform.tfvars", "modules/spoke/main.tf");

    VirtualNetwork hub = one(r, VirtualNetwork.class, "azurerm_virtual_network.hub");
    assertThat(hub.addressSpace().known().orElseThrow().describe()).contains("10.0.0.0/16");
    assertThat(hub.header().id().resourceGroup()).isEqualTo("rg-net");
    assertThat(hub.header().range().toString()).isEqualTo("live/main.tf:17:1-17:43");

    Subnet gateway = one(r, Subnet.class, "azurerm_subnet.gateway");
    assertThat(gateway.name().known()).contains("GatewaySubnet");
    assertThat(gateway.addressPrefixes().known().orElseThrow().describe()).contains("10.0.0.0/27");
    assertThat(gateway.header().id().names()).containsExactly("vnet-hub", "GatewaySubnet");

    VirtualNetwork app = one(r, VirtualNetwork.class, "module.spoke[\"app\"].azurerm_virtual_network.this");
    assertThat(app.addressSpace().known().orElseThrow().describe()).contains("10.1.0.0/16");
    assertThat(app.header().range().file()).isEqualTo("modules/spoke/main.tf");
    assertThat(of(r, Subnet.class)).anyMatch(s -> s.inline()
        && s.addressPrefixes().known().orElseThrow().describe().contains("10.2.1.0/24"));

    Peering toHub = one(r, Peering.class, "module.spoke[\"data\"].azurerm_virtual_network_peering.to_hub");
    assertThat(toHub.remoteVirtualNetwork().known())
        .contains(new ResourceRef.ByAddress("azurerm_virtual_network.hub", "azurerm_virtual_network"));
    assertThat(toHub.useRemoteGateways().known()).contains(true);
    Peering hubToApp = one(r, Peering.class, "azurerm_virtual_network_peering.hub_to_spoke[\"app\"]");
    assertThat(hubToApp.remoteVirtualNetwork().known()).contains(
        new ResourceRef.ByAddress("module.spoke[\"app\"].azurerm_virtual_network.this", "azurerm_virtual_network"));

    VirtualNetworkGateway vpn = one(r, VirtualNetworkGateway.class, "azurerm_virtual_network_gateway.vpn");
    assertThat(vpn.sku().known()).contains("VpnGw1");
    assertThat(vpn.enableBgp().known()).contains(false);
    LocalNetworkGateway onprem = one(r, LocalNetworkGateway.class, "azurerm_local_network_gateway.onprem");
    assertThat(onprem.gatewayIpAddress().known()).contains("203.0.113.10");
    Connection connection = one(r, Connection.class, "azurerm_virtual_network_gateway_connection.onprem");
    assertThat(connection.sharedKey().isKnown()).isTrue();
    assertThat(connection.virtualNetworkGateway1().known()).contains(
        new ResourceRef.ByAddress("azurerm_virtual_network_gateway.vpn", "azurerm_virtual_network_gateway"));

    // the secret's text in the tfvars file is a sensitive range; the secret never appears in a message
    assertThat(r.sensitiveRanges()).extracting(SourceRange::toString).contains("live/terraform.tfvars:2:21-2:39");
    assertThat(r.diagnostics()).noneMatch(d -> d.message().contains("tfvars-psk-value"));
  }

  @Test
  void aModuleCalledByAnotherScannedModuleIsNotARootModule() throws IOException {
    hubSpoke();
    FrontEnd.Result r = load();
    // modules/spoke is only evaluated through its calls: no instance without the module path, no unknown-variable noise
    assertThat(r.resources()).noneMatch(x -> x.header().address().equals("azurerm_virtual_network.this"));
    assertThat(of(r, VirtualNetwork.class)).hasSize(3);
  }

  @Test
  void aFileWithASyntaxErrorContributesNothingButTheRestOfItsModuleDoes() throws IOException {
    write("main.tf", """
        resource "azurerm_virtual_network" "a" {
          name          = "a"
          address_space = ["10.0.0.0/16"]
        }
        """);
    write("broken.tf", """
        resource "azurerm_virtual_network" "b" {
          name = "b"
          address_space = ["10.1.0.0/16"
        }
        """);
    FrontEnd.Result r = load();
    assertThat(r.diagnostics()).filteredOn(d -> d.kind() == Diagnostic.Kind.ERROR)
        .isNotEmpty().allMatch(d -> d.range().file().equals("broken.tf"));
    assertThat(r.resources()).extracting(x -> x.header().address()).containsExactly("azurerm_virtual_network.a");
    assertThat(r.filesRead()).containsExactly("broken.tf", "main.tf");
  }

  @Test
  void varFilesVarsAndEnvironmentReachTheRootModule() throws IOException {
    write("main.tf", """
        variable "space" {}
        variable "name" {}
        resource "azurerm_virtual_network" "v" {
          name          = var.name
          address_space = [var.space]
        }
        """);
    write("env/prod.tfvars", "space = \"10.9.0.0/16\"\n");
    FrontEnd.Result r = load(new ScanInput.TerraformInputs(List.of(Path.of("env/prod.tfvars")), Map.of(),
        Map.of("TF_VAR_name", "from-env"), false));
    VirtualNetwork v = one(r, VirtualNetwork.class, "azurerm_virtual_network.v");
    assertThat(v.addressSpace().known().orElseThrow().describe()).contains("10.9.0.0/16");
    assertThat(v.header().displayName()).isEqualTo("from-env");
  }

  @Test
  void literalSharedKeysAndSensitiveDefaultsAreSensitiveRanges() throws IOException {
    write("main.tf", """
        variable "radius" {
          sensitive = true
          default   = "radius-default"
        }
        resource "azurerm_virtual_network_gateway_connection" "c" {
          name       = "c"
          type       = "IPsec"
          shared_key = "literal-psk"
        }
        """);
    FrontEnd.Result r = load();
    assertThat(r.sensitiveRanges()).extracting(SourceRange::toString)
        .contains("main.tf:3:15-3:31", "main.tf:8:16-8:29");
  }

  @Test
  void planResourcesPointAtTheirBlocksAndReplaceTheEvaluatedOnes() throws IOException {
    write("main.tf", """
        resource "azurerm_virtual_network" "hub" {
          count         = var.n
          name          = "vnet-hub"
          address_space = ["10.0.0.0/16"]
        }
        variable "n" {}
        """);
    write("plan.json", """
        {
          "format_version": "1.2",
          "terraform_version": "1.9.0",
          "planned_values": {
            "root_module": {
              "resources": [
                {
                  "address": "azurerm_virtual_network.hub[0]",
                  "mode": "managed",
                  "type": "azurerm_virtual_network",
                  "name": "hub",
                  "index": 0,
                  "provider_name": "registry.terraform.io/hashicorp/azurerm",
                  "values": {
                    "name": "vnet-hub",
                    "resource_group_name": "rg",
                    "location": "westeurope",
                    "address_space": ["10.0.0.0/16"]
                  },
                  "sensitive_values": {}
                }
              ]
            }
          },
          "resource_changes": []
        }
        """);
    FrontEnd.Result r = load();
    List<VirtualNetwork> vnets = of(r, VirtualNetwork.class);
    assertThat(vnets).hasSize(1);
    VirtualNetwork hub = vnets.get(0);
    assertThat(hub.header().address()).isEqualTo("azurerm_virtual_network.hub[0]");
    assertThat(hub.header().range().toString()).isEqualTo("main.tf:1:1-1:43");
    assertThat(hub.addressSpace().rangeOr(null).file()).isEqualTo("main.tf");
    assertThat(r.filesRead()).contains("main.tf", "plan.json");
  }

  @Test
  void jsonFilesThatAreNotPlansAreIgnoredQuietly() throws IOException {
    write("main.tf", "resource \"azurerm_resource_group\" \"rg\" {\n  name = \"x\"\n}\n");
    write("package.json", "{\"name\": \"x\"}");
    write("broken.json", "{ not json");
    FrontEnd.Result r = load();
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.filesRead()).containsExactly("main.tf");
  }
  @Test
  void localsOfTerraformJsonFilesAndJsonVariableFilesAreRead() throws IOException {
    write("main.tf", """
        variable "name" {}
        resource "azurerm_virtual_network" "v" {
          name          = var.name
          address_space = local.spaces
          location      = local.templated
        }
        """);
    write("constants.tf.json", """
        {"locals": {"spaces": ["10.4.0.0/16"], "templated": "${var.name}"}, "output": {"x": {"value": "1"}}}
        """);
    write("vars/prod.tfvars.json", "{\"name\": \"json-name\"}");
    FrontEnd.Result r = load(new ScanInput.TerraformInputs(List.of(Path.of("vars/prod.tfvars.json")), Map.of(),
        Map.of(), false));
    VirtualNetwork v = one(r, VirtualNetwork.class, "azurerm_virtual_network.v");
    assertThat(v.addressSpace().known().orElseThrow().describe()).contains("10.4.0.0/16");
    assertThat(v.header().displayName()).isEqualTo("json-name");
    assertThat(v.header().location().unknownReason()).contains("templates in Terraform JSON syntax are not evaluated");
    assertThat(r.diagnostics()).extracting(Diagnostic::message)
        .containsExactly("\"output\" declarations in Terraform JSON syntax are not analyzed (only locals are read)");
  }
}
