package io.vnetlint.rules.p2s;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway.VpnClientConfiguration;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.List;

/** VNL305: certificate authentication needs a trusted root certificate on the gateway. */
@RuleInfo(
    id = "VNL305",
    name = "CertificateAuthWithoutRootCertificate",
    level = Level.ERROR,
    shortDescription = "Certificate authentication without a root certificate",
    fullDescription = "A point-to-site configuration uses certificate authentication (explicitly, or because no "
        + "other authentication is configured) and has no root certificate. The gateway validates client "
        + "certificates against the uploaded root certificates, so without one no client can connect.",
    scenario = "Scenario 2: point-to-site",
    guideStep = "Scenario 2, configuration: upload the root certificate's public key to the gateway",
    tags = {"network", "vpn", "point-to-site", "authentication"},
    precision = "high")
public final class CertificateAuthWithoutRootCertificate implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      if (gateway.vpnClientConfiguration() instanceof Field.Known<VpnClientConfiguration> config
          && !gateway.isExpressRoute()) {
        check(gateway, config.value(), findings);
      }
    }
  }

  private static void check(VirtualNetworkGateway gateway, VpnClientConfiguration config, Findings findings) {
    Field<List<String>> auth = config.authenticationTypes();
    if (auth.isUnknown()) {
      findings.notChecked(gateway, auth.rangeOr(config.range()),
          "its VPN authentication types are unknown (" + auth.unknownReason().orElse("") + ")");
      return;
    }
    boolean explicit = auth.known().map(types -> types.stream()
        .anyMatch(t -> t.trim().equalsIgnoreCase("Certificate"))).orElse(false);
    // Without authentication types, certificate authentication applies unless RADIUS or Entra ID settings are set.
    boolean byDefault = auth.isAbsent() && config.aadTenant().isAbsent() && config.radiusServerAddress().isAbsent();
    if (!explicit && !byDefault) {
      return;
    }
    Field<Integer> roots = config.rootCertificateCount();
    if (roots.isUnknown()) {
      findings.notChecked(gateway, roots.rangeOr(config.range()),
          "its root certificates are unknown (" + roots.unknownReason().orElse("") + ")");
      return;
    }
    if (roots.valueOr(0).orElse(0) > 0) {
      return;
    }
    String how = explicit ? "uses certificate authentication" : "uses certificate authentication (no other "
        + "authentication type is configured)";
    String message = gateway.describe() + " " + how + " for point-to-site but has no root certificate; the "
        + "gateway validates client certificates against the uploaded root certificates, so no client can connect";
    Findings.Report report = findings.report(gateway, "vpnClientRootCertificates", config.range(), message);
    if (explicit) {
      report.related(auth.rangeOr(config.range()), "authentication types including Certificate");
    }
  }
}
