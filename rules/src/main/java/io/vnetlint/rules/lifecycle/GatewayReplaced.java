package io.vnetlint.rules.lifecycle;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.change.Change;
import io.vnetlint.model.change.ChangeSet;
import io.vnetlint.rules.ChangeRule;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * VNL804: any other change that replaces a gateway. VNL801–VNL803 name their own cause; this rule reports the
 * remaining replacements so that one change gives one finding.
 */
@RuleInfo(
    id = "VNL804",
    name = "GatewayReplaced",
    level = Level.WARNING,
    shortDescription = "A change replaces a virtual network gateway (delete and create)",
    fullDescription = "Compared with the baseline, a change replaces a virtual network gateway: a Terraform plan "
        + "action [\"delete\",\"create\"] or [\"create\",\"delete\"] on the gateway, or a change of an attribute "
        + "that cannot change in place (in Terraform generation, location, name or the ip_configuration blocks, "
        + "for instance active-standby to active-active; in ARM and Bicep the location). Its connections "
        + "are deleted and it gets a new public IP. Changes reported by VNL801, VNL802 and VNL803 are not repeated.",
    scenario = "Scenario 7: changes that recreate a gateway",
    guideStep = "Delete the connections, delete the gateway, create the new gateway",
    tags = {"network", "vpn-gateway", "change", "downtime"},
    precision = "high")
public final class GatewayReplaced implements ChangeRule {

  @Override
  public void check(ChangeSet changes, ResourceGraph head, Findings findings) {
    for (ChangeSet.Pair<VirtualNetworkGateway> pair : changes.of(VirtualNetworkGateway.class)) {
      VirtualNetworkGateway before = pair.before();
      VirtualNetworkGateway after = pair.after();
      if (GatewayRecreation.vpnTypeChanges(before, after) || GatewayRecreation.typeChanges(before, after)
          || GatewayRecreation.leavesBasic(before, after)) {
        continue; // VNL801, VNL802 or VNL803 reports it with its cause
      }
      Optional<Cause> cause = cause(pair.change(), before, after, changes);
      if (cause.isEmpty()) {
        continue;
      }
      // Terraform replaces the gateway on apply; an ARM or Bicep deployment fails instead, and the replacement is
      // left to the operator
      String verb = GatewayRecreation.isTerraform(after) ? " is replaced because " : " must be replaced because ";
      String message = after.describe() + verb + cause.get().why() + " "
          + GatewayRecreation.source(pair.change()) + ": " + GatewayRecreation.CONSEQUENCES + ". "
          + GatewayRecreation.SAFE_ORDER + ".";
      Findings.Report report = findings.report(after, cause.get().attribute(), cause.get().at(), message);
      GatewayRecreation.relate(report, head, after);
    }
  }

  /** Why the gateway is replaced, the attribute and where it is written. */
  private record Cause(String why, String attribute, SourceRange at) {}

  private static Optional<Cause> cause(Change change, VirtualNetworkGateway before, VirtualNetworkGateway after,
      ChangeSet changes) {
    SourceRange header = after.header().range();
    if (change.source() instanceof Change.Planned planned) {
      if (!planned.isReplace()) {
        return Optional.empty();
      }
      String paths = planned.replacePaths().isEmpty() ? "the plan replaces it"
          : "of a change of " + String.join(", ", planned.replacePaths());
      return Optional.of(new Cause(paths, "", header));
    }
    Optional<Cause> location = differs(before.header().location(), after.header().location(), "location", header);
    if (location.isPresent()) {
      return location;
    }
    if (!GatewayRecreation.isTerraform(after)) {
      // In ARM and Bicep the name is the identity, and Azure changes the other properties in place or migrates
      // them (a generation 2 upgrade keeps the public IP); only Terraform's force-new attributes replace
      return Optional.empty();
    }
    Optional<Cause> generation = differs(before.generation(), after.generation(), "generation", header);
    if (generation.isPresent()) {
      return generation;
    }
    String oldName = before.header().id().name();
    String newName = after.header().id().name();
    if (!oldName.startsWith("{unknown") && !newName.startsWith("{unknown") && !oldName.equals(newName)) {
      return Optional.of(new Cause("its name changes from '" + oldName + "' to '" + newName + "'", "name", header));
    }
    return ipConfigurationChange(before, after, changes);
  }

