package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Field;
import io.vnetlint.model.Origin;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code azurerm_subnet_network_security_group_association} and {@code azurerm_subnet_route_table_association}: they
 * set a subnet's security group or route table, so they are applied to the mapped subnets after everything else
 * is mapped. The subnet is found by Terraform address ({@code azurerm_subnet.x.id}) or by literal id; a subnet
 * declared outside the scan has nothing to update.
 */
final class SubnetAssociations {
  private SubnetAssociations() {}

  static void apply(TerraformResource association, List<AzureResource> mapped, List<Diagnostic> sink) {
    boolean securityGroup = association.type().equals(TerraformTypes.SUBNET_NSG_ASSOCIATION);
    String targetAttribute = securityGroup ? "network_security_group_id" : "route_table_id";
    String what = securityGroup ? "network security group" : "route table";
    Field<ResourceRef> subnetRef = Attributes.ref(association.body(), "subnet_id");
    Field<ResourceRef> target = Attributes.ref(association.body(), targetAttribute);
    if (!(subnetRef instanceof Field.Known<ResourceRef> known)) {
      String why = subnetRef.unknownReason().orElse("'subnet_id' is not set");
      sink.add(Diagnostic.warning("association-unlinked", association.address() + ": its subnet is not known ("
          + why + "); the " + what + " is not attached to any subnet of the scan",
          subnetRef.rangeOr(association.range())));
      return;
    }
    List<Integer> matches = new ArrayList<>();
    for (int i = 0; i < mapped.size(); i++) {
      if (mapped.get(i) instanceof Subnet s && matches(known.value(), s)) {
        matches.add(i);
      }
    }
    if (matches.size() > 1 && known.value() instanceof ResourceRef.ByAddress) {
      matches = sameModuleDirectory(association, matches, mapped);
    }
    if (matches.size() > 1) {
      sink.add(Diagnostic.warning("association-unlinked", association.address() + ": its subnet " + known.value()
          + " matches " + matches.size() + " subnets of the scan; the " + what + " is not attached",
          known.range()));
      return;
    }
    if (matches.isEmpty()) {
      return;
    }
    int index = matches.get(0);
    Subnet s = (Subnet) mapped.get(index);
    mapped.set(index, new Subnet(s.header(), s.virtualNetwork(), s.name(), s.addressPrefixes(),
        securityGroup ? target : s.networkSecurityGroup(),
        securityGroup ? s.routeTable() : target,
        s.inline()));
  }

  /**
   * Addresses are unique within one root module only; a scan of several root modules (a repository's examples)
   * repeats them. A reference by address names a resource of the referring module, which is declared in the same
   * directory (and, when the front end tells the root module apart in the origin's variant, the same root).
   */
  private static List<Integer> sameModuleDirectory(TerraformResource association, List<Integer> matches,
      List<AzureResource> mapped) {
    String directory = directory(association.origin().file());
    List<Integer> near = new ArrayList<>();
    for (int i : matches) {
      Origin origin = mapped.get(i).header().origin();
      if (directory(origin.file()).equals(directory)
          && Objects.equals(origin.variant(), association.origin().variant())) {
        near.add(i);
      }
    }
    return near.isEmpty() ? matches : near;
  }

  private static String directory(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }

  private static boolean matches(ResourceRef ref, Subnet subnet) {
    if (ref instanceof ResourceRef.ByAddress byAddress) {
      return subnet.header().address().equals(byAddress.address());
    }
    return ref instanceof ResourceRef.ById byId && subnet.header().id().couldBe(byId.id());
  }
}
