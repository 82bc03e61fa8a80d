package io.vnetlint.hcl.plan;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.List;

/**
 * One entry of a plan's {@code resource_changes}.
 *
 * @param address the resource instance address ({@code module.hub.azurerm_virtual_network_gateway.this})
 * @param modulePath the module part of the address, empty for the root module
 * @param type the resource type ({@code azurerm_virtual_network_gateway}), null when the entry does not say
 * @param name the resource name label, null when the entry does not say
 * @param actions Terraform's actions: {@code ["no-op"]}, {@code ["create"]}, {@code ["update"]},
 *     {@code ["delete"]}, {@code ["delete","create"]} (replace), {@code ["create","delete"]} (replace, create
 *     before destroy), {@code ["read"]}
 * @param before the object before the change (null when created), sensitive values masked
 * @param after the object after the change (null when deleted), unknown where "known after apply", sensitive
 *     values masked
 * @param replacePaths the attribute paths that force a replacement ({@code replace_paths}), each as dotted text
 *     ({@code ip_configuration.0.subnet_id})
 * @param range the entry's {@code address} in the plan file
 */
public record ResourceChange(
    String address,
    String modulePath,
    String type,
    String name,
    List<String> actions,
    Value before,
    Value after,
    List<String> replacePaths,
    SourceRange range) {

  public ResourceChange {
    actions = List.copyOf(actions);
    replacePaths = List.copyOf(replacePaths);
  }

  /** True when the resource is destroyed and created again (either order). */
  public boolean isReplace() {
    return actions.contains("delete") && actions.contains("create");
  }

  /** True when the plan deletes the resource (alone or as part of a replace). */
  public boolean deletes() {
    return actions.contains("delete");
  }
}
