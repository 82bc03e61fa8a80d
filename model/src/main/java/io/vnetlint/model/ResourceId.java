package io.vnetlint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An Azure resource id as far as it is known. Templates rarely know the subscription or resource group they are
 * deployed to, so both may be null (unknown). The type is the full provider type
 * ({@code Microsoft.Network/virtualNetworks/subnets}) and {@code names} has one name per type segment after the
 * provider ({@code [hub, GatewaySubnet]}). Comparisons ignore case, as Azure does.
 */
public record ResourceId(String subscription, String resourceGroup, String type, List<String> names) {

  public ResourceId {
    names = List.copyOf(names);
    int segments = type.split("/").length - 1;
    if (segments != names.size()) {
      throw new IllegalArgumentException("type " + type + " needs " + segments + " names, got " + names);
    }
  }

  public static ResourceId of(String type, String... names) {
    return new ResourceId(null, null, type, List.of(names));
  }

  /** The last name: the resource's own name. */
  public String name() {
    return names.get(names.size() - 1);
  }

  /** The parent resource (for a subnet, its virtual network), if this is a child resource. */
  public Optional<ResourceId> parent() {
    if (names.size() < 2) {
      return Optional.empty();
    }
    String parentType = type.substring(0, type.lastIndexOf('/'));
    return Optional.of(new ResourceId(subscription, resourceGroup, parentType, names.subList(0, names.size() - 1)));
  }

  /** A child of this resource: {@code child("subnets", "GatewaySubnet")}. */
  public ResourceId child(String childType, String childName) {
    List<String> n = new ArrayList<>(names);
    n.add(childName);
    return new ResourceId(subscription, resourceGroup, type + "/" + childType, n);
  }

  public ResourceId withScope(String subscription, String resourceGroup) {
    return new ResourceId(subscription, resourceGroup, type, names);
  }

  public boolean hasType(String otherType) {
    return type.equalsIgnoreCase(otherType);
  }

  /**
   * True when the two ids can denote the same resource: same type and names, and the same subscription and
   * resource group wherever both sides know them.
   */
  public boolean couldBe(ResourceId other) {
    if (!type.equalsIgnoreCase(other.type) || names.size() != other.names.size()) {
      return false;
    }
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).equalsIgnoreCase(other.names.get(i))) {
        return false;
      }
    }
    return agrees(subscription, other.subscription) && agrees(resourceGroup, other.resourceGroup);
  }

  private static boolean agrees(String a, String b) {
    return a == null || b == null || a.equalsIgnoreCase(b);
  }

  /**
   * Parses a literal resource id such as
   * {@code /subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet}.
   * Returns empty for anything that is not a well-formed id.
   */
  public static Optional<ResourceId> parse(String id) {
    if (id == null || !id.startsWith("/")) {
      return Optional.empty();
    }
    String[] parts = id.substring(1).split("/", -1);
    String subscription = null;
    String group = null;
    int i = 0;
    if (parts.length >= 2 && parts[0].equalsIgnoreCase("subscriptions")) {
      subscription = parts[1];
      i = 2;
      if (parts.length >= i + 2 && parts[i].equalsIgnoreCase("resourceGroups")) {
        group = parts[i + 1];
        i += 2;
      }
    }
    if (parts.length < i + 4 || !parts[i].equalsIgnoreCase("providers")) {
      return Optional.empty();
    }
    String provider = parts[i + 1];
    StringBuilder type = new StringBuilder(provider);
    List<String> names = new ArrayList<>();
    for (int j = i + 2; j < parts.length; j += 2) {
      if (j + 1 >= parts.length || parts[j].isEmpty() || parts[j + 1].isEmpty()) {
        return Optional.empty();
      }
      type.append('/').append(parts[j]);
      names.add(parts[j + 1]);
    }
    return Optional.of(new ResourceId(subscription, group, type.toString(), names));
  }

  /** The id in Azure's form, with {@code {unknown}} for the parts the scan does not know. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("/subscriptions/").append(subscription == null ? "{unknown}" : subscription);
    sb.append("/resourceGroups/").append(resourceGroup == null ? "{unknown}" : resourceGroup);
    String[] typeParts = type.split("/");
    sb.append("/providers/").append(typeParts[0]);
    for (int i = 1; i < typeParts.length; i++) {
      sb.append('/').append(typeParts[i]).append('/').append(names.get(i - 1));
    }
    return sb.toString();
  }

  /** Type and names, lower-cased: a key for grouping ids that may denote the same resource. */
  public String looseKey() {
    return (type + "/" + String.join("/", names)).toLowerCase(Locale.ROOT);
  }
}
