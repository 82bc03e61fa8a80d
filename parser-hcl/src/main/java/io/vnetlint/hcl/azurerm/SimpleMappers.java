package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Field;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.ExpressRouteCircuit;
import io.vnetlint.model.azure.NetworkSecurityGroup;
import io.vnetlint.model.azure.RouteServer;

/** Resources with a handful of attributes: ExpressRoute circuits, security groups, route servers. */
final class SimpleMappers {
  private SimpleMappers() {}

  /** {@code azurerm_express_route_circuit} with its {@code sku {tier, family}} block. */
  static ExpressRouteCircuit circuit(TerraformResource r) {
    Field<Value.Obj> sku = Attributes.block(r.body(), "sku");
    Field<String> tier = sku instanceof Field.Known<Value.Obj> k ? Attributes.string(k.value(), "tier")
        : Attributes.pass(sku);
    Field<String> family = sku instanceof Field.Known<Value.Obj> k ? Attributes.string(k.value(), "family")
        : Attributes.pass(sku);
    return new ExpressRouteCircuit(Headers.of(r, AzureTypes.CIRCUITS, "name"), tier, family);
  }

  /** {@code azurerm_network_security_group}; its subnets come from associations and subnet attributes. */
  static NetworkSecurityGroup networkSecurityGroup(TerraformResource r) {
    return new NetworkSecurityGroup(Headers.of(r, AzureTypes.NSGS, "name"));
  }

  /** {@code azurerm_route_server}: a virtual hub deployed into a RouteServerSubnet. */
  static RouteServer routeServer(TerraformResource r) {
    return new RouteServer(Headers.of(r, AzureTypes.VIRTUAL_HUBS, "name"), Attributes.ref(r.body(), "subnet_id"));
  }
}
