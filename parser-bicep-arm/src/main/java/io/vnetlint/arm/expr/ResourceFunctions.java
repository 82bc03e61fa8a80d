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

  /** The function called {@code name} (lower case) in this group, or null (a switch: see {@link FunctionLibrary}). */
  static ArmFunction find(String name) {
    return switch (name) {
      case "resourceid" -> call -> resourceId(call, 2, true);
      case "subscriptionresourceid" -> call -> resourceId(call, 1, false);
      case "tenantresourceid" -> call -> resourceId(call, 0, false);
      case "extensionresourceid" -> ResourceFunctions::extensionResourceId;
      case "managementgroupresourceid" -> call -> call.unknown("managementGroupResourceId() is not evaluated");
      case "reference" -> ResourceFunctions::reference;
      default -> null;
    };
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

  /**
   * {@code extensionResourceId(scopeId, type, names...)} where the scope is a resource group: the id of a resource in
   * that group (Bicep writes module references so). The scope is a known resource group id, or
   * {@code format('/subscriptions/{0}/resourceGroups/{1}', subscription().subscriptionId, group)}, which names a
   * group of the deployment's own subscription. Extensions of other resources stay unknown.
   */
  private static Value extensionResourceId(Invocation call) {
    if (call.count() < 3) {
      return call.unknown("extensionResourceId() expects at least 3 arguments, got " + call.count());
    }
    String subscription;
    String group;
    Value scope = call.arg(0);
    java.util.regex.Matcher m = scope instanceof Value.Str s
        ? java.util.regex.Pattern.compile("(?i)/subscriptions/([^/]+)/resourceGroups/([^/]+)/?").matcher(s.value())
        : null;
    if (m != null && m.matches()) {
      subscription = m.group(1);
      group = m.group(2);
    } else if (isOwnSubscriptionGroupScope(call.rawArg(0))) {
      subscription = call.context().template().subscriptionId();
      Value g = call.evaluate(((Expr.Call) call.rawArg(0)).args().get(2), call.context());
      if (!(g instanceof Value.Str gs) || gs.value().isBlank() || gs.value().contains("/")) {
        return g instanceof Value.Unknown u ? call.propagate(u) : call.notA("a resource group name", g);
      }
      group = gs.value();
    } else {
      return scope instanceof Value.Unknown u ? call.propagate(u)
          : call.unknown("extensionResourceId() of a scope other than a resource group is not evaluated");
    }
    if (!(call.arg(1) instanceof Value.Str type) || !type.value().contains("/")) {
      return call.notA("a resource type", call.arg(1));
    }
    String t = type.value().strip().replaceAll("/+$", "");
    List<String> names = new ArrayList<>();
    for (int i = 2; i < call.count(); i++) {
      Value arg = call.arg(i);
      if (arg instanceof Value.Unknown u) {
        return call.propagate(u);
      }
      Optional<String> text = Conversions.text(arg);
      if (text.isEmpty()) {
        return call.notA("a resource name", arg);
      }
      Collections.addAll(names, text.get().split("/", -1));
    }
    if (names.size() != t.split("/", -1).length - 1 || names.stream().anyMatch(String::isEmpty)) {
      return call.unknown(call.name() + " has " + names.size() + " name segments for a type that needs "
          + (t.split("/", -1).length - 1));
    }
    return new Value.Ref(new ResourceRef.ById(new ResourceId(subscription, group, t, names)), call.at());
  }

  /** {@code format('/subscriptions/{0}/resourceGroups/{1}', subscription().subscriptionId, <group>)} */
  private static boolean isOwnSubscriptionGroupScope(Expr e) {
    return e instanceof Expr.Call f && f.namespace() == null && f.name().equalsIgnoreCase("format")
        && f.args().size() == 3
        && f.args().get(0) instanceof Expr.StringLiteral pattern
        && pattern.value().equalsIgnoreCase("/subscriptions/{0}/resourceGroups/{1}")
        && f.args().get(1) instanceof Expr.Property p && p.name().equalsIgnoreCase("subscriptionId")
        && p.target() instanceof Expr.Call sub && sub.namespace() == null
        && sub.name().equalsIgnoreCase("subscription") && sub.args().isEmpty();
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
      Optional<Value> outputs = ResourceId.parse(s.value()).isPresent() ? Optional.empty()
          : call.context().template().deploymentOutputs(s.value());
      if (outputs.isPresent()) {
        return call.object(List.of(call.member("outputs", outputs.get())));
      }
      Optional<ResourceId> parsed = ResourceId.parse(s.value());
      ref = parsed.<ResourceRef>map(ResourceRef.ById::new)
          .orElseGet(() -> call.context().template().resourceBySymbolicName(s.value()).orElse(null));
    }
    if (ref instanceof ResourceRef.ById byId && byId.id().type().equalsIgnoreCase("Microsoft.Resources/deployments")
        && byId.id().names().size() == 1) {
      Optional<Value> outputs = call.context().template().deploymentOutputs(byId.id().names().get(0));
      if (outputs.isPresent()) {
        // a deployment's outputs are what its template computes; its other runtime properties are not known
        return call.object(List.of(call.member("outputs", outputs.get())));
      }
    }
    boolean full = call.count() == 3 && call.arg(2) instanceof Value.Str mode && mode.value().equalsIgnoreCase("full");
    Value.Unknown result = call.unknown("reference() reads the runtime state of a deployed resource");
    if (ref != null) {
      call.facts().record(result, new RuntimeFacts.RuntimeProperty(ref, List.of(), full));
    }
    return result;
  }
}
