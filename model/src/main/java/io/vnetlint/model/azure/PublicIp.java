package io.vnetlint.model.azure;

import io.vnetlint.model.Field;
import java.util.List;

/** {@code Microsoft.Network/publicIPAddresses}, {@code azurerm_public_ip}. */
public record PublicIp(
    ResourceHeader header,
    Field<String> sku,
    Field<String> allocationMethod,
    Field<String> ipAddress,
    Field<List<String>> zones)
    implements AzureResource {
  @Override
  public String kind() {
    return "public IP address";
  }
}
