package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Field;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.RouteTable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code azurerm_route_table} with its inline {@code route} blocks and the {@code azurerm_route} resources that
 * name it. BGP route propagation is {@code disable_bgp_route_propagation} in v3 and
 * {@code bgp_route_propagation_enabled} from v4 — the inverse, so {@code true} there is {@code false} here.
 */
final class RouteTableMapper {
  private RouteTableMapper() {}

  static RouteTable map(TerraformResource r, List<TerraformResource> childRoutes, List<Diagnostic> sink) {
    Value.Obj body = r.body();
    List<RouteTable.Route> routes = new ArrayList<>();
    for (Value.Obj route : Attributes.blocks(body, "route")) {
      routes.add(route(route.range(), route));
    }
    for (TerraformResource child : childRoutes) {
      routes.add(route(child.range(), child.body()));
    }
    String name = Attributes.newerOrOlder(r, body, "bgp_route_propagation_enabled", "disable_bgp_route_propagation",
        sink);
    Field<Boolean> disabled = name.equals("disable_bgp_route_propagation")
        ? Attributes.bool(body, name)
        : Attributes.bool(body, name).map(enabled -> !enabled);
    return new RouteTable(Headers.of(r, AzureTypes.ROUTE_TABLES, "name"), disabled, routes);
  }

  private static RouteTable.Route route(io.vnetlint.model.SourceRange range, Value.Obj route) {
    return new RouteTable.Route(range,
        Attributes.string(route, "name"),
        Attributes.string(route, "address_prefix"),
        Attributes.string(route, "next_hop_type"));
  }
}
