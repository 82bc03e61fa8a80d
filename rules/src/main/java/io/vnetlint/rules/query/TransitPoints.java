package io.vnetlint.rules.query;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.RouteServer;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import java.util.List;
import java.util.Optional;

/**
 * What in a virtual network can offer gateway transit over a peering: its virtual network gateways (VPN or
 * ExpressRoute) and its Route Servers.
 */
public final class TransitPoints {
  private TransitPoints() {}

  /** The answer for one virtual network. */
  public sealed interface Answer {
    /** The network has at least one gateway or Route Server in the scan. */
    record Present(List<VirtualNetworkGateway> gateways, List<RouteServer> routeServers) implements Answer {}

    /** The network has none, and no gateway or Route Server of the scan may belong to it. */
    record None() implements Answer {}

    /** A gateway or Route Server of the scan may sit in this network: its subnet cannot be followed. */
    record Uncertain(AzureResource resource, String reason, SourceRange range) implements Answer {}
  }

  public static Answer of(ResourceGraph graph, AzureResource network) {
    List<VirtualNetworkGateway> gateways = graph.gatewaysOf(network);
    List<RouteServer> routeServers = graph.routeServersOf(network);
    if (!gateways.isEmpty() || !routeServers.isEmpty()) {
      return new Answer.Present(gateways, routeServers);
    }
    for (VirtualNetworkGateway g : graph.all(VirtualNetworkGateway.class)) {
      if (graph.virtualNetworkOf(g).isPresent()) {
        continue;
      }
      if (g.ipConfigurations().isUnknown()) {
        return new Answer.Uncertain(g, "the IP configurations (and so the subnet) of " + g.describe()
            + " are unknown: " + g.ipConfigurations().unknownReason().orElse(""),
            g.ipConfigurations().rangeOr(g.header().range()));
      }
      for (VirtualNetworkGateway.IpConfiguration ip : g.knownIpConfigurations()) {
        Optional<Answer> unclear = unclearSubnet(graph, graph.resolve(ip.subnet(), g), g, ip.range());
        if (unclear.isPresent()) {
          return unclear.get();
        }
      }
    }
    for (RouteServer rs : graph.all(RouteServer.class)) {
      Optional<Answer> unclear =
          unclearSubnet(graph, graph.resolve(rs.subnet(), rs), rs, rs.subnet().rangeOr(rs.header().range()));
      if (unclear.isPresent()) {
        return unclear.get();
      }
    }
    return new Answer.None();
  }

  /** A subnet reference that may lead into any network: unknown or ambiguous, itself or its subnet's network. */
  private static Optional<Answer> unclearSubnet(
      ResourceGraph graph, Resolution subnetRef, AzureResource owner, SourceRange range) {
    if (subnetRef.isUncertain()) {
      return Optional.of(new Answer.Uncertain(owner,
          "the subnet of " + owner.describe() + " cannot be identified: " + subnetRef.explain(), range));
    }
    Optional<Subnet> subnet = subnetRef.resource(Subnet.class);
    if (subnet.isPresent()) {
      Resolution vnet = graph.resolve(subnet.get().virtualNetwork(), subnet.get());
      if (vnet.isUncertain()) {
        return Optional.of(new Answer.Uncertain(owner, "the virtual network of " + subnet.get().describe()
            + " (used by " + owner.describe() + ") cannot be identified: " + vnet.explain(), range));
      }
    }
    return Optional.empty();
  }
}
