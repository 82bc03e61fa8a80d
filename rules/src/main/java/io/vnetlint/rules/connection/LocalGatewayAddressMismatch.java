package io.vnetlint.rules.connection;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.RepresentedGateways;
import io.vnetlint.rules.query.SourceOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * VNL204: a local network gateway whose prefixes stand for another gateway's virtual network must point at that
 * gateway's public IP. Seen from each IPsec connection that uses it (its own gateway is never the partner), one
 * finding per local network gateway, at its gateway address.
 */
@RuleInfo(
    id = "VNL204",
    name = "LocalGatewayAddressMismatch",
    level = Level.ERROR,
    shortDescription = "A local network gateway does not point at the public IP of the gateway it stands for",
    fullDescription = "A local network gateway used by an IPsec connection lists prefixes of another gateway's "
        + "virtual network, so it stands for that gateway, but its gateway address is not that gateway's public "
        + "IP (neither a reference to it nor its literal address). The connection sends IKE to the wrong address "
        + "and the tunnel does not come up.",
    scenario = "Scenario 1: VNet-to-VNet and site-to-site connection objects",
    guideStep = "Scenario 1, validation steps 5-6: the local network gateway's address is the other gateway's "
        + "public IP",
    tags = {"network", "vpn", "connection", "local-network-gateway"},
    precision = "high")
public final class LocalGatewayAddressMismatch implements Rule {

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
    RepresentedGateways represented = RepresentedGateways.of(graph, lng, own);
    if (!represented.byAddress().isEmpty() || represented.byPrefixes().isEmpty()) {
      return; // it points at a gateway of the scan, or stands for none by prefixes
    }
    SourceRange header = lng.header().range();
    SourceRange addressAt = lng.gatewayPublicIp().isKnown() ? lng.gatewayPublicIp().rangeOr(header)
        : lng.gatewayIpAddress().rangeOr(header);
    List<VirtualNetworkGateway> partners = represented.byPrefixes();
    Optional<String> shown = address(graph, lng, partners, addressAt, findings);
    if (shown.isEmpty()) {
      return;
    }
    VirtualNetworkGateway g2 = partners.get(0);
    List<PublicIp> pips = graph.publicIpsOf(g2);
    List<String> pipNames = pips.stream().map(p -> "'" + p.header().displayName() + "'").toList();
    String message = lng.describe() + " lists prefixes of the virtual network of gateway '"
        + g2.header().displayName() + "', so it stands for that gateway, but its gateway address " + shown.get()
        + " is not that gateway's public IP (" + String.join(", ", pipNames) + "); "
        + c.describe() + " sends IKE to the wrong address";
    Findings.Report r = findings.report(lng, "gatewayIpAddress", addressAt, message)
        .related(lng.addressPrefixes().rangeOr(header), "prefixes that cover the virtual network of '"
            + g2.header().displayName() + "'")
        .related(g2, g2.header().range(), "the gateway it stands for, " + g2.describe());
    for (PublicIp p : pips) {
      r.related(p, p.header().range(), "public IP of '" + g2.header().displayName() + "'");
    }
    r.related(c, c.localNetworkGateway2().rangeOr(c.header().range()), c.describe() + ", which uses it");
  }

  /**
   * How to show the local network gateway's address when it is certainly none of the partners' public IPs; empty
   * (with a "not checked" when relevant) when the scan cannot tell.
   */
  private static Optional<String> address(ResourceGraph graph, LocalNetworkGateway lng,
      List<VirtualNetworkGateway> partners, SourceRange at, Findings findings) {
    List<PublicIp> partnerIps = new ArrayList<>();
    for (VirtualNetworkGateway g : partners) {
      partnerIps.addAll(graph.publicIpsOf(g));
    }
    if (partnerIps.isEmpty()) {
      findings.notChecked(lng, at, "the public IPs of the gateway it stands for are not in the scan");
      return Optional.empty();
    }
    if (lng.gatewayPublicIp().isKnown()) {
      Resolution ref = graph.resolve(lng.gatewayPublicIp(), lng);
      Optional<PublicIp> pip = ref.resource(PublicIp.class);
      if (pip.isEmpty()) {
        findings.notChecked(lng, at, "the public IP its address refers to cannot be identified: " + ref.explain());
        return Optional.empty();
      }
      return Optional.of("(the address of public IP '" + pip.get().header().displayName() + "')");
    }
    Optional<String> literal = lng.gatewayIpAddress().known().map(String::trim);
    if (literal.isEmpty()) {
      String why = lng.gatewayIpAddress().isUnknown()
          ? "its gateway address is unknown (" + lng.gatewayIpAddress().unknownReason().orElse("") + ")"
          : "it has no gateway address (an FQDN, or none)";
      findings.notChecked(lng, at, why);
      return Optional.empty();
    }
    for (PublicIp p : partnerIps) {
      if (p.ipAddress().known().isEmpty()) {
        findings.notChecked(lng, at, "the address of public IP '" + p.header().displayName()
            + "' is not known before deployment, so the literal " + literal.get() + " cannot be compared");
        return Optional.empty();
      }
    }
    return Optional.of(literal.get());
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
