package io.vnetlint.arm.mapper;

import io.vnetlint.model.Value;
import io.vnetlint.model.azure.ClassicVirtualNetwork;
import io.vnetlint.model.azure.ExpressRouteCircuit;
import io.vnetlint.model.azure.NetworkSecurityGroup;
import io.vnetlint.model.azure.PublicIp;

/** Resources with a handful of attributes: public IPs, circuits, security groups, classic networks. */
final class SimpleMappers {
  private SimpleMappers() {}

  static PublicIp publicIp(RawResource raw) {
    Value.Obj body = raw.body();
    return new PublicIp(Headers.of(raw),
        Fields.string(body, "sku", "name"),
        Fields.string(body, "properties", "publicIPAllocationMethod"),
        Fields.string(body, "properties", "ipAddress"),
        Fields.strings(body, "zones"));
  }

  static ExpressRouteCircuit circuit(RawResource raw) {
    return new ExpressRouteCircuit(Headers.of(raw),
        Fields.string(raw.body(), "sku", "tier"),
        Fields.string(raw.body(), "sku", "family"));
  }

  static NetworkSecurityGroup networkSecurityGroup(RawResource raw) {
    return new NetworkSecurityGroup(Headers.of(raw));
  }

  static ClassicVirtualNetwork classicVirtualNetwork(RawResource raw) {
    return new ClassicVirtualNetwork(Headers.of(raw),
        Fields.prefixes(raw.body(), "properties", "addressSpace", "addressPrefixes"));
  }
}
