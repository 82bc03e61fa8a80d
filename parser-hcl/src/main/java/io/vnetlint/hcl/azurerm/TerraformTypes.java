package io.vnetlint.hcl.azurerm;

import java.util.Set;

/** The azurerm resource types the mapper reads. */
final class TerraformTypes {
  private TerraformTypes() {}

  static final String VIRTUAL_NETWORK = "azurerm_virtual_network";
  static final String SUBNET = "azurerm_subnet";
  static final String PEERING = "azurerm_virtual_network_peering";
  static final String GATEWAY = "azurerm_virtual_network_gateway";
  static final String LOCAL_GATEWAY = "azurerm_local_network_gateway";
  static final String CONNECTION = "azurerm_virtual_network_gateway_connection";
  static final String PUBLIC_IP = "azurerm_public_ip";
  static final String CIRCUIT = "azurerm_express_route_circuit";
  static final String ROUTE_TABLE = "azurerm_route_table";
  static final String ROUTE = "azurerm_route";
  static final String NSG = "azurerm_network_security_group";
  static final String ROUTE_SERVER = "azurerm_route_server";
  static final String SUBNET_NSG_ASSOCIATION = "azurerm_subnet_network_security_group_association";
  static final String SUBNET_ROUTE_TABLE_ASSOCIATION = "azurerm_subnet_route_table_association";

  static final Set<String> ALL = Set.of(VIRTUAL_NETWORK, SUBNET, PEERING, GATEWAY, LOCAL_GATEWAY, CONNECTION,
      PUBLIC_IP, CIRCUIT, ROUTE_TABLE, ROUTE, NSG, ROUTE_SERVER, SUBNET_NSG_ASSOCIATION,
      SUBNET_ROUTE_TABLE_ASSOCIATION);
}
