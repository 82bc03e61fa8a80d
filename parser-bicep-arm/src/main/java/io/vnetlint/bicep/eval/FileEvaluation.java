package io.vnetlint.bicep.eval;

import io.vnetlint.arm.expr.Conversions;
import io.vnetlint.arm.expr.RuntimeFacts;
import io.vnetlint.arm.mapper.NetworkMapper;
import io.vnetlint.arm.mapper.RawResource;
import io.vnetlint.bicep.syntax.Decorator;
import io.vnetlint.bicep.syntax.Expr;
import io.vnetlint.bicep.syntax.Identifier;
import io.vnetlint.bicep.syntax.Program;
import io.vnetlint.bicep.syntax.Statement;
import io.vnetlint.model.Deadline;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The evaluation of one Bicep file in one deployment: its parameters (supplied or default), variables (lazy, with
 * cycle detection), resources (loops, conditions, nested children, {@code parent:}) and modules, lowered to ARM
 * {@link RawResource}s. Unknown values stay unknown; a loop or condition that cannot be evaluated skips its
 * resource with a warning, never a guess.
 */
public final class FileEvaluation {
  static final Set<String> NOT_BODY_KEYS = Set.of("parent", "scope", "dependsOn");

  /** The subscription and resource group a file deploys to (null parts unknown). */
  public record Placement(String subscription, String resourceGroup) {
    public static final Placement UNKNOWN = new Placement(null, null);
  }

  private final Deployment deployment;
  private final String file;
  private final Program program;
  private final Map<String, Value> supplied;
  private final Placement placement;
  private final int depth;

  private final Map<String, Statement.ParamDecl> params = new LinkedHashMap<>();
  private final Map<String, Statement.VarDecl> vars = new LinkedHashMap<>();
  private final Map<String, Statement.FuncDecl> funcs = new HashMap<>();
  private final Map<String, Statement.OutputDecl> outputs = new LinkedHashMap<>();
  private final Map<String, ResourceSymbol> resources = new LinkedHashMap<>();
  private final Map<String, ModuleSymbol> modules = new LinkedHashMap<>();
  private final Map<String, Value> values = new HashMap<>();
  /** {@code import {a, b as c} from 'x.bicep'}: local name to (file path, exported name). */
  private final Map<String, String[]> imported = new HashMap<>();
  /** {@code import * as ns from 'x.bicep'}: alias to file path. */
  private final Map<String, String> namespaces = new HashMap<>();
  private final Map<String, Optional<FileEvaluation>> importedFiles = new HashMap<>();
  private final Set<String> evaluating = new HashSet<>();

  private final FileEvaluation caller;

  public FileEvaluation(Deployment deployment, String file, Program program, Map<String, Value> supplied,
      Placement placement, int depth) {
    this(deployment, file, program, supplied, placement, depth, null);
  }

  FileEvaluation(Deployment deployment, String file, Program program, Map<String, Value> supplied,
      Placement placement, int depth, FileEvaluation caller) {
    this.caller = caller;
    this.deployment = deployment;
    this.file = file;
    this.program = program;
    this.supplied = supplied;
    this.placement = placement;
    this.depth = depth;
    for (Statement s : program.statements()) {
      if (s instanceof Statement.ParamDecl p) {
        params.put(p.name().name(), p);
      } else if (s instanceof Statement.VarDecl v) {
        vars.put(v.name().name(), v);
      } else if (s instanceof Statement.FuncDecl f) {
        funcs.put(f.name().name(), f);
      } else if (s instanceof Statement.OutputDecl o) {
        outputs.put(o.name().name(), o);
      } else if (s instanceof Statement.ResourceDecl r) {
        resources.put(r.name().name(), new ResourceSymbol(this, r, null));
      } else if (s instanceof Statement.ModuleDecl m) {
        modules.put(m.name().name(), new ModuleSymbol(this, m));
      } else if (s instanceof Statement.ImportDecl i && i.from() instanceof Expr.StringExpr from
          && from.literalValue() != null) {
        if (i.wildcardAlias() != null) {
          namespaces.put(i.wildcardAlias().name(), from.literalValue());
        }
        for (Statement.ImportedSymbol symbol : i.symbols()) {
          String exported = symbol.name().literalName();
          if (exported != null) {
            String local = symbol.alias() != null ? symbol.alias().name() : exported;
            imported.put(local, new String[] {from.literalValue(), exported});
          }
        }
      }
    }
  }

