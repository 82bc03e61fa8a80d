package io.vnetlint.rules.query;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pairs of connections that join the same two gateways in opposite directions (rules.md, "Scenario 1 —
 * terms"): two {@code Vnet2Vnet} connections, or two {@code IPsec} connections through local network gateways
 * that represent each other's gateway (see {@link RepresentedGateways}). Pair rules (VNL203, VNL206, VNL610)
 * compare the two connections of each pair.
 *
 * <p>A connection is {@linkplain #unchecked() unchecked} when an unknown value or an ambiguous reference hides
 * whether it belongs to a pair, and some connection in the scan does go the other way: only then does the unknown
 * change the answer.
 */
public final class ConnectionPairs {

  /** Two connections of one pair, {@code first} declared before {@code second}. */
  public record Pair(
      Connection first, VirtualNetworkGateway firstGateway, Connection second, VirtualNetworkGateway secondGateway) {

    /** The connection of the pair that is not {@code c}. */
    public Connection other(Connection c) {
      return c == first ? second : first;
    }
  }

  /** A connection whose pairing the scan cannot decide. */
  public record Unchecked(Connection connection, SourceRange range, String reason) {}

  private static final String VNET2VNET = "Vnet2Vnet";
  private static final String IPSEC = "IPsec";

  /** One connection, seen from its own gateway. */
  private record End(
      Connection connection,
      VirtualNetworkGateway own,
      String type,
      List<VirtualNetworkGateway> partners,
      Optional<String> uncertainty,
      SourceRange uncertainRange) {}

  private final List<Pair> pairs;
  private final List<Unchecked> unchecked;

  private ConnectionPairs(List<Pair> pairs, List<Unchecked> unchecked) {
    this.pairs = List.copyOf(pairs);
    this.unchecked = List.copyOf(unchecked);
  }

  public List<Pair> pairs() {
    return pairs;
  }

  public List<Unchecked> unchecked() {
    return unchecked;
  }

  public static ConnectionPairs of(ResourceGraph graph) {
    List<End> ends = new ArrayList<>();
    List<Unchecked> unchecked = new ArrayList<>();
    for (Connection c : graph.all(Connection.class)) {
      endOf(graph, c).ifPresent(ends::add);
    }
    ends.sort(Comparator.comparing(End::connection, SourceOrder.RESOURCES));

    // each end meets only the ends of its partner gateways, not every other end (quadratic in a landing zone)
    Map<VirtualNetworkGateway, List<Integer>> endsByGateway = new IdentityHashMap<>();
    for (int i = 0; i < ends.size(); i++) {
      if (ends.get(i).own() != null) {
        endsByGateway.computeIfAbsent(ends.get(i).own(), g -> new ArrayList<>()).add(i);
      }
    }
    List<Pair> pairs = new ArrayList<>();
    Set<Connection> paired = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < ends.size(); i++) {
      End a = ends.get(i);
      java.util.TreeSet<Integer> later = new java.util.TreeSet<>();
      for (VirtualNetworkGateway partner : a.partners()) {
        for (int j : endsByGateway.getOrDefault(partner, List.of())) {
          if (j > i) {
            later.add(j);
          }
        }
      }
      for (int j : later) {
        End b = ends.get(j);
        if (a.own() != null && b.own() != null && a.own() != b.own()
            && a.type() != null && a.type().equalsIgnoreCase(b.type())
            && contains(a.partners(), b.own()) && contains(b.partners(), a.own())) {
          pairs.add(new Pair(a.connection(), a.own(), b.connection(), b.own()));
          paired.add(a.connection());
          paired.add(b.connection());
        }
      }
    }
    for (End e : ends) {
      if (e.uncertainty().isEmpty() || paired.contains(e.connection())) {
        continue;
      }
      if (e.own() == null || someConnectionComesBack(ends, e)) {
        unchecked.add(new Unchecked(e.connection(), e.uncertainRange(), e.uncertainty().get()));
      }
    }
    return new ConnectionPairs(pairs, unchecked);
  }

  /** True when some connection of another gateway has {@code e}'s gateway as its partner. */
  private static boolean someConnectionComesBack(List<End> ends, End e) {
    for (End other : ends) {
      if (other != e && other.own() != null && other.own() != e.own()
          && (e.type() == null || other.type() == null || e.type().equalsIgnoreCase(other.type()))
          && contains(other.partners(), e.own())) {
        return true;
      }
    }
    return false;
  }

  private static Optional<End> endOf(ResourceGraph graph, Connection c) {
    SourceRange header = c.header().range();
    Resolution g1 = graph.gateway1(c);
    VirtualNetworkGateway own = g1.resource(VirtualNetworkGateway.class).orElse(null);
    Optional<String> ownUncertain = g1.isUncertain()
        ? Optional.of("its gateway: " + g1.explain())
        : Optional.empty();
    if (own == null && ownUncertain.isEmpty()) {
      return Optional.empty(); // its gateway is not in the scan: nothing to pair with
    }
    SourceRange ownRange = c.virtualNetworkGateway1().rangeOr(header);

    if (c.connectionType().isUnknown()) {
      return Optional.of(new End(c, own, null, List.of(),
          Optional.of("its connection type is unknown (" + c.connectionType().unknownReason().orElse("") + ")"),
          c.connectionType().rangeOr(header)));
    }
    if (c.isType(VNET2VNET)) {
      Resolution g2 = graph.gateway2(c);
      List<VirtualNetworkGateway> partners =
          g2.resource(VirtualNetworkGateway.class).map(List::of).orElse(List.of());
      Optional<String> uncertainty = ownUncertain.isPresent() ? ownUncertain
          : g2.isUncertain() ? Optional.of("its peer gateway: " + g2.explain()) : Optional.empty();
      SourceRange where = ownUncertain.isPresent() ? ownRange : c.virtualNetworkGateway2().rangeOr(header);
      if (own == null && partners.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new End(c, own, VNET2VNET, partners, uncertainty, where));
    }
    if (c.isType(IPSEC)) {
      Resolution lngRef = graph.localNetworkGateway(c);
      Optional<LocalNetworkGateway> lng = lngRef.resource(LocalNetworkGateway.class);
      List<VirtualNetworkGateway> partners = List.of();
      Optional<String> uncertainty = ownUncertain;
      SourceRange where = ownRange;
      if (lng.isPresent()) {
        RepresentedGateways represented = RepresentedGateways.of(graph, lng.get(), own);
        partners = represented.partners();
        if (uncertainty.isEmpty() && represented.uncertainty().isPresent()) {
          uncertainty = Optional.of("its local network gateway " + represented.uncertainty().get());
          where = c.localNetworkGateway2().rangeOr(header);
        }
      } else if (uncertainty.isEmpty() && lngRef.isUncertain()) {
        uncertainty = Optional.of("its local network gateway: " + lngRef.explain());
        where = c.localNetworkGateway2().rangeOr(header);
      }
      if (own == null && partners.isEmpty()) {
        return Optional.empty(); // not a gateway-to-gateway connection as far as the scan can tell
      }
      return Optional.of(new End(c, own, IPSEC, partners, uncertainty, where));
    }
    return Optional.empty(); // ExpressRoute, VPNClient, or no type: no pairs
  }

  private static <T> boolean contains(List<T> list, T item) {
    for (T t : list) {
      if (t == item) {
        return true;
      }
    }
    return false;
  }
}
