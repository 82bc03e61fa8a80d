package io.vnetlint.arm.mapper;

import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.ResourceHeader;
import io.vnetlint.model.azure.VirtualNetwork;
import java.util.List;

/**
 * {@code Microsoft.Network/virtualNetworks}: the network, and the subnets and peerings declared inline in its
 * {@code properties} as separate resources marked inline.
 */
final class VirtualNetworkMapper {
  private VirtualNetworkMapper() {}

  static void map(RawResource raw, List<AzureResource> out) {
    ResourceHeader header = Headers.of(raw);
    Value.Obj properties = Fields.known(Fields.object(raw.body(), "properties"));
    Field<PrefixList> addressSpace = addressSpace(raw.body());
    out.add(new VirtualNetwork(header, addressSpace));
    if (properties == null) {
      return;
    }
    Field<ResourceRef> self = Field.of(new ResourceRef.ById(header.id()), header.range());
    if (properties.get("subnets") instanceof Value.Arr subnets) {
      for (Value item : subnets.items()) {
        if (item instanceof Value.Obj subnet) {
          inlineName(subnet, raw).ifPresent(n ->
              out.add(SubnetMapper.inline(Headers.inline(header, "subnets", n.name(), n.range()), self, subnet)));
        }
      }
    }
    if (properties.get("virtualNetworkPeerings") instanceof Value.Arr peerings) {
      for (Value item : peerings.items()) {
        if (item instanceof Value.Obj peering) {
          inlineName(peering, raw).ifPresent(n -> out.add(PeeringMapper.fromBody(
              Headers.inline(header, "virtualNetworkPeerings", n.name(), n.range()), self, peering, true)));
        }
      }
    }
  }

  static Field<PrefixList> addressSpace(Value.Obj body) {
    Field<PrefixList> prefixes = Fields.prefixes(body, "properties", "addressSpace", "addressPrefixes");
    if (prefixes.isAbsent()
        && Fields.member(body, "properties", "addressSpace", "ipamPoolPrefixAllocations").isKnown()) {
      return Field.unknown("the address space is allocated from an IPAM pool",
          Fields.member(body, "properties", "addressSpace").rangeOr(null));
    }
    return prefixes;
  }

  /** The name of an inline child and where it is written; a placeholder when it is not known. */
  record InlineName(String name, SourceRange range) {}

  static java.util.Optional<InlineName> inlineName(Value.Obj child, RawResource parent) {
    Field<Value.Member> member = Fields.member(child, "name");
    if (member instanceof Field.Known<Value.Member> k) {
      if (k.value().value() instanceof Value.Str s && !s.value().isBlank() && !s.value().contains("/")) {
        return java.util.Optional.of(new InlineName(s.value(), k.range()));
      }
      SourceRange at = k.value().value().range();
      return java.util.Optional.of(new InlineName("{unknown@" + at.where() + "}", k.range()));
    }
    SourceRange at = child.range();
    return java.util.Optional.of(new InlineName("{unknown@" + at.where() + "}",
        new SourceRange(at.file(), at.startLine(), at.startColumn(), at.startLine(), at.startColumn() + 1,
            at.startByte(), at.startByte() + 1)));
  }
}
