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
    Field<Boolean> usePolicyBasedTrafficSelectors)
    implements AzureResource {

  public boolean isType(String type) {
    return connectionType.known().map(t -> t.equalsIgnoreCase(type)).orElse(false);
  }

  @Override
  public String kind() {
    return "connection";
  }
}
