package io.vnetlint.bicep.eval;

import io.vnetlint.arm.expr.RuntimeFacts;
import io.vnetlint.arm.mapper.ResourceTypes;
import io.vnetlint.bicep.syntax.Expr;
import io.vnetlint.bicep.syntax.Statement;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code resource} declaration (top-level or nested) and its evaluated instances: one per loop iteration whose
 * condition holds, each with its full names and resource id. Bodies are evaluated on first use.
 */
final class ResourceSymbol {
  /** One deployed (or, for {@code existing}, referenced) instance. */
  record Instance(List<String> names, boolean namesKnown, SourceRange nameRange, ResourceId id,
      Map<String, Value> locals, Expr.ObjectExpr object, Value name) {}

  private static final Object ROOT = new Object();

  private final FileEvaluation file;
  private final Statement.ResourceDecl declaration;
  private final ResourceSymbol nestedIn;
  private final Map<String, ResourceSymbol> children = new LinkedHashMap<>();
  private final String type;
  private final Map<Object, List<Instance>> instancesByParent = new HashMap<>();
  private final Map<Instance, Value.Obj> bodies = new IdentityHashMap<>();
  private final Map<Instance, Boolean> evaluatingBody = new IdentityHashMap<>();
  private boolean computing;

  ResourceSymbol(FileEvaluation file, Statement.ResourceDecl declaration, ResourceSymbol nestedIn) {
    this.file = file;
    this.declaration = declaration;
    this.nestedIn = nestedIn;
    String written = declaration.type() == null || declaration.type().literalValue() == null ? ""
        : declaration.type().literalValue();
    int at = written.indexOf('@');
    String t = (at >= 0 ? written.substring(0, at) : written).strip();
    if (nestedIn != null && !t.isEmpty() && !t.contains("/")) {
      t = nestedIn.type() + "/" + t;
    }
    this.type = ResourceTypes.canonical(t); // the compiler writes the type system's casing
    Expr.ObjectExpr object = objectOf(declaration.body());
    if (object != null) {
      for (Expr.ObjectItem item : object.items()) {
        if (item instanceof Expr.NestedResource n) {
          children.put(n.declaration().name().name(), new ResourceSymbol(file, n.declaration(), this));
        }
      }
    }
  }

  Statement.ResourceDecl declaration() {
    return declaration;
  }

  String type() {
    return type;
  }

  Map<String, ResourceSymbol> children() {
    return children;
  }

  boolean looped() {
    return declaration.body() instanceof Expr.ForExpr;
  }

  ResourceSymbol findNested(String name) {
    for (ResourceSymbol c : children.values()) {
      if (c.declaration.name().name().equals(name)) {
        return c;
      }
      ResourceSymbol deeper = c.findNested(name);
      if (deeper != null) {
        return deeper;
      }
    }
    return null;
  }

  static Expr.ObjectExpr objectOf(Expr body) {
    if (body instanceof Expr.ForExpr f) {
      body = FileEvaluation.loopBody(f);
    }
    if (body instanceof Expr.IfExpr i) {
      body = i.body();
    }
    return body instanceof Expr.ObjectExpr o ? o : null;
  }

  /** Every instance: of a top-level resource, or of a nested one under every instance of its parent. */
  List<Instance> instances() {
    if (nestedIn == null) {
      return instancesOf(null);
    }
    List<Instance> all = new ArrayList<>();
    for (Instance p : nestedIn.instances()) {
      all.addAll(instancesOf(p));
    }
    return all;
  }

  List<Instance> instancesOrReference() {
    return instances();
  }

  /** The instances under one instance of the parent this resource is nested in (null for top-level). */
  List<Instance> instancesOf(Instance parent) {
    Object key = parent == null ? ROOT : parent;
    List<Instance> known = instancesByParent.get(key);
    if (known != null) {
      return known;
    }
    if (computing) {
      return List.of(); // a resource whose name depends on itself
    }
    computing = true;
    try {
      List<Instance> computed = compute(parent);
      instancesByParent.put(key, computed);
      return computed;
    } finally {
      computing = false;
    }
  }

  private String describe() {
    return "resource '" + declaration.name().name() + "' (" + type + ")";
  }