  Deployment deployment() {
    return deployment;
  }

  String file() {
    return file;
  }

  Placement placement() {
    return placement;
  }

  int depth() {
    return depth;
  }

  /** Whether {@code path} is this file or one of the files that use it as a module (a module cycle). */
  boolean inModuleChain(String path) {
    for (FileEvaluation f = this; f != null; f = f.caller) {
      if (f.file.equals(path)) {
        return true;
      }
    }
    return false;
  }

  RuntimeFacts facts() {
    return deployment.facts();
  }

  /** Declares every resource and module of the file (and of its modules) into the deployment. */
  public void run() {
    for (Statement.ParamDecl p : params.values()) {
      if (isSecure(p)) {
        if (p.defaultValue() != null) {
          deployment.sensitive(p.defaultValue().range());
        }
        Value given = supplied.get(p.name().name());
        if (given != null) {
          deployment.sensitive(given.range());
          facts().origin(given).ifPresent(deployment::sensitive);
        }
      }
    }
    for (ResourceSymbol r : resources.values()) {
      declare(r);
    }
    for (ModuleSymbol m : modules.values()) {
      m.instances();
    }
  }

  private void declare(ResourceSymbol r) {
    if (!r.declaration().existing()) {
      for (ResourceSymbol.Instance instance : r.instances()) {
        if (NetworkMapper.handles(r.type())) {
          Value.Obj body = r.body(instance);
          ResourceId id = instance.id();
          deployment.add(new RawResource(r.type(), instance.names(), instance.namesKnown(), instance.nameRange(),
              body, deployment.origin(), id.subscription(), id.resourceGroup()));
        }
      }
    }
    for (ResourceSymbol child : r.children().values()) {
      declare(child);
    }
  }

  /** The values of the outputs (for the module that uses this file). */
  Value output(String name, SourceRange at) {
    Statement.OutputDecl o = outputs.get(name);
    if (o == null) {
      return new Value.Unknown("the module has no output '" + name + "'", at);
    }
    return guarded("output " + name, () -> eval(o.value(), Map.of()), at);
  }

  static boolean isSecure(Statement s) {
    for (Decorator d : s.decorators()) {
      if (d.name().equals("secure")) {
        return true;
      }
    }
    return false;
  }

  // ---- symbols ----

  private Value guarded(String key, java.util.function.Supplier<Value> compute, SourceRange at) {
    Value known = values.get(key);
    if (known != null) {
      return known;
    }
    if (!evaluating.add(key)) {
      return new Value.Unknown(key + " depends on itself", at);
    }
    try {
      Value v = compute.get();
      values.put(key, v);
      return v;
    } finally {
      evaluating.remove(key);
    }
  }

  Value parameter(Statement.ParamDecl p) {
    String name = p.name().name();
    return guarded("param " + name, () -> {
      Value v = supplied.get(name);
      if (v == null && p.defaultValue() != null) {
        facts().literalSites().add(p.defaultValue().range(),
            io.vnetlint.model.Secret.Literal.Kind.PARAMETER_DEFAULT, name, isSecure(p));
        v = eval(p.defaultValue(), Map.of());
      }
      if (v == null) {
        v = new Value.Unknown("parameter '" + name + "' has no value", p.name().range());
      }
      return isSecure(p) ? facts().sensitive(v) : v;
    }, p.name().range());
  }

  Value variable(Statement.VarDecl v) {
    return guarded("var " + v.name().name(), () -> eval(v.value(), Map.of()), v.name().range());
  }

  ResourceSymbol resource(String name) {
    return resources.get(name);
  }

