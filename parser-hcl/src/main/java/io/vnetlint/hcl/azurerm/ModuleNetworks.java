package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Networks named by {@code virtual_network_name} (subnets, peerings). The name links by id within the scan; but
 * when the referring resource's own module declares a network of that name (the usual {@code
 * virtual_network_name = azurerm_virtual_network.hub.name}), the reference is to that resource, by address: names
 * repeat across the root modules of a scan (every example calls its network "example-network"), addresses within
 * one module do not.
 */
final class ModuleNetworks {
  private final Map<String, List<TerraformResource>> byModuleAndName = new HashMap<>();

  ModuleNetworks(List<TerraformResource> resources) {
    for (TerraformResource r : resources) {
      if (r.type().equals(TerraformTypes.VIRTUAL_NETWORK)) {
        Attributes.string(r.body(), "name").known().ifPresent(name ->
            byModuleAndName.computeIfAbsent(key(r, name), k -> new ArrayList<>()).add(r));
      }
    }
  }

  /** The module a resource belongs to: its directory and module instance. */
  static String moduleOf(TerraformResource r) {
    String file = r.origin().file();
    int slash = file.lastIndexOf('/');
    return (slash < 0 ? "" : file.substring(0, slash)) + "\0" + r.modulePath();
  }

  private static String key(TerraformResource r, String name) {
    return moduleOf(r) + "\0" + name.toLowerCase(Locale.ROOT);
  }

  /** The network named by {@code attribute} of {@code r}, in {@code r}'s resource group. */
  Field<ResourceRef> named(TerraformResource r, String attribute) {
    Field<String> name = Attributes.string(r.body(), attribute);
    if (!(name instanceof Field.Known<String> k)) {
      return name.isUnknown()
          ? Field.unknown(name.unknownReason().orElseThrow(), name.rangeOr(r.range()))
          : Field.unknown("'" + attribute + "' is not set", r.range());
    }
    String group = Headers.resourceGroup(r);
    List<TerraformResource> same = new ArrayList<>();
    for (TerraformResource network : byModuleAndName.getOrDefault(key(r, k.value()), List.of())) {
      String networkGroup = Headers.resourceGroup(network);
      if (group == null || networkGroup == null || group.equalsIgnoreCase(networkGroup)) {
        same.add(network);
      }
    }
    if (same.size() == 1) {
      return Field.of(new ResourceRef.ByAddress(same.get(0).address(), TerraformTypes.VIRTUAL_NETWORK), k.range());
    }
    ResourceId id = new ResourceId(null, group, AzureTypes.VIRTUAL_NETWORKS, List.of(k.value()));
    return Field.of(new ResourceRef.ById(id), k.range());
  }
}
