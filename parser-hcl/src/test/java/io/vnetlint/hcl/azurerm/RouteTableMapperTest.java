package io.vnetlint.hcl.azurerm;

import static io.vnetlint.hcl.azurerm.Mapped.assertRange;
import static io.vnetlint.hcl.azurerm.TfBodies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.azure.RouteTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTableMapperTest {

  private static RouteTable table(String body) {
    return Mapped.of(resource("azurerm_route_table.rt", body)).only(RouteTable.class);
  }

  @Test
  void inlineRoutesAndV3PropagationFlag() {
    RouteTable rt = table("""
        {
          "name": "rt-spoke",
          "disable_bgp_route_propagation": true,
          "route": [
            {"name": "default", "address_prefix": "0.0.0.0/0", "next_hop_type": "VirtualAppliance",
             "next_hop_in_ip_address": "10.0.1.4"},
            {"name": "onprem", "address_prefix": "192.168.0.0/16", "next_hop_type": "VirtualNetworkGateway"}
          ]
        }""");
    assertThat(rt.header().id().type()).isEqualTo("Microsoft.Network/routeTables");
    assertThat(rt.disableBgpRoutePropagation().known()).contains(true);
    assertRange(rt.disableBgpRoutePropagation(), 3, 3, 3, 40);
    assertThat(rt.routes()).hasSize(2);
    RouteTable.Route first = rt.routes().get(0);
    assertThat(first.name().known()).contains("default");
    assertThat(first.addressPrefix().known()).contains("0.0.0.0/0");
    assertThat(first.nextHopType().known()).contains("VirtualAppliance");
    assertRange(first.range(), 5, 5, 6, 43);
  }

  @Test
  void v4PropagationFlagIsInverted() {
    RouteTable enabled = table("{\"name\": \"rt\", \"bgp_route_propagation_enabled\": true}");
    assertThat(enabled.disableBgpRoutePropagation().known()).contains(false);
    RouteTable disabled = table("{\"name\": \"rt\", \"bgp_route_propagation_enabled\": false}");
    assertThat(disabled.disableBgpRoutePropagation().known()).contains(true);
    RouteTable unknown = table("{\"name\": \"rt\", \"bgp_route_propagation_enabled\": \"${unknown:var.p has no value}\"}");
    assertThat(unknown.disableBgpRoutePropagation().unknownReason()).contains("var.p has no value");
    assertThat(table("{\"name\": \"rt\"}").disableBgpRoutePropagation().isAbsent()).isTrue();
  }

  @Test
  void bothPropagationNamesReadTheNewerOne() {
    Mapped m = Mapped.of(resource("azurerm_route_table.rt", """
        {"name": "rt", "disable_bgp_route_propagation": false, "bgp_route_propagation_enabled": false}"""));
    assertThat(m.only(RouteTable.class).disableBgpRoutePropagation().known()).contains(true);
    assertThat(m.diagnostics()).extracting(Diagnostic::code).containsExactly("conflicting-attributes");
  }

  @Test
  void routeResourcesJoinTheirTableByNameAndResourceGroup() {
    Mapped m = Mapped.of(
        resource("azurerm_route_table.a", "{\"name\": \"rt-a\", \"resource_group_name\": \"rg\"}"),
        resource("azurerm_route_table.b", "{\"name\": \"rt-b\", \"resource_group_name\": \"rg\"}"),
        resource("azurerm_route.default", """
            {"name": "default", "resource_group_name": "rg", "route_table_name": "rt-b",
             "address_prefix": "0.0.0.0/0", "next_hop_type": "Internet"}"""),
        resource("azurerm_route.elsewhere", """
            {"name": "x", "resource_group_name": "rg-other", "route_table_name": "rt-a",
             "address_prefix": "10.0.0.0/8", "next_hop_type": "None"}"""),
        resource("azurerm_route.unknown_table", """
            {"name": "y", "resource_group_name": "rg", "route_table_name": "${unknown:var.t has no value}",
             "address_prefix": "10.0.0.0/8", "next_hop_type": "None"}"""));
    List<RouteTable> tables = m.all(RouteTable.class);
    assertThat(tables.get(0).routes()).isEmpty();
    assertThat(tables.get(1).routes()).hasSize(1);
    RouteTable.Route route = tables.get(1).routes().get(0);
    assertThat(route.name().known()).contains("default");
    assertThat(route.nextHopType().known()).contains("Internet");
  }

  @Test
  void routesOfAnotherRootModuleDoNotJoin() {
    String table = "{\"name\": \"rt\", \"resource_group_name\": \"rg\"}";
    String route = "{\"name\": \"r\", \"resource_group_name\": \"rg\", \"route_table_name\": \"rt\", "
        + "\"address_prefix\": \"0.0.0.0/0\", \"next_hop_type\": \"Internet\"}";
    Mapped m = Mapped.of(
        resource("azurerm_route_table.a", "examples/a/main.tf", table),
        resource("azurerm_route.r", "examples/a/main.tf", route),
        resource("azurerm_route_table.b", "examples/b/main.tf", table));
    List<RouteTable> tables = m.all(RouteTable.class);
    assertThat(tables.get(0).routes()).hasSize(1);
    assertThat(tables.get(1).routes()).isEmpty();
  }
}
