package io.vnetlint.hcl.eval;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.hcl.eval.functions.FunctionLibrary;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.LiteralSites;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One evaluation of Terraform root modules in a scan: the shared module loader, the diagnostics (each reported
 * once, however many module instances hit it), the sensitive source ranges, and the resource instances found.
 */
public final class Evaluation {
  /** Deeper module nesting is reported and not followed (a module that calls itself would never end). */
  static final int MAX_MODULE_DEPTH = io.vnetlint.model.Limits.MAX_MODULE_DEPTH;

  final ModuleLoader loader;
  final ScanInput.TerraformInputs inputs;
  final Predicate<String> wantedTypes;
  final Set<Value.Obj> computedObjects = Collections.newSetFromMap(new IdentityHashMap<>());
  final ExpressionEvaluator expressions;
  private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
  private final Set<SourceRange> sensitiveRanges = new LinkedHashSet<>();
  private final List<TerraformResource> resources = new ArrayList<>();
  private final LiteralSites literalSites = new LiteralSites();
  private final java.util.Map<Value, SourceRange> origins = new IdentityHashMap<>();

  /**
   * @param wantedTypes the resource types whose instances are produced (others are evaluated only when referenced)
   */
  public Evaluation(ModuleLoader loader, ScanInput.TerraformInputs inputs, Predicate<String> wantedTypes) {
    this.loader = loader;
    this.inputs = inputs;
    this.wantedTypes = wantedTypes;
    this.expressions = new ExpressionEvaluator(FunctionLibrary.standard(), computedObjects);
  }

  /** What evaluating root modules produced. */
  public record Result(List<TerraformResource> resources, List<Diagnostic> diagnostics,
      List<SourceRange> sensitiveRanges) {}

  /**
   * Evaluates one root module with its variable definition files.
   *
   * @param tfvars {@code terraform.tfvars}, {@code *.auto.tfvars} (and their JSON forms) of the root directory, in
   *     the order Terraform applies them
   */
  public void evaluateRoot(ModuleConfig root, List<VariableFiles.Source> tfvars) {
    diagnostics.addAll(root.diagnostics());
    RootVariables variables = new RootVariables(this, root, tfvars);
    ModuleInstance instance = new ModuleInstance(this, root, "", root.dir(), "", null, variables.inputs());
    try {
      instance.evaluateAll();
    } catch (StackOverflowError e) {
      warn("too-deep", "the configuration is nested too deeply to evaluate; resources after this point are not"
          + " analyzed", SourceRange.fileStart(root.files().isEmpty() ? root.display() : root.files().get(0).path()));
    }
  }

  public Result result() {
    return new Result(List.copyOf(resources), List.copyOf(diagnostics), List.copyOf(sensitiveRanges));
  }

  /** Where the secrets of this evaluation's resources are written as literals. */
  public SecretSources secretSources() {
    return new SecretSources(literalSites, origins);
  }

  /**
   * Remembers where an attribute's value was written before it took the attribute's range: a variable's default,
   * a local, a .tfvars value. Kept by identity, beside the value, as each instance of a resource has its own.
   */
  void moved(Value here, Value written) {
    if (here != written && written.range() != null && !written.range().equals(here.range())) {
      origins.put(here, origins.getOrDefault(written, written.range()));
    }
  }

  /** A variable's default or assigned value as written; {@code marked} for the default of a sensitive variable. */
  void literalSite(SourceRange range, io.vnetlint.model.Secret.Literal.Kind kind, String variable, boolean marked) {
    literalSites.add(range, kind, variable, marked);
  }

  void add(TerraformResource resource) {
    resources.add(resource);
  }

  void warn(String code, String message, SourceRange range) {
    diagnostics.add(Diagnostic.warning(code, message, range));
  }

  void diagnostic(Diagnostic d) {
    diagnostics.add(d);
  }

  /** Source text that holds a secret; ranges of synthetic inputs ({@code --var}, environment) are not files. */
  void sensitive(SourceRange range) {
    if (range != null && !range.file().startsWith("<")) {
      sensitiveRanges.add(range);
    }
  }

  /**
   * Evaluates where Terraform needs a value: an error is reported as a warning (once per place) and the value
   * becomes unknown with Terraform's message as the reason.
   */
  Value boundary(Supplier<Value> compute, SourceRange where) {
    try {
      return compute.get();
    } catch (EvalError e) {
      if (e.isLimit()) {
        diagnostic(Diagnostic.error("limit-exceeded", e.getMessage(), e.range() == null ? where : e.range()));
        return new Value.Unknown(e.getMessage(), where);
      }
      warn("terraform-eval-error", e.getMessage(), e.range() == null ? where : e.range());
      return new Value.Unknown(e.getMessage(), where);
    } catch (StackOverflowError e) {
      warn("too-deep", "the expression is nested too deeply to evaluate", where);
      return new Value.Unknown("too deeply nested to evaluate", where);
    }
  }
}
