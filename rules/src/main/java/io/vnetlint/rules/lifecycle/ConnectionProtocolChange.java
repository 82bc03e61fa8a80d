package io.vnetlint.rules.lifecycle;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.change.ChangeSet;
import io.vnetlint.rules.ChangeRule;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.RuleInfo;
import java.util.Optional;

/** VNL805: a connection's IKE version changes, which recreates the connection. */
@RuleInfo(
    id = "VNL805",
    name = "ConnectionProtocolChange",
    level = Level.WARNING,
    shortDescription = "A connection's IKE protocol changes between IKEv1 and IKEv2",
    fullDescription = "Compared with the baseline (an earlier revision, another directory or a Terraform plan), a "
        + "connection's connectionProtocol changes between IKEv1 and IKEv2 (IKEv2 when not set). The protocol cannot "
        + "change after creation: the connection is deleted and created again, the tunnel is down meanwhile, its "
        + "shared key must be set again and the on-premises device must switch protocol at the same time.",
    scenario = "Scenario 7: changes that recreate a gateway",
    guideStep = "Connections are deleted and recreated, and their shared keys set again",
    tags = {"network", "connection", "ipsec", "change", "downtime"},
    precision = "very-high")
public final class ConnectionProtocolChange implements ChangeRule {
  private static final String DEFAULT = "IKEv2";

  @Override
  public void check(ChangeSet changes, ResourceGraph head, Findings findings) {
    for (ChangeSet.Pair<Connection> pair : changes.of(Connection.class)) {
      Connection before = pair.before();
      Connection after = pair.after();
      if (before.connectionProtocol().isUnknown() || after.connectionProtocol().isUnknown()) {
        findings.notChecked(after, after.connectionProtocol().rangeOr(after.header().range()),
            "the IKE protocol is unknown on one side of the change");
        continue;
      }
      Optional<String> was = before.connectionProtocol().valueOr(DEFAULT);
      Optional<String> now = after.connectionProtocol().valueOr(DEFAULT);
      if (was.isEmpty() || now.isEmpty() || GatewayRecreation.same(was.get(), now.get())) {
        continue;
      }
      String message = after.describe() + " changes its IKE protocol from " + was.get() + " to " + now.get() + " "
          + GatewayRecreation.source(pair.change()) + ": the protocol cannot change after creation, so the"
          + " connection is deleted and created again, the tunnel is down meanwhile and its shared key must be set"
          + " again. Safe order: agree the change with the on-premises side, switch the device to " + now.get()
          + " in the same maintenance window, and set the same shared key on both ends.";
      Findings.Report report = findings.report(after, "connectionProtocol",
          after.connectionProtocol().rangeOr(after.header().range()), message);
      head.gateway1(after).resource(VirtualNetworkGateway.class).ifPresent(g ->
          report.related(g, g.header().range(), g.describe() + " terminates the connection"));
      head.localNetworkGateway(after).resource(LocalNetworkGateway.class).ifPresent(l ->
          report.related(l, l.header().range(), l.describe() + " (the on-premises device must switch to "
              + now.get() + ")"));
    }
  }
}
