package io.vnetlint.rules.query;

import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Azure gateways a local network gateway stands for (rules.md, "Scenario 1 — terms"): L represents gateway G2
 * when L's gateway address is, or resolves by reference to, a public IP attached to G2 (<em>by address</em>), or
 * when L's address prefixes intersect the address space of G2's virtual network (<em>by prefixes</em>) — G2 never
 * being the gateway of the connection that uses L, nor another gateway in that gateway's own virtual network (a
 * prefix covering the connection's own network is an overlap, VNL201, not a partner).
 *
 * @param byAddress the gateways whose public IP is L's gateway address
 * @param byPrefixes the gateways whose virtual network intersects L's prefixes
 * @param uncertainty why the scan cannot tell whether L represents some gateway, when it finds none; else empty
 */
public record RepresentedGateways(
    List<VirtualNetworkGateway> byAddress, List<VirtualNetworkGateway> byPrefixes, Optional<String> uncertainty) {

  public RepresentedGateways {
    byAddress = List.copyOf(byAddress);
    byPrefixes = List.copyOf(byPrefixes);
  }

  /**
   * The gateways L represents, seen from a connection of {@code own} (null when that gateway is not known). When
   * some gateway is represented by address, only those count: the address is the stronger evidence.
   */
  public List<VirtualNetworkGateway> partners() {
    return byAddress.isEmpty() ? byPrefixes : byAddress;
  }

  public static RepresentedGateways of(ResourceGraph graph, LocalNetworkGateway lng, VirtualNetworkGateway own) {
    Optional<AzureResource> ownNetwork = own == null ? Optional.empty() : graph.virtualNetworkOf(own);
    List<VirtualNetworkGateway> candidates = new ArrayList<>();
    for (VirtualNetworkGateway g : graph.all(VirtualNetworkGateway.class)) {
      if (g == own || g.isExpressRoute()) {
        continue;
      }
      Optional<AzureResource> network = graph.virtualNetworkOf(g);
      if (ownNetwork.isPresent() && network.isPresent() && network.get() == ownNetwork.get()) {
        continue;
      }
      candidates.add(g);
    }

    List<String> unknowns = new ArrayList<>();
    List<VirtualNetworkGateway> byAddress = new ArrayList<>();
    Resolution pipRef = graph.resolve(lng.gatewayPublicIp(), lng);
    Optional<PublicIp> pip = pipRef.resource(PublicIp.class);
    Optional<String> literal = lng.gatewayIpAddress().known().map(String::trim);
    if (pipRef.isUncertain()) {
      unknowns.add("its gateway address refers to " + pipRef.explain());
    } else if (lng.gatewayPublicIp().isAbsent() && lng.gatewayIpAddress().isUnknown()) {
      unknowns.add("its gateway address is unknown (" + lng.gatewayIpAddress().unknownReason().orElse("") + ")");
    }
    for (VirtualNetworkGateway g : candidates) {
      for (PublicIp attached : graph.publicIpsOf(g)) {
        boolean sameResource = pip.isPresent() && pip.get() == attached;
        boolean sameLiteral = literal.isPresent()
            && attached.ipAddress().known().map(a -> a.trim().equalsIgnoreCase(literal.get())).orElse(false);
        if (sameResource || sameLiteral) {
          byAddress.add(g);
          break;
        }
      }
    }

    List<VirtualNetworkGateway> byPrefixes = new ArrayList<>();
    Field<PrefixList> prefixes = lng.addressPrefixes();
    if (prefixes.isUnknown()) {
      unknowns.add("its address prefixes are unknown (" + prefixes.unknownReason().orElse("") + ")");
    }
    Optional<PrefixList> known = prefixes.known();
    if (known.isPresent()) {
      if (!known.get().fullyKnown()) {
        unknowns.add("some of its address prefixes are unknown");
      }
      // only the gateways whose network overlaps one of L's prefixes, not every gateway of the scan; in scan order
      Gateways gateways = graph.derived(Gateways.class, Gateways::of);
      java.util.TreeSet<Integer> overlapping = new java.util.TreeSet<>();
      for (AddressPrefix p : known.get().prefixes()) {
        overlapping.addAll(gateways.spaces().overlapping(p));
      }
      java.util.Set<VirtualNetworkGateway> isCandidate =
          java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      isCandidate.addAll(candidates);
      for (int i : overlapping) {
        VirtualNetworkGateway g = gateways.all().get(i);
        if (!isCandidate.contains(g)) {
          continue;
        }
        Optional<PrefixList> space = graph.virtualNetworkOf(g)
            .flatMap(ResourceGraph::addressSpaceOf)
            .flatMap(Field::known);
        if (space.isPresent() && !known.get().overlapsWith(space.get()).isEmpty()) {
          byPrefixes.add(g);
        }
      }
    }
    Optional<String> uncertainty = byAddress.isEmpty() && byPrefixes.isEmpty() && !unknowns.isEmpty()
        ? Optional.of(lng.describe() + ": " + String.join("; ", unknowns))
        : Optional.empty();
    return new RepresentedGateways(byAddress, byPrefixes, uncertainty);
  }

  /** The scan's VPN gateways (not ExpressRoute) in scan order, by the address space of their virtual network. */
  private record Gateways(List<VirtualNetworkGateway> all, PrefixIndex spaces) {
    static Gateways of(ResourceGraph graph) {
      List<VirtualNetworkGateway> all = new ArrayList<>();
      PrefixIndex spaces = new PrefixIndex();
      for (VirtualNetworkGateway g : graph.all(VirtualNetworkGateway.class)) {
        if (g.isExpressRoute()) {
          continue;
        }
        int item = all.size();
        all.add(g);
        graph.virtualNetworkOf(g).flatMap(ResourceGraph::addressSpaceOf).flatMap(Field::known)
            .ifPresent(space -> space.prefixes().forEach(p -> spaces.add(item, p)));
      }
      return new Gateways(List.copyOf(all), spaces);
    }
  }
}
