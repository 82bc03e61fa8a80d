package io.vnetlint.arm.mapper;

import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.ResourceHeader;
import io.vnetlint.model.azure.Subnet;

/** {@code Microsoft.Network/virtualNetworks/subnets}, as a child resource or inline in its network. */
final class SubnetMapper {
  private SubnetMapper() {}

  static Subnet child(RawResource raw) {
    ResourceHeader header = Headers.of(raw);
    Field<ResourceRef> network = Field.of(new ResourceRef.ById(header.id().parent().orElseThrow()), header.range());
    return fromBody(header, network, nameOf(raw), raw.body(), false);
  }

  static Subnet inline(ResourceHeader header, Field<ResourceRef> network, Value.Obj body) {
    Field<String> name = Fields.string(body, "name");
    if (name.isKnown() && !header.displayName().equals(name.known().orElse(null))) {
      name = Field.unknown("the subnet's name is not known", name.rangeOr(header.range()));
    }
    return fromBody(header, network, name, body, true);
  }

  private static Subnet fromBody(ResourceHeader header, Field<ResourceRef> network, Field<String> name,
      Value.Obj body, boolean inline) {
    Field<PrefixList> prefixes = Fields.eitherPrefixes(
        Fields.prefixes(body, "properties", "addressPrefix"),
        Fields.prefixes(body, "properties", "addressPrefixes"));
    if (prefixes.isAbsent() && Fields.member(body, "properties", "ipamPoolPrefixAllocations").isKnown()) {
      prefixes = Field.unknown("the subnet's prefixes are allocated from an IPAM pool",
          Fields.member(body, "properties", "ipamPoolPrefixAllocations").rangeOr(header.range()));
    }
    return new Subnet(header, network, name, prefixes,
        Fields.ref(body, "properties", "networkSecurityGroup"),
        Fields.ref(body, "properties", "routeTable"),
        inline);
  }

  /** A child resource's own name, or why it is not known. */
  static Field<String> nameOf(RawResource raw) {
    if (raw.namesKnown()) {
      return Field.of(raw.name(), raw.range());
    }
    Value name = raw.body().get("name");
    String reason = name instanceof Value.Unknown u ? u.reason() : "the name is not known";
    return Field.unknown(reason, raw.range());
  }
}
