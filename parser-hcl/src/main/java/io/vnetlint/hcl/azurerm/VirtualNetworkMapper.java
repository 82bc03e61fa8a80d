package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.ResourceHeader;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import java.util.List;

/**
 * {@code azurerm_virtual_network}: the network, and each inline {@code subnet} block as a {@link Subnet} marked
 * inline ({@code address_prefix} in v3, {@code address_prefixes} from v4, {@code security_group} and
 * {@code route_table_id} as references).
 */
final class VirtualNetworkMapper {
  private VirtualNetworkMapper() {}

  static void map(TerraformResource r, List<AzureResource> out, List<Diagnostic> sink) {
    ResourceHeader header = Headers.of(r, AzureTypes.VIRTUAL_NETWORKS, "name");
    out.add(new VirtualNetwork(header, addressSpace(r.body())));
    // inline subnets name their network by address: exact, even when two networks share a name
    Field<ResourceRef> self = Field.of(new ResourceRef.ByAddress(r.address(), r.type()), header.range());
    for (Value.Obj block : Attributes.blocks(r.body(), "subnet")) {
      Headers.BlockName name = Headers.blockName(block, r.address());
      ResourceHeader subnetHeader = Headers.inline(header, "subnets", "subnet", name.name(), name.range());
      Field<String> nameField = Attributes.string(block, "name");
      if (nameField.isAbsent()) {
        nameField = Field.unknown("the subnet block has no name", name.range());
      }
      out.add(new Subnet(subnetHeader, self, nameField,
          SubnetMapper.prefixes(r, block, sink),
          Attributes.ref(block, "security_group"),
          Attributes.ref(block, "route_table_id"),
          true));
    }
  }

  /** {@code address_space}; unknown when the space is allocated from an IPAM pool ({@code ip_address_pool}). */
  static Field<PrefixList> addressSpace(Value.Obj body) {
    Field<PrefixList> space = Attributes.prefixes(body, "address_space");
    if (space.isAbsent() && Attributes.isSet(body, "ip_address_pool")) {
      return Field.unknown("the address space is allocated from an IPAM pool (ip_address_pool)",
          Attributes.member(body, "ip_address_pool").rangeOr(null));
    }
    return space;
  }
}
