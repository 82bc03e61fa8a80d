package io.vnetlint.arm.mapper;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The resource types the mapper reads, in Azure's spelling; templates may write them in any case. */
public final class ResourceTypes {
  private ResourceTypes() {}

  public static final String VIRTUAL_NETWORKS = "Microsoft.Network/virtualNetworks";
  public static final String SUBNETS = "Microsoft.Network/virtualNetworks/subnets";
  public static final String PEERINGS = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings";
  public static final String GATEWAYS = "Microsoft.Network/virtualNetworkGateways";
  public static final String LOCAL_GATEWAYS = "Microsoft.Network/localNetworkGateways";
  public static final String CONNECTIONS = "Microsoft.Network/connections";
  public static final String PUBLIC_IPS = "Microsoft.Network/publicIPAddresses";
  public static final String CIRCUITS = "Microsoft.Network/expressRouteCircuits";
  public static final String ROUTE_TABLES = "Microsoft.Network/routeTables";
  public static final String ROUTES = "Microsoft.Network/routeTables/routes";
  public static final String NSGS = "Microsoft.Network/networkSecurityGroups";
  public static final String VIRTUAL_HUBS = "Microsoft.Network/virtualHubs";
  public static final String HUB_IP_CONFIGURATIONS = "Microsoft.Network/virtualHubs/ipConfigurations";
  public static final String CLASSIC_VIRTUAL_NETWORKS = "Microsoft.ClassicNetwork/virtualNetworks";
  /** Every type of the retired classic network provider is read, if only to say where it is declared. */
  public static final String CLASSIC_NETWORK_PREFIX = "Microsoft.ClassicNetwork/";

  private static final Map<String, String> CANONICAL = new LinkedHashMap<>();

  static {
    for (String t : new String[] {VIRTUAL_NETWORKS, SUBNETS, PEERINGS, GATEWAYS, LOCAL_GATEWAYS, CONNECTIONS,
        PUBLIC_IPS, CIRCUITS, ROUTE_TABLES, ROUTES, NSGS, VIRTUAL_HUBS, HUB_IP_CONFIGURATIONS,
        CLASSIC_VIRTUAL_NETWORKS}) {
      CANONICAL.put(t.toLowerCase(Locale.ROOT), t);
    }
  }

  /** True for the types the mapper reads. */
  public static boolean handled(String type) {
    return CANONICAL.containsKey(type.toLowerCase(Locale.ROOT)) || isClassic(type);
  }

  /** True for any {@code Microsoft.ClassicNetwork/*} type, in any case. */
  public static boolean isClassic(String type) {
    return type.toLowerCase(Locale.ROOT).startsWith(CLASSIC_NETWORK_PREFIX.toLowerCase(Locale.ROOT));
  }

  /** Azure's spelling of a handled type; other types as given. */
  public static String canonical(String type) {
    return CANONICAL.getOrDefault(type.toLowerCase(Locale.ROOT), type);
  }
}
