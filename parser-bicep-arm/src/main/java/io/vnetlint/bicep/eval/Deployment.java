package io.vnetlint.bicep.eval;

import io.vnetlint.arm.expr.RuntimeFacts;
import io.vnetlint.arm.mapper.RawResource;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Origin;
import io.vnetlint.model.SourceRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one deployment variant (a Bicep file with one params file, or its defaults) shares across the files it
 * evaluates (the root file and its local modules): the origin, runtime facts, the resources found, diagnostics and
 * the ranges that hold secrets.
 */
public final class Deployment {
  static final int MAX_MODULE_DEPTH = io.vnetlint.model.Limits.MAX_DEPLOYMENT_DEPTH;
  static final int MAX_LOOP = 800;
  static final int MAX_MODULE_INSTANCES = 2000;

  private final Origin origin;
  private final RuntimeFacts facts = new RuntimeFacts();
  private final ModuleFiles files;
  private final List<RawResource> resources = new ArrayList<>();
  private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
  private final Set<SourceRange> sensitive = new LinkedHashSet<>();
  private final ArmFunctions arm = new ArmFunctions();
  private int moduleInstances;

  public Deployment(Origin origin, ModuleFiles files) {
    this.origin = origin;
    this.files = files;
  }

  public Origin origin() {
    return origin;
  }

  public RuntimeFacts facts() {
    return facts;
  }

  public List<RawResource> resources() {
    return resources;
  }

  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  public Set<SourceRange> sensitiveRanges() {
    return sensitive;
  }

  ModuleFiles files() {
    return files;
  }

  ArmFunctions arm() {
    return arm;
  }

  /**
   * Counts the iterations of one loop against {@link io.vnetlint.model.Limits#MAX_ITERATIONS_PER_FILE} for the
   * whole deployment (nested loops multiply); false, with one error at {@code at}, once the budget is spent.
   */
  boolean countIterations(int n, io.vnetlint.model.SourceRange at) {
    iterations += n;
    if (iterations <= io.vnetlint.model.Limits.MAX_ITERATIONS_PER_FILE) {
      return true;
    }
    if (!iterationsReported) {
      iterationsReported = true;
      error(io.vnetlint.model.Diagnostic.error("limit-exceeded", "loops iterate more than "
          + io.vnetlint.model.Limits.MAX_ITERATIONS_PER_FILE + " times in this deployment; the rest is not evaluated",
          at));
    }
    return false;
  }

  private long iterations;
  private boolean iterationsReported;

  /** Counts one more module deployment; false when the deployment already has too many. */
  boolean countModule() {
    return ++moduleInstances <= MAX_MODULE_INSTANCES;
  }

  void add(RawResource r) {
    resources.add(r);
  }

  void warn(String code, String message, SourceRange at) {
    diagnostics.add(Diagnostic.warning(code, message, at));
  }

  void error(Diagnostic d) {
    diagnostics.add(d);
  }

  void sensitive(SourceRange r) {
    sensitive.add(r);
  }
}
