package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.LocalNetworkGateway;

/**
 * {@code azurerm_local_network_gateway}: {@code gateway_address} or {@code gateway_fqdn}, {@code address_space}
 * (a list, a set in v5) and {@code bgp_settings {asn, bgp_peering_address, peer_weight}}.
 *
 * <p><b>Convention with the evaluator:</b> {@code azurerm_public_ip.x.ip_address} evaluates to
 * {@code Value.Ref(new ResourceRef.ByAddress("azurerm_public_ip.x", "azurerm_public_ip"))} — the address is only
 * known after apply, but which public IP it is is known. A reference in {@code gateway_address} is therefore read
 * as the public IP whose address this is ({@link LocalNetworkGateway#gatewayPublicIp()}), and the literal address
 * stays unknown. A reference by id to a {@code Microsoft.Network/publicIPAddresses} resource counts the same way.
 */
final class LocalNetworkGatewayMapper {
  private LocalNetworkGatewayMapper() {}

  static LocalNetworkGateway map(TerraformResource r) {
    Value.Obj body = r.body();
    Field<String> address = Attributes.string(body, "gateway_address");
    Field<ResourceRef> publicIp = Field.absent();
    if (Attributes.member(body, "gateway_address") instanceof Field.Known<Value.Member> k
        && k.value().value() instanceof Value.Ref ref) {
      if (isPublicIp(ref.ref())) {
        publicIp = Field.of(ref.ref(), k.range());
        address = Field.unknown("the address of public IP '" + ref.ref() + "', known after apply", k.range());
      } else {
        address = Field.unknown("'gateway_address' refers to '" + ref.ref() + "', not to an IP address", k.range());
      }
    }
    return new LocalNetworkGateway(Headers.of(r, AzureTypes.LOCAL_GATEWAYS, "name"),
        address,
        publicIp,
        Attributes.string(body, "gateway_fqdn"),
        Attributes.prefixes(body, "address_space"),
        bgpSettings(body));
  }

  private static boolean isPublicIp(ResourceRef ref) {
    if (ref instanceof ResourceRef.ByAddress a) {
      return TerraformTypes.PUBLIC_IP.equals(a.type());
    }
    return ref instanceof ResourceRef.ById id && id.id().hasType(AzureTypes.PUBLIC_IPS);
  }

  private static Field<BgpSettings> bgpSettings(Value.Obj body) {
    Field<Value.Obj> block = Attributes.block(body, "bgp_settings");
    if (!(block instanceof Field.Known<Value.Obj> k)) {
      return Attributes.pass(block);
    }
    Value.Obj bgp = k.value();
    return Field.of(new BgpSettings(k.range(),
        Attributes.integer(bgp, "asn"),
        Attributes.string(bgp, "bgp_peering_address"),
        java.util.List.of(),
        Attributes.integer(bgp, "peer_weight")), k.range());
  }
}
