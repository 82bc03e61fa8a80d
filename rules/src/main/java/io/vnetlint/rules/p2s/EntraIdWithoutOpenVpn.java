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
import java.util.Optional;

/** VNL304: Microsoft Entra ID authentication works only over OpenVPN. */
@RuleInfo(
    id = "VNL304",
    name = "EntraIdWithoutOpenVpn",
    level = Level.ERROR,
    shortDescription = "Microsoft Entra ID authentication without the OpenVPN protocol",
    fullDescription = "A point-to-site configuration uses Microsoft Entra ID (AAD) authentication but OpenVPN is "
        + "not among its client protocols. Entra ID authentication works only with OpenVPN and the Azure VPN "
        + "Client; SSTP and IKEv2 cannot use it.",
    scenario = "Scenario 2: point-to-site",
    guideStep = "Scenario 2, configuration: choose the tunnel type and the authentication type",
    tags = {"network", "vpn", "point-to-site", "authentication"},
    precision = "very-high")
public final class EntraIdWithoutOpenVpn implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      if (gateway.vpnClientConfiguration() instanceof Field.Known<VpnClientConfiguration> config) {
        check(gateway, config.value(), findings);
      }
    }
  }

  private static void check(VirtualNetworkGateway gateway, VpnClientConfiguration config, Findings findings) {
    Field<List<String>> auth = config.authenticationTypes();
    Field<String> tenant = config.aadTenant();
    if (auth.isUnknown()) {
      if (!tenant.isAbsent()) {
        findings.notChecked(gateway, auth.rangeOr(config.range()),
            "its VPN authentication types are unknown (" + auth.unknownReason().orElse("") + ")");
      }
      return;
    }
    // Without explicit authentication types, the Entra ID tenant settings alone select Entra ID authentication.
    boolean entraId = auth.known().map(EntraIdWithoutOpenVpn::hasAad).orElse(tenant.isKnown());
    if (!entraId) {
      return;
    }
    Field<List<String>> protocols = config.protocols();
    Optional<List<String>> known = protocols.known();
    if (known.isEmpty()) {
      findings.notChecked(gateway, protocols.rangeOr(config.range()), protocols.isUnknown()
          ? "its VPN client protocols are unknown (" + protocols.unknownReason().orElse("") + ")"
          : "its VPN client protocols are not written and Azure's default is not documented");
      return;
    }
    if (known.get().stream().anyMatch(p -> p.trim().equalsIgnoreCase("OpenVPN"))) {
      return;
    }
    String message = gateway.describe() + " uses Microsoft Entra ID (AAD) authentication for point-to-site, but "
        + "its client protocols " + known.get() + " do not include OpenVPN; Entra ID authentication works only "
        + "with OpenVPN and the Azure VPN Client";
    findings.report(gateway, "vpnClientProtocols", protocols.rangeOr(config.range()), message)
        .related(auth.isKnown() ? auth.rangeOr(config.range()) : tenant.rangeOr(config.range()),
            "Microsoft Entra ID authentication");
  }

  private static boolean hasAad(List<String> types) {
    return types.stream().anyMatch(t -> t.trim().equalsIgnoreCase("AAD"));
  }
}
