package io.vnetlint.hcl.eval;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.hcl.syntax.Attribute;
import io.vnetlint.hcl.syntax.Block;
import io.vnetlint.hcl.syntax.LiteralValue;
import io.vnetlint.model.Origin;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One instance of a module (the root module, or one instance of a module call): its variables, locals, outputs,
 * resources and module calls, each evaluated on demand and once.
 */
final class ModuleInstance {
  final Evaluation ev;
  final ModuleConfig config;
  /** The module path in addresses: "" for the root, {@code module.hub["a"]} for a child. */
  final String path;
  /** The root module's directory, where {@code .terraform/modules} lives. */
  final Path rootDir;
  /** The key of this module in {@code modules.json}: call names from the root, joined by dots. */
  final String manifestKey;
  final ModuleInstance parent;
  final int depth;
  private final Map<String, Supplier<Value>> inputs;
  private final Map<String, Cell> variables = new LinkedHashMap<>();
  private final Map<String, Cell> locals = new LinkedHashMap<>();
  private final Map<String, Cell> outputs = new LinkedHashMap<>();
  private final Map<String, ResourceNode> resources = new LinkedHashMap<>();
  private final Map<String, ModuleCallNode> calls = new LinkedHashMap<>();

  ModuleInstance(Evaluation ev, ModuleConfig config, String path, Path rootDir, String manifestKey,
      ModuleInstance parent, Map<String, Supplier<Value>> inputs) {
    this.ev = ev;
    this.config = config;
    this.path = path;
    this.rootDir = rootDir;
    this.manifestKey = manifestKey;
    this.parent = parent;
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.inputs = inputs;
    config.variables().forEach((name, block) -> variables.put(name,
        new Cell("var." + name, block.headerRange(), () -> computeVariable(name, block))));
    config.locals().forEach((name, attr) -> locals.put(name,
        new Cell("local." + name, attr.nameRange(), () -> ev.expressions.eval(attr.expr(), Scope.of(this)))));
    config.jsonLocals().forEach((name, member) -> locals.put(name,
        new Cell("local." + name, member.keyRange(), () -> jsonValue(member.value()))));
    config.outputs().forEach((name, block) -> outputs.put(name,
        new Cell("output." + name, block.headerRange(), () -> computeOutput(block))));
    config.resources().forEach((key, block) -> {
      List<String> labels = block.labelValues();
      resources.put(key, new ResourceNode(this, block, labels.get(0), labels.get(1)));
    });
    config.moduleCalls().forEach((name, block) -> calls.put(name, new ModuleCallNode(this, block, name)));
  }

  /** The prefix of addresses in this module: "" or {@code module.hub.}. */
  String prefix() {
    return path.isEmpty() ? "" : path + ".";
  }

  // ------------------------------------------------------------------ names, for the expression evaluator

  Value variable(String name, SourceRange at) {
    Cell cell = variables.get(name);
    if (cell == null) {
      throw new EvalError("reference to undeclared input variable \"" + name + "\"", at);
    }
    return cell.get();
  }

  Value local(String name, SourceRange at) {
    Cell cell = locals.get(name);
    if (cell == null) {
      throw new EvalError("reference to undeclared local value \"" + name + "\"", at);
    }
    return cell.get();
  }

  Object resource(String type, String name, SourceRange at) {
    ResourceNode node = resources.get(type + "." + name);
    if (node == null) {
      throw new EvalError("reference to undeclared resource \"" + type + "." + name + "\"", at);
    }
    return node;
  }

  Object moduleCall(String name, SourceRange at) {
    ModuleCallNode node = calls.get(name);
    if (node == null) {
      throw new EvalError("reference to undeclared module \"" + name + "\"", at);
    }
    return node;
  }

  /** An output's value; an error when the module declares no such output. */
  Value output(String name, SourceRange at) {
    Cell cell = outputs.get(name);
    if (cell == null) {
      throw new EvalError("unsupported attribute: the module has no output named \"" + name + "\"", at);
    }
    return cell.get();
  }

  /** All outputs as one object ({@code module.hub} on its own). */
  Value outputsObject(SourceRange at) {
    List<Value.Member> members = new ArrayList<>();
    for (Map.Entry<String, Cell> e : outputs.entrySet()) {
      Value v;
      try {
        v = e.getValue().get();
      } catch (EvalError err) {
        v = new Value.Unknown(err.getMessage(), at);
      }
      members.add(new Value.Member(e.getKey(), at, v));
    }
    return new Value.Obj(members, at);
  }

  String pathValue(String attribute) {
    return switch (attribute) {
      case "module" -> config.display().isEmpty() ? "." : config.display();
      case "root" -> ev.loader.files().display(rootDir).isEmpty() ? "." : ev.loader.files().display(rootDir);
      default -> ".";
    };
  }

  // ------------------------------------------------------------------ values

