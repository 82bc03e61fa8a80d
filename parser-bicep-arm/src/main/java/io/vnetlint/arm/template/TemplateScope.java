package io.vnetlint.arm.template;

import io.vnetlint.arm.expr.CopyBindings;
import io.vnetlint.arm.expr.EvalContext;
import io.vnetlint.arm.expr.RuntimeFacts;
import io.vnetlint.model.Secret;
import io.vnetlint.arm.expr.TemplateContext;
import io.vnetlint.arm.expr.UserFunction;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parameters and variables of one template (a file, or an inner-scoped nested template), evaluated lazily and
 * once. A variable that refers to itself, directly or not, is unknown rather than an endless loop.
 */
public final class TemplateScope implements TemplateContext {
  /** Deeper chains of parameters and variables referring to each other are not followed. */
  private static final int MAX_ACTIVE = 64;

  private final Value.Obj template;
  private final Map<String, Value> supplied;
  private final String unsuppliedReason;
  private final Placement placement;
  private final TreeEvaluator tree;
  private final RuntimeFacts facts;
  private final Map<String, Value> parameters = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, Value> variables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, Optional<ResourceRef>> symbolic = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Set<String> inProgress = new HashSet<>();
  private final Map<String, Optional<Value>> outputs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private DeploymentOutputs deploymentOutputs = (declaration, scope) -> Optional.empty();

  /** Evaluates the outputs of a deployment declared in a template (see {@link TemplateRun}). */
  public interface DeploymentOutputs {
    Optional<Value> of(Value.Obj declaration, TemplateScope scope);
  }

  /**
   * @param supplied parameter values given by a parameter file or the calling deployment
   * @param unsuppliedReason when not null, parameters without a supplied value are unknown for this reason
   *     (their values come from a linked parameter file) instead of taking their defaults
   */
  public TemplateScope(Value.Obj template, Map<String, Value> supplied, String unsuppliedReason, Placement placement,
      TreeEvaluator tree, RuntimeFacts facts) {
    this.template = template;
    this.supplied = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    this.supplied.putAll(supplied);
    this.unsuppliedReason = unsuppliedReason;
    this.placement = placement;
    this.tree = tree;
    this.facts = facts;
  }

  public Placement placement() {
    return placement;
  }

  @Override
  public Value parameter(String name, SourceRange at) {
    Value cached = parameters.get(name);
    if (cached != null) {
      return cached;
    }
    Value.Obj declarations = template.get("parameters") instanceof Value.Obj o ? o : null;
    Value.Member declaration = declarations == null ? null : declarations.member(name).orElse(null);
    if (declaration == null) {
      return new Value.Unknown("parameter '" + name + "' is not declared", at);
    }
    String key = "p:" + declaration.key().toLowerCase(java.util.Locale.ROOT);
    if (!enter(key)) {
      return new Value.Unknown("parameter '" + declaration.key() + "' refers to itself", at);
    }
    Value value;
    try {
      value = parameterValue(declaration, at);
    } finally {
      inProgress.remove(key);
    }
    if (isSecure(declaration.value())) {
      value = facts.sensitive(value);
    }
    parameters.put(name, value);
    return value;
  }

  private Value parameterValue(Value.Member declaration, SourceRange at) {
    String name = declaration.key();
    Value given = supplied.get(name);
    if (given != null) {
      return given;
    }
    if (unsuppliedReason != null) {
      return new Value.Unknown(unsuppliedReason, at);
    }
    if (declaration.value() instanceof Value.Obj d) {
      Value defaultValue = d.get("defaultValue");
      if (defaultValue != null) {
        facts.literalSites().add(defaultValue.range(), Secret.Literal.Kind.PARAMETER_DEFAULT, name, isSecure(d));
        return tree.evaluate(defaultValue, new EvalContext(this, CopyBindings.NONE));
      }
      if (d.get("nullable") instanceof Value.Bool b && b.value()) {
        return new Value.Null(d.range());
      }
    }
    return new Value.Unknown("parameter '" + name + "' has no value", at);
  }

  private static boolean isSecure(Value declaration) {
    return declaration instanceof Value.Obj d && d.get("type") instanceof Value.Str t
        && (t.value().equalsIgnoreCase("securestring") || t.value().equalsIgnoreCase("secureobject"));
  }

