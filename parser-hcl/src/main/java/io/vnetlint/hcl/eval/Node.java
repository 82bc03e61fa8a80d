package io.vnetlint.hcl.eval;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;

/**
 * Something a reference can name that is evaluated only as far as the reference goes: a resource, one of its
 * instances, a module call, one module instance. {@code azurerm_subnet.this["gw"].id} thus needs neither the other
 * instances nor the subnet's arguments, and {@code module.hub.vnet_id} needs only that output (Terraform's own
 * dependencies are this fine, so configurations rely on it).
 *
 * <p>The navigation methods return either another {@code Node} or a {@link Value}.
 */
interface Node {
  Object attr(String name, SourceRange at);

  Object index(Value key, SourceRange at);

  /** The whole thing as a value (a resource's instances as a list or map of objects, a module's outputs...). */
  Value value(SourceRange at);
}
