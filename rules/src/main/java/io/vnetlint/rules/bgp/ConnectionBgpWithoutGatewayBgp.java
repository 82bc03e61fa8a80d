package io.vnetlint.rules.bgp;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.Optional;

/**
 * VNL603: BGP on a connection needs BGP on the gateway that owns it and, for Vnet2Vnet, on the peer gateway too.
 * A gateway's {@code enableBgp} defaults to false (ARM and azurerm).
 */
@RuleInfo(
    id = "VNL603",
    name = "ConnectionBgpWithoutGatewayBgp",
    level = Level.ERROR,
    shortDescription = "A connection enables BGP but its gateway does not",
    fullDescription = "A connection enables BGP while its virtual network gateway (or, for a Vnet2Vnet "
        + "connection, the peer gateway) does not enable BGP. Enabling BGP takes three places: the gateway, the "
        + "local network gateway or peer gateway, and the connection. Without BGP on the gateway no BGP session "
        + "can start.",
    scenario = "Scenario 5: BGP",
    guideStep = "Scenario 5, steps 1 and 3: enable BGP on the gateway before enabling it on the connection",
    tags = {"network", "vpn", "bgp", "connection"},
    precision = "high")
public final class ConnectionBgpWithoutGatewayBgp implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Connection c : graph.all(Connection.class)) {
      check(graph, c, findings);
    }
  }

  private static void check(ResourceGraph graph, Connection c, Findings findings) {
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
    checkGateway(c, graph.gateway1(c), c.virtualNetworkGateway1(), "its gateway", findings);
    if (c.isType("Vnet2Vnet")) {
      checkGateway(c, graph.gateway2(c), c.virtualNetworkGateway2(), "its peer gateway", findings);
    } else if (c.connectionType().isUnknown()) {
      findings.notChecked(c, c.connectionType().rangeOr(header), "its connection type is unknown ("
          + c.connectionType().unknownReason().orElse("") + "), so whether a peer gateway needs BGP is unknown");
    }
  }

  private static void checkGateway(
      Connection c, Resolution resolution, Field<ResourceRef> ref, String role, Findings findings) {
    SourceRange header = c.header().range();
    if (resolution.isUncertain()) {
      findings.notChecked(c, ref.rangeOr(header), role + " is uncertain: " + resolution.explain());
      return;
    }
    Optional<VirtualNetworkGateway> found = resolution.resource(VirtualNetworkGateway.class);
    if (found.isEmpty()) {
      return; // not in the scan (or not set: VNL207's business)
    }
    VirtualNetworkGateway gateway = found.get();
    if (gateway.isExpressRoute()) {
      return;
    }
    Field<Boolean> gatewayBgp = gateway.enableBgp();
    if (gatewayBgp.isUnknown()) {
      findings.notChecked(c, ref.rangeOr(header), role + " '" + gateway.header().displayName()
          + "' may or may not enable BGP (" + gatewayBgp.unknownReason().orElse("") + ")");
      return;
    }
    if (gatewayBgp.valueOr(false).orElse(false)) {
      return;
    }
    String how = gatewayBgp.isAbsent() ? "does not enable BGP (enableBgp defaults to false)"
        : "sets enableBgp to false";
    String message = c.describe() + " enables BGP, but " + role + " '" + gateway.header().displayName() + "' "
        + how + "; enable BGP on the gateway, or disable it on the connection";
    findings.report(c, "enableBgp", c.enableBgp().rangeOr(header), message)
        .related(gateway, gatewayBgp.rangeOr(gateway.header().range()),
            role + " " + gateway.describe() + ", which does not enable BGP");
  }
}