  @Override
  public Value variable(String name, SourceRange at) {
    Value cached = variables.get(name);
    if (cached != null) {
      return cached;
    }
    Value.Obj declarations = template.get("variables") instanceof Value.Obj o ? o : null;
    if (declarations == null) {
      return new Value.Unknown("variable '" + name + "' is not declared", at);
    }
    Value.Obj copyLoop = variableCopy(declarations, name);
    Value.Member declaration = declarations.member(name).filter(m -> !m.key().equalsIgnoreCase("copy"))
        .orElse(null);
    if (declaration == null && copyLoop == null) {
      return new Value.Unknown("variable '" + name + "' is not declared", at);
    }
    String key = "v:" + name.toLowerCase(java.util.Locale.ROOT);
    if (!enter(key)) {
      return new Value.Unknown("variable '" + name + "' refers to itself", at);
    }
    Value value;
    try {
      EvalContext context = new EvalContext(this, CopyBindings.NONE);
      if (copyLoop != null) {
        Value count = tree.evaluate(copyLoop.get("count"), context);
        value = tree.copyItems(name, count, copyLoop.get("input"), context, copyLoop);
      } else {
        value = tree.evaluate(declaration.value(), context);
      }
    } finally {
      inProgress.remove(key);
    }
    variables.put(name, value);
    return value;
  }

  /** The loop of {@code "variables": {"copy": [{"name": name, "count": ..., "input": ...}]}}, if any. */
  private static Value.Obj variableCopy(Value.Obj declarations, String name) {
    Value copy = declarations.get("copy");
    if (copy instanceof Value.Arr loops) {
      for (Value loop : loops.items()) {
        if (loop instanceof Value.Obj o && o.get("name") instanceof Value.Str n && n.value().equalsIgnoreCase(name)
            && o.get("count") != null && o.get("input") != null) {
          return o;
        }
      }
    }
    return null;
  }

  private boolean enter(String key) {
    if (inProgress.size() >= MAX_ACTIVE || inProgress.contains(key)) {
      return false;
    }
    inProgress.add(key);
    return true;
  }

  @Override
  public String subscriptionId() {
    return placement.subscription();
  }

  @Override
  public String resourceGroupName() {
    return placement.resourceGroup();
  }

  /**
   * The resource {@code reference('x')} means: in a languageVersion 2.0 template, {@code "resources": {"x": {...}}}
   * declares the symbolic name {@code x} (an {@code existing} declaration too, at its own resource group or
   * subscription); in a template with a resources array, {@code x} is the name of a resource declared in it (one
   * match, case-insensitively; none or several: unknown).
   */
  @Override
  public Optional<ResourceRef> resourceBySymbolicName(String name) {
    Optional<ResourceRef> cached = symbolic.get(name);
    if (cached != null) {
      return cached;
    }
    symbolic.put(name, Optional.empty()); // guards against a declaration that refers to itself
    Optional<ResourceRef> ref = Optional.empty();
    if (template.get("resources") instanceof Value.Obj declarations
        && declarations.get(name) instanceof Value.Obj declaration
        && declaration.get("copy") == null) {
      ref = refOf(declaration).map(r -> r.ref);
    } else if (template.get("resources") instanceof Value.Arr declarations) {
      List<ResourceRef> matches = new java.util.ArrayList<>();
      for (Value item : declarations.items()) {
        if (item instanceof Value.Obj declaration && declaration.get("copy") == null) {
          refOf(declaration).filter(r -> r.name.equalsIgnoreCase(name)).ifPresent(r -> matches.add(r.ref));
        }
      }
      if (matches.size() == 1) {
        ref = Optional.of(matches.get(0));
      }
    }
    symbolic.put(name, ref);
    return ref;
  }

  private record NamedRef(String name, ResourceRef ref) {}

