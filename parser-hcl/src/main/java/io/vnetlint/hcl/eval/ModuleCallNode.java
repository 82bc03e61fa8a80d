package io.vnetlint.hcl.eval;

import io.vnetlint.hcl.syntax.Attribute;
import io.vnetlint.hcl.syntax.Block;
import io.vnetlint.hcl.syntax.TemplateExpr;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A {@code module} block of one module instance: where its source is, how many instances it has, and each
 * instance's child module, created on demand. When the source cannot be read (not downloaded, outside the scan
 * root, not a literal) every output of the call is unknown with that reason.
 */
final class ModuleCallNode implements ExpressionEvaluator.Splattable {
  private static final Set<String> META = Set.of("source", "version", "count", "for_each", "providers",
      "depends_on");

  private final ModuleInstance parent;
  private final Block block;
  private final String name;
  private ModuleLoader.Resolution resolution;
  private ModuleConfig child;
  private Expansion expansion;
  private final Map<InstanceKey, ModuleInstance> instances = new HashMap<>();

  ModuleCallNode(ModuleInstance parent, Block block, String name) {
    this.parent = parent;
    this.block = block;
    this.name = name;
  }

  private String address() {
    return parent.prefix() + "module." + name;
  }

  /** Resolves and loads the called module once; null when it is unavailable (see {@link #resolution}). */
  private ModuleConfig child() {
    if (resolution == null) {
      resolution = resolve();
      if (resolution instanceof ModuleLoader.Resolution.Found f) {
        child = parent.ev.loader.load(f.dir());
        for (io.vnetlint.model.Diagnostic d : child.diagnostics()) {
          parent.ev.diagnostic(d);
        }
      }
    }
    return child;
  }

  private ModuleLoader.Resolution resolve() {
    Optional<Attribute> source = block.body().attribute("source");
    if (source.isEmpty() || !(source.get().expr() instanceof TemplateExpr t) || !t.isStringLiteral()) {
      return new ModuleLoader.Resolution.Unavailable("the source of " + address() + " is not a literal string",
          true);
    }
    String key = parent.manifestKey.isEmpty() ? name : parent.manifestKey + "." + name;
    ModuleLoader.Resolution r = parent.ev.loader.resolve(parent.config.dir(), parent.rootDir, key, t.literalValue());
    if (r instanceof ModuleLoader.Resolution.Found f) {
      if (parent.depth + 1 > Evaluation.MAX_MODULE_DEPTH) {
        return new ModuleLoader.Resolution.Unavailable("modules are nested more than "
            + Evaluation.MAX_MODULE_DEPTH + " deep at " + address(), true);
      }
      for (ModuleInstance m = parent; m != null; m = m.parent) {
        if (m.config.dir().equals(f.dir())) {
          return new ModuleLoader.Resolution.Unavailable(address() + " calls a module that contains it"
              + " (infinite recursion)", true);
        }
      }
    }
    return r;
  }

  private Expansion expansion() {
    if (expansion == null) {
      expansion = new Expansion.Unknown("cycle: the count or for_each of " + address() + " depends on itself",
          block.headerRange());
      expansion = Expansion.of(block, Scope.of(parent), address(), parent.ev);
    }
    return expansion;
  }

  private String unavailable() {
    child();
    return resolution instanceof ModuleLoader.Resolution.Unavailable u ? u.reason() : null;
  }

  ModuleInstance instance(InstanceKey key) {
    return instances.computeIfAbsent(key, k -> {
      ModuleConfig config = child();
      Scope scope = Expansion.bind(Scope.of(parent), k, block.headerRange());
      Map<String, Supplier<Value>> inputs = new HashMap<>();
      for (Attribute a : block.body().attributes()) {
        if (META.contains(a.name())) {
          continue;
        }
        io.vnetlint.hcl.syntax.Block declaration = config.variables().get(a.name());
        if (declaration == null) {
          parent.ev.warn("terraform-eval-error", "unsupported argument: " + address() + " has no variable named \""
              + a.name() + "\"", a.nameRange());
          continue;
        }
        if (ModuleInstance.isSensitive(declaration)) {
          parent.ev.sensitive(a.expr().range());
        }
        Value[] cached = new Value[1];
        inputs.put(a.name(), () -> {
          if (cached[0] == null) {
            cached[0] = parent.ev.boundary(() -> parent.ev.expressions.eval(a.expr(), scope), a.expr().range());
          }
          return cached[0];
        });
      }
      String manifestKey = parent.manifestKey.isEmpty() ? name : parent.manifestKey + "." + name;
      return new ModuleInstance(parent.ev, config, parent.prefix() + "module." + name + k.suffix(), parent.rootDir,
          manifestKey, parent, inputs);
    });
  }