  private List<Instance> compute(Instance nestedParent) {
    if (type.isEmpty() || type.split("/").length < 2) {
      return List.of();
    }
    Map<String, Value> base = nestedParent == null ? Map.of() : nestedParent.locals();
    Expr body = declaration.body();
    List<Map<String, Value>> scopes;
    if (body instanceof Expr.ForExpr f) {
      Optional<List<Map<String, Value>>> it = file.iterations(f, base);
      if (it.isEmpty()) {
        Value source = file.eval(f.source(), base);
        String why = source instanceof Value.Unknown u ? u.reason() : "it is " + source.kind();
        file.deployment().warn("loop-unknown", describe() + " is skipped: its loop collection or filter is not known ("
            + why + ")", f.source().range());
        return List.of();
      }
      scopes = it.get();
      body = FileEvaluation.loopBody(f);
    } else {
      scopes = List.of(base);
    }
    List<Instance> out = new ArrayList<>();
    for (Map<String, Value> locals : scopes) {
      Expr here = body;
      if (here instanceof Expr.IfExpr condition) {
        Value c = file.eval(condition.condition(), locals);
        if (!(c instanceof Value.Bool b)) {
          String why = c instanceof Value.Unknown u ? u.reason() : "it is " + c.kind();
          file.deployment().warn("condition-unknown", describe() + " is skipped: its condition cannot be evaluated ("
              + why + ")", condition.condition().range());
          continue;
        }
        if (!b.value()) {
          continue;
        }
        here = condition.body();
      }
      if (!(here instanceof Expr.ObjectExpr object)) {
        continue;
      }
      Instance instance = instance(object, locals, nestedParent, out.size());
      if (instance != null) {
        out.add(instance);
      }
    }
    return out;
  }

  private Instance instance(Expr.ObjectExpr object, Map<String, Value> locals, Instance nestedParent, int index) {
    Expr.ObjectProperty nameProperty = property(object, "name");
    SourceRange nameRange = nameProperty == null ? object.range()
        : nameProperty.key().range().to(nameProperty.value().range());
    Value name = nameProperty == null ? new Value.Unknown("the resource has no name", object.range())
        : file.eval(nameProperty.value(), locals);
    Instance parent = nestedParent;
    Expr.ObjectProperty parentProperty = property(object, "parent");
    boolean parentUnknown = false;
    if (parent == null && parentProperty != null) {
      parent = file.parentInstance(parentProperty.value(), locals);
      parentUnknown = parent == null;
    }
    FileEvaluation.Placement placement = parent != null
        ? new FileEvaluation.Placement(parent.id().subscription(), parent.id().resourceGroup())
        : file.placement();
    Expr.ObjectProperty scopeProperty = property(object, "scope");
    if (scopeProperty != null && parent == null && declaration.existing()) {
      placement = file.scopeOf(scopeProperty.value(), locals);
    }
    int segments = type.split("/").length - 1;
    List<String> parentNames = parent == null ? List.of() : parent.names();
    boolean known = parent == null ? !parentUnknown : parent.namesKnown();
    List<String> names = null;
    boolean parentNamesKnown = parent == null || parent.namesKnown();
    if (name instanceof Value.Str s && !s.sensitive() && !parentUnknown && parentNamesKnown) {
      List<String> parts = FileEvaluation.splitName(s.value());
      if (parent != null && parts.size() == segments - parentNames.size()) {
        names = new ArrayList<>(parentNames);
        names.addAll(parts);
      } else if (parent == null && parts.size() == segments) {
        names = parts;
      }
      if (names == null || names.stream().anyMatch(String::isBlank)) {
        file.deployment().warn("name-type-mismatch", "resource name '" + s.value() + "' does not fit type " + type
            + " (it needs " + segments + " name segment" + (segments == 1 ? "" : "s") + ")", nameRange);
        return null;
      }
    } else {
      SourceRange where = nameProperty == null ? object.range() : nameProperty.value().range();
      String placeholder = "{unknown@" + where.where() + (looped() ? "[" + index + "]" : "") + "}";
      // like the compiled template, whose name is format('{0}/{1}', <unknown>, ...): every segment unknown
      names = new ArrayList<>();
      while (names.size() < segments) {
        names.add(placeholder);
      }
      known = false;
    }
    ResourceId id = new ResourceId(placement.subscription(), placement.resourceGroup(), type, names);
    return new Instance(List.copyOf(names), known, nameRange, id, locals, object, name);
  }

  static Expr.ObjectProperty property(Expr.ObjectExpr object, String key) {
    for (Expr.ObjectItem item : object.items()) {
      if (item instanceof Expr.ObjectProperty p && key.equals(p.key().literalName())) {
        return p;
      }
    }
    return null;
  }

  /** The evaluated declaration without {@code parent}, {@code scope}, {@code dependsOn} and nested resources. */
  Value.Obj body(Instance instance) {
    Value.Obj known = bodies.get(instance);
    if (known != null) {
      return known;
    }
    if (evaluatingBody.containsKey(instance)) {
      return new Value.Obj(List.of(), instance.object().range());
    }
    evaluatingBody.put(instance, true);
    try {
      List<Value.Member> members = new ArrayList<>();
      for (Expr.ObjectItem item : instance.object().items()) {
        if (!(item instanceof Expr.ObjectProperty p) || p.key().literalName() == null) {
          continue;
        }
        String key = p.key().literalName();
        if (key.equals("name")) {
          members.add(new Value.Member(key, p.key().range(), instance.name()));
        } else if (!FileEvaluation.NOT_BODY_KEYS.contains(key)) {
          members.add(new Value.Member(key, p.key().range(), file.eval(p.value(), instance.locals())));
        }
      }
      Value.Obj body = new Value.Obj(members, instance.object().range());
      bodies.put(instance, body);
      return body;
    } finally {
      evaluatingBody.remove(instance);
    }
  }

