package io.vnetlint.arm.expr;

import io.vnetlint.model.Limits;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Joins the pieces of a concat() or format() into a string, or into a resource reference when the first piece is
 * one: {@code concat(variables('vnetId'), '/subnets/', 'app')} (where vnetId is a resourceId()) is the subnet's
 * reference. Older templates build most of their references this way.
 */
final class StringAssembly {
  private StringAssembly() {}

  static Value join(List<Value> pieces, Invocation call) {
    if (pieces.isEmpty()) {
      return call.str("");
    }
    Value first = pieces.get(0);
    Optional<String> rest = knownText(pieces.subList(1, pieces.size()));
    if (first instanceof Value.Ref ref && rest.isPresent() && ref.ref() instanceof ResourceRef.ById byId) {
      return childReference(byId.id(), rest.get(), call);
    }
    if (first instanceof Value.Unknown u && rest.isPresent()) {
      Optional<RuntimeFacts.Fact> fact = call.facts().factOf(u);
      if (fact.isPresent() && fact.get() instanceof RuntimeFacts.ScopeId scope) {
        return scopedReference(scope, rest.get(), call).orElseGet(() -> call.propagate(u));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (Value piece : pieces) {
      if (piece instanceof Value.Unknown u) {
        return call.propagate(u);
      }
    }
    for (Value piece : pieces) {
      Optional<String> text = Conversions.text(piece);
      if (text.isEmpty()) {
        return call.unknown(call.name() + " does not turn " + piece.kind() + " into text");
      }
      if ((long) sb.length() + text.get().length() > Limits.MAX_STRING_CHARS) {
        return call.unknown(call.name() + "() builds a string longer than the limit of " + Limits.MAX_STRING_CHARS
            + " characters");
      }
      sb.append(text.get());
    }
    return call.str(sb.toString());
  }

  private static Optional<String> knownText(List<Value> pieces) {
    StringBuilder sb = new StringBuilder();
    for (Value piece : pieces) {
      Optional<String> text = Conversions.text(piece);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      sb.append(text.get());
    }
    return Optional.of(sb.toString());
  }

  /** {@code /subnets/app} below a resource id: the child resource's reference. */
  private static Value childReference(ResourceId parent, String suffix, Invocation call) {
    if (suffix.isEmpty()) {
      return new Value.Ref(new ResourceRef.ById(parent), call.at());
    }
    String[] parts = suffix.split("/", -1);
    if (!suffix.startsWith("/") || parts.length % 2 != 1) {
      return call.unknown(call.name() + " appends text to a resource id that is not a child resource path");
    }
    ResourceId id = parent;
    for (int i = 1; i < parts.length; i += 2) {
      if (parts[i].isEmpty() || parts[i + 1].isEmpty() || parts[i].equalsIgnoreCase("providers")) {
        return call.unknown(call.name() + " appends text to a resource id that is not a child resource path");
      }
      id = id.child(parts[i], parts[i + 1]);
    }
    return new Value.Ref(new ResourceRef.ById(id), call.at());
  }

  /** {@code resourceGroup().id} followed by {@code /providers/Microsoft.Network/virtualNetworks/hub}. */
  private static Optional<Value> scopedReference(RuntimeFacts.ScopeId scope, String suffix, Invocation call) {
    String full = scope.isResourceGroup()
        ? "/subscriptions/s/resourceGroups/g" + suffix
        : "/subscriptions/s" + suffix;
    Optional<ResourceId> parsed = ResourceId.parse(full);
    if (parsed.isEmpty() || (!scope.isResourceGroup() && parsed.get().resourceGroup() == null)) {
      return Optional.empty();
    }
    ResourceId id = parsed.get();
    String group = scope.isResourceGroup() ? scope.resourceGroup() : id.resourceGroup();
    List<String> names = new ArrayList<>(id.names());
    return Optional.of(new Value.Ref(
        new ResourceRef.ById(new ResourceId(scope.subscription(), group, id.type(), names)), call.at()));
  }
}
