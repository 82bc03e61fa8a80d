package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.hcl.eval.SecretSources;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Field;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code azurerm_virtual_network_gateway_connection}. The {@code shared_key} is always a secret, whether or not the
 * configuration marks it sensitive. BGP is {@code bgp_enabled} (v4.62+, v5) or {@code enable_bgp} (v3, v4).
 */
final class ConnectionMapper {
  private ConnectionMapper() {}

  /**
   * Terraform's {@code ipsec_policy} field names to ARM's (lower-cased), so rules read one vocabulary: most differ
   * only by underscores; the two lifetimes say their unit in ARM.
   */
  private static final Map<String, String> IPSEC_FIELDS = Map.of(
      "dh_group", "dhgroup",
      "ike_encryption", "ikeencryption",
      "ike_integrity", "ikeintegrity",
      "ipsec_encryption", "ipsecencryption",
      "ipsec_integrity", "ipsecintegrity",
      "pfs_group", "pfsgroup",
      "sa_datasize", "sadatasizekilobytes",
      "sa_lifetime", "salifetimeseconds");

  /** @param secretSources where values are written in source, to say where a literal shared key is; may be null */
  static Connection map(TerraformResource r, SecretSources secretSources, List<Diagnostic> sink) {
    Value.Obj body = r.body();
    String bgp = Attributes.newerOrOlder(r, body, "bgp_enabled", "enable_bgp", sink);
    return new Connection(Headers.of(r, AzureTypes.CONNECTIONS, "name"),
        Attributes.string(body, "type"),
        Attributes.ref(body, "virtual_network_gateway_id"),
        Attributes.ref(body, "peer_virtual_network_gateway_id"),
        Attributes.ref(body, "local_network_gateway_id"),
        Attributes.ref(body, "express_route_circuit_id"),
        Attributes.secret(body, "shared_key", secretSources),
        Attributes.bool(body, bgp),
        ipsecPolicies(body),
        Attributes.string(body, "connection_protocol"),
        Attributes.bool(body, "use_policy_based_traffic_selectors"),
        customBgpAddresses(body));
  }

  /**
   * The {@code custom_bgp_addresses} block's {@code primary} and {@code secondary} (optional) addresses, each where
   * it is written: unknown as a whole when a {@code dynamic} block iterates over an unknown collection.
   */
  private static Field<List<Field<String>>> customBgpAddresses(Value.Obj body) {
    Field<Value.Member> m = Attributes.member(body, "custom_bgp_addresses");
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return Attributes.pass(m);
    }
    Field<Value.Obj> block = Attributes.block(body, "custom_bgp_addresses");
    if (!(block instanceof Field.Known<Value.Obj> b)) {
      return Attributes.pass(block);
    }
    List<Field<String>> out = new ArrayList<>();
    for (String key : List.of("primary", "secondary")) {
      Field<Value.Member> address = Attributes.member(b.value(), key);
      if (address instanceof Field.Known<Value.Member> ak) {
        out.add(address(ak.value().value(), ak.range()));
      } else {
        out.add(Attributes.pass(address));
      }
    }
    out.removeIf(Field::isAbsent);
    return Field.of(List.copyOf(out), k.range());
  }

  /** One address: positioned on its string when written there, never read when sensitive. */
  private static Field<String> address(Value v, SourceRange written) {
    if (v.sensitive() && v.isKnown()) {
      return Field.unknown(Attributes.SENSITIVE, written);
    }
    if (v instanceof Value.Str s) {
      return s.value().isEmpty() ? Field.absent()
          : Field.of(s.value(), s.range() != null ? s.range() : written);
    }
    return Attributes.notKnown(v, written, "an IP address");
  }

  /** Each {@code ipsec_policy} block as ARM field name to value; unknown as a whole when any part is. */
  private static Field<List<Map<String, String>>> ipsecPolicies(Value.Obj body) {
    Field<Value.Member> m = Attributes.member(body, "ipsec_policy");
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return Attributes.pass(m);
    }
    Value v = k.value().value();
    if (v instanceof Value.Unknown u) {
      return Field.unknown(u.reason(), k.range());
    }
    List<Value.Obj> blocks = Attributes.blocks(body, "ipsec_policy");
    if (blocks.isEmpty()) {
      return Field.absent();
    }
    List<Map<String, String>> out = new ArrayList<>();
    for (Value.Obj policy : blocks) {
      Map<String, String> fields = new LinkedHashMap<>();
      for (Value.Member field : policy.members()) {
        Value fv = field.value();
        String text;
        if (fv.sensitive() && fv.isKnown()) {
          return Field.unknown(Attributes.SENSITIVE, k.range());
        } else if (fv instanceof Value.Str s) {
          text = s.value();
        } else if (fv instanceof Value.Num n) {
          text = n.value().toPlainString();
        } else if (fv instanceof Value.Bool b) {
          text = Boolean.toString(b.value());
        } else if (fv instanceof Value.Null) {
          continue;
        } else {
          return Attributes.notKnown(fv, k.range(), "a policy value");
        }
        String key = field.key().toLowerCase(Locale.ROOT);
        fields.put(IPSEC_FIELDS.getOrDefault(key, key.replace("_", "")), text);
      }
      out.add(Map.copyOf(fields));
    }
    return Field.of(List.copyOf(out), k.range());
  }
}
