package io.vnetlint.model.azure;

import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;

/** {@code Microsoft.ClassicNetwork/virtualNetworks}: retired, but still part of the graph for overlap checks. */
public record ClassicVirtualNetwork(ResourceHeader header, Field<PrefixList> addressSpace) implements AzureResource {
  @Override
  public String kind() {
    return "classic virtual network";
  }
}
