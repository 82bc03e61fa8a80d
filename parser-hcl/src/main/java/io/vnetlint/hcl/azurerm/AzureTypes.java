package io.vnetlint.hcl.azurerm;

/** The Azure resource types (in Azure's spelling) that azurerm resources map to: the types of their ids. */
final class AzureTypes {
  private AzureTypes() {}

  static final String VIRTUAL_NETWORKS = "Microsoft.Network/virtualNetworks";
  static final String SUBNETS = "Microsoft.Network/virtualNetworks/subnets";
  static final String PEERINGS = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings";
  static final String GATEWAYS = "Microsoft.Network/virtualNetworkGateways";
  static final String LOCAL_GATEWAYS = "Microsoft.Network/localNetworkGateways";
  static final String CONNECTIONS = "Microsoft.Network/connections";
  static final String PUBLIC_IPS = "Microsoft.Network/publicIPAddresses";
  static final String CIRCUITS = "Microsoft.Network/expressRouteCircuits";
  static final String ROUTE_TABLES = "Microsoft.Network/routeTables";
  static final String NSGS = "Microsoft.Network/networkSecurityGroups";
  /** A route server is a virtual hub with an IP configuration in a virtual network. */
  static final String VIRTUAL_HUBS = "Microsoft.Network/virtualHubs";
}
