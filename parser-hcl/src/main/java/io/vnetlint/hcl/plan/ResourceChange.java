package io.vnetlint.hcl.plan;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.List;

/**
 * One entry of a plan's {@code resource_changes}.
 *
 * @param address the resource instance address ({@code module.hub.azurerm_virtual_network_gateway.this})
 * @param actions Terraform's actions: {@code ["no-op"]}, {@code ["create"]}, {@code ["update"]},
 *     {@code ["delete"]}, {@code ["delete","create"]} (replace), {@code ["create","delete"]} (replace, create
 *     before destroy), {@code ["read"]}
 * @param before the object before the change (null when created), sensitive values masked
 * @param after the object after the change (null when deleted), unknown where "known after apply", sensitive
 *     values masked
 * @param range the entry's {@code address} in the plan file
 */
public record ResourceChange(String address, List<String> actions, Value before, Value after, SourceRange range) {

  public ResourceChange {
    actions = List.copyOf(actions);
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
