package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Subnet;
import java.util.ArrayList;
import java.util.List;

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

  private static boolean matches(ResourceRef ref, Subnet subnet) {
    if (ref instanceof ResourceRef.ByAddress byAddress) {
      return subnet.header().address().equals(byAddress.address());
    }
    return ref instanceof ResourceRef.ById byId && subnet.header().id().couldBe(byId.id());
  }
}
