package io.vnetlint.rules.hygiene;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.RouteTable;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.GatewaySubnets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * VNL904: the route table of the GatewaySubnet must keep BGP route propagation on and must not send the default
 * route elsewhere; Azure blocks or breaks gateways otherwise.
 */
@RuleInfo(
    id = "VNL904",
    name = "GatewaySubnetRoutes",
    level = Level.ERROR,
    shortDescription = "A route table on the GatewaySubnet has a 0.0.0.0/0 route or disables BGP route propagation",
    fullDescription = "A route table associated with the subnet named GatewaySubnet contains a route for "
        + "0.0.0.0/0, or disables BGP route propagation. Default routes on the gateway subnet are not supported, "
        + "and without BGP route propagation the gateway does not function.",
    scenario = "Gateway subnet and SKU hygiene",
    tags = {"network", "vpn", "gateway-subnet", "routing"},
    precision = "very-high")
public final class GatewaySubnetRoutes implements Rule {
  static final String DEFAULT_ROUTE = "0.0.0.0/0";

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    // one finding per route table and problem, with every GatewaySubnet it is attached to
    Map<RouteTable, List<Subnet>> attached = new IdentityHashMap<>();
    List<RouteTable> order = new ArrayList<>();
    for (Subnet subnet : graph.all(Subnet.class)) {
      if (subnet.routeTable().isAbsent()) {
        continue;
      }
      SourceRange header = subnet.header().range();
      Optional<Boolean> isGateway = GatewaySubnets.isGatewaySubnet(subnet);
      if (isGateway.isEmpty()) {
        if (subnet.name().isUnknown()) {
          findings.notChecked(subnet, subnet.name().rangeOr(header), "it has a route table, but its name is unknown ("
              + subnet.name().unknownReason().orElse("") + "), so it may be the GatewaySubnet");
        }
        continue;
      }
      if (!isGateway.get()) {
        continue;
      }
      Resolution table = graph.routeTableOf(subnet);
      if (table.isUncertain()) {
        findings.notChecked(subnet, subnet.routeTable().rangeOr(header),
            "its route table cannot be identified: " + table.explain());
        continue;
      }
      table.resource(RouteTable.class).ifPresent(t -> {
        if (!attached.containsKey(t)) {
          order.add(t);
        }
        attached.computeIfAbsent(t, k -> new ArrayList<>()).add(subnet);
      });
    }
    for (RouteTable table : order) {
      check(graph, table, attached.get(table), findings);
    }
  }

  private static void check(ResourceGraph graph, RouteTable table, List<Subnet> subnets, Findings findings) {
    SourceRange header = table.header().range();
    String onSubnet = " on the GatewaySubnet" + graph.virtualNetworkOf(subnets.get(0))
        .map(v -> " of " + v.describe()).orElse("");
    for (RouteTable.Route route : table.routes()) {
      Field<String> prefix = route.addressPrefix();
      if (prefix.isUnknown()) {
        findings.notChecked(table, prefix.rangeOr(route.range()), "the address prefix of route '"
            + route.name().known().orElse("?") + "' is unknown (" + prefix.unknownReason().orElse("") + ")");
        continue;
      }
      if (!prefix.known().map(p -> p.trim().equals(DEFAULT_ROUTE)).orElse(false)) {
        continue;
      }
      String routeName = route.name().known().orElse(String.valueOf(table.routes().indexOf(route)));
      String message = table.describe() + onSubnet + " has route '" + routeName + "' for " + DEFAULT_ROUTE
          + route.nextHopType().known().map(h -> " (next hop " + h + ")").orElse("")
          + "; a default route on the gateway subnet is not supported: remove it, or use a separate route table "
          + "for the GatewaySubnet";
      related(findings.report(table, "routes[" + routeName + "].addressPrefix", prefix.rangeOr(route.range()),
          message), graph, subnets);
    }
    Field<Boolean> disabled = table.disableBgpRoutePropagation();
    if (disabled.isUnknown()) {
      findings.notChecked(table, disabled.rangeOr(header),
          "whether it disables BGP route propagation is unknown (" + disabled.unknownReason().orElse("") + ")");
      return;
    }
    // Azure's default (and the provider's) is propagation enabled
    if (disabled.valueOr(false).orElse(false)) {
      String message = table.describe() + onSubnet + " disables BGP route propagation; the gateway does not "
          + "function without it: enable BGP route propagation on this route table";
      related(findings.report(table, "disableBgpRoutePropagation", disabled.rangeOr(header), message),
          graph, subnets);
    }
  }

  private static void related(Findings.Report report, ResourceGraph graph, List<Subnet> subnets) {
    for (Subnet subnet : subnets) {
      String network = graph.virtualNetworkOf(subnet).map(v -> " of " + v.describe()).orElse("");
      report.related(subnet, subnet.routeTable().rangeOr(subnet.header().range()),
          "the association of the route table with the GatewaySubnet" + network);
    }
  }
}
