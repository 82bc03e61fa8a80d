package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Field;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.PublicIp;

/**
 * {@code azurerm_public_ip}. An unwritten {@code sku} stays absent: the provider's default is Basic in v3 and
 * Standard from v4, and the configuration does not say which provider version applies it (plan JSON does: there
 * the provider has filled its default in). {@code ip_address} is computed: unknown unless a plan knows it.
 */
final class PublicIpMapper {
  private PublicIpMapper() {}

  static final String ADDRESS_AFTER_APPLY = "the address is assigned by Azure (known after apply)";

  static PublicIp map(TerraformResource r) {
    Value.Obj body = r.body();
    Field<String> address = Attributes.string(body, "ip_address");
    if (address.isAbsent()) {
      address = Field.unknown(ADDRESS_AFTER_APPLY, r.range());
    }
    return new PublicIp(Headers.of(r, AzureTypes.PUBLIC_IPS, "name"),
        Attributes.string(body, "sku"),
        Attributes.string(body, "allocation_method"),
        address,
        Attributes.strings(body, "zones"));
  }
}
