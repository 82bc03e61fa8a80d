package io.vnetlint.rules.lifecycle;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.change.Change;
import io.vnetlint.rules.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the recreation of a gateway breaks, written once for VNL801–VNL804: its connections (deleted with it, shared
 * keys to set again), the local network gateways elsewhere in the scan that point at its public IP (which changes),
 * and the peerings that use it for transit. The message tail says the consequences and the safe order.
 */
final class GatewayRecreation {
  private GatewayRecreation() {}

  static final String CONSEQUENCES = "the gateway must be deleted and created again: its connections are deleted"
      + " first, about 60 minutes of downtime, a new public IP that every on-premises device and local network"
      + " gateway must learn, and shared keys to set again on the recreated connections";

  static final String SAFE_ORDER = "Safe order: announce the downtime, delete the connections, delete the gateway,"
      + " create the new one, give its new public IP to the on-premises devices and local network gateways, then"
      + " recreate the connections with their shared keys";

  /** Adds every resource the recreation breaks as a related location. */
  static void relate(Findings.Report report, ResourceGraph graph, VirtualNetworkGateway gateway) {
    for (Connection c : connectionsOf(graph, gateway)) {
      report.related(c, c.header().range(), c.describe() + " is deleted with the gateway; its shared key must be"
          + " set again when it is recreated");
    }
    for (LocalNetworkGateway lng : localGatewaysPointingAt(graph, gateway)) {
      Field<?> address = lng.gatewayPublicIp().isKnown() ? lng.gatewayPublicIp() : lng.gatewayIpAddress();
      report.related(lng, address.rangeOr(lng.header().range()), lng.describe() + " points at the gateway's"
          + " public IP, which changes");
    }
    for (Peering p : transitPeerings(graph, gateway)) {
      report.related(p, p.header().range(), p.describe() + " uses the gateway for transit; the peered networks lose"
          + " their on-premises routes while it is recreated");
    }
  }

  /** Connections that name the gateway as either end, in scan order. */
  static List<Connection> connectionsOf(ResourceGraph graph, VirtualNetworkGateway gateway) {
    List<Connection> out = new ArrayList<>(graph.connectionsOf(gateway));
    for (Connection c : graph.all(Connection.class)) {
      if (!out.contains(c) && graph.gateway2(c).resource().filter(g -> g == gateway).isPresent()) {
        out.add(c);
      }
    }
    return out;
  }

  /** Local network gateways whose address is one of the gateway's public IPs (a reference or the same literal). */
  static List<LocalNetworkGateway> localGatewaysPointingAt(ResourceGraph graph, VirtualNetworkGateway gateway) {
    List<PublicIp> ips = graph.publicIpsOf(gateway);
    List<LocalNetworkGateway> out = new ArrayList<>();
    if (ips.isEmpty()) {
      return out;
    }
    for (LocalNetworkGateway lng : graph.all(LocalNetworkGateway.class)) {
      Optional<PublicIp> referenced = graph.resolve(lng.gatewayPublicIp(), lng).resource(PublicIp.class);
      boolean points = referenced.isPresent() && ips.contains(referenced.get());
      Optional<String> literal = lng.gatewayIpAddress().known();
      for (PublicIp ip : ips) {
        if (literal.isPresent() && ip.ipAddress().known().filter(literal.get()::equals).isPresent()) {
          points = true;
        }
      }
      if (points) {
        out.add(lng);
      }
    }
    return out;
  }

  /** Peerings that offer the gateway's network for transit, and peerings into that network that use it. */
  static List<Peering> transitPeerings(ResourceGraph graph, VirtualNetworkGateway gateway) {
    List<Peering> out = new ArrayList<>();
    Optional<AzureResource> network = graph.virtualNetworkOf(gateway);
    if (network.isEmpty()) {
      return out;
    }
    for (Peering p : graph.all(Peering.class)) {
      boolean offers = p.allowGatewayTransit().valueOr(false).orElse(false)
          && graph.localNetwork(p).resource().filter(n -> n == network.get()).isPresent();
      boolean uses = p.useRemoteGateways().valueOr(false).orElse(false)
          && graph.remoteNetwork(p).resource().filter(n -> n == network.get()).isPresent();
      if (offers || uses) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * How the change was found, for messages. The baseline is not named, so that {@code --base HEAD~1} and
   * {@code --base <a copy of HEAD~1>} report the same findings.
   */
  static String source(Change change) {
    if (change.source() instanceof Change.Planned planned) {
      return planned.isReplace() ? "(the Terraform plan replaces it)" : "(the Terraform plan updates it in place)";
    }
    return "(compared with the baseline)";
  }

  /** Terraform resources have Terraform addresses; ARM and Bicep ones start with the provider namespace. */
  static boolean isTerraform(AzureResource r) {
    return !r.header().address().regionMatches(true, 0, "Microsoft.", 0, "Microsoft.".length());
  }

  static boolean same(String a, String b) {
    return a.replace(" ", "").equalsIgnoreCase(b.replace(" ", ""));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  // ---- the triggers of VNL801–VNL803, shared so that VNL804 reports only the other replacements ----------------

  /** VNL801: both VPN gateways, the VPN type known on both sides (RouteBased by default) and different. */
  static boolean vpnTypeChanges(VirtualNetworkGateway before, VirtualNetworkGateway after) {
    if (!before.isVpn() || !after.isVpn()) {
      return false;
    }
    Optional<String> was = before.vpnType().valueOr("RouteBased");
    Optional<String> now = after.vpnType().valueOr("RouteBased");
    return was.isPresent() && now.isPresent() && !same(was.get(), now.get());
  }

  /** VNL802: the gateway type known on both sides (Vpn by default) and different. */
  static boolean typeChanges(VirtualNetworkGateway before, VirtualNetworkGateway after) {
    Optional<String> was = before.gatewayType().valueOr("Vpn");
    Optional<String> now = after.gatewayType().valueOr("Vpn");
    return was.isPresent() && now.isPresent() && !same(was.get(), now.get());
  }

  /** VNL803: a VPN gateway with SKU Basic before, another known SKU after (a type change is VNL802's). */
  static boolean leavesBasic(VirtualNetworkGateway before, VirtualNetworkGateway after) {
    if (typeChanges(before, after)) {
      return false;
    }
    Optional<String> was = before.sku().known();
    Optional<String> now = after.sku().known();
    return was.isPresent() && now.isPresent() && same(was.get(), "Basic") && !same(now.get(), "Basic");
  }
}