  /** A resource symbol visible by name, nested ones included (Bicep allows them inside their parent). */
  private ResourceSymbol findResource(String name) {
    ResourceSymbol top = resources.get(name);
    if (top != null) {
      return top;
    }
    for (ResourceSymbol r : resources.values()) {
      ResourceSymbol found = r.findNested(name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  // ---- expressions ----

  /**
   * Evaluation depth (nested operands, variables defined by variables) beyond which an expression is not evaluated:
   * the parser bounds nesting, but a chain of 10^5 binary operators parses flat and evaluates deep.
   */
  static final int MAX_EVAL_DEPTH = 400;

  private int evalDepth;
  private boolean evalDepthReported;

  Value eval(Expr e, Map<String, Value> locals) {
    SourceRange at = e.range();
    Deadline.check(at);
    if (evalDepth >= MAX_EVAL_DEPTH) {
      String message = "the expression is nested more than " + MAX_EVAL_DEPTH + " levels deep to evaluate";
      if (!evalDepthReported) {
        evalDepthReported = true;
        deployment.error(io.vnetlint.model.Diagnostic.error("limit-exceeded", message, at));
      }
      return new Value.Unknown(message, at);
    }
    evalDepth++;
    try {
      return evalUnbounded(e, locals);
    } finally {
      evalDepth--;
    }
  }

  private Value evalUnbounded(Expr e, Map<String, Value> locals) {
    SourceRange at = e.range();
    if (e instanceof Expr.StringExpr s) {
      return string(s, locals);
    }
    if (e instanceof Expr.IntLiteral i) {
      return new Value.Num(BigDecimal.valueOf(i.value()), at);
    }
    if (e instanceof Expr.BoolLiteral b) {
      return new Value.Bool(b.value(), at);
    }
    if (e instanceof Expr.NullLiteral) {
      return new Value.Null(at);
    }
    if (e instanceof Expr.Paren p) {
      return eval(p.expression(), locals);
    }
    if (e instanceof Expr.NonNullAssert n) {
      return eval(n.expression(), locals);
    }
    if (e instanceof Expr.VariableRef v) {
      return variableRef(v.name(), locals, at);
    }
    if (e instanceof Expr.ObjectExpr o) {
      return object(o, locals);
    }
    if (e instanceof Expr.ArrayExpr a) {
      List<Value> items = new ArrayList<>();
      for (Expr item : a.items()) {
        if (item instanceof Expr.Spread s) {
          Value spread = eval(s.expression(), locals);
          if (!(spread instanceof Value.Arr arr)) {
            return unknownFrom(spread, "a spread of " + spread.kind(), at);
          }
          items.addAll(arr.items());
        } else {
          items.add(eval(item, locals));
        }
      }
      return new Value.Arr(items, at);
    }
    if (e instanceof Expr.ForExpr f) {
      Optional<List<Map<String, Value>>> iterations = iterations(f, locals);
      if (iterations.isEmpty()) {
        return unknownFrom(eval(f.source(), locals), "the loop's collection is not known", at);
      }
      List<Value> items = new ArrayList<>();
      for (Map<String, Value> scope : iterations.get()) {
        items.add(eval(loopBody(f), scope));
      }
      return new Value.Arr(items, at);
    }
    if (e instanceof Expr.IfExpr i) {
      // only valid as a resource/module body or loop filter; anywhere else, honour the condition
      Value c = eval(i.condition(), locals);
      if (c instanceof Value.Bool b && b.value()) {
        return eval(i.body(), locals);
      }
      return unknownFrom(c, "a conditional value", at);
    }
    if (e instanceof Expr.Ternary t) {
      Value c = eval(t.condition(), locals);
      if (c instanceof Value.Bool b) {
        return eval(b.value() ? t.whenTrue() : t.whenFalse(), locals);
      }
      return unknownFrom(c, "the condition is " + c.kind(), at);
    }
    if (e instanceof Expr.Binary b) {
      return binary(b, locals);
    }
    if (e instanceof Expr.Unary u) {
      Value v = eval(u.operand(), locals);
      if (u.operator() == io.vnetlint.bicep.syntax.UnaryOperator.NOT) {
        return arm("not", List.of(v), at);
      }
      if (v instanceof Value.Num n) {
        return new Value.Num(n.value().negate(), at, n.sensitive());
      }
      return unknownFrom(v, "cannot negate " + v.kind(), at);
    }
    if (e instanceof Expr.PropertyAccess || e instanceof Expr.IndexAccess || e instanceof Expr.ResourceAccess) {
      return access(e, locals);
    }
    if (e instanceof Expr.FunctionCall c) {
      return Functions.call(this, c, locals);
    }
    if (e instanceof Expr.Lambda) {
      return new Value.Unknown("a lambda is only evaluated as a function argument", at);
    }
    if (e instanceof Expr.Spread s) {
      return eval(s.expression(), locals);
    }
    return new Value.Unknown("an invalid expression", at);
  }

  /** Evaluates an expression of this file at top level (a params file's assignment). */
  public Value evaluate(Expr e) {
    return eval(e, Map.of());
  }

  Value arm(String function, List<Value> args, SourceRange at) {
    return deployment.arm().call(function, args, placement.subscription(), placement.resourceGroup(), facts(), at);
  }

  static Value unknownFrom(Value v, String reason, SourceRange at) {
    if (v instanceof Value.Unknown u) {
      return new Value.Unknown(u.reason(), at, u.sensitive());
    }
    return new Value.Unknown(reason, at, v.sensitive());
  }

  /**
   * An interpolated string is compiled to {@code format('a{0}b', x)}; evaluating that ARM call keeps ARM's
   * semantics, e.g. {@code '${vnet.id}/subnets/app'} is a reference to the subnet.
   */
  private Value string(Expr.StringExpr s, Map<String, Value> locals) {
    if (s.isLiteral()) {
      return new Value.Str(s.literalValue(), s.range());
    }
    StringBuilder format = new StringBuilder(escapeBraces(s.segments().get(0)));
    List<Value> args = new ArrayList<>();
    args.add(null);
    for (int i = 0; i < s.expressions().size(); i++) {
      args.add(eval(s.expressions().get(i), locals));
      format.append('{').append(i).append('}').append(escapeBraces(s.segments().get(i + 1)));
    }
    args.set(0, new Value.Str(format.toString(), s.range()));
    return arm("format", args, s.range());
  }

  private static String escapeBraces(String literal) {
    return literal.replace("{", "{{").replace("}", "}}");
  }

  private Value object(Expr.ObjectExpr o, Map<String, Value> locals) {
    List<Value.Member> members = new ArrayList<>();
    for (Expr.ObjectItem item : o.items()) {
      if (item instanceof Expr.ObjectProperty p) {
        String key = p.key().literalName();
        if (key == null && p.key() instanceof Expr.StringExpr ks) {
          Value k = string(ks, locals);
          if (!(k instanceof Value.Str str)) {
            return unknownFrom(k, "an object key is not known", o.range());
          }
          key = str.value();
        }
        if (key == null) {
          continue;
        }
        members.add(new Value.Member(key, p.key().range(), eval(p.value(), locals)));
      } else if (item instanceof Expr.Spread s) {
        Value spread = eval(s.expression(), locals);
        if (!(spread instanceof Value.Obj obj)) {
          return unknownFrom(spread, "a spread of " + spread.kind(), o.range());
        }
        for (Value.Member m : obj.members()) {
          members.removeIf(x -> x.key().equals(m.key()));
          members.add(m);
        }
      }
    }
    return new Value.Obj(members, o.range());
  }

  private Value binary(Expr.Binary b, Map<String, Value> locals) {
    SourceRange at = b.range();
    Value left = eval(b.left(), locals);
    switch (b.operator()) {
      case COALESCE:
        if (left instanceof Value.Null) {
          return eval(b.right(), locals);
        }
        return left instanceof Value.Unknown ? unknownFrom(left, "", at) : left;
      case AND:
        if (left instanceof Value.Bool lb && !lb.value()) {
          return new Value.Bool(false, at);
        }
        return arm("and", List.of(left, eval(b.right(), locals)), at);
      case OR:
        if (left instanceof Value.Bool lb && lb.value()) {
          return new Value.Bool(true, at);
        }
        return arm("or", List.of(left, eval(b.right(), locals)), at);
      default:
        break;
    }
    Value right = eval(b.right(), locals);
    switch (b.operator()) {
      case EQUALS:
        return arm("equals", List.of(left, right), at);
      case NOT_EQUALS:
        return arm("not", List.of(arm("equals", List.of(left, right), at)), at);
      case EQUALS_INSENSITIVE:
      case NOT_EQUALS_INSENSITIVE: {
        if (left instanceof Value.Str l && right instanceof Value.Str r) {
          boolean eq = l.value().equalsIgnoreCase(r.value());
          return new Value.Bool(b.operator() == io.vnetlint.bicep.syntax.BinaryOperator.EQUALS_INSENSITIVE == eq,
              at, l.sensitive() || r.sensitive());
        }
        return unknownFrom(left instanceof Value.Unknown ? left : right, "=~ compares strings", at);
      }
      case LESS_THAN:
        return arm("less", List.of(left, right), at);
      case LESS_THAN_OR_EQUAL:
        return arm("lessOrEquals", List.of(left, right), at);
      case GREATER_THAN:
        return arm("greater", List.of(left, right), at);
      case GREATER_THAN_OR_EQUAL:
        return arm("greaterOrEquals", List.of(left, right), at);
      case ADD:
        return arm("add", List.of(left, right), at);
      case SUBTRACT:
        return arm("sub", List.of(left, right), at);
      case MULTIPLY:
        return arm("mul", List.of(left, right), at);
      case DIVIDE:
        return arm("div", List.of(left, right), at);
      case MODULO:
        return arm("mod", List.of(left, right), at);
      default:
        return new Value.Unknown("operator " + b.operator().text() + " is not evaluated", at);
    }
  }

  private Value variableRef(Identifier id, Map<String, Value> locals, SourceRange at) {
    String name = id.name();
    Value local = locals.get(name);
    if (local != null) {
      return local;
    }
    Statement.ParamDecl p = params.get(name);
    if (p != null) {
      return facts().moved(parameter(p), at);
    }
    Statement.VarDecl v = vars.get(name);
    if (v != null) {
      return facts().moved(variable(v), at);
    }
    ResourceSymbol r = findResource(name);
    if (r != null) {
      return r.asValue(at);
    }
    ModuleSymbol m = modules.get(name);
    if (m != null) {
      return new Value.Unknown("module '" + name + "' used as a value", at);
    }
    String[] source = imported.get(name);
    if (source != null) {
      return importedValue(source[0], source[1], at);
    }
    return new Value.Unknown("'" + name + "' is not a value the scan knows", at);
  }

  /** The loop scopes of {@code [for ...]}, filtered; empty when the collection or a filter is not known. */
  Optional<List<Map<String, Value>>> iterations(Expr.ForExpr f, Map<String, Value> locals) {
    Value source = eval(f.source(), locals);
    List<Value> items;
    if (source instanceof Value.Arr a) {
      items = a.items();
    } else {
      return Optional.empty();
    }
    if (items.size() > Deployment.MAX_LOOP || !deployment.countIterations(items.size(), f.range())) {
      return Optional.empty();
    }
    List<Map<String, Value>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Map<String, Value> scope = new HashMap<>(locals);
      if (f.item() != null && !f.item().isMissing()) {
        scope.put(f.item().name(), items.get(i));
      }
      if (f.index() != null && !f.index().isMissing()) {
        scope.put(f.index().name(), new Value.Num(BigDecimal.valueOf(i), f.index().range()));
      }
      if (f.body() instanceof Expr.IfExpr filter) {
        Value c = eval(filter.condition(), scope);
        if (!(c instanceof Value.Bool b)) {
          return Optional.empty();
        }
        if (!b.value()) {
          continue;
        }
      }
      out.add(Map.copyOf(scope));
    }
    return Optional.of(out);
  }

  static Expr loopBody(Expr.ForExpr f) {
    return f.body() instanceof Expr.IfExpr filter ? filter.body() : f.body();
  }

  // ---- member access: resources, modules, values ----

  private Value access(Expr e, Map<String, Value> locals) {
    // resolve a chain that starts at a resource or module symbol
    List<Expr> chain = new ArrayList<>();
    Expr base = e;
    while (true) {
      chain.add(0, base);
      if (base instanceof Expr.PropertyAccess p) {
        base = p.base();
      } else if (base instanceof Expr.IndexAccess i) {
        base = i.base();
      } else if (base instanceof Expr.ResourceAccess r) {
        base = r.base();
      } else if (base instanceof Expr.Paren p) {
        base = p.expression();
      } else if (base instanceof Expr.NonNullAssert n) {
        base = n.expression();
      } else {
        break;
      }
    }
    if (base instanceof Expr.VariableRef v && !locals.containsKey(v.name().name())
        && !params.containsKey(v.name().name()) && !vars.containsKey(v.name().name())) {
      ResourceSymbol r = findResource(v.name().name());
      if (r != null) {
        return resourceChain(r, chain.subList(1, chain.size()), locals, e.range());
      }
      ModuleSymbol m = modules.get(v.name().name());
      if (m != null) {
        return moduleChain(m, chain.subList(1, chain.size()), locals, e.range());
      }
      String namespace = namespaces.get(v.name().name());
      if (namespace != null && chain.size() > 1 && chain.get(1) instanceof Expr.PropertyAccess first) {
        Value value = importedValue(namespace, first.property().name(), first.range());
        for (Expr next : chain.subList(2, chain.size())) {
          if (next instanceof Expr.PropertyAccess p) {
            value = property(value, p.property().name(), p.safe(), next.range());
          } else if (next instanceof Expr.IndexAccess ix) {
            value = index(value, eval(ix.index(), locals), ix.safe(), ix.fromEnd(), next.range());
          }
        }
        return value;
      }
    }
    return valueAccess(e, locals);
  }

  private Value valueAccess(Expr e, Map<String, Value> locals) {
    SourceRange at = e.range();
    if (e instanceof Expr.PropertyAccess p) {
      return property(eval(p.base(), locals), p.property().name(), p.safe(), at);
    }
    if (e instanceof Expr.IndexAccess ix) {
      Value target = eval(ix.base(), locals);
      Value index = eval(ix.index(), locals);
      return index(target, index, ix.safe(), ix.fromEnd(), at);
    }
    return new Value.Unknown("'::' applies to resources only", at);
  }

  Value property(Value target, String name, boolean safe, SourceRange at) {
    if (target instanceof Value.Obj o) {
      Value v = o.get(name);
      if (v == null) {
        return safe ? new Value.Null(at) : new Value.Unknown("the object has no property '" + name + "'", at,
            o.sensitive());
      }
      return o.sensitive() ? facts().sensitive(v) : v;
    }
    if (target instanceof Value.Null && safe) {
      return new Value.Null(at);
    }
    if (target instanceof Value.Unknown u) {
      Value.Unknown next = new Value.Unknown(u.reason(), at, u.sensitive());
      Optional<RuntimeFacts.Fact> fact = facts().factOf(u);
      if (fact.isPresent() && fact.get() instanceof RuntimeFacts.RuntimeProperty rp) {
        List<String> path = new ArrayList<>(rp.path());
        path.add(name);
        facts().record(next, new RuntimeFacts.RuntimeProperty(rp.target(), path, rp.full()));
      }
      return next;
    }
    return new Value.Unknown("cannot read property '" + name + "' of " + target.kind(), at, target.sensitive());
  }

  Value index(Value target, Value index, boolean safe, boolean fromEnd, SourceRange at) {
    boolean sensitive = target.sensitive() || index.sensitive();
    if (target instanceof Value.Unknown || index instanceof Value.Unknown) {
      return unknownFrom(target instanceof Value.Unknown ? target : index, "", at);
    }
    if (target instanceof Value.Arr a) {
      Optional<Integer> i = Conversions.smallInt(index);
      if (i.isEmpty()) {
        return new Value.Unknown("an array index must be an integer, got " + index.kind(), at, sensitive);
      }
      int n = fromEnd ? a.items().size() - i.get() : i.get();
      if (n < 0 || n >= a.items().size()) {
        return safe ? new Value.Null(at) : new Value.Unknown("index " + i.get() + " is outside an array of "
            + a.items().size(), at, sensitive);
      }
      Value v = a.items().get(n);
      return sensitive ? facts().sensitive(v) : v;
    }
    if (target instanceof Value.Obj o && index instanceof Value.Str key) {
      return property(o, key.value(), safe, at);
    }
    if (target instanceof Value.Null && safe) {
      return new Value.Null(at);
    }
    return new Value.Unknown("cannot index " + target.kind() + " with " + index.kind(), at, sensitive);
  }

  private Value resourceChain(ResourceSymbol r, List<Expr> rest, Map<String, Value> locals, SourceRange at) {
    ResourceSymbol.Instance instance = null;
    int i = 0;
    if (r.looped()) {
      if (rest.isEmpty() || !(rest.get(0) instanceof Expr.IndexAccess ix)) {
        return rest.isEmpty() ? r.asValue(at) : new Value.Unknown("a resource collection needs an index", at);
      }
      Value index = eval(ix.index(), locals);
      Optional<Integer> n = Conversions.smallInt(index);
      List<ResourceSymbol.Instance> all = r.instances();
      if (n.isEmpty() || n.get() < 0 || n.get() >= all.size()) {
        return unknownFrom(index, "the resource collection index is not known", at);
      }
      instance = all.get(n.get());
      i = 1;
    } else {
      List<ResourceSymbol.Instance> all = r.instancesOrReference();
      instance = all.isEmpty() ? null : all.get(0);
    }
    if (instance == null) {
      return new Value.Unknown("resource '" + r.declaration().name().name() + "' is not deployed", at);
    }
    // parent::child
    while (i < rest.size() && rest.get(i) instanceof Expr.ResourceAccess ra) {
      ResourceSymbol child = r.children().get(ra.child().name());
      if (child == null) {
        return new Value.Unknown("resource has no child '" + ra.child().name() + "'", at);
      }
      r = child;
      List<ResourceSymbol.Instance> ofParent = child.instancesOf(instance);
      if (ofParent.isEmpty()) {
        return new Value.Unknown("resource '" + ra.child().name() + "' is not deployed", at);
      }
      instance = ofParent.get(0);
      i++;
    }
    if (i == rest.size()) {
      return r.refOf(instance, at);
    }
    Expr step = rest.get(i);
    String member = memberName(step, locals);
    if (member == null) {
      return new Value.Unknown("a computed member of a resource is not evaluated", at);
    }
    Value v = r.member(instance, member, step.range());
    List<String> path = member.equals("properties") && !r.declaration().existing() ? new ArrayList<>() : null;
    for (int k = i + 1; k < rest.size(); k++) {
      Expr next = rest.get(k);
      if (next instanceof Expr.PropertyAccess p) {
        if (path != null && v instanceof Value.Obj o && o.get(p.property().name()) == null && !p.safe()) {
          path.add(p.property().name());
          v = r.runtimeMiss(instance, path, next.range());
          path = null;
          continue;
        }
        if (path != null) {
          path.add(p.property().name());
        }
        v = property(v, p.property().name(), p.safe(), next.range());
      } else if (next instanceof Expr.IndexAccess ix) {
        path = null;
        v = index(v, eval(ix.index(), locals), ix.safe(), ix.fromEnd(), next.range());
      } else {
        return new Value.Unknown("'::' after a property", at);
      }
    }
    return facts().moved(v, at);
  }

  private Value moduleChain(ModuleSymbol m, List<Expr> rest, Map<String, Value> locals, SourceRange at) {
    List<ModuleSymbol.Instance> all = m.instances();
    int i = 0;
    ModuleSymbol.Instance instance;
    if (m.looped()) {
      if (rest.isEmpty() || !(rest.get(0) instanceof Expr.IndexAccess ix)) {
        return new Value.Unknown("a module collection needs an index", at);
      }
      Optional<Integer> n = Conversions.smallInt(eval(ix.index(), locals));
      if (n.isEmpty() || n.get() < 0 || n.get() >= all.size()) {
        return new Value.Unknown("the module collection index is not known", at);
      }
      instance = all.get(n.get());
      i = 1;
    } else {
      if (all.isEmpty()) {
        return new Value.Unknown("module '" + m.declaration().name().name() + "' is not deployed", at);
      }
      instance = all.get(0);
    }
    if (i >= rest.size()) {
      return new Value.Unknown("a module used as a value", at);
    }
    String member = memberName(rest.get(i), locals);
    Value v;
    if ("outputs".equals(member) && i + 1 < rest.size()) {
      String output = memberName(rest.get(i + 1), locals);
      v = output == null ? new Value.Unknown("a computed module output", at) : instance.output(output, at);
      i += 2;
    } else if ("name".equals(member)) {
      v = instance.name();
      i += 1;
    } else {
      return new Value.Unknown("module member '" + member + "' is not evaluated", at);
    }
    for (int k = i; k < rest.size(); k++) {
      Expr next = rest.get(k);
      if (next instanceof Expr.PropertyAccess p) {
        v = property(v, p.property().name(), p.safe(), next.range());
      } else if (next instanceof Expr.IndexAccess ix) {
        v = index(v, eval(ix.index(), locals), ix.safe(), ix.fromEnd(), next.range());
      }
    }
    return facts().moved(v, at);
  }

  private String memberName(Expr step, Map<String, Value> locals) {
    if (step instanceof Expr.PropertyAccess p) {
      return p.property().name();
    }
    if (step instanceof Expr.IndexAccess ix && eval(ix.index(), locals) instanceof Value.Str s) {
      return s.value();
    }
    return null;
  }

  // ---- scopes ----

  /** The placement a {@code scope:} expression names ({@code resourceGroup('rg')}, {@code subscription('id')}). */
  Placement scopeOf(Expr scope, Map<String, Value> locals) {
    if (scope instanceof Expr.VariableRef || scope instanceof Expr.IndexAccess) {
      ResourceSymbol.Instance group = parentInstance(scope, locals);
      Expr base = scope instanceof Expr.IndexAccess ix ? ix.base() : scope;
      ResourceSymbol symbol = base instanceof Expr.VariableRef v ? findResource(v.name().name()) : null;
      if (group != null && symbol != null && symbol.type().equalsIgnoreCase("Microsoft.Resources/resourceGroups")) {
        return new Placement(placement.subscription(), group.namesKnown() ? group.names().get(0) : null);
      }
      return Placement.UNKNOWN;
    }
    if (scope instanceof Expr.FunctionCall c) {
      String fn = c.name().name().toLowerCase(Locale.ROOT);
      List<Value> args = new ArrayList<>();
      for (Expr a : c.arguments()) {
        args.add(eval(a, locals));
      }
      if (fn.equals("resourcegroup")) {
        if (args.isEmpty()) {
          return placement;
        }
        if (args.size() == 1) {
          return new Placement(placement.subscription(), text(args.get(0)));
        }
        return new Placement(text(args.get(0)), text(args.get(1)));
      }
      if (fn.equals("subscription")) {
        return new Placement(args.isEmpty() ? placement.subscription() : text(args.get(0)), null);
      }
    }
    return Placement.UNKNOWN;
  }

  private static String text(Value v) {
    return v instanceof Value.Str s && !s.value().isBlank() ? s.value() : null;
  }

  /** The instance a {@code parent:} expression names: {@code vnet} or {@code vnets[i]}; null when unknown. */
  ResourceSymbol.Instance parentInstance(Expr e, Map<String, Value> locals) {
    if (e instanceof Expr.VariableRef v) {
      ResourceSymbol r = findResource(v.name().name());
      if (r != null && !r.looped()) {
        List<ResourceSymbol.Instance> all = r.instances();
        return all.isEmpty() ? null : all.get(0);
      }
    }
    if (e instanceof Expr.IndexAccess ix && ix.base() instanceof Expr.VariableRef v) {
      ResourceSymbol r = findResource(v.name().name());
      Optional<Integer> n = Conversions.smallInt(eval(ix.index(), locals));
      if (r != null && n.isPresent()) {
        List<ResourceSymbol.Instance> all = r.instances();
        return n.get() >= 0 && n.get() < all.size() ? all.get(n.get()) : null;
      }
    }
    return null;
  }

  /** A user-defined function and the file whose symbols its body sees. */
  record UserFunction(FileEvaluation owner, Statement.FuncDecl declaration) {}

  /** The function {@code name} (or {@code namespace.name} of a wildcard import) this file can call, or null. */
  UserFunction function(String namespace, String name) {
    if (namespace == null) {
      Statement.FuncDecl own = funcs.get(name);
      if (own != null) {
        return new UserFunction(this, own);
      }
      String[] source = imported.get(name);
      if (source == null) {
        return null;
      }
      return importedFile(source[0]).map(f -> f.function(null, source[1])).orElse(null);
    }
    String path = namespaces.get(namespace);
    return path == null ? null : importedFile(path).map(f -> f.function(null, name)).orElse(null);
  }

  /** An exported variable of a compile-time imported Bicep file; unknown for other sources. */
  private Value importedValue(String path, String name, SourceRange at) {
    Optional<FileEvaluation> source = importedFile(path);
    if (source.isEmpty()) {
      return new Value.Unknown("'" + name + "' is imported from '" + path + "', which is not evaluated", at);
    }
    Statement.VarDecl v = source.get().vars.get(name);
    if (v == null) {
      return new Value.Unknown("'" + path + "' has no variable '" + name + "'", at);
    }
    return facts().moved(source.get().variable(v), at);
  }

  private Optional<FileEvaluation> importedFile(String path) {
    return importedFiles.computeIfAbsent(path, p -> {
      String lower = p.toLowerCase(Locale.ROOT);
      if (!lower.endsWith(".bicep") || depth >= Deployment.MAX_MODULE_DEPTH) {
        return Optional.empty();
      }
      Optional<java.nio.file.Path> target = deployment.files().resolve(file, p);
      if (target.isEmpty()) {
        return Optional.empty();
      }
      String display = io.vnetlint.model.ScanInput.display(target.get());
      if (inModuleChain(display)) {
        return Optional.empty();
      }
      ModuleFiles.Parsed parsed = deployment.files().read(target.get());
      if (!parsed.usable() || parsed.result().program().isParamsFile()) {
        return Optional.empty();
      }
      return Optional.of(new FileEvaluation(deployment, display, parsed.result().program(), Map.of(), placement,
          depth + 1, this));
    });
  }

  static List<String> splitName(String name) {
    return Arrays.asList(name.split("/", -1));
  }
}
