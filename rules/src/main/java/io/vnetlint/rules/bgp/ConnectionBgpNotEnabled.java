package io.vnetlint.rules.bgp;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.fix.AttributeFix;
import java.util.Optional;

/**
 * VNL602: both ends are set up for BGP but the connection is not, so the tunnel runs on static prefixes. A
 * connection's {@code enableBgp} defaults to false; only known values make an end BGP-capable.
 */
@RuleInfo(
    id = "VNL602",
    name = "ConnectionBgpNotEnabled",
    level = Level.WARNING,
    shortDescription = "Both ends can speak BGP, but the connection does not enable it",
    fullDescription = "The gateway of a connection enables BGP, and the other end is BGP-capable too (the local "
        + "network gateway has BGP settings, or the Vnet2Vnet peer gateway enables BGP), but the connection does "
        + "not enable BGP. No BGP session is set up: routes fall back to the static prefixes of the local network "
        + "gateway or virtual network, and there is no transit.",
    scenario = "Scenario 5: BGP",
    guideStep = "Scenario 5, step 3: enable BGP on the connection",
    tags = {"network", "vpn", "bgp", "connection"},
    precision = "high")
public final class ConnectionBgpNotEnabled implements Rule {
  private static final AttributeFix.Names ENABLE_BGP = AttributeFix.Names.of("enableBgp", "bgp_enabled", "enable_bgp");

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Connection c : graph.all(Connection.class)) {
      if (c.isType("IPsec") || c.isType("Vnet2Vnet")) {
        check(graph, c, findings);
      }
    }
  }

  private static void check(ResourceGraph graph, Connection c, Findings findings) {
    SourceRange header = c.header().range();
    Field<Boolean> connectionBgp = c.enableBgp();
    if (connectionBgp.isUnknown() || connectionBgp.valueOr(false).orElse(true)) {
      return; // enabled, or unknown: nothing this rule could add
    }
    Optional<VirtualNetworkGateway> own = bgpGateway(graph.gateway1(c));
    if (own.isEmpty()) {
      return;
    }
    AzureResource other;
    SourceRange otherRange;
    String otherRole;
    if (c.isType("IPsec")) {
      Resolution ref = graph.localNetworkGateway(c);
      Optional<LocalNetworkGateway> lng = ref.resource(LocalNetworkGateway.class);
      if (lng.isEmpty()) {
        return;
      }
      Field<BgpSettings> settings = lng.get().bgpSettings();
      if (!settings.isKnown()) {
        return;
      }
      other = lng.get();
      otherRange = settings.rangeOr(lng.get().header().range());
      otherRole = "local network gateway '" + lng.get().header().displayName() + "', which has BGP settings";
    } else {
      Optional<VirtualNetworkGateway> peer = bgpGateway(graph.gateway2(c));
      if (peer.isEmpty()) {
        return;
      }
      other = peer.get();
      otherRange = peer.get().enableBgp().rangeOr(peer.get().header().range());
      otherRole = "peer gateway '" + peer.get().header().displayName() + "', which enables BGP";
    }
    String how = connectionBgp.isAbsent() ? "does not enable BGP (enableBgp defaults to false)"
        : "sets enableBgp to false";
    String message = c.describe() + " " + how + ", although its gateway '" + own.get().header().displayName()
        + "' enables BGP and " + otherRole.replace("', which", "'") + "; without BGP on the connection no BGP "
        + "session comes up and routing falls back to static prefixes";
    findings.report(c, "enableBgp", connectionBgp.rangeOr(header), message)
        .related(own.get(), own.get().enableBgp().rangeOr(own.get().header().range()),
            "gateway '" + own.get().header().displayName() + "', which enables BGP")
        .related(other, otherRange, otherRole)
        .fix(AttributeFix.set(c, connectionBgp, ENABLE_BGP, true, "enable BGP on " + c.describe()));
  }

  /** The gateway when it is resolved and known to enable BGP. */
  private static Optional<VirtualNetworkGateway> bgpGateway(Resolution resolution) {
    return resolution.resource(VirtualNetworkGateway.class)
        .filter(g -> !g.isExpressRoute() && g.enableBgp().known().orElse(false));
  }
}
