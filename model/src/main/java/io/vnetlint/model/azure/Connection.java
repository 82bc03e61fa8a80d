package io.vnetlint.model.azure;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Secret;
import java.util.List;

/**
 * {@code Microsoft.Network/connections}, {@code azurerm_virtual_network_gateway_connection}: gateway 1 to a peer
 * gateway (Vnet2Vnet), a local network gateway (IPsec) or an ExpressRoute circuit.
 *
 * @param sharedKey the pre-shared key; compare with {@link Secret#sameAs}, never print
 * @param ipsecPolicies custom IPsec/IKE policies, each as a map of lower-cased field name to value as written
 * @param customBgpAddresses the connection's custom (APIPA) BGP addresses on gateway 1, each where it is written
 *     (ARM {@code gatewayCustomBgpIpAddresses[].customBgpIpAddress}, azurerm {@code custom_bgp_addresses} primary
 *     and secondary); unknown as a whole when the list is, an unknown entry when only one address is
 */
public record Connection(
    ResourceHeader header,
    Field<String> connectionType,
    Field<ResourceRef> virtualNetworkGateway1,
    Field<ResourceRef> virtualNetworkGateway2,
    Field<ResourceRef> localNetworkGateway2,
    Field<ResourceRef> expressRouteCircuit,
    Field<Secret> sharedKey,
    Field<Boolean> enableBgp,
    Field<List<java.util.Map<String, String>>> ipsecPolicies,
    Field<String> connectionProtocol,
    Field<Boolean> usePolicyBasedTrafficSelectors,
    Field<List<Field<String>>> customBgpAddresses)
    implements AzureResource {

  public Connection {
    customBgpAddresses = customBgpAddresses.map(List::copyOf);
  }

  /** A connection without custom BGP addresses (the form before they were modelled; tests and fakes use it). */
  public Connection(
      ResourceHeader header,
      Field<String> connectionType,
      Field<ResourceRef> virtualNetworkGateway1,
      Field<ResourceRef> virtualNetworkGateway2,
      Field<ResourceRef> localNetworkGateway2,
      Field<ResourceRef> expressRouteCircuit,
      Field<Secret> sharedKey,
      Field<Boolean> enableBgp,
      Field<List<java.util.Map<String, String>>> ipsecPolicies,
      Field<String> connectionProtocol,
      Field<Boolean> usePolicyBasedTrafficSelectors) {
    this(header, connectionType, virtualNetworkGateway1, virtualNetworkGateway2, localNetworkGateway2,
        expressRouteCircuit, sharedKey, enableBgp, ipsecPolicies, connectionProtocol, usePolicyBasedTrafficSelectors,
        Field.absent());
  }

  public boolean isType(String type) {
    return connectionType.known().map(t -> t.equalsIgnoreCase(type)).orElse(false);
  }

  @Override
  public String kind() {
    return "connection";
  }
}
