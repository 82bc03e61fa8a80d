package io.vnetlint.model.azure;

/** {@code Microsoft.Network/networkSecurityGroups}, {@code azurerm_network_security_group}. */
public record NetworkSecurityGroup(ResourceHeader header) implements AzureResource {
  @Override
  public String kind() {
    return "network security group";
  }
}
