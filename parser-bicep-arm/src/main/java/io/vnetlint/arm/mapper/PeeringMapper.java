package io.vnetlint.arm.mapper;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.ResourceHeader;

/** {@code Microsoft.Network/virtualNetworks/virtualNetworkPeerings}, as a child resource or inline. */
final class PeeringMapper {
  private PeeringMapper() {}

  static Peering child(RawResource raw) {
    ResourceHeader header = Headers.of(raw);
    Field<ResourceRef> network = Field.of(new ResourceRef.ById(header.id().parent().orElseThrow()), header.range());
    return fromBody(header, network, raw.body(), false);
  }

  static Peering fromBody(ResourceHeader header, Field<ResourceRef> network, Value.Obj body, boolean inline) {
    return new Peering(header, network,
        Fields.ref(body, "properties", "remoteVirtualNetwork"),
        Fields.bool(body, "properties", "allowVirtualNetworkAccess"),
        Fields.bool(body, "properties", "allowForwardedTraffic"),
        Fields.bool(body, "properties", "allowGatewayTransit"),
        Fields.bool(body, "properties", "useRemoteGateways"),
        inline);
  }
}
