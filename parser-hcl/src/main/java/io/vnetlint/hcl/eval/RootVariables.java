package io.vnetlint.hcl.eval;

import io.vnetlint.hcl.syntax.Attribute;
import io.vnetlint.hcl.syntax.Block;
import io.vnetlint.hcl.syntax.HclExpressionResult;
import io.vnetlint.hcl.syntax.HclParser;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The values of a root module's input variables, with Terraform's precedence (later wins): the default, then
 * {@code TF_VAR_name} environment variables, {@code terraform.tfvars}, {@code terraform.tfvars.json},
 * {@code *.auto.tfvars} in lexical order, {@code --var-file} files in order, and {@code --var name=value} last.
 *
 * <p>Strings from the environment and {@code --var} are taken literally for variables of a primitive type or
 * without a type, and parsed as HCL for structured types, as Terraform does.
 */
final class RootVariables {
  private final Evaluation ev;
  private final ModuleConfig root;
  private final List<VariableFiles.Source> files = new ArrayList<>();

  RootVariables(Evaluation ev, ModuleConfig root, List<VariableFiles.Source> autoLoaded) {
    this.ev = ev;
    this.root = root;
    files.addAll(autoLoaded);
    for (Path p : ev.inputs.varFiles()) {
      varFile(p).ifPresent(files::add);
    }
  }

  private Optional<VariableFiles.Source> varFile(Path relative) {
    SourceFiles sources = ev.loader.files();
    Path file = sources.root().resolve(relative).normalize();
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      if (!sources.insideRoot(file)) {
        ev.diagnostic(Diagnostic.error("outside-root", "variable file is outside the scan root",
            io.vnetlint.model.SourceRange.fileStart(sources.display(file))));
        return Optional.empty();
      }
      try {
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        List<Diagnostic> problems = new ArrayList<>();
        Optional<VariableFiles.Source> json = VariableFiles.json(
            io.vnetlint.model.json.SourceDecoder.decode(sources.display(file), bytes), problems);
        problems.forEach(ev::diagnostic);
        sources.filesRead().add(sources.display(file));
        return json;
      } catch (java.io.IOException | io.vnetlint.model.json.JsonSyntaxException e) {
        ev.diagnostic(Diagnostic.error("read-error", "cannot read the variable file",
            io.vnetlint.model.SourceRange.fileStart(sources.display(file))));
        return Optional.empty();
      }
    }
    return sources.parse(file).map(p -> new VariableFiles.Source.Hcl(p.display(), p.result().file()));
  }

  /** A supplier of the given value for every variable that has one (defaults are applied by the module). */
  Map<String, Supplier<Value>> inputs() {
    Map<String, Supplier<Value>> out = new HashMap<>();
    List<Map<String, VariableFiles.Assignment>> assigned = new ArrayList<>();
    for (VariableFiles.Source source : files) {
      assigned.add(VariableFiles.assignments(source, ev));
    }
    Map<String, String> environment = ev.inputs.environment();
    for (Map.Entry<String, Block> entry : root.variables().entrySet()) {
      String name = entry.getKey();
      Block declaration = entry.getValue();
      boolean sensitive = ModuleInstance.isSensitive(declaration);
      TypeConstraint type = TypeConstraint.parse(declaration.body().attribute("type").map(Attribute::expr)
          .orElse(null));
      Supplier<Value> value = null;
      String env = environment.get("TF_VAR_" + name);
      if (env != null) {
        value = fromString(env, "<environment TF_VAR_" + name + ">", type);
      }
      for (Map<String, VariableFiles.Assignment> assignments : assigned) {
        VariableFiles.Assignment a = assignments.get(name);
        if (a != null) {
          value = a.value();
          // a committed variable file holds the value as written, whether or not the variable is sensitive
          ev.literalSite(a.range(), io.vnetlint.model.Secret.Literal.Kind.VALUES_FILE, name, false);
          if (sensitive) {
            ev.sensitive(a.range());
          }
        }
      }
      String cli = ev.inputs.vars().get(name);
      if (cli != null) {
        value = fromString(cli, "<--var " + name + ">", type);
      }
      if (value != null) {
        out.put(name, memo(value));
      }
    }
    return out;
  }

  private Supplier<Value> fromString(String raw, String origin, TypeConstraint type) {
    SourceText text = SourceText.of(origin, raw);
    if (type.isPrimitive() || type instanceof TypeConstraint.Any) {
      return () -> new Value.Str(raw, text.range(0, raw.length()));
    }
    return () -> {
      HclExpressionResult parsed = HclParser.parseExpression(text);
      if (parsed.hasErrors()) {
        ev.warn("variable-syntax", "the value given in " + origin.substring(1, origin.length() - 1)
            + " is not valid HCL", root.files().isEmpty()
            ? io.vnetlint.model.SourceRange.fileStart(root.display())
            : io.vnetlint.model.SourceRange.fileStart(root.files().get(0).path()));
        return new Value.Unknown("the value of " + origin.substring(1, origin.length() - 1) + " is not valid HCL",
            text.range(0, raw.length()));
      }
      return ev.boundary(() -> ev.expressions.eval(parsed.expression(), Scope.constant()),
          text.range(0, raw.length()));
    };
  }

  private static Supplier<Value> memo(Supplier<Value> s) {
    Value[] cached = new Value[1];
    return () -> {
      if (cached[0] == null) {
        cached[0] = s.get();
      }
      return cached[0];
    };
  }
}
