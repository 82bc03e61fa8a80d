package io.vnetlint.arm.mapper;

import io.vnetlint.model.Origin;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.List;

/**
 * One evaluated resource declaration, before Azure semantics: what the ARM (and later the Bicep) evaluator
 * produces and the Microsoft.Network mapper consumes.
 *
 * @param type the full resource type as written ({@code Microsoft.Network/virtualNetworks/subnets})
 * @param names one name per type segment after the provider; unknown names are placeholders that match nothing
 * @param namesKnown false when a placeholder stands for a name the scan cannot know
 * @param range the declaration's {@code "name"} member: where findings point when no attribute is involved
 * @param body the evaluated declaration ({@code properties}, {@code sku}, {@code location}, {@code zones}, ...)
 * @param subscription the subscription the resource is deployed to, when the template pins it; else null
 * @param resourceGroup the resource group the resource is deployed to, when the template pins it; else null
 */
public record RawResource(
    String type,
    List<String> names,
    boolean namesKnown,
    SourceRange range,
    Value.Obj body,
    Origin origin,
    String subscription,
    String resourceGroup) {

  public RawResource {
    names = List.copyOf(names);
  }

  public ResourceId id() {
    return new ResourceId(subscription, resourceGroup, type, names);
  }

  public String name() {
    return names.get(names.size() - 1);
  }

  public boolean hasType(String other) {
    return type.equalsIgnoreCase(other);
  }
}
