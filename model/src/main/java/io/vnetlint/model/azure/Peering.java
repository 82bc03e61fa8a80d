package io.vnetlint.model.azure;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceRef;

/**
 * One direction of a virtual network peering: from {@code virtualNetwork} to {@code remoteVirtualNetwork}. Absent
 * flags take Azure's defaults (access true, the others false).
 */
public record Peering(
    ResourceHeader header,
    Field<ResourceRef> virtualNetwork,
    Field<ResourceRef> remoteVirtualNetwork,
    Field<Boolean> allowVirtualNetworkAccess,
    Field<Boolean> allowForwardedTraffic,
    Field<Boolean> allowGatewayTransit,
    Field<Boolean> useRemoteGateways,
    boolean inline)
    implements AzureResource {
  @Override
  public String kind() {
    return "peering";
  }
}
