package io.vnetlint.bicep.eval;

import io.vnetlint.bicep.syntax.Expr;
import io.vnetlint.bicep.syntax.Statement;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@code module} declaration and its instances. A local module file is evaluated once per instance with the
 * instance's params and scope, and its resources join the deployment; registry ({@code br:}) and template spec
 * ({@code ts:}) modules are opaque: their outputs are unknown.
 */
final class ModuleSymbol {
  /** One deployment of the module. */
  static final class Instance {
    private final FileEvaluation evaluation;
    private final Value name;
    private final String opaque;

    Instance(FileEvaluation evaluation, Value name, String opaque) {
      this.evaluation = evaluation;
      this.name = name;
      this.opaque = opaque;
    }

    Value output(String output, SourceRange at) {
      if (evaluation == null) {
        return new Value.Unknown(opaque, at);
      }
      return evaluation.output(output, at);
    }

    Value name() {
      return name;
    }
  }

  private final FileEvaluation file;
  private final Statement.ModuleDecl declaration;
  private List<Instance> instances;
  private boolean computing;

  ModuleSymbol(FileEvaluation file, Statement.ModuleDecl declaration) {
    this.file = file;
    this.declaration = declaration;
  }

  Statement.ModuleDecl declaration() {
    return declaration;
  }

  boolean looped() {
    return declaration.body() instanceof Expr.ForExpr;
  }

  private String describe() {
    return "module '" + declaration.name().name() + "'";
  }

  List<Instance> instances() {
    if (instances != null) {
      return instances;
    }
    if (computing) {
      return List.of();
    }
    computing = true;
    try {
      instances = compute();
      return instances;
    } finally {
      computing = false;
    }
  }

  private List<Instance> compute() {
    Expr body = declaration.body();
    List<Map<String, Value>> scopes;
    if (body instanceof Expr.ForExpr f) {
      Optional<List<Map<String, Value>>> it = file.iterations(f, Map.of());
      if (it.isEmpty()) {
        file.deployment().warn("loop-unknown", describe() + " is skipped: its loop collection or filter is not known",
            f.source().range());
        return List.of();
      }
      scopes = it.get();
      body = FileEvaluation.loopBody(f);
    } else {
      scopes = List.of(Map.of());
    }
    List<Instance> out = new ArrayList<>();
    for (Map<String, Value> locals : scopes) {
      Expr here = body;
      if (here instanceof Expr.IfExpr condition) {
        Value c = file.eval(condition.condition(), locals);
        if (!(c instanceof Value.Bool b)) {
          file.deployment().warn("condition-unknown", describe() + " is skipped: its condition cannot be evaluated",
              condition.condition().range());
          continue;
        }
        if (!b.value()) {
          continue;
        }
        here = condition.body();
      }
      if (here instanceof Expr.ObjectExpr object) {
        out.add(instance(object, locals));
      }
    }
    return out;
  }

  private Instance instance(Expr.ObjectExpr object, Map<String, Value> locals) {
    Expr.ObjectProperty nameProperty = ResourceSymbol.property(object, "name");
    Value name = nameProperty == null ? new Value.Unknown("the module deployment has no name", object.range())
        : file.eval(nameProperty.value(), locals);
    String path = declaration.path() instanceof Expr.StringExpr s ? s.literalValue() : null;
    if (path == null) {
      return new Instance(null, name, describe() + " has no literal path");
    }
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.startsWith("br:") || lower.startsWith("br/") || lower.startsWith("ts:") || lower.startsWith("ts/")) {
      file.deployment().warn("module-remote", "the registry or template spec " + describe() + " (" + path + ") is not read"
          + " (vnetlint never downloads modules); its outputs are unknown and its resources are not analyzed",
          declaration.path().range());
      return new Instance(null, name, "outputs of the registry or template spec " + describe() + " are not known");
    }
    if (lower.endsWith(".json")) {
      // an ARM template used as a module: the ARM front end reads it on its own; here its outputs are opaque
      return new Instance(null, name, "outputs of the ARM template " + describe() + " are not evaluated");
    }
    Optional<Path> target = file.deployment().files().resolve(file.file(), path);
    if (target.isEmpty()) {
      file.deployment().warn("module-outside-root", describe() + " is outside the scan root and is not analyzed",
          declaration.path().range());
      return new Instance(null, name, describe() + " is not analyzed");
    }
    if (file.depth() >= Deployment.MAX_MODULE_DEPTH) {
      file.deployment().warn("module-too-deep", describe() + " is nested too deeply and is not analyzed",
          declaration.path().range());
      return new Instance(null, name, describe() + " is not analyzed");
    }
    String display = io.vnetlint.model.ScanInput.display(target.get());
    if (file.inModuleChain(display)) {
      file.deployment().warn("module-cycle", describe() + " uses a file that is already being deployed (a cycle)",
          declaration.path().range());
      return new Instance(null, name, describe() + " is not analyzed");
    }
    if (!file.deployment().countModule()) {
      file.deployment().warn("module-limit", describe() + " is not analyzed: the deployment has more than "
          + Deployment.MAX_MODULE_INSTANCES + " module deployments", declaration.path().range());
      return new Instance(null, name, describe() + " is not analyzed");
    }
    ModuleFiles.Parsed parsed = file.deployment().files().read(target.get());
    if (!parsed.usable() || parsed.result().program().isParamsFile()) {
      file.deployment().warn("module-unreadable", describe() + " (" + path + ") cannot be read or has errors",
          declaration.path().range());
      return new Instance(null, name, describe() + " is not analyzed");
    }
    Map<String, Value> supplied = new TreeMap<>();
    Expr.ObjectProperty paramsProperty = ResourceSymbol.property(object, "params");
    if (paramsProperty != null) {
      Value params = file.eval(paramsProperty.value(), locals);
      if (params instanceof Value.Obj o) {
        for (Value.Member m : o.members()) {
          supplied.put(m.key(), m.value());
        }
      }
    }
    Expr.ObjectProperty scopeProperty = ResourceSymbol.property(object, "scope");
    FileEvaluation.Placement placement = scopeProperty == null ? file.placement()
        : file.scopeOf(scopeProperty.value(), locals);
    FileEvaluation child = new FileEvaluation(file.deployment(), parsed.display(), parsed.result().program(),
        supplied, placement, file.depth() + 1, file);
    child.run();
    return new Instance(child, name, null);
  }
}
