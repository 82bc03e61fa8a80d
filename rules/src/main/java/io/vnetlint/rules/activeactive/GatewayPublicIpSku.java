package io.vnetlint.rules.activeactive;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** VNL704: VPN gateways need Standard, Static public IPs; Basic public IPs are retired. */
@RuleInfo(
    id = "VNL704",
    name = "GatewayPublicIpSku",
    level = Level.ERROR,
    shortDescription = "A VPN gateway uses a public IP of SKU Basic or with Dynamic allocation",
    fullDescription = "A public IP address used by a VPN gateway has SKU Basic or Dynamic allocation. Basic public "
        + "IPs are retired (new ones cannot be created, VPN gateways are migrated off them), and active-active and "
        + "zone-redundant gateways need Standard, Static public IPs.",
    scenario = "Scenario 6: active-active",
    guideStep = "Scenario 6: the public IP addresses of an active-active gateway",
    tags = {"network", "vpn", "active-active", "public-ip", "deprecation"},
    precision = "very-high")
public final class GatewayPublicIpSku implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    // one finding per public IP, with every VPN gateway that uses it
    Map<PublicIp, List<VirtualNetworkGateway>> users = new IdentityHashMap<>();
    List<PublicIp> order = new ArrayList<>();
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      if (!gateway.isVpn()) {
        continue;
      }
      if (gateway.ipConfigurations().isUnknown()) {
        findings.notChecked(gateway, gateway.ipConfigurations().rangeOr(gateway.header().range()),
            "its IP configurations, and so its public IPs, are unknown ("
                + gateway.ipConfigurations().unknownReason().orElse("") + ")");
      }
      for (VirtualNetworkGateway.IpConfiguration ip : gateway.knownIpConfigurations()) {
        Resolution r = graph.resolve(ip.publicIp(), gateway);
        if (r.isUncertain()) {
          findings.notChecked(gateway, ip.publicIp().rangeOr(ip.range()),
              "the public IP of an IP configuration cannot be identified: " + r.explain());
          continue;
        }
        r.resource(PublicIp.class).ifPresent(p -> {
          if (!users.containsKey(p)) {
            order.add(p);
          }
          List<VirtualNetworkGateway> list = users.computeIfAbsent(p, k -> new ArrayList<>());
          if (!list.contains(gateway)) {
            list.add(gateway);
          }
        });
      }
    }
    for (PublicIp pip : order) {
      check(pip, users.get(pip), findings);
    }
  }

  private static void check(PublicIp pip, List<VirtualNetworkGateway> gateways, Findings findings) {
    SourceRange header = pip.header().range();
    Field<String> sku = pip.sku();
    Field<String> allocation = pip.allocationMethod();
    boolean basic = sku.known().map(s -> s.trim().equalsIgnoreCase("Basic")).orElse(false);
    boolean dynamic = allocation.known().map(a -> a.trim().equalsIgnoreCase("Dynamic")).orElse(false);
    if (!basic && !dynamic) {
      // an unwritten SKU is Basic in ARM but depends on the provider version in Terraform: not guessed
      if (sku.isUnknown() || allocation.isUnknown()) {
        Field<String> unknown = sku.isUnknown() ? sku : allocation;
        findings.notChecked(pip, unknown.rangeOr(header), "it is used by " + gateways.get(0).describe()
            + ", and its " + (unknown == sku ? "SKU" : "allocation method") + " is unknown ("
            + unknown.unknownReason().orElse("") + ")");
      }
      return;
    }
    String problem = basic && dynamic ? "SKU Basic with Dynamic allocation"
        : basic ? "SKU Basic" : "Dynamic allocation";
    String message = pip.describe() + " has " + problem + ", but it is used by " + gateways.get(0).describe()
        + (gateways.size() > 1 ? " and " + (gateways.size() - 1) + " other gateway(s)" : "")
        + "; VPN gateways need Standard public IPs with Static allocation (Basic public IPs are retired and can no "
        + "longer be created)";
    Findings.Report report = basic
        ? findings.report(pip, "sku", sku.rangeOr(header), message)
        : findings.report(pip, "allocationMethod", allocation.rangeOr(header), message);
    if (basic && dynamic) {
      report.related(allocation.rangeOr(header), "Dynamic allocation, which must be Static");
    }
    for (VirtualNetworkGateway g : gateways) {
      report.related(g, g.header().range(), g.describe() + ", which uses this public IP");
    }
  }
}
