package io.vnetlint.arm.mapper;

import io.vnetlint.arm.expr.RuntimeFacts;
import io.vnetlint.model.Field;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code Microsoft.Network/connections}: site-to-site, VNet-to-VNet and ExpressRoute connections. */
final class ConnectionMapper {
  private ConnectionMapper() {}

  static Connection map(RawResource raw, RuntimeFacts facts) {
    Value.Obj body = raw.body();
    return new Connection(Headers.of(raw),
        Fields.string(body, "properties", "connectionType"),
        Fields.ref(body, "properties", "virtualNetworkGateway1"),
        Fields.ref(body, "properties", "virtualNetworkGateway2"),
        Fields.ref(body, "properties", "localNetworkGateway2"),
        Fields.ref(body, "properties", "peer"),
        Fields.secret(body, facts, "properties", "sharedKey"),
        Fields.bool(body, "properties", "enableBgp"),
        ipsecPolicies(body),
        Fields.string(body, "properties", "connectionProtocol"),
        Fields.bool(body, "properties", "usePolicyBasedTrafficSelectors"),
        customBgpAddresses(body));
  }

  /**
   * {@code properties.gatewayCustomBgpIpAddresses[].customBgpIpAddress}, each where it is written: unknown as a whole
   * when the list is (a parameter, a copy loop), an unknown entry for an entry or address that is.
   */
  private static Field<List<Field<String>>> customBgpAddresses(Value.Obj body) {
    Field<Value.Member> m = Fields.member(body, "properties", "gatewayCustomBgpIpAddresses");
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return Fields.pass(m);
    }
    Value v = k.value().value();
    if (!(v instanceof Value.Arr entries)) {
      return Fields.notKnown(v, k.range(), "an array of custom BGP addresses");
    }
    List<Field<String>> out = new ArrayList<>();
    for (Value entry : entries.items()) {
      if (!(entry instanceof Value.Obj e)) {
        out.add(Fields.notKnown(entry, entry.range() != null ? entry.range() : k.range(),
            "a custom BGP address object"));
        continue;
      }
      Field<Value.Member> address = Fields.member(e, "customBgpIpAddress");
      if (address instanceof Field.Known<Value.Member> ak) {
        Value a = ak.value().value();
        if (a instanceof Value.Str s && s.sensitive()) {
          out.add(Field.unknown("the address comes from a secure value and is not read", ak.range()));
        } else if (a instanceof Value.Str s) {
          out.add(Field.of(s.value(), s.range() != null ? s.range() : ak.range()));
        } else {
          out.add(Fields.notKnown(a, ak.range(), "an IP address"));
        }
      } else {
        out.add(Fields.pass(address));
      }
    }
    out.removeIf(Field::isAbsent);
    return Field.of(List.copyOf(out), k.range());
  }

  /** Each policy as lower-cased field name to value as written; unknown as a whole when any part is. */
  private static Field<List<Map<String, String>>> ipsecPolicies(Value.Obj body) {
    Field<Value.Member> m = Fields.member(body, "properties", "ipsecPolicies");
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return Fields.pass(m);
    }
    Value v = k.value().value();
    if (!(v instanceof Value.Arr policies)) {
      return Fields.notKnown(v, k.range(), "an array of policies");
    }
    List<Map<String, String>> out = new ArrayList<>();
    for (Value item : policies.items()) {
      if (!(item instanceof Value.Obj policy)) {
        return Fields.notKnown(item, k.range(), "a policy object");
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (Value.Member field : policy.members()) {
        Value fv = field.value();
        String text;
        if (fv instanceof Value.Str s) {
          text = s.value();
        } else if (fv instanceof Value.Num n) {
          text = n.value().toPlainString();
        } else if (fv instanceof Value.Bool b) {
          text = Boolean.toString(b.value());
        } else if (fv instanceof Value.Null) {
          continue;
        } else {
          return Fields.notKnown(fv, k.range(), "a policy value");
        }
        fields.put(field.key().toLowerCase(Locale.ROOT), text);
      }
      out.add(Map.copyOf(fields));
    }
    return Field.of(List.copyOf(out), k.range());
  }
}