  private Value computeVariable(String name, Block declaration) {
    boolean sensitive = isSensitive(declaration);
    boolean nullable = !constant(declaration, "nullable").map(v -> v instanceof Value.Bool b && !b.value())
        .orElse(false);
    TypeConstraint type = TypeConstraint.parse(declaration.body().attribute("type").map(Attribute::expr)
        .orElse(null));
    Supplier<Value> given = inputs.get(name);
    Value v = given == null ? null : given.get();
    if (v instanceof Value.Null && !nullable) {
      v = null;
    }
    if (v == null) {
      Optional<Attribute> fallback = declaration.body().attribute("default");
      if (fallback.isPresent()) {
        Attribute d = fallback.get();
        ev.literalSite(d.expr().range(), io.vnetlint.model.Secret.Literal.Kind.VARIABLE_DEFAULT, name, sensitive);
        v = ev.boundary(() -> ev.expressions.eval(d.expr(), Scope.constant()), d.expr().range());
      } else {
        v = new Value.Unknown("variable '" + name + "' has no value", declaration.headerRange());
      }
    }
    v = type.convert(v, e -> ev.boundary(() -> ev.expressions.eval(e, Scope.constant()), e.range()));
    return sensitive ? deepSensitive(v) : v;
  }

  private Value computeOutput(Block block) {
    Optional<Attribute> value = block.body().attribute("value");
    if (value.isEmpty()) {
      return new Value.Null(block.headerRange());
    }
    Value v = ev.expressions.eval(value.get().expr(), Scope.of(this));
    boolean sensitive = constant(block, "sensitive").map(x -> x instanceof Value.Bool b && b.value()).orElse(false);
    return sensitive ? deepSensitive(v) : v;
  }

  /**
   * A value of the Terraform JSON syntax: JSON data as it is; strings are templates there, so one that holds an
   * interpolation or directive is not evaluated.
   */
  static Value jsonValue(Value v) {
    if (v instanceof Value.Str s && (s.value().contains("${") || s.value().contains("%{"))) {
      return new Value.Unknown("templates in Terraform JSON syntax are not evaluated", s.range());
    }
    if (v instanceof Value.Arr a) {
      List<Value> items = new ArrayList<>();
      for (Value item : a.items()) {
        items.add(jsonValue(item));
      }
      return new Value.Arr(items, a.range());
    }
    if (v instanceof Value.Obj o) {
      List<Value.Member> members = new ArrayList<>();
      for (Value.Member m : o.members()) {
        members.add(new Value.Member(m.key(), m.keyRange(), jsonValue(m.value())));
      }
      return new Value.Obj(members, o.range());
    }
    return v;
  }

  static boolean isSensitive(Block declaration) {
    return declaration.body().attribute("sensitive")
        .map(a -> a.expr() instanceof LiteralValue l && Boolean.TRUE.equals(l.value()))
        .orElse(false);
  }

  /** A meta-argument such as {@code nullable = false}: a literal, evaluated without references. */
  private Optional<Value> constant(Block block, String attribute) {
    return block.body().attribute(attribute).map(a -> {
      try {
        return ev.expressions.eval(a.expr(), Scope.constant());
      } catch (EvalError e) {
        return new Value.Unknown(e.getMessage(), a.expr().range());
      }
    });
  }

  static Value deepSensitive(Value v) {
    if (v instanceof Value.Arr a) {
      List<Value> items = new ArrayList<>();
      for (Value item : a.items()) {
        items.add(deepSensitive(item));
      }
      return new Value.Arr(items, a.range(), true);
    }
    if (v instanceof Value.Obj o) {
      List<Value.Member> members = new ArrayList<>();
      for (Value.Member m : o.members()) {
        members.add(new Value.Member(m.key(), m.keyRange(), deepSensitive(m.value())));
      }
      return new Value.Obj(members, o.range(), true);
    }
    return TfValues.mark(v, true);
  }

  // ------------------------------------------------------------------ the whole module

  /** The deployment unit of every resource of this root module and its children: the root's directory. */
  private String unit() {
    String dir = ev.loader.files().display(rootDir);
    return "terraform:" + (dir.isEmpty() ? "." : dir);
  }

  /**
   * Produces the instances of every wanted resource and of every module call below, then evaluates the locals
   * and outputs nobody referenced (Terraform evaluates them too, so their errors are reported).
   */
  void evaluateAll() {
    for (Block declaration : config.variables().values()) {
      if (isSensitive(declaration)) {
        declaration.body().attribute("default").ifPresent(d -> ev.sensitive(d.expr().range()));
      }
    }
    for (ResourceNode r : resources.values()) {
      if (!ev.wantedTypes.test(r.type)) {
        continue;
      }
      Expansion e = r.expansion();
      if (e instanceof Expansion.Unknown u) {
        if (!Expansion.limitReached(u)) {
          ev.warn("unknown-count", u.reason() + "; its instances are not analyzed", u.range());
        }
        continue;
      }
      for (InstanceKey key : e.keys()) {
        ResourceNode.Instance instance = r.instance(key);
        Value body = instance.body();
        Value.Obj obj = body instanceof Value.Obj o ? o : new Value.Obj(List.of(), r.block.range());
        ev.add(new TerraformResource(instance.address(), path, r.type, r.name, obj, r.block.headerRange(),
            new Origin(r.block.range().file(), null, unit()), false));
      }
    }
    for (ModuleCallNode call : calls.values()) {
      call.evaluateAll();
    }
    locals.forEach((name, cell) -> ev.boundary(cell::get, config.locals().containsKey(name)
        ? config.locals().get(name).expr().range() : config.jsonLocals().get(name).keyRange()));
    outputs.forEach((name, cell) -> ev.boundary(cell::get, config.outputs().get(name).headerRange()));
  }
}
