package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.ResourceHeader;
import io.vnetlint.model.azure.Subnet;
import java.util.List;

/**
 * {@code azurerm_subnet}. Its network is named by {@code virtual_network_name} (and {@code resource_group_name}):
 * a reference to {@code azurerm_virtual_network.x.name} evaluates to the name, so the subnet links to the network
 * by id (name, and resource group when known) within the scan. The v5 write-only attributes
 * {@code network_security_group_id_wo} and {@code route_table_id_wo} attach a security group or route table like
 * the association resources do.
 */
final class SubnetMapper {
  private SubnetMapper() {}

  static Subnet map(TerraformResource r, List<Diagnostic> sink) {
    ResourceHeader header = Headers.of(r, AzureTypes.SUBNETS, "virtual_network_name", "name");
    return new Subnet(header,
        networkByName(r, "virtual_network_name"),
        Attributes.string(r.body(), "name"),
        prefixes(r, r.body(), sink),
        Attributes.ref(r.body(), "network_security_group_id_wo"),
        Attributes.ref(r.body(), "route_table_id_wo"),
        false);
  }

  /**
   * The subnet's prefixes: {@code address_prefixes} (v3+), or the older single {@code address_prefix} (inline
   * subnets of v3, {@code azurerm_subnet} before v3); unknown when allocated from an IPAM pool.
   */
  static Field<PrefixList> prefixes(TerraformResource r, Value.Obj body, List<Diagnostic> sink) {
    String name = Attributes.newerOrOlder(r, body, "address_prefixes", "address_prefix", sink);
    Field<PrefixList> prefixes = Attributes.prefixes(body, name);
    if (prefixes.isAbsent() && Attributes.isSet(body, "ip_address_pool")) {
      return Field.unknown("the subnet's prefixes are allocated from an IPAM pool (ip_address_pool)",
          Attributes.member(body, "ip_address_pool").rangeOr(r.range()));
    }
    return prefixes;
  }

  /**
   * The virtual network named by an attribute holding its name, in the resource's resource group: a reference by
   * id that links by name (and group, when both sides know it) within the scan.
   */
  static Field<ResourceRef> networkByName(TerraformResource r, String attribute) {
    Field<String> name = Attributes.string(r.body(), attribute);
    if (!(name instanceof Field.Known<String> k)) {
      return name.isUnknown()
          ? Field.unknown(name.unknownReason().orElseThrow(), name.rangeOr(r.range()))
          : Field.unknown("'" + attribute + "' is not set", r.range());
    }
    ResourceId id = new ResourceId(null, Headers.resourceGroup(r), AzureTypes.VIRTUAL_NETWORKS, List.of(k.value()));
    return Field.of(new ResourceRef.ById(id), k.range());
  }
}
