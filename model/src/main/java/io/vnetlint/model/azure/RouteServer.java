package io.vnetlint.model.azure;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceRef;

/**
 * An Azure Route Server ({@code Microsoft.Network/virtualHubs} with an IP configuration in a virtual network,
 * {@code azurerm_route_server}). It can offer gateway transit like a gateway.
 *
 * @param subnet the RouteServerSubnet it is deployed into
 */
public record RouteServer(ResourceHeader header, Field<ResourceRef> subnet) implements AzureResource {
  @Override
  public String kind() {
    return "route server";
  }
}
