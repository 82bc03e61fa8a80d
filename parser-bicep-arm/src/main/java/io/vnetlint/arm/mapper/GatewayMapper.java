package io.vnetlint.arm.mapper;

import io.vnetlint.model.Field;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import java.util.ArrayList;
import java.util.List;

/** {@code Microsoft.Network/virtualNetworkGateways}: VPN and ExpressRoute gateways. */
final class GatewayMapper {
  private GatewayMapper() {}

  static VirtualNetworkGateway map(RawResource raw) {
    Value.Obj body = raw.body();
    return new VirtualNetworkGateway(Headers.of(raw),
        Fields.string(body, "properties", "gatewayType"),
        Fields.string(body, "properties", "vpnType"),
        Fields.string(body, "properties", "sku", "name"),
        Fields.string(body, "properties", "vpnGatewayGeneration"),
        Fields.bool(body, "properties", "activeActive"),
        Fields.bool(body, "properties", "enableBgp"),
        BgpSettingsReader.read(body),
        ipConfigurations(body),
        vpnClientConfiguration(body));
  }

  /**
   * {@code properties.ipConfigurations}: known only when every item is an object the scan can read, so that rules
   * that count the configurations never count a list built from unknown values as shorter than it is.
   */
  private static Field<List<VirtualNetworkGateway.IpConfiguration>> ipConfigurations(Value.Obj body) {
    Field<Value.Member> member = Fields.member(body, "properties", "ipConfigurations");
    if (!(member instanceof Field.Known<Value.Member> k)) {
      return Fields.pass(member);
    }
    if (!(k.value().value() instanceof Value.Arr configurations)) {
      return Fields.notKnown(k.value().value(), k.range(), "an array of IP configurations");
    }
    List<VirtualNetworkGateway.IpConfiguration> out = new ArrayList<>();
    for (Value item : configurations.items()) {
      if (!(item instanceof Value.Obj c)) {
        return Fields.notKnown(item, k.range(), "an IP configuration object");
      }
      out.add(new VirtualNetworkGateway.IpConfiguration(
          Fields.string(c, "name"), c.range(),
          Fields.ref(c, "properties", "subnet"),
          Fields.ref(c, "properties", "publicIPAddress")));
    }
    return Field.of(out, k.range());
  }

  private static Field<VirtualNetworkGateway.VpnClientConfiguration> vpnClientConfiguration(Value.Obj body) {
    Field<Value.Obj> config = Fields.object(body, "properties", "vpnClientConfiguration");
    if (!(config instanceof Field.Known<Value.Obj> k)) {
      return Fields.pass(config);
    }
    Value.Obj c = k.value();
    Field<String> radius = Fields.string(c, "radiusServerAddress");
    if (radius.isAbsent() && Fields.member(c, "radiusServers") instanceof Field.Known<Value.Member> servers
        && servers.value().value() instanceof Value.Arr list && !list.items().isEmpty()
        && list.items().get(0) instanceof Value.Obj first) {
      radius = Fields.string(first, "radiusServerAddress");
    }
    return Field.of(new VirtualNetworkGateway.VpnClientConfiguration(k.range(),
        Fields.prefixes(c, "vpnClientAddressPool", "addressPrefixes"),
        Fields.strings(c, "vpnClientProtocols"),
        Fields.strings(c, "vpnAuthenticationTypes"),
        count(c, "vpnClientRootCertificates"),
        Fields.string(c, "aadTenant"),
        radius), k.range());
  }

  private static Field<Integer> count(Value.Obj obj, String key) {
    Field<Value.Member> m = Fields.member(obj, key);
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return Fields.pass(m);
    }
    Value v = k.value().value();
    return v instanceof Value.Arr a ? Field.of(a.items().size(), k.range()) : Fields.notKnown(v, k.range(), "an array");
  }
}
