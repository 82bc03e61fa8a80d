package io.vnetlint.model.change;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import java.util.List;

/**
 * One resource as it was and as it will be: the same identity (Terraform address, ARM/Bicep resource id) found in a
 * baseline and in the scanned configuration, or one entry of a Terraform plan's {@code resource_changes}.
 *
 * @param before the resource in the baseline (or the plan's {@code before} object); its ranges may point into
 *     files that are not part of the scan, so findings never cite them
 * @param after the resource of the scanned graph (the same instance the graph holds)
 * @param source how the change was found
 */
public record Change(AzureResource before, AzureResource after, Source source) {

  /** How a change was found. */
  public sealed interface Source permits Compared, Planned {}

  /** By comparing the scan with a baseline ({@code --base HEAD~1}, {@code --base ../old}). */
  public record Compared(String baseline) implements Source {}

  /**
   * From a Terraform plan.
   *
   * @param actions Terraform's actions ({@code ["update"]}, {@code ["delete","create"]}, ...)
   * @param replacePaths the attribute paths that force the replacement, each as dotted text ({@code ip_configuration})
   * @param entry the {@code resource_changes} entry in the plan file
   */
  public record Planned(List<String> actions, List<String> replacePaths, SourceRange entry) implements Source {
    public Planned {
      actions = List.copyOf(actions);
      replacePaths = List.copyOf(replacePaths);
    }

    /** True when Terraform destroys and creates the resource (either order). */
    public boolean isReplace() {
      return actions.contains("delete") && actions.contains("create");
    }
  }

  /** True when a Terraform plan replaces the resource. */
  public boolean plannedReplace() {
    return source instanceof Planned p && p.isReplace();
  }
}
