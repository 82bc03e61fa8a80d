package io.vnetlint.model.azure;

import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceRef;

/**
 * A subnet, declared as a child resource or inline in its virtual network.
 *
 * @param virtualNetwork the virtual network it belongs to
 * @param name the subnet's name (GatewaySubnet, RouteServerSubnet, ...)
 * @param inline true when declared inside the virtual network's own body
 */
public record Subnet(
    ResourceHeader header,
    Field<ResourceRef> virtualNetwork,
    Field<String> name,
    Field<PrefixList> addressPrefixes,
    Field<ResourceRef> networkSecurityGroup,
    Field<ResourceRef> routeTable,
    boolean inline)
    implements AzureResource {
  @Override
  public String kind() {
    return "subnet";
  }
}
