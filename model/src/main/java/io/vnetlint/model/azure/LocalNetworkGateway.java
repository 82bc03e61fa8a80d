package io.vnetlint.model.azure;

import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceRef;

/**
 * {@code Microsoft.Network/localNetworkGateways}, {@code azurerm_local_network_gateway}: the far side of a
 * site-to-site connection.
 *
 * @param gatewayIpAddress the peer's public IP when written as a literal
 * @param gatewayPublicIp the public IP resource when the address is a reference to one (Terraform
 *     {@code azurerm_public_ip.x.ip_address}, ARM {@code reference(pip).ipAddress})
 */
public record LocalNetworkGateway(
    ResourceHeader header,
    Field<String> gatewayIpAddress,
    Field<ResourceRef> gatewayPublicIp,
    Field<String> fqdn,
    Field<PrefixList> addressPrefixes,
    Field<BgpSettings> bgpSettings)
    implements AzureResource {
  @Override
  public String kind() {
    return "local network gateway";
  }
}
