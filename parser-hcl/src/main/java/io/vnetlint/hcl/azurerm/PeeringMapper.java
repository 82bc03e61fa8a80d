package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.Peering;

/**
 * {@code azurerm_virtual_network_peering}: the local network by {@code virtual_network_name} (and
 * {@code resource_group_name}), the remote one by {@code remote_virtual_network_id}, a Terraform reference or a
 * literal id (which links to networks declared in ARM or Bicep too). Absent flags take Azure's defaults.
 */
final class PeeringMapper {
  private PeeringMapper() {}

  static Peering map(TerraformResource r) {
    Value.Obj body = r.body();
    return new Peering(Headers.of(r, AzureTypes.PEERINGS, "virtual_network_name", "name"),
        SubnetMapper.networkByName(r, "virtual_network_name"),
        Attributes.ref(body, "remote_virtual_network_id"),
        Attributes.bool(body, "allow_virtual_network_access"),
        Attributes.bool(body, "allow_forwarded_traffic"),
        Attributes.bool(body, "allow_gateway_transit"),
        Attributes.bool(body, "use_remote_gateways"),
        false);
  }
}
