package io.vnetlint.arm.mapper;

import io.vnetlint.arm.expr.RuntimeFacts;
import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.LocalNetworkGateway;
import java.util.Optional;

/**
 * {@code Microsoft.Network/localNetworkGateways}. A gateway address written as
 * {@code reference(publicIp).ipAddress} is unknown, but names the public IP resource it reads; so does an FQDN
 * written as {@code reference(publicIp).dnsSettings.fqdn} when there is no address.
 */
final class LocalNetworkGatewayMapper {
  private LocalNetworkGatewayMapper() {}

  static LocalNetworkGateway map(RawResource raw, RuntimeFacts facts) {
    Value.Obj body = raw.body();
    Field<Value.Member> address = Fields.member(body, "properties", "gatewayIpAddress");
    Field<ResourceRef> publicIp = Field.absent();
    if (address instanceof Field.Known<Value.Member> k) {
      Optional<ResourceRef> target = publicIpRead(k.value().value(), facts);
      if (target.isPresent()) {
        publicIp = Field.of(target.get(), k.range());
      }
    } else if (Fields.member(body, "properties", "fqdn") instanceof Field.Known<Value.Member> k) {
      // the peer by name: reference(publicIp).dnsSettings.fqdn names the public IP just as its ipAddress does
      Optional<ResourceRef> target = publicIpRead(k.value().value(), facts, "dnsSettings", "fqdn");
      if (target.isPresent()) {
        publicIp = Field.of(target.get(), k.range());
      }
    }
    return new LocalNetworkGateway(Headers.of(raw),
        Fields.string(address),
        publicIp,
        Fields.string(body, "properties", "fqdn"),
        Fields.prefixes(body, "properties", "localNetworkAddressSpace", "addressPrefixes"),
        BgpSettingsReader.read(body));
  }

  /** The public IP whose address {@code value} is, when it is {@code reference(pip)[.properties].ipAddress}. */
  static Optional<ResourceRef> publicIpRead(Value value, RuntimeFacts facts) {
    return publicIpRead(value, facts, "ipAddress");
  }

  /** The public IP whose property {@code path} {@code value} reads ({@code reference(pip)[.properties].<path>}). */
  static Optional<ResourceRef> publicIpRead(Value value, RuntimeFacts facts, String... path) {
    if (!(value instanceof Value.Unknown)) {
      return Optional.empty();
    }
    Optional<RuntimeFacts.Fact> fact = facts.factOf(value);
    if (fact.isPresent() && fact.get() instanceof RuntimeFacts.RuntimeProperty p
        && samePath(p.propertyPath(), path) && isPublicIp(p.target())) {
      return Optional.of(p.target());
    }
    return Optional.empty();
  }

  private static boolean samePath(java.util.List<String> actual, String... expected) {
    if (actual.size() != expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (!actual.get(i).equalsIgnoreCase(expected[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPublicIp(ResourceRef ref) {
    return ref instanceof ResourceRef.ById byId && byId.id().hasType(ResourceTypes.PUBLIC_IPS);
  }

}