  /** The id of a top-level declaration whose type and name evaluate to known strings that fit each other. */
  private Optional<NamedRef> refOf(Value.Obj declaration) {
    EvalContext context = new EvalContext(this, CopyBindings.NONE);
    Value type = declaration.get("type") == null ? null : tree.evaluate(declaration.get("type"), context);
    Value resourceName = declaration.get("name") == null ? null : tree.evaluate(declaration.get("name"), context);
    if (!(type instanceof Value.Str t) || !(resourceName instanceof Value.Str n)) {
      return Optional.empty();
    }
    List<String> names = List.of(n.value().split("/", -1));
    if (t.value().split("/").length - 1 != names.size() || names.contains("")) {
      return Optional.empty();
    }
    String subscription = placement.subscription();
    String group = placement.resourceGroup();
    if (declaration.get("subscriptionId") != null) {
      subscription = tree.evaluate(declaration.get("subscriptionId"), context) instanceof Value.Str sub
          && !sub.value().isBlank() ? sub.value() : null;
      group = null;
    }
    if (declaration.get("resourceGroup") != null) {
      group = tree.evaluate(declaration.get("resourceGroup"), context) instanceof Value.Str g
          && !g.value().isBlank() ? g.value() : null;
    }
    if (declaration.get("scope") != null) {
      return Optional.empty(); // an extension or other scope: not a plain resource group id
    }
    return Optional.of(new NamedRef(n.value(),
        new ResourceRef.ById(new ResourceId(subscription, group, t.value(), names))));
  }

  /** How this scope evaluates the outputs of the deployments its template declares. */
  public void deploymentOutputs(DeploymentOutputs resolver) {
    this.deploymentOutputs = resolver;
  }

  public Value.Obj template() {
    return template;
  }

  /** The one top-level deployment of this template named {@code name} (no copy loop), evaluated once. */
  @Override
  public Optional<Value> deploymentOutputs(String name) {
    Optional<Value> cached = outputs.get(name);
    if (cached != null) {
      return cached;
    }
    outputs.put(name, Optional.empty()); // a deployment whose parameters read its own outputs
    List<Value.Obj> declarations = new java.util.ArrayList<>();
    if (template.get("resources") instanceof Value.Arr a) {
      a.items().forEach(v -> { if (v instanceof Value.Obj o) { declarations.add(o); } });
    } else if (template.get("resources") instanceof Value.Obj o) {
      if (o.get(name) instanceof Value.Obj bySymbolicName) {
        declarations.add(bySymbolicName); // reference('symbolicName') of languageVersion 2.0
      } else {
        o.members().forEach(m -> { if (m.value() instanceof Value.Obj d) { declarations.add(d); } });
      }
    }
    EvalContext context = new EvalContext(this, CopyBindings.NONE);
    Value.Obj match = null;
    for (Value.Obj d : declarations) {
      boolean symbolicKey = template.get("resources") instanceof Value.Obj o && o.get(name) == d;
      if (d.get("copy") == null && d.get("type") != null && d.get("name") != null
          && tree.evaluate(d.get("type"), context) instanceof Value.Str t
          && t.value().equalsIgnoreCase("Microsoft.Resources/deployments")
          && (symbolicKey
              || tree.evaluate(d.get("name"), context) instanceof Value.Str n && n.value().equalsIgnoreCase(name))) {
        if (match != null) {
          return Optional.empty(); // two deployments of one name: which one is meant is not known
        }
        match = d;
      }
    }
    Optional<Value> result = match == null ? Optional.empty() : deploymentOutputs.of(match, this);
    outputs.put(name, result);
    return result;
  }

  /**
   * {@code "functions": [{"namespace": "ns", "members": {"name": {"parameters": [{"name": ...}], "output":
   * {"value": ...}}}}]}; names ignore case as ARM's do. A declaration without an output value is not a function.
   */
  @Override
  public Optional<UserFunction> userFunction(String namespace, String name) {
    if (!(template.get("functions") instanceof Value.Arr namespaces)) {
      return Optional.empty();
    }
    for (Value ns : namespaces.items()) {
      if (ns instanceof Value.Obj n && n.get("namespace") instanceof Value.Str nsName
          && nsName.value().equalsIgnoreCase(namespace) && n.get("members") instanceof Value.Obj members
          && members.get(name) instanceof Value.Obj member
          && member.get("output") instanceof Value.Obj output && output.get("value") != null) {
        List<String> parameters = new java.util.ArrayList<>();
        if (member.get("parameters") instanceof Value.Arr declared) {
          for (Value p : declared.items()) {
            if (!(p instanceof Value.Obj po && po.get("name") instanceof Value.Str pn)) {
              return Optional.empty();
            }
            parameters.add(pn.value());
          }
        }
        return Optional.of(new UserFunction(nsName.value() + "." + name, parameters, output.get("value")));
      }
    }
    return Optional.empty();
  }

  @Override
  public RuntimeFacts facts() {
    return facts;
  }
}