  /** A known value that differs on the two sides. */
  private static Optional<Cause> differs(Field<String> was, Field<String> now, String attribute,
      SourceRange header) {
    if (was.known().isPresent() && now.known().isPresent()
        && !GatewayRecreation.same(was.known().get(), now.known().get())) {
      return Optional.of(new Cause("its " + attribute + " changes from " + was.known().get() + " to "
          + now.known().get(), attribute, now.rangeOr(header)));
    }
    return Optional.empty();
  }

  /**
   * Terraform's ip_configuration blocks are force-new: adding or removing one (active-standby ↔ active-active) or
   * changing one's name, subnet or public IP replaces the gateway. References compare by what they name, so a
   * public IP renamed through a moved block is the same public IP.
   */
  private static Optional<Cause> ipConfigurationChange(VirtualNetworkGateway before, VirtualNetworkGateway after,
      ChangeSet changes) {
    if (before.ipConfigurations().isUnknown() || after.ipConfigurations().isUnknown()) {
      return Optional.empty(); // a list built from unknown values cannot be compared
    }
    List<VirtualNetworkGateway.IpConfiguration> was = before.knownIpConfigurations();
    List<VirtualNetworkGateway.IpConfiguration> now = after.knownIpConfigurations();
    if (was.size() != now.size()) {
      SourceRange at = now.isEmpty() ? after.header().range()
          : now.get(Math.min(was.size(), now.size() - 1)).range();
      return Optional.of(new Cause("its ip_configuration blocks go from " + was.size() + " to " + now.size()
          + (now.size() > was.size() ? " (active-standby to active-active)" : " (active-active to active-standby)"),
          "ip_configuration", at));
    }
    for (int i = 0; i < now.size(); i++) {
      VirtualNetworkGateway.IpConfiguration a = was.get(i);
      VirtualNetworkGateway.IpConfiguration b = now.get(i);
      if (a.name().known().isPresent() && b.name().known().isPresent()
          && !a.name().known().get().equals(b.name().known().get())) {
        return Optional.of(new Cause("ip_configuration " + (i + 1) + " changes its name", "ip_configuration",
            b.name().rangeOr(b.range())));
      }
      if (differentTarget(a.publicIp(), b.publicIp(), changes)) {
        return Optional.of(new Cause("ip_configuration " + (i + 1) + " uses another public IP", "ip_configuration",
            b.publicIp().rangeOr(b.range())));
      }
      if (differentTarget(a.subnet(), b.subnet(), changes)) {
        return Optional.of(new Cause("ip_configuration " + (i + 1) + " uses another subnet", "ip_configuration",
            b.subnet().rangeOr(b.range())));
      }
    }
    return Optional.empty();
  }

  /**
   * True when two known references certainly name different resources: equal references are the same; otherwise
   * they differ only if their resources were matched as different (a renamed resource through a moved block keeps
   * its identity even though its address changed).
   */
  private static boolean differentTarget(Field<ResourceRef> was, Field<ResourceRef> now, ChangeSet changes) {
    Optional<ResourceRef> a = was.known();
    Optional<ResourceRef> b = now.known();
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.get().toString().equalsIgnoreCase(b.get().toString())) {
      return false;
    }
    for (Change c : changes.changes()) {
      String oldName = c.before().header().address();
      String newName = c.after().header().address();
      if (refersTo(a.get(), oldName, c.before()) && refersTo(b.get(), newName, c.after())) {
        return false; // the same resource under its new address
      }
    }
    return true;
  }

  private static boolean refersTo(ResourceRef ref, String address, io.vnetlint.model.azure.AzureResource r) {
    if (ref instanceof ResourceRef.ByAddress byAddress) {
      return byAddress.address().equals(address);
    }
    if (ref instanceof ResourceRef.ById byId) {
      return r.header().id().couldBe(byId.id());
    }
    return false;
  }
}
