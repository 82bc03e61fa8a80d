package io.vnetlint.rules.bgp;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.ReservedAsns;
import io.vnetlint.rules.query.SourceOrder;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * VNL606: the two BGP speakers of a connection must be in different autonomous systems. An Azure gateway without
 * an ASN has Azure's default 65515; a local network gateway has no default (VNL604 reports a missing one).
 * Reported once per pair of ends: on the local network gateway's ASN (the on-premises side is the one to change),
 * or for Vnet2Vnet on the ASN of the gateway declared second.
 */
@RuleInfo(
    id = "VNL606",
    name = "AsnCollision",
    level = Level.ERROR,
    shortDescription = "The two ends of a BGP connection use the same ASN",
    fullDescription = "A connection enables BGP and both of its ends have the same AS number: the Azure gateway "
        + "and the local network gateway (IPsec), or the two gateways (Vnet2Vnet) - including two gateways that "
        + "both keep Azure's default ASN 65515. BGP peers in one AS do not form the expected external session, "
        + "and routes are dropped by loop prevention.",
    scenario = "Scenario 5: BGP",
    guideStep = "Scenario 5, step 2: use different ASNs for the networks you connect with BGP",
    tags = {"network", "vpn", "bgp"},
    precision = "high")
public final class AsnCollision implements Rule {

