package io.vnetlint.bicep.eval;

import io.vnetlint.bicep.syntax.Expr;
import io.vnetlint.bicep.syntax.Identifier;
import io.vnetlint.bicep.syntax.Statement;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bicep function calls: the {@code sys}/{@code az} functions go to the ARM implementations (with the file's
 * placement for {@code resourceId()} and {@code resourceGroup()}); Bicep-only functions ({@code parseCidr},
 * {@code cidrSubnet}, {@code cidrHost}, lambdas, user-defined {@code func}s) are evaluated here; functions that read
 * the environment, secrets or runtime state are unknown.
 */
final class Functions {
  private Functions() {}

  private static final Set<String> FILE_LOADERS =
      Set.of("loadtextcontent", "loadjsoncontent", "loadyamlcontent", "loadfileasbase64");

  static Value call(FileEvaluation file, Expr.FunctionCall c, Map<String, Value> locals) {
    SourceRange at = c.range();
    String namespace = c.namespace();
    String name = c.name().name();
    String lower = name.toLowerCase(Locale.ROOT);
    FileEvaluation.UserFunction user = c.target() == null ? file.function(null, name)
        : namespace != null && !"sys".equals(namespace) && !"az".equals(namespace)
            ? file.function(namespace, name) : null;
    if (user != null) {
      return userFunction(file, user, c, locals);
    }
    if (c.target() != null && !"sys".equals(namespace) && !"az".equals(namespace)) {
      // an instance function of a resource: kv.getSecret('x'), stg.listKeys()
      boolean secret = lower.equals("getsecret") || lower.startsWith("list");
      return new Value.Unknown(name + "() reads runtime state of a deployed resource", at, secret);
    }
    if (lower.equals("getsecret")) {
      return new Value.Unknown("getSecret() reads a Key Vault secret", at, true);
    }
    if (lower.equals("readenvironmentvariable")) {
      return new Value.Unknown("readEnvironmentVariable() depends on the build environment", at);
    }
    if (FILE_LOADERS.contains(lower)) {
      return new Value.Unknown(name + "() reads a file, which is not evaluated", at);
    }
    switch (lower) {
      case "map":
      case "filter":
      case "reduce":
      case "toobject":
        return lambdaCall(file, lower, c, locals);
      case "sort":
      case "groupby":
      case "mapvalues":
        return new Value.Unknown(name + "() is not evaluated", at);
      default:
        break;
    }
    List<Value> args = new ArrayList<>();
    for (Expr a : c.arguments()) {
      args.add(file.eval(a, locals));
    }
    switch (lower) {
      case "any":
        return args.size() == 1 ? args.get(0) : new Value.Unknown("any() takes one argument", at);
      case "parsecidr":
      case "cidrsubnet":
      case "cidrhost":
        return CidrFunctions.call(lower.equals("parsecidr") ? "parseCidr"
            : lower.equals("cidrsubnet") ? "cidrSubnet" : "cidrHost", args, at);
      case "resourcegroup":
      case "subscription": {
        if (args.isEmpty()) {
          return file.arm(name, args, at);
        }
        for (Value a : args) {
          if (!(a instanceof Value.Str)) {
            return FileEvaluation.unknownFrom(a, name + "() needs known names", at);
          }
        }
        FileEvaluation.Placement p = file.scopeOf(c, locals);
        return file.deployment().arm().call(lower.equals("subscription") ? "subscription" : "resourceGroup",
            List.of(), p.subscription(), p.resourceGroup(), file.facts(), at);
      }
      case "tenant":
      case "managementgroup":
        return new Value.Unknown(name + "() is known only at deployment", at);
      default:
        return file.arm(name, args, at);
    }
  }

  private static Value userFunction(FileEvaluation file, FileEvaluation.UserFunction user, Expr.FunctionCall c,
      Map<String, Value> locals) {
    Statement.FuncDecl f = user.declaration();
    if (f.parameters().size() != c.arguments().size()) {
      return new Value.Unknown(f.name().name() + "() expects " + f.parameters().size() + " arguments", c.range());
    }
    Map<String, Value> scope = new HashMap<>();
    for (int i = 0; i < f.parameters().size(); i++) {
      scope.put(f.parameters().get(i).name().name(), file.eval(c.arguments().get(i), locals));
    }
    return user.owner().eval(f.body(), scope);
  }

  private static Value lambdaCall(FileEvaluation file, String fn, Expr.FunctionCall c, Map<String, Value> locals) {
    SourceRange at = c.range();
    List<Expr> args = c.arguments();
    int lambdaIndex = fn.equals("reduce") ? 2 : 1;
    if (args.size() <= lambdaIndex || !(args.get(lambdaIndex) instanceof Expr.Lambda lambda)) {
      return new Value.Unknown(fn + "() needs a lambda argument", at);
    }
    Value source = file.eval(args.get(0), locals);
    if (!(source instanceof Value.Arr array)) {
      return FileEvaluation.unknownFrom(source, fn + "() needs an array", at);
    }
    List<Identifier> ps = lambda.parameters();
    switch (fn) {
      case "map": {
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
          out.add(file.eval(lambda.body(), bind(locals, ps, array.items().get(i), i, at)));
        }
        return new Value.Arr(out, at);
      }
      case "filter": {
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
          Value keep = file.eval(lambda.body(), bind(locals, ps, array.items().get(i), i, at));
          if (!(keep instanceof Value.Bool b)) {
            return FileEvaluation.unknownFrom(keep, "filter() predicate is " + keep.kind(), at);
          }
          if (b.value()) {
            out.add(array.items().get(i));
          }
        }
        return new Value.Arr(out, at);
      }
      case "reduce": {
        Value acc = file.eval(args.get(1), locals);
        for (int i = 0; i < array.items().size(); i++) {
          Map<String, Value> scope = new HashMap<>(locals);
          if (ps.size() > 0) {
            scope.put(ps.get(0).name(), acc);
          }
          if (ps.size() > 1) {
            scope.put(ps.get(1).name(), array.items().get(i));
          }
          if (ps.size() > 2) {
            scope.put(ps.get(2).name(), new Value.Num(java.math.BigDecimal.valueOf(i), at));
          }
          acc = file.eval(lambda.body(), scope);
        }
        return acc;
      }
      default: { // toObject(array, keyLambda, [valueLambda])
        Expr.Lambda valueLambda = args.size() > 2 && args.get(2) instanceof Expr.Lambda l ? l : null;
        List<Value.Member> members = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
          Value item = array.items().get(i);
          Value key = file.eval(lambda.body(), bind(locals, ps, item, i, at));
          if (!(key instanceof Value.Str k)) {
            return FileEvaluation.unknownFrom(key, "toObject() key is " + key.kind(), at);
          }
          Value value = valueLambda == null ? item
              : file.eval(valueLambda.body(), bind(locals, valueLambda.parameters(), item, i, at));
          members.removeIf(m -> m.key().equals(k.value()));
          members.add(new Value.Member(k.value(), at, value));
        }
        return new Value.Obj(members, at);
      }
    }
  }

  private static Map<String, Value> bind(Map<String, Value> locals, List<Identifier> ps, Value item, int i,
      SourceRange at) {
    Map<String, Value> scope = new HashMap<>(locals);
    if (ps.size() > 0) {
      scope.put(ps.get(0).name(), item);
    }
    if (ps.size() > 1) {
      scope.put(ps.get(1).name(), new Value.Num(java.math.BigDecimal.valueOf(i), at));
    }
    return scope;
  }
}
