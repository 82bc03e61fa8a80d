package io.vnetlint.model.azure;

import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import java.util.List;

/**
 * {@code Microsoft.Network/virtualNetworkGateways}, {@code azurerm_virtual_network_gateway}: a VPN or ExpressRoute
 * gateway. String attributes keep the spelling of the source; compare them ignoring case.
 *
 * @param gatewayType Vpn or ExpressRoute (Azure's default is Vpn)
 * @param vpnType RouteBased or PolicyBased (default RouteBased)
 * @param sku Basic, VpnGw1AZ, ErGw1AZ, ...
 * @param generation Generation1, Generation2 or None
 * @param ipConfigurations known when the mapper knows the exact list (an empty list when it is written empty),
 *     unknown when a loop or expression builds it from values the scan does not know, absent when not written
 */
public record VirtualNetworkGateway(
    ResourceHeader header,
    Field<String> gatewayType,
    Field<String> vpnType,
    Field<String> sku,
    Field<String> generation,
    Field<Boolean> activeActive,
    Field<Boolean> enableBgp,
    Field<BgpSettings> bgpSettings,
    Field<List<IpConfiguration>> ipConfigurations,
    Field<VpnClientConfiguration> vpnClientConfiguration)
    implements AzureResource {

  public VirtualNetworkGateway {
    ipConfigurations = ipConfigurations.map(List::copyOf);
  }

  /**
   * The IP configurations as far as they are known: the list when known, else empty. For questions about one
   * configuration at a time; a rule that depends on the whole list (its size, all of it) reads
   * {@link #ipConfigurations()} and treats an unknown list as not checked.
   */
  public List<IpConfiguration> knownIpConfigurations() {
    return ipConfigurations.known().orElse(List.of());
  }

  /** One IP configuration: a gateway instance's subnet and public IP. */
  public record IpConfiguration(
      Field<String> name, SourceRange range, Field<ResourceRef> subnet, Field<ResourceRef> publicIp) {}

  /** Point-to-site settings. Lists are as written; absent lists mean Azure's defaults. */
  public record VpnClientConfiguration(
      SourceRange range,
      Field<PrefixList> addressPool,
      Field<List<String>> protocols,
      Field<List<String>> authenticationTypes,
      Field<Integer> rootCertificateCount,
      Field<String> aadTenant,
      Field<String> radiusServerAddress) {}

  /** True when the type is known to be (or defaults to) Vpn. */
  public boolean isVpn() {
    return gatewayType.valueOr("Vpn").map(t -> t.equalsIgnoreCase("Vpn")).orElse(false);
  }

  /** True when the type is known to be ExpressRoute. */
  public boolean isExpressRoute() {
    return gatewayType.known().map(t -> t.equalsIgnoreCase("ExpressRoute")).orElse(false);
  }

  @Override
  public String kind() {
    return isExpressRoute() ? "ExpressRoute gateway" : "virtual network gateway";
  }
}
