package io.vnetlint.arm.mapper;

import io.vnetlint.arm.expr.RuntimeFacts;
import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.ClassicResource;
import io.vnetlint.model.azure.RouteServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Microsoft.Network mapper: raw resources of one deployment (ARM or Bicep, any API version) to typed resources.
 * Child resources that complete their parent (routes of a route table, IP configurations of a virtual hub) are
 * joined with it here.
 */
public final class NetworkMapper {
  private NetworkMapper() {}

  /** True for the types this mapper reads; the evaluators skip the others. */
  public static boolean handles(String type) {
    return ResourceTypes.handled(type);
  }

  public static List<AzureResource> map(List<RawResource> resources, RuntimeFacts facts) {
    Map<String, List<RawResource>> routesByTable = new LinkedHashMap<>();
    Map<String, List<RawResource>> ipConfigurationsByHub = new LinkedHashMap<>();
    for (RawResource raw : resources) {
      if (raw.hasType(ResourceTypes.ROUTES)) {
        routesByTable.computeIfAbsent(parentKey(raw), k -> new ArrayList<>()).add(raw);
      } else if (raw.hasType(ResourceTypes.HUB_IP_CONFIGURATIONS)) {
        ipConfigurationsByHub.computeIfAbsent(parentKey(raw), k -> new ArrayList<>()).add(raw);
      }
    }
    List<AzureResource> out = new ArrayList<>();
    for (RawResource raw : resources) {
      String type = raw.type().toLowerCase(Locale.ROOT);
      String key = raw.id().looseKey();
      switch (ResourceTypes.canonical(type)) {
        case ResourceTypes.VIRTUAL_NETWORKS -> VirtualNetworkMapper.map(raw, out);
        case ResourceTypes.SUBNETS -> out.add(SubnetMapper.child(raw));
        case ResourceTypes.PEERINGS -> out.add(PeeringMapper.child(raw));
        case ResourceTypes.GATEWAYS -> out.add(GatewayMapper.map(raw));
        case ResourceTypes.LOCAL_GATEWAYS -> out.add(LocalNetworkGatewayMapper.map(raw, facts));
        case ResourceTypes.CONNECTIONS -> out.add(ConnectionMapper.map(raw, facts));
        case ResourceTypes.PUBLIC_IPS -> out.add(SimpleMappers.publicIp(raw));
        case ResourceTypes.CIRCUITS -> out.add(SimpleMappers.circuit(raw));
        case ResourceTypes.ROUTE_TABLES -> out.add(RouteTableMapper.map(raw, routesByTable.getOrDefault(key, List.of())));
        case ResourceTypes.NSGS -> out.add(SimpleMappers.networkSecurityGroup(raw));
        case ResourceTypes.CLASSIC_VIRTUAL_NETWORKS -> out.add(SimpleMappers.classicVirtualNetwork(raw));
        case ResourceTypes.VIRTUAL_HUBS -> {
          List<RawResource> configurations = ipConfigurationsByHub.remove(key);
          if (configurations != null) {
            out.add(new RouteServer(Headers.of(raw), subnetOf(configurations)));
          }
        }
        default -> {
          // routes and hub IP configurations are joined with their parents; the other classic types are only
          // kept as declarations
          if (ResourceTypes.isClassic(type)) {
            out.add(new ClassicResource(Headers.of(raw)));
          }
        }
      }
    }
    // IP configurations whose hub is declared elsewhere (an existing hub) still make a route server
    for (List<RawResource> orphans : ipConfigurationsByHub.values()) {
      out.add(new RouteServer(Headers.parentOf(orphans.get(0)), subnetOf(orphans)));
    }
    return out;
  }

  private static String parentKey(RawResource child) {
    return child.id().parent().orElseThrow().looseKey();
  }

  /** The subnet of the first IP configuration that names one. */
  private static Field<ResourceRef> subnetOf(List<RawResource> configurations) {
    Field<ResourceRef> first = Field.absent();
    for (RawResource c : configurations) {
      Field<ResourceRef> subnet = Fields.ref(c.body(), "properties", "subnet");
      if (subnet.isKnown()) {
        return subnet;
      }
      if (first.isAbsent()) {
        first = subnet;
      }
    }
    return first;
  }
}