  /**
   * {@code symbol.id}: a reference by resource id. The compiler turns it into {@code resourceId(type, names)}, which
   * is unknown when a name is, so an instance with an unknown name has an unknown id here too.
   */
  Value refOf(Instance instance, SourceRange at) {
    if (!instance.namesKnown()) {
      return new Value.Unknown("the name of " + describe() + " is not known", at);
    }
    return new Value.Ref(new ResourceRef.ById(instance.id()), at);
  }

  Value asValue(SourceRange at) {
    List<Instance> all = instances();
    if (looped()) {
      List<Value> refs = new ArrayList<>();
      for (Instance i : all) {
        refs.add(refOf(i, at));
      }
      return new Value.Arr(refs, at);
    }
    if (all.isEmpty()) {
      return new Value.Unknown(describe() + " is not deployed", at);
    }
    return refOf(all.get(0), at);
  }

  /**
   * {@code symbol.member}: {@code id}, {@code name}, {@code type}, {@code apiVersion}, or a body member. What the
   * file does not declare is a runtime property of the resource: unknown, but known to read that resource.
   */
  Value member(Instance instance, String member, SourceRange at) {
    ResourceRef ref = new ResourceRef.ById(instance.id());
    switch (member) {
      case "id":
        return refOf(instance, at);
      case "name":
        return instance.name();
      case "type":
        return new Value.Str(type, at);
      default:
        break;
    }
    Value v = declaration.existing() ? null : body(instance).get(member);
    if (v != null) {
      return member.equals("properties") ? withInlineChildIds(v, instance) : v;
    }
    Value.Unknown u = new Value.Unknown(member + " of " + describe() + " is known only at deployment", at);
    boolean properties = member.equals("properties");
    return file.facts().record(u, new RuntimeFacts.RuntimeProperty(ref,
        properties ? List.of() : List.of(member), !properties));
  }

  /** Inline child collections of a virtual network's properties, with the type of their children. */
  private static final Map<String, String> INLINE_CHILDREN =
      Map.of("subnets", "subnets", "virtualNetworkPeerings", "virtualNetworkPeerings");

  /**
   * A virtual network's declared properties as Azure returns them: each inline subnet and peering with its
   * {@code id}, so that {@code vnet.properties.subnets[0].id} (a common way to point a gateway at its subnet,
   * directly or through a module output) is the child's reference instead of a missing property.
   */
  private Value withInlineChildIds(Value properties, Instance instance) {
    if (!type.equalsIgnoreCase("Microsoft.Network/virtualNetworks") || !instance.namesKnown()
        || !(properties instanceof Value.Obj o)) {
      return properties;
    }
    List<Value.Member> members = new ArrayList<>();
    boolean changed = false;
    for (Value.Member m : o.members()) {
      String childType = INLINE_CHILDREN.get(m.key());
      if (childType != null && m.value() instanceof Value.Arr children) {
        List<Value> items = new ArrayList<>();
        for (Value child : children.items()) {
          Value withId = withId(child, childType, instance);
          changed |= withId != child;
          items.add(withId);
        }
        members.add(new Value.Member(m.key(), m.keyRange(), new Value.Arr(items, children.range(),
            children.sensitive())));
      } else {
        members.add(m);
      }
    }
    return changed ? new Value.Obj(members, o.range(), o.sensitive()) : properties;
  }

  private static Value withId(Value child, String childType, Instance parent) {
    if (!(child instanceof Value.Obj c) || c.get("id") != null || !(c.get("name") instanceof Value.Str name)
        || name.sensitive() || name.value().isBlank() || name.value().contains("/")) {
      return child;
    }
    List<Value.Member> members = new ArrayList<>(c.members());
    SourceRange at = c.member("name").orElseThrow().keyRange();
    members.add(new Value.Member("id", at,
        new Value.Ref(new ResourceRef.ById(parent.id().child(childType, name.value())), name.range())));
    return new Value.Obj(members, c.range(), c.sensitive());
  }

  /** {@code member} read on a declared object: a missing key becomes a runtime property of the resource. */
  Value runtimeMiss(Instance instance, List<String> pathBelowProperties, SourceRange at) {
    Value.Unknown u = new Value.Unknown(String.join(".", pathBelowProperties) + " of " + describe()
        + " is known only at deployment", at);
    return file.facts().record(u, new RuntimeFacts.RuntimeProperty(new ResourceRef.ById(instance.id()),
        pathBelowProperties, false));
  }
}
