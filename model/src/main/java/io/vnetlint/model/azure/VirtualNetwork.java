package io.vnetlint.model.azure;

import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;

/** {@code Microsoft.Network/virtualNetworks}, {@code azurerm_virtual_network}. */
public record VirtualNetwork(ResourceHeader header, Field<PrefixList> addressSpace) implements AzureResource {
  @Override
  public String kind() {
    return "virtual network";
  }
}
