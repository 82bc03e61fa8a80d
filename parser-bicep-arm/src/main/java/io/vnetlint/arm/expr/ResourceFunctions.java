package io.vnetlint.arm.expr;

import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** resourceId() and its variants, and reference(). */
final class ResourceFunctions {
  private ResourceFunctions() {}

  static void register(FunctionLibrary library) {
    library.register("resourceId", call -> resourceId(call, 2, true));
    library.register("subscriptionResourceId", call -> resourceId(call, 1, false));
    library.register("tenantResourceId", call -> resourceId(call, 0, false));
    library.register("extensionResourceId",
        call -> call.unknown("extensionResourceId() is not evaluated"));
    library.register("managementGroupResourceId",
        call -> call.unknown("managementGroupResourceId() is not evaluated"));
    library.register("reference", ResourceFunctions::reference);
  }

  /**
   * {@code resourceId([subscriptionId], [resourceGroupName], type, name1, name2...)}. The type is the first
   * argument that contains a slash; what precedes it is the scope. Scope parts the scan does not know stay
   * unknown (null) in the id; unknown names make the whole id unknown.
   */
  private static Value resourceId(Invocation call, int maxScopeArgs, boolean hasGroup) {
    List<Value> args = call.args();
    int typeIndex = -1;
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i) instanceof Value.Str s && s.value().contains("/")) {
        typeIndex = i;
        break;
      }
    }
    if (typeIndex < 0) {
      Optional<Value> unknown = call.anyUnknown();
      return unknown.orElseGet(() -> call.unknown(call.name() + " has no resource type argument"));
    }
    if (typeIndex > maxScopeArgs) {
      return call.unknown(call.name() + " has " + typeIndex + " arguments before the resource type");
    }
    TemplateContext template = call.context().template();
    String subscription = hasGroup || maxScopeArgs > 0 ? template.subscriptionId() : null;
    String group = hasGroup ? template.resourceGroupName() : null;
    if (typeIndex >= 1) {
      Value scopeArg = args.get(typeIndex - 1);
      String value = scopeText(scopeArg);
      if (hasGroup && typeIndex == 2 || hasGroup && typeIndex == 1) {
        group = value;
      } else {
        subscription = value;
      }
      if (scopeArg instanceof Value.Obj || scopeArg instanceof Value.Arr) {
        return call.notA("a scope name", scopeArg);
      }
    }
    if (typeIndex == 2) {
      subscription = scopeText(args.get(0));
    }
    // Azure accepts a trailing slash ('Microsoft.Network/virtualNetworks/'), and quickstarts use it
    String type = ((Value.Str) args.get(typeIndex)).value().strip().replaceAll("/+$", "");
    String[] typeParts = type.split("/", -1);
    for (String part : typeParts) {
      if (part.isBlank()) {
        return call.unknown(call.name() + " has an invalid resource type");
      }
    }
    List<String> names = new ArrayList<>();
    for (int i = typeIndex + 1; i < args.size(); i++) {
      Value arg = args.get(i);
      if (arg instanceof Value.Unknown u) {
        return call.propagate(u);
      }
      Optional<String> text = Conversions.text(arg);
      if (text.isEmpty()) {
        return call.notA("a resource name", arg);
      }
      Collections.addAll(names, text.get().split("/", -1));
    }
    if (names.size() != typeParts.length - 1 || names.stream().anyMatch(String::isEmpty)) {
      return call.unknown(call.name() + " has " + names.size() + " name segments for a type that needs "
          + (typeParts.length - 1));
    }
    ResourceId id = new ResourceId(subscription, group, type, names);
    return new Value.Ref(new ResourceRef.ById(id), call.at());
  }

  /** A known scope name, or null (unknown) for anything else. */
  private static String scopeText(Value v) {
    return v instanceof Value.Str s && !s.value().isBlank() ? s.value() : null;
  }

  /**
   * {@code reference(resourceOrId, [apiVersion], ['Full'])}: the runtime state of a resource, unknown to a static
   * scan. The unknown remembers which resource it reads, so {@code reference(pip).ipAddress} still links the
   * public IP.
   */
  private static Value reference(Invocation call) {
    Optional<Value> arity = call.arity(1, 3);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value target = call.arg(0);
    ResourceRef ref = null;
    if (target instanceof Value.Ref r) {
      ref = r.ref();
    } else if (target instanceof Value.Str s) {
      Optional<ResourceId> parsed = ResourceId.parse(s.value());
      ref = parsed.<ResourceRef>map(ResourceRef.ById::new)
          .orElseGet(() -> call.context().template().resourceBySymbolicName(s.value()).orElse(null));
    }
    boolean full = call.count() == 3 && call.arg(2) instanceof Value.Str mode && mode.value().equalsIgnoreCase("full");
    Value.Unknown result = call.unknown("reference() reads the runtime state of a deployed resource");
    if (ref != null) {
      call.facts().record(result, new RuntimeFacts.RuntimeProperty(ref, List.of(), full));
    }
    return result;
  }
}