  @Override
  public Object attr(String attribute, SourceRange at) {
    String why = unavailable();
    if (why != null) {
      return new Value.Unknown(why, at);
    }
    Expansion e = expansion();
    if (e instanceof Expansion.Unknown u) {
      return new Value.Unknown(u.reason(), at);
    }
    if (e instanceof Expansion.Single) {
      return instance(InstanceKey.NONE).output(attribute, at);
    }
    return parent.ev.expressions.attr(value(at), attribute, at);
  }

  @Override
  public Object index(Value key, SourceRange at) {
    String why = unavailable();
    if (why != null) {
      return new Value.Unknown(why, at);
    }
    Expansion e = expansion();
    if (e instanceof Expansion.Unknown u) {
      return new Value.Unknown(u.reason(), at);
    }
    if (e instanceof Expansion.Single) {
      return parent.ev.expressions.indexValue(instance(InstanceKey.NONE).outputsObject(at), key, at);
    }
    return new Outputs(instance(e.select(key, address(), at)));
  }

  @Override
  public Value value(SourceRange at) {
    String why = unavailable();
    if (why != null) {
      return new Value.Unknown(why, at);
    }
    Expansion e = expansion();
    if (e instanceof Expansion.Unknown u) {
      return new Value.Unknown(u.reason(), at);
    }
    if (e instanceof Expansion.Single) {
      return instance(InstanceKey.NONE).outputsObject(at);
    }
    if (e instanceof Expansion.Counted c) {
      List<Value> items = new ArrayList<>();
      for (InstanceKey k : c.keys()) {
        items.add(instance(k).outputsObject(at));
      }
      return new Value.Arr(items, at);
    }
    List<Value.Member> members = new ArrayList<>();
    for (InstanceKey k : e.keys()) {
      members.add(new Value.Member(((InstanceKey.Key) k).key(), at, instance(k).outputsObject(at)));
    }
    return new Value.Obj(members, at);
  }

  @Override
  public Optional<List<Object>> elements(SourceRange at) {
    if (unavailable() != null || expansion() instanceof Expansion.Unknown) {
      return Optional.empty();
    }
    Expansion e = expansion();
    if (e instanceof Expansion.Counted c) {
      List<Object> out = new ArrayList<>();
      for (InstanceKey k : c.keys()) {
        out.add(new Outputs(instance(k)));
      }
      return Optional.of(out);
    }
    return Optional.of(List.of(value(at)));
  }

  @Override
  public Value unknownElements(SourceRange at) {
    String why = unavailable();
    return new Value.Unknown(why != null ? why : ((Expansion.Unknown) expansion()).reason(), at);
  }

  /** Evaluates every instance of the call (and what they call). */
  void evaluateAll() {
    String why = unavailable();
    if (why != null) {
      if (resolution instanceof ModuleLoader.Resolution.Unavailable u && u.warn()) {
        SourceRange at = block.body().attribute("source").map(a -> a.expr().range()).orElse(block.headerRange());
        parent.ev.warn("module-unavailable", why + "; its outputs are unknown and its resources are not analyzed",
            at);
      }
      return;
    }
    Expansion e = expansion();
    if (e instanceof Expansion.Unknown u) {
      parent.ev.warn("unknown-count", u.reason() + "; its resources are not analyzed", u.range());
      return;
    }
    for (InstanceKey k : e.keys()) {
      instance(k).evaluateAll();
    }
  }

  /** One module instance seen from its caller: its outputs. */
  private final class Outputs implements Node {
    private final ModuleInstance instance;

    Outputs(ModuleInstance instance) {
      this.instance = instance;
    }

    @Override
    public Object attr(String attribute, SourceRange at) {
      return instance.output(attribute, at);
    }

    @Override
    public Object index(Value key, SourceRange at) {
      return parent.ev.expressions.indexValue(instance.outputsObject(at), key, at);
    }

    @Override
    public Value value(SourceRange at) {
      return instance.outputsObject(at);
    }
  }

  /** The directory a call reads, when it resolves (for the front end's list of called modules). */
  Optional<Path> directory() {
    child();
    return resolution instanceof ModuleLoader.Resolution.Found f ? Optional.of(f.dir()) : Optional.empty();
  }
}
