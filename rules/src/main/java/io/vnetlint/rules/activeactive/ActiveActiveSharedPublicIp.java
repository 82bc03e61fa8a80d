package io.vnetlint.rules.activeactive;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway.IpConfiguration;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** VNL703: each IP configuration of a gateway (each active-active instance) needs its own public IP. */
@RuleInfo(
    id = "VNL703",
    name = "ActiveActiveSharedPublicIp",
    level = Level.ERROR,
    shortDescription = "Two IP configurations of a gateway use the same public IP",
    fullDescription = "Two IP configurations of one virtual network gateway reference the same public IP address. "
        + "Each instance of an active-active gateway (and the third, point-to-site configuration) needs its own "
        + "public IP; Azure rejects a public IP that is used twice.",
    scenario = "Scenario 6: active-active",
    guideStep = "Scenario 6: an active-active gateway has two public IP addresses",
    tags = {"network", "vpn", "active-active", "public-ip"},
    precision = "very-high")
public final class ActiveActiveSharedPublicIp implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      check(graph, gateway, findings);
    }
  }

  private static void check(ResourceGraph graph, VirtualNetworkGateway gateway, Findings findings) {
    if (gateway.ipConfigurations().isUnknown()) {
      findings.notChecked(gateway, gateway.ipConfigurations().rangeOr(gateway.header().range()),
          "its IP configurations are unknown (" + gateway.ipConfigurations().unknownReason().orElse("") + ")");
      return;
    }
    List<IpConfiguration> configs = gateway.knownIpConfigurations();
    if (configs.size() < 2) {
      return;
    }
    for (int j = 1; j < configs.size(); j++) {
      IpConfiguration later = configs.get(j);
      if (later.publicIp().isAbsent()) {
        continue;
      }
      for (int i = 0; i < j; i++) {
        IpConfiguration earlier = configs.get(i);
        if (earlier.publicIp().isAbsent()) {
          continue;
        }
        Optional<Boolean> same = same(graph, gateway, earlier.publicIp(), later.publicIp());
        if (same.isEmpty()) {
          Field<ResourceRef> unknown = earlier.publicIp().isUnknown() ? earlier.publicIp() : later.publicIp();
          findings.notChecked(gateway, unknown.rangeOr(later.range()), "whether IP configurations "
              + label(earlier, i) + " and " + label(later, j) + " share a public IP is unknown ("
              + graph.resolve(unknown, gateway).explain() + ")");
          break;
        }
        if (same.get()) {
          report(graph, gateway, earlier, i, later, j, findings);
          break;
        }
      }
    }
  }

  private static void report(ResourceGraph graph, VirtualNetworkGateway gateway, IpConfiguration earlier, int i,
      IpConfiguration later, int j, Findings findings) {
    Optional<PublicIp> pip = graph.resolve(later.publicIp(), gateway).resource(PublicIp.class);
    String pipName = pip.map(PublicIp::describe)
        .orElse("public IP " + later.publicIp().known().map(ResourceRef::toString).orElse(""));
    String message = gateway.describe() + " uses " + pipName + " in both IP configuration " + label(earlier, i)
        + " and " + label(later, j) + "; each IP configuration (each active-active instance) needs its own "
        + "Standard, Static public IP";
    Findings.Report report = findings.report(gateway, "ipConfigurations[" + later.name().known()
            .orElse(String.valueOf(j)) + "].publicIpAddress", later.publicIp().rangeOr(later.range()), message)
        .related(earlier.publicIp().rangeOr(earlier.range()), "IP configuration " + label(earlier, i)
            + ", which already uses " + pipName);
    pip.ifPresent(p -> report.related(p, p.header().range(), "the shared " + p.describe()));
  }

  /** Whether two references name the same public IP: empty when the scan cannot tell. */
  private static Optional<Boolean> same(
      ResourceGraph graph, VirtualNetworkGateway gateway, Field<ResourceRef> a, Field<ResourceRef> b) {
    Resolution ra = graph.resolve(a, gateway);
    Resolution rb = graph.resolve(b, gateway);
    if (ra.isUncertain() || rb.isUncertain()) {
      return Optional.empty();
    }
    if (ra.resource().isPresent() && rb.resource().isPresent()) {
      return Optional.of(ra.resource().get() == rb.resource().get());
    }
    if (ra.resource().isPresent() || rb.resource().isPresent()) {
      return Optional.of(false);
    }
    // neither is declared in the scan: compare the references themselves
    ResourceRef x = a.known().orElse(null);
    ResourceRef y = b.known().orElse(null);
    if (x instanceof ResourceRef.ByAddress ax && y instanceof ResourceRef.ByAddress ay) {
      return Optional.of(ax.address().equals(ay.address()));
    }
    if (x instanceof ResourceRef.ById ix && y instanceof ResourceRef.ById iy) {
      return Optional.of(sameId(ix.id(), iy.id()));
    }
    return Optional.of(false);
  }

  private static boolean sameId(ResourceId a, ResourceId b) {
    return a.couldBe(b) && sameScope(a.subscription(), b.subscription())
        && sameScope(a.resourceGroup(), b.resourceGroup());
  }

  private static boolean sameScope(String a, String b) {
    return a == null || b == null ? Objects.equals(a, b) : a.equalsIgnoreCase(b);
  }

  private static String label(IpConfiguration config, int index) {
    return config.name().known().map(n -> "'" + n + "'").orElse("#" + (index + 1));
  }
}
