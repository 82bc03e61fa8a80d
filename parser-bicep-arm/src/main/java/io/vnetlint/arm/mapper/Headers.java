package io.vnetlint.arm.mapper;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.ResourceHeader;

/** Resource headers: id, stable address, display name, where the declaration is, origin, region. */
final class Headers {
  private Headers() {}

  static ResourceHeader of(RawResource raw) {
    String type = ResourceTypes.canonical(raw.type());
    ResourceId id = new ResourceId(raw.subscription(), raw.resourceGroup(), type, raw.names());
    return new ResourceHeader(id, address(type, raw.names()), raw.name(), raw.range(), raw.origin(),
        Fields.string(raw.body(), "location"));
  }

  /** Type segments and names interleaved: {@code Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet}. */
  static String address(String type, java.util.List<String> names) {
    String[] parts = type.split("/");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append('/').append(parts[i]).append('/').append(names.get(i - 1));
    }
    return sb.toString();
  }

  /** A resource declared inside its parent's body (an inline subnet or peering). */
  static ResourceHeader inline(ResourceHeader parent, String childType, String name, SourceRange range) {
    return new ResourceHeader(parent.id().child(childType, name), parent.address() + "/" + childType + "/" + name,
        name, range, parent.origin(), parent.location());
  }

  /** The header of a parent that is not declared itself, built from a child's declaration. */
  static ResourceHeader parentOf(RawResource child) {
    ResourceId parentId = child.id().parent().orElseThrow();
    String type = ResourceTypes.canonical(parentId.type());
    return new ResourceHeader(new ResourceId(parentId.subscription(), parentId.resourceGroup(), type,
        parentId.names()), address(type, parentId.names()), parentId.name(), child.range(),
        child.origin(), Field.absent());
  }
}
