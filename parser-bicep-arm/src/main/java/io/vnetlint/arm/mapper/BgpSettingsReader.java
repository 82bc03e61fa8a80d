package io.vnetlint.arm.mapper;

import io.vnetlint.model.Field;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.BgpSettings;
import java.util.ArrayList;
import java.util.List;

/** {@code properties.bgpSettings} of gateways and local network gateways. */
final class BgpSettingsReader {
  private BgpSettingsReader() {}

  static Field<BgpSettings> read(Value.Obj body) {
    Field<Value.Obj> settings = Fields.object(body, "properties", "bgpSettings");
    if (!(settings instanceof Field.Known<Value.Obj> k)) {
      return Fields.pass(settings);
    }
    Value.Obj bgp = k.value();
    return Field.of(new BgpSettings(k.range(),
        Fields.integer(bgp, "asn"),
        Fields.string(bgp, "bgpPeeringAddress"),
        customApipaAddresses(bgp),
        Fields.integer(bgp, "peerWeight")), k.range());
  }

  /** {@code bgpPeeringAddresses[].customBgpIpAddresses[]}, each where it is written. */
  private static List<Field<String>> customApipaAddresses(Value.Obj bgp) {
    List<Field<String>> out = new ArrayList<>();
    Field<Value.Member> list = Fields.member(bgp, "bgpPeeringAddresses");
    if (list instanceof Field.Unknown<Value.Member> u) {
      out.add(Field.unknown(u.reason(), u.range()));
      return out;
    }
    if (!(list instanceof Field.Known<Value.Member> k)) {
      return out;
    }
    Value v = k.value().value();
    if (v instanceof Value.Unknown u) {
      out.add(Field.unknown(u.reason(), k.range()));
      return out;
    }
    if (!(v instanceof Value.Arr entries)) {
      return out;
    }
    for (Value entry : entries.items()) {
      if (entry instanceof Value.Unknown u) {
        out.add(Field.unknown(u.reason(), u.range()));
        continue;
      }
      if (!(entry instanceof Value.Obj e)) {
        continue;
      }
      Field<Value.Member> custom = Fields.member(e, "customBgpIpAddresses");
      if (custom instanceof Field.Unknown<Value.Member> cu) {
        out.add(Field.unknown(cu.reason(), cu.range()));
      } else if (custom instanceof Field.Known<Value.Member> ck) {
        Value addresses = ck.value().value();
        if (addresses instanceof Value.Arr a) {
          for (Value address : a.items()) {
            if (address instanceof Value.Str s) {
              out.add(Field.of(s.value(), s.range()));
            } else {
              out.add(Fields.notKnown(address, address.range(), "an IP address"));
            }
          }
        } else if (addresses instanceof Value.Unknown au) {
          out.add(Field.unknown(au.reason(), ck.range()));
        }
      }
    }
    out.removeIf(Field::isAbsent);
    return out;
  }
}
