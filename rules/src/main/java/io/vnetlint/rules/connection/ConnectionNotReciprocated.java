package io.vnetlint.rules.connection;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.ConnectionPairs;
import io.vnetlint.rules.query.RepresentedGateways;
import java.util.List;
import java.util.Optional;

/**
 * VNL205: a connection between two gateways of the scan (Vnet2Vnet, or IPsec through a local network gateway that
 * represents the other gateway) needs a connection in the other direction. A connection outside every
 * {@link ConnectionPairs pair} is reported, unless some connection of the partner gateway cannot be read well enough
 * to rule out that it is the reverse.
 */
@RuleInfo(
    id = "VNL205",
    name = "ConnectionNotReciprocated",
    level = Level.WARNING,
    shortDescription = "A connection between two gateways exists in one direction only",
    fullDescription = "A Vnet2Vnet connection, or an IPsec connection through a local network gateway that "
        + "represents another gateway of the scan, joins two gateways in one direction only: the partner gateway "
        + "has no connection back. A VNet-to-VNet or gateway-to-gateway link needs one connection resource per "
        + "direction; with one only, the tunnel does not come up.",
    scenario = "Scenario 1: VNet-to-VNet and site-to-site connection objects",
    guideStep = "Scenario 1, validation step 1: a connection object exists on both gateways",
    tags = {"network", "vpn", "connection"},
    precision = "high")
public final class ConnectionNotReciprocated implements Rule {

  private static final String VNET2VNET = "Vnet2Vnet";
  private static final String IPSEC = "IPsec";

  /** A connection seen from its own gateway, with the gateways it connects to. */
  private record End(
      Connection connection, VirtualNetworkGateway own, List<VirtualNetworkGateway> partners,
      Optional<LocalNetworkGateway> lng) {}

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    ConnectionPairs pairs = ConnectionPairs.of(graph);
    for (ConnectionPairs.Unchecked u : pairs.unchecked()) {
      findings.notChecked(u.connection(), u.range(), "it cannot be matched with a reverse connection: " + u.reason());
    }
    for (Connection c : graph.all(Connection.class)) {
      if (paired(pairs, c)) {
        continue;
      }
      endOf(graph, c).ifPresent(end -> check(graph, end, findings));
    }
  }

  private static void check(ResourceGraph graph, End end, Findings findings) {
    Connection c = end.connection();
    for (Connection d : graph.all(Connection.class)) {
      if (d == c) {
        continue;
      }
      Optional<String> why = mayComeBack(graph, d, end);
      if (why.isPresent()) {
        findings.notChecked(c, c.header().range(), "whether " + d.describe() + " is its reverse is unknown: "
            + why.get());
        return;
      }
    }
    String type = end.connection().connectionType().known().orElse("");
    List<String> names = end.partners().stream().map(g -> "'" + g.header().displayName() + "'").toList();
    String message = c.describe() + " (" + type + ") joins gateway '" + end.own().header().displayName()
        + "' to gateway " + String.join(", ", names) + ", but there is no " + type + " connection back; "
        + "each direction needs its own connection resource";
    Findings.Report r = findings.report(c, "", c.header().range(), message);
    for (VirtualNetworkGateway g : end.partners()) {
      r.related(g, g.header().range(), "partner " + g.describe() + ", which has no " + type
          + " connection to '" + end.own().header().displayName() + "'");
    }
    end.lng().ifPresent(l -> r.related(l, l.header().range(), l.describe() + ", which stands for the partner"));
  }

  /** Why {@code d} might be the reverse of {@code end} although no pair was found; empty when it cannot be. */
  private static Optional<String> mayComeBack(ResourceGraph graph, Connection d, End end) {
    Resolution g1 = graph.gateway1(d);
    if (g1.isUncertain()) {
      return Optional.of("its gateway: " + g1.explain());
    }
    Optional<VirtualNetworkGateway> own = g1.resource(VirtualNetworkGateway.class);
    if (own.isEmpty() || !containsSame(end.partners(), own.get())) {
      return Optional.empty();
    }
    if (d.connectionType().isUnknown()) {
      return Optional.of("its connection type: " + d.connectionType().unknownReason().orElse(""));
    }
    String type = end.connection().connectionType().known().orElse("");
    if (!d.isType(type)) {
      return Optional.empty();
    }
    if (d.isType(VNET2VNET)) {
      Resolution g2 = graph.gateway2(d);
      return g2.isUncertain() ? Optional.of("its peer gateway: " + g2.explain()) : Optional.empty();
    }
    Resolution lngRef = graph.localNetworkGateway(d);
    if (lngRef.isUncertain()) {
      return Optional.of("its local network gateway: " + lngRef.explain());
    }
    return lngRef.resource(LocalNetworkGateway.class)
        .flatMap(l -> RepresentedGateways.of(graph, l, own.get()).uncertainty());
  }

  private static Optional<End> endOf(ResourceGraph graph, Connection c) {
    Optional<VirtualNetworkGateway> own = graph.gateway1(c).resource(VirtualNetworkGateway.class);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    if (c.isType(VNET2VNET)) {
      return graph.gateway2(c).resource(VirtualNetworkGateway.class)
          .filter(g -> g != own.get())
          .map(g -> new End(c, own.get(), List.of(g), Optional.empty()));
    }
    if (c.isType(IPSEC)) {
      Optional<LocalNetworkGateway> lng = graph.localNetworkGateway(c).resource(LocalNetworkGateway.class);
      if (lng.isEmpty()) {
        return Optional.empty();
      }
      List<VirtualNetworkGateway> partners = RepresentedGateways.of(graph, lng.get(), own.get()).partners();
      return partners.isEmpty() ? Optional.empty() : Optional.of(new End(c, own.get(), partners, lng));
    }
    return Optional.empty();
  }

  private static boolean paired(ConnectionPairs pairs, Connection c) {
    for (ConnectionPairs.Pair p : pairs.pairs()) {
      if (p.first() == c || p.second() == c) {
        return true;
      }
    }
    for (ConnectionPairs.Unchecked u : pairs.unchecked()) {
      if (u.connection() == c) {
        return true; // its pairing is undecided: recorded as not checked above
      }
    }
    return false;
  }

  private static <T> boolean containsSame(List<T> list, T item) {
    for (T t : list) {
      if (t == item) {
        return true;
      }
    }
    return false;
  }
}
