package io.vnetlint.rules.connection;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.Optional;

/**
 * VNL207: each connection type needs its partner: {@code IPsec} a local network gateway, {@code Vnet2Vnet} a peer
 * gateway, {@code ExpressRoute} a circuit. Only a partner that is absent from the source counts as missing; a
 * partner written as an unknown value may well be there, and a connection whose own gateway is unknown is a
 * module whose inputs are not given.
 */
@RuleInfo(
    id = "VNL207",
    name = "ConnectionPartnerMissing",
    level = Level.ERROR,
    shortDescription = "A connection has no partner for its connection type",
    fullDescription = "A connection of type IPsec sets no local network gateway, a Vnet2Vnet connection sets no "
        + "peer virtual network gateway, or an ExpressRoute connection sets no ExpressRoute circuit. Azure rejects "
        + "the deployment: a connection joins its gateway to exactly the partner its type names.",
    scenario = "Scenario 1: VNet-to-VNet and site-to-site connection objects",
    guideStep = "Scenario 1, validation step 1: the connection object joins the gateway to its partner",
    tags = {"network", "vpn", "connection"},
    precision = "very-high")
public final class ConnectionPartnerMissing implements Rule {

  /** A connection type and the attribute that names its partner. */
  private record Need(String type, String attribute, String partner) {}

  private static final Need IPSEC = new Need("IPsec", "localNetworkGateway2", "local network gateway");
  private static final Need VNET2VNET = new Need("Vnet2Vnet", "virtualNetworkGateway2", "peer virtual network gateway");
  private static final Need EXPRESS_ROUTE = new Need("ExpressRoute", "expressRouteCircuit", "ExpressRoute circuit");

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Connection c : graph.all(Connection.class)) {
      check(c, findings);
    }
  }

  private static void check(Connection c, Findings findings) {
    SourceRange header = c.header().range();
    Optional<String> type = c.connectionType().known().map(String::trim);
    if (type.isEmpty()) {
      boolean noPartner = c.localNetworkGateway2().isAbsent() && c.virtualNetworkGateway2().isAbsent()
          && c.expressRouteCircuit().isAbsent();
      if (c.connectionType().isUnknown() && noPartner) {
        findings.notChecked(c, c.connectionType().rangeOr(header),
            "its connection type is unknown (" + c.connectionType().unknownReason().orElse("") + ")");
      }
      return; // an absent type has no documented default: nothing to require
    }
    Need need = needOf(type.get());
    if (need == null) {
      return; // VPNClient and other types name no partner in the connection
    }
    if (!partnerOf(c, need).isAbsent()) {
      return;
    }
    if (c.virtualNetworkGateway1().isUnknown()) {
      // A connection whose own gateway is an input not given (a reusable module) gets its partner from the same
      // caller: the partner's absence under the parameter defaults says nothing about a real deployment.
      findings.notChecked(c, c.virtualNetworkGateway1().rangeOr(header),
          "its gateway is unknown (" + c.virtualNetworkGateway1().unknownReason().orElse("")
              + "), so its partner may come from the same missing inputs");
      return;
    }
    String message = c.describe() + " has connection type " + need.type() + " but sets no " + need.partner()
        + " (" + need.attribute() + "); every " + need.type() + " connection must name its " + need.partner();
    findings.report(c, need.attribute(), header, message)
        .related(c.connectionType().rangeOr(header), "connection type " + type.get());
  }

  private static Need needOf(String type) {
    for (Need n : new Need[] {IPSEC, VNET2VNET, EXPRESS_ROUTE}) {
      if (n.type().equalsIgnoreCase(type)) {
        return n;
      }
    }
    return null;
  }

  private static Field<ResourceRef> partnerOf(Connection c, Need need) {
    if (need == IPSEC) {
      return c.localNetworkGateway2();
    }
    if (need == VNET2VNET) {
      return c.virtualNetworkGateway2();
    }
    return c.expressRouteCircuit();
  }
}
