package io.vnetlint.model.azure;

/**
 * A typed Azure networking resource, the closed set of things the rules reason about. Mappers produce them from
 * the raw resources of every front end; rules see nothing else.
 */
public sealed interface AzureResource
    permits VirtualNetwork, Subnet, Peering, VirtualNetworkGateway, LocalNetworkGateway, Connection, PublicIp,
        ExpressRouteCircuit, RouteTable, NetworkSecurityGroup, RouteServer, ClassicVirtualNetwork, ClassicResource {

  ResourceHeader header();

  /** A short noun for messages: "virtual network", "local network gateway". */
  String kind();

  /** "virtual network 'hub'": how messages name the resource. */
  default String describe() {
    return kind() + " '" + header().displayName() + "'";
  }
}