  /** An ASN and where it comes from; {@code range} is the header when the default applies. */
  private record Asn(long value, SourceRange range, boolean isDefault) {}

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    Set<String> reported = new HashSet<>();
    for (Connection c : graph.all(Connection.class)) {
      if (c.isType("IPsec") || c.isType("Vnet2Vnet")) {
        check(graph, c, reported, findings);
      }
    }
  }

  private static void check(ResourceGraph graph, Connection c, Set<String> reported, Findings findings) {
    SourceRange header = c.header().range();
    Field<Boolean> connectionBgp = c.enableBgp();
    if (connectionBgp.isUnknown()) {
      findings.notChecked(c, connectionBgp.rangeOr(header),
          "whether it enables BGP is unknown (" + connectionBgp.unknownReason().orElse("") + ")");
      return;
    }
    if (!connectionBgp.valueOr(false).orElse(false)) {
      return;
    }
    Optional<VirtualNetworkGateway> own =
        gateway(graph.gateway1(c), c, c.virtualNetworkGateway1(), findings);
    if (own.isEmpty()) {
      return;
    }
    Optional<Asn> ownAsn = gatewayAsn(own.get(), c, findings);
    if (ownAsn.isEmpty()) {
      return;
    }
    if (c.isType("IPsec")) {
      Resolution ref = graph.localNetworkGateway(c);
      if (ref.isUncertain()) {
        findings.notChecked(c, c.localNetworkGateway2().rangeOr(header),
            "its local network gateway is uncertain: " + ref.explain());
        return;
      }
      Optional<LocalNetworkGateway> lng = ref.resource(LocalNetworkGateway.class);
      if (lng.isEmpty()) {
        return;
      }
      Optional<Asn> lngAsn = lngAsn(lng.get(), findings);
      if (lngAsn.isEmpty() || lngAsn.get().value() != ownAsn.get().value()) {
        return;
      }
      if (!reported.add(lng.get().header().address() + "|" + own.get().header().address())) {
        return;
      }
      String message = "local network gateway '" + lng.get().header().displayName() + "' uses ASN "
          + lngAsn.get().value() + ", the same as " + describeAsn(own.get(), ownAsn.get()) + ", which it peers "
          + "with over connection '" + c.header().displayName() + "'; the on-premises device needs an ASN of its "
          + "own";
      findings.report(lng.get(), "bgpSettings.asn", lngAsn.get().range(), message)
          .related(own.get(), ownAsn.get().range(), "gateway '" + own.get().header().displayName()
              + "' with ASN " + ownAsn.get().value())
          .related(c, connectionBgp.rangeOr(header), "connection '" + c.header().displayName()
              + "', which enables BGP");
      return;
    }
    Optional<VirtualNetworkGateway> peer = gateway(graph.gateway2(c), c, c.virtualNetworkGateway2(), findings);
    if (peer.isEmpty() || peer.get() == own.get()) {
      return;
    }
    Optional<Asn> peerAsn = gatewayAsn(peer.get(), c, findings);
    if (peerAsn.isEmpty() || peerAsn.get().value() != ownAsn.get().value()) {
      return;
    }
    boolean ownFirst = SourceOrder.RESOURCES.compare(own.get(), peer.get()) <= 0;
    VirtualNetworkGateway second = ownFirst ? peer.get() : own.get();
    VirtualNetworkGateway first = ownFirst ? own.get() : peer.get();
    Asn secondAsn = ownFirst ? peerAsn.get() : ownAsn.get();
    Asn firstAsn = ownFirst ? ownAsn.get() : peerAsn.get();
    if (!reported.add(first.header().address() + "|" + second.header().address())) {
      return;
    }
    String message = describeAsn(second, secondAsn) + " and " + describeAsn(first, firstAsn)
        + " are joined with BGP by Vnet2Vnet connection '" + c.header().displayName() + "' but use the same ASN; "
        + "give each gateway its own private ASN";
    findings.report(second, "bgpSettings.asn", secondAsn.range(), message)
        .related(first, firstAsn.range(), "peer gateway '" + first.header().displayName() + "' with ASN "
            + firstAsn.value())
        .related(c, connectionBgp.rangeOr(header), "connection '" + c.header().displayName()
            + "', which enables BGP");
  }

  private static String describeAsn(VirtualNetworkGateway g, Asn asn) {
    return "gateway '" + g.header().displayName() + "' (ASN " + asn.value()
        + (asn.isDefault() ? ", Azure's default" : "") + ")";
  }

  private static Optional<VirtualNetworkGateway> gateway(
      Resolution resolution, Connection c, Field<?> ref, Findings findings) {
    if (resolution.isUncertain()) {
      findings.notChecked(c, ref.rangeOr(c.header().range()), "a gateway is uncertain: " + resolution.explain());
      return Optional.empty();
    }
    Optional<VirtualNetworkGateway> g = resolution.resource(VirtualNetworkGateway.class);
    boolean bgpOff = g.isPresent() && !g.get().enableBgp().valueOr(false).orElse(true); // absent: off
    if (g.isPresent() && (g.get().isExpressRoute() || bgpOff)) {
      return Optional.empty(); // BGP off (set or by default): VNL603 reports it
    }
    return g;
  }

  private static Optional<Asn> gatewayAsn(VirtualNetworkGateway g, Connection c, Findings findings) {
    SourceRange header = g.header().range();
    Field<BgpSettings> settings = g.bgpSettings();
    if (settings.isUnknown()) {
      findings.notChecked(c, settings.rangeOr(header), "the BGP settings of gateway '"
          + g.header().displayName() + "' are unknown (" + settings.unknownReason().orElse("") + ")");
      return Optional.empty();
    }
    if (settings.isAbsent()) {
      return Optional.of(new Asn(ReservedAsns.AZURE_DEFAULT_ASN, header, true));
    }
    Field<Long> asn = settings.known().orElseThrow().asn();
    if (asn.isUnknown()) {
      findings.notChecked(c, asn.rangeOr(header), "the ASN of gateway '" + g.header().displayName()
          + "' is unknown (" + asn.unknownReason().orElse("") + ")");
      return Optional.empty();
    }
    return Optional.of(asn.known()
        .map(v -> new Asn(v, asn.rangeOr(header), false))
        .orElse(new Asn(ReservedAsns.AZURE_DEFAULT_ASN, settings.rangeOr(header), true)));
  }

  private static Optional<Asn> lngAsn(LocalNetworkGateway lng, Findings findings) {
    SourceRange header = lng.header().range();
    Field<BgpSettings> settings = lng.bgpSettings();
    if (settings.isUnknown()) {
      findings.notChecked(lng, settings.rangeOr(header),
          "its BGP settings are unknown (" + settings.unknownReason().orElse("") + ")");
      return Optional.empty();
    }
    if (settings.isAbsent()) {
      return Optional.empty(); // VNL604
    }
    Field<Long> asn = settings.known().orElseThrow().asn();
    if (asn.isUnknown()) {
      findings.notChecked(lng, asn.rangeOr(header), "its ASN is unknown (" + asn.unknownReason().orElse("") + ")");
      return Optional.empty();
    }
    return asn.known().map(v -> new Asn(v, asn.rangeOr(header), false));
  }
}
