package io.vnetlint.hcl.plan;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import java.util.List;

/**
 * What a Terraform plan file holds for the analysis.
 *
 * @param resources the managed resources of {@code planned_values}, root and child modules, as they will be after
 *     apply: unknown where the plan says "known after apply", sensitive where it says sensitive
 * @param changes every managed resource's planned change, for rules about what a plan does (replace, delete)
 * @param diagnostics problems with the file
 * @param sensitiveRanges where the file holds sensitive values (outputs must never show them)
 */
public record PlanResult(
    List<TerraformResource> resources,
    List<ResourceChange> changes,
    List<Diagnostic> diagnostics,
    List<SourceRange> sensitiveRanges) {

  public PlanResult {
    resources = List.copyOf(resources);
    changes = List.copyOf(changes);
    diagnostics = List.copyOf(diagnostics);
    sensitiveRanges = List.copyOf(sensitiveRanges);
  }
}
