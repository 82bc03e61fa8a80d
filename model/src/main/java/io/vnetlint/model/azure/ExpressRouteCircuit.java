package io.vnetlint.model.azure;

import io.vnetlint.model.Field;

/** {@code Microsoft.Network/expressRouteCircuits}, {@code azurerm_express_route_circuit}. */
public record ExpressRouteCircuit(ResourceHeader header, Field<String> skuTier, Field<String> skuFamily)
    implements AzureResource {
  @Override
  public String kind() {
    return "ExpressRoute circuit";
  }
}
