package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.hcl.eval.SecretSources;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Subnet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The azurerm mapper: evaluated Terraform resources (from {@code .tf} files or plan JSON) to typed Azure resources.
 * Attribute names of azurerm v3, v4 and v5 are all accepted; where a newer and an older name are both written, the
 * newer one is read and a warning says so. Other resource types are ignored.
 *
 * <p>Ids: no subscription (a configuration does not pin it), the resource group when {@code resource_group_name}
 * is known, the Azure type, and the names ({@code virtual_network_name} and {@code name} for a subnet); an unknown
 * name is a placeholder {@code {unknown@file:line:col}} that matches nothing. Header addresses are the Terraform
 * addresses, so references by address ({@code azurerm_subnet.gw.id}) link exactly, and literal resource ids link
 * by id to resources of any front end.
 *
 * <p>The pass is over the whole list because some resources complete others: {@code azurerm_route} resources join
 * their route table, subnet associations set a subnet's security group or route table, and a plan's computed
 * inline copy of a subnet that is also an {@code azurerm_subnet} resource is dropped.
 */
public final class AzurermMapper {
  private AzurermMapper() {}

  /** True for the Terraform resource types this mapper reads. */
  public static boolean handles(String type) {
    return TerraformTypes.ALL.contains(type);
  }

  /** Maps the resources; problems go to {@code diagnosticsSink}. Never throws for bad input. */
  public static List<AzureResource> map(List<TerraformResource> resources, List<Diagnostic> diagnosticsSink) {
    return map(resources, null, diagnosticsSink);
  }

  /**
   * Maps the resources, saying where secrets of evaluated configurations are written as literals.
   *
   * @param secretSources where the evaluation's values were written; null when unknown (secrets then
   *     carry no {@link io.vnetlint.model.Secret.Literal})
   */
  public static List<AzureResource> map(List<TerraformResource> resources, SecretSources secretSources,
      List<Diagnostic> diagnosticsSink) {
    Map<String, List<TerraformResource>> routesByTable = new LinkedHashMap<>();
    List<TerraformResource> associations = new ArrayList<>();
    for (TerraformResource r : resources) {
      if (r.type().equals(TerraformTypes.ROUTE)) {
        routesByTable.computeIfAbsent(tableKey(r, "route_table_name"), k -> new ArrayList<>()).add(r);
      } else if (r.type().equals(TerraformTypes.SUBNET_NSG_ASSOCIATION)
          || r.type().equals(TerraformTypes.SUBNET_ROUTE_TABLE_ASSOCIATION)) {
        associations.add(r);
      }
    }
    List<AzureResource> out = new ArrayList<>();
    Set<Subnet> inlineFromPlans = Collections.newSetFromMap(new IdentityHashMap<>());
    for (TerraformResource r : resources) {
      int before = out.size();
      try {
        mapOne(r, routesByTable, secretSources, out, diagnosticsSink);
        if (r.fromPlan() && r.type().equals(TerraformTypes.VIRTUAL_NETWORK)) {
          for (AzureResource mapped : out.subList(before, out.size())) {
            if (mapped instanceof Subnet s) {
              inlineFromPlans.add(s);
            }
          }
        }
      } catch (io.vnetlint.model.Deadline.Exceeded e) {
        throw e; // the file's time budget is spent: the front end reports it
      } catch (RuntimeException e) {
        // a defect of ours must not lose the rest of the scan; the message names no value
        diagnosticsSink.add(Diagnostic.warning("mapping-failed", r.address() + " could not be mapped ("
            + e.getClass().getSimpleName() + "); it is left out of the analysis", r.range()));
      }
    }
    InlineSubnets.reconcile(out, inlineFromPlans, diagnosticsSink);
    for (TerraformResource a : associations) {
      try {
        SubnetAssociations.apply(a, out, diagnosticsSink);
      } catch (RuntimeException e) {
        diagnosticsSink.add(Diagnostic.warning("mapping-failed", a.address() + " could not be applied ("
            + e.getClass().getSimpleName() + ")", a.range()));
      }
    }
    return out;
  }

  private static void mapOne(TerraformResource r, Map<String, List<TerraformResource>> routesByTable,
      SecretSources secretSources, List<AzureResource> out, List<Diagnostic> sink) {
    switch (r.type()) {
      case TerraformTypes.VIRTUAL_NETWORK -> VirtualNetworkMapper.map(r, out, sink);
      case TerraformTypes.SUBNET -> out.add(SubnetMapper.map(r, sink));
      case TerraformTypes.PEERING -> out.add(PeeringMapper.map(r));
      case TerraformTypes.GATEWAY -> out.add(GatewayMapper.map(r, sink));
      case TerraformTypes.LOCAL_GATEWAY -> out.add(LocalNetworkGatewayMapper.map(r));
      case TerraformTypes.CONNECTION -> out.add(ConnectionMapper.map(r, r.fromPlan() ? null : secretSources, sink));
      case TerraformTypes.PUBLIC_IP -> out.add(PublicIpMapper.map(r));
      case TerraformTypes.CIRCUIT -> out.add(SimpleMappers.circuit(r));
      case TerraformTypes.ROUTE_TABLE -> out.add(RouteTableMapper.map(r,
          routesByTable.getOrDefault(tableKey(r, "name"), List.of()), sink));
      case TerraformTypes.NSG -> out.add(SimpleMappers.networkSecurityGroup(r));
      case TerraformTypes.ROUTE_SERVER -> out.add(SimpleMappers.routeServer(r));
      default -> {
        // routes and associations complete other resources; other types are not networking resources we read
      }
    }
  }

  /**
   * Route table identity for joining {@code azurerm_route}: module (directory and instance), resource group and
   * name; several root modules of one scan may repeat all three but the directory. A route whose table name or
   * group is unknown joins nothing.
   */
  private static String tableKey(TerraformResource r, String nameAttribute) {
    String name = Attributes.string(r.body(), nameAttribute).known().orElse(null);
    String group = Headers.resourceGroup(r);
    if (name == null || group == null) {
      return "\0unknown:" + r.address();
    }
    return directory(r) + "\0" + r.modulePath() + "\0" + group.toLowerCase(Locale.ROOT) + "\0"
        + name.toLowerCase(Locale.ROOT);
  }

  /** The directory of the file that declares a resource: with the module path, which module instance it is in. */
  private static String directory(TerraformResource r) {
    String file = r.origin().file();
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }
}
