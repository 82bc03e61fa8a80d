package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Field;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code azurerm_virtual_network_gateway}: VPN and ExpressRoute gateways. BGP is {@code bgp_enabled} (v4.62+, v5)
 * or {@code enable_bgp} (v3, v4); {@code bgp_settings} has {@code asn}, {@code peer_weight}, the
 * {@code peering_addresses} blocks with their custom APIPA addresses, and the v2 {@code peering_address}.
 */
final class GatewayMapper {
  private GatewayMapper() {}

  static VirtualNetworkGateway map(TerraformResource r, List<Diagnostic> sink) {
    Value.Obj body = r.body();
    String bgp = Attributes.newerOrOlder(r, body, "bgp_enabled", "enable_bgp", sink);
    return new VirtualNetworkGateway(Headers.of(r, AzureTypes.GATEWAYS, "name"),
        Attributes.string(body, "type"),
        Attributes.string(body, "vpn_type"),
        Attributes.string(body, "sku"),
        Attributes.string(body, "generation"),
        Attributes.bool(body, "active_active"),
        Attributes.bool(body, bgp),
        bgpSettings(body),
        ipConfigurations(body),
        vpnClientConfiguration(body));
  }

  private static Field<BgpSettings> bgpSettings(Value.Obj body) {
    Field<Value.Obj> block = Attributes.block(body, "bgp_settings");
    if (!(block instanceof Field.Known<Value.Obj> k)) {
      return Attributes.pass(block);
    }
    Value.Obj bgp = k.value();
    return Field.of(new BgpSettings(k.range(),
        Attributes.integer(bgp, "asn"),
        Attributes.string(bgp, "peering_address"),
        apipaAddresses(bgp),
        Attributes.integer(bgp, "peer_weight")), k.range());
  }

  /** {@code peering_addresses[].apipa_addresses[]}, each where it is written. */
  private static List<Field<String>> apipaAddresses(Value.Obj bgp) {
    List<Field<String>> out = new ArrayList<>();
    Field<Value.Member> list = Attributes.member(bgp, "peering_addresses");
    if (list instanceof Field.Known<Value.Member> k && k.value().value() instanceof Value.Unknown u) {
      out.add(Field.unknown(u.reason(), k.range()));
      return out;
    }
    for (Value.Obj entry : Attributes.blocks(bgp, "peering_addresses")) {
      Field<Value.Member> addresses = Attributes.member(entry, "apipa_addresses");
      if (!(addresses instanceof Field.Known<Value.Member> ak)) {
        continue;
      }
      Value v = ak.value().value();
      if (v instanceof Value.Arr a) {
        for (Value address : a.items()) {
          out.add(address(address));
        }
      } else if (v instanceof Value.Unknown u) {
        out.add(Field.unknown(u.reason(), ak.range()));
      } else {
        out.add(Attributes.notKnown(v, ak.range(), "a list of IP addresses"));
      }
    }
    out.removeIf(Field::isAbsent);
    return out;
  }

  private static Field<String> address(Value v) {
    if (v.sensitive() && v.isKnown()) {
      return Field.unknown(Attributes.SENSITIVE, v.range());
    }
    if (v instanceof Value.Str s) {
      return Field.of(s.value(), s.range());
    }
    return Attributes.notKnown(v, v.range(), "an IP address");
  }

  /**
   * The {@code ip_configuration} blocks: unknown when a {@code dynamic} block iterates over an unknown collection
   * (or plan JSON does not know them), absent when none is written.
   */
  private static Field<List<VirtualNetworkGateway.IpConfiguration>> ipConfigurations(Value.Obj body) {
    Field<Value.Member> member = Attributes.member(body, "ip_configuration");
    if (!(member instanceof Field.Known<Value.Member> k)) {
      return Attributes.pass(member);
    }
    Value v = k.value().value();
    if (!(v instanceof Value.Arr) && !(v instanceof Value.Obj)) {
      return Attributes.notKnown(v, k.range(), "'ip_configuration' blocks");
    }
    if (v instanceof Value.Arr a) {
      for (Value item : a.items()) {
        if (!(item instanceof Value.Obj)) {
          return Attributes.notKnown(item, k.range(), "an 'ip_configuration' block");
        }
      }
    }
    List<VirtualNetworkGateway.IpConfiguration> out = new ArrayList<>();
    for (Value.Obj c : Attributes.blocks(body, "ip_configuration")) {
      out.add(new VirtualNetworkGateway.IpConfiguration(
          Attributes.string(c, "name"), c.range(),
          Attributes.ref(c, "subnet_id"),
          Attributes.ref(c, "public_ip_address_id")));
    }
    return Field.of(out, k.range());
  }

  private static Field<VirtualNetworkGateway.VpnClientConfiguration> vpnClientConfiguration(Value.Obj body) {
    Field<Value.Obj> block = Attributes.block(body, "vpn_client_configuration");
    if (!(block instanceof Field.Known<Value.Obj> k)) {
      return Attributes.pass(block);
    }
    Value.Obj c = k.value();
    Field<String> radius = Attributes.string(c, "radius_server_address");
    List<Value.Obj> servers = Attributes.blocks(c, "radius_server");
    if (radius.isAbsent() && !servers.isEmpty()) {
      radius = Attributes.string(servers.get(0), "address");
    }
    return Field.of(new VirtualNetworkGateway.VpnClientConfiguration(k.range(),
        Attributes.prefixes(c, "address_space"),
        Attributes.strings(c, "vpn_client_protocols"),
        Attributes.strings(c, "vpn_auth_types"),
        blockCount(c, "root_certificate"),
        Attributes.string(c, "aad_tenant"),
        radius), k.range());
  }

  /** How many blocks of a type are written; absent when none (plan JSON writes an empty list for none). */
  private static Field<Integer> blockCount(Value.Obj obj, String type) {
    Field<Value.Member> m = Attributes.member(obj, type);
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return Attributes.pass(m);
    }
    Value v = k.value().value();
    if (v instanceof Value.Arr a) {
      return a.items().isEmpty() ? Field.absent() : Field.of(a.items().size(), k.range());
    }
    if (v instanceof Value.Obj) {
      return Field.of(1, k.range());
    }
    return Attributes.notKnown(v, k.range(), "'" + type + "' blocks");
  }
}
