package io.vnetlint.rules.connection;

import inet.ipaddr.IPAddress;
import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.Networks;
import io.vnetlint.rules.query.RepresentedGateways;
import io.vnetlint.rules.query.SourceOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * VNL202: a local network gateway that points at another gateway's public IP must list exactly the networks behind
 * that gateway. Missing: parts of the gateway's virtual network that no prefix covers. Extra: parts of a prefix
 * outside that virtual network and outside the virtual networks peered with it (which the gateway can serve with
 * gateway transit). Local network gateways with BGP settings learn their routes and are skipped.
 */
@RuleInfo(
    id = "VNL202",
    name = "LocalNetworkPrefixesMismatch",
    level = Level.ERROR,
    shortDescription = "A local network gateway's prefixes do not match the network of the gateway it points at",
    fullDescription = "A local network gateway used by an IPsec connection has the public IP of another gateway "
        + "of the scan as its address, so it stands for that gateway, but its address prefixes do not cover that "
        + "gateway's virtual network address space, or list ranges outside it. Traffic to the missing ranges is "
        + "not sent through the tunnel; extra ranges are routed into a tunnel that cannot deliver them.",
    scenario = "Scenario 1: VNet-to-VNet and site-to-site connection objects",
    guideStep = "Scenario 1, validation steps 2-3: the local network gateway's prefixes are the other virtual "
        + "network's address space",
    tags = {"network", "vpn", "connection", "local-network-gateway", "address-space"},
    precision = "high")
public final class LocalNetworkPrefixesMismatch implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    List<LocalNetworkGateway> done = new ArrayList<>();
    List<Connection> connections = new ArrayList<>(graph.all(Connection.class));
    connections.sort(SourceOrder.RESOURCES);
    for (Connection c : connections) {
      if (!c.isType("IPsec")) {
        continue;
      }
      Optional<VirtualNetworkGateway> own = graph.gateway1(c).resource(VirtualNetworkGateway.class);
      Optional<LocalNetworkGateway> lng = graph.localNetworkGateway(c).resource(LocalNetworkGateway.class);
      if (own.isEmpty() || lng.isEmpty() || containsSame(done, lng.get())) {
        continue;
      }
      done.add(lng.get());
      check(graph, c, own.get(), lng.get(), findings);
    }
  }

  private static void check(
      ResourceGraph graph, Connection c, VirtualNetworkGateway own, LocalNetworkGateway lng, Findings findings) {
    List<VirtualNetworkGateway> byAddress = RepresentedGateways.of(graph, lng, own).byAddress();
    if (byAddress.isEmpty()) {
      return;
    }
    VirtualNetworkGateway g2 = byAddress.get(0);
    SourceRange header = lng.header().range();
    SourceRange at = lng.addressPrefixes().rangeOr(header);
    if (lng.bgpSettings().isKnown()) {
      return; // routes are learned over BGP; the prefixes need only hold the BGP peer address
    }
    if (lng.bgpSettings().isUnknown()) {
      findings.notChecked(lng, at, "whether it uses BGP is unknown (" + lng.bgpSettings().unknownReason().orElse("")
          + ")");
      return;
    }
    Optional<AzureResource> network = graph.virtualNetworkOf(g2).filter(Networks::isNetwork);
    if (network.isEmpty()) {
      return;
    }
    Field<PrefixList> space = Networks.addressSpace(network.get());
    Field<PrefixList> prefixes = lng.addressPrefixes();
    Optional<PrefixList> theirs = space.known();
    Optional<PrefixList> listed = prefixes.known();
    if (theirs.isEmpty() || listed.isEmpty() || !theirs.get().fullyKnown() || !listed.get().fullyKnown()) {
      if (space.isUnknown() || prefixes.isUnknown() || theirs.map(p -> !p.fullyKnown()).orElse(false)
          || listed.map(p -> !p.fullyKnown()).orElse(false)) {
        findings.notChecked(lng, at, "its prefixes or the address space of " + network.get().describe()
            + " are not fully known");
      }
      return;
    }
    List<String> missing = uncovered(theirs.get().prefixes(), listed.get().prefixes());
    List<AddressPrefix> allowed = new ArrayList<>(theirs.get().prefixes());
    for (Peering p : graph.peeringsOf(network.get())) {
      Resolution remote = graph.remoteNetwork(p);
      Optional<PrefixList> remoteSpace = remote.resource().filter(Networks::isNetwork)
          .flatMap(n -> Networks.addressSpace(n).known());
      if (remote.isUncertain() || (remote.resource().isPresent() && remoteSpace.isEmpty())) {
        findings.notChecked(lng, at, "the address space of a network peered with " + network.get().describe()
            + " is unknown");
        return;
      }
      remoteSpace.ifPresent(s -> allowed.addAll(s.prefixes()));
    }
    List<String> extra = uncovered(listed.get().prefixes(), allowed);
    if (missing.isEmpty() && extra.isEmpty()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    if (!missing.isEmpty()) {
      problems.add("they miss " + String.join(", ", missing));
    }
    if (!extra.isEmpty()) {
      problems.add("they list " + String.join(", ", extra) + " outside it");
    }
    String message = lng.describe() + " points at the public IP of gateway '" + g2.header().displayName()
        + "', but its prefixes (" + listed.get().describe() + ") do not match the address space of "
        + network.get().describe() + " (" + theirs.get().describe() + "): " + String.join("; ", problems);
    findings.report(lng, "addressPrefixes", at, message)
        .related(network.get(), space.rangeOr(network.get().header().range()),
            "virtual network of the gateway it points at, " + Networks.describeWithSpace(network.get()))
        .related(g2, g2.header().range(), "the gateway whose public IP is its address, " + g2.describe())
        .related(c, c.localNetworkGateway2().rangeOr(c.header().range()), c.describe() + ", which uses it");
  }

  /** The parts of {@code prefixes} that no prefix of {@code by} covers, as CIDR blocks. */
  private static List<String> uncovered(List<AddressPrefix> prefixes, List<AddressPrefix> by) {
    List<String> out = new ArrayList<>();
    for (AddressPrefix p : prefixes) {
      List<IPAddress> rest = new ArrayList<>(List.of(p.block()));
      for (AddressPrefix q : by) {
        if (q.isIpv4() != p.isIpv4()) {
          continue;
        }
        List<IPAddress> next = new ArrayList<>();
        for (IPAddress r : rest) {
          IPAddress[] left = r.subtract(q.block());
          if (left != null) {
            next.addAll(List.of(left));
          }
        }
        rest = next;
      }
      for (IPAddress r : rest) {
        for (IPAddress block : r.spanWithPrefixBlocks()) {
          out.add(block.toCanonicalString());
        }
      }
    }
    return out;
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
