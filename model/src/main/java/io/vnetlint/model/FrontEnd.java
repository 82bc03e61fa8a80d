package io.vnetlint.model;

import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.change.Change;
import io.vnetlint.model.change.Move;
import java.util.List;

/** A reader for one family of formats (Terraform; ARM and Bicep) that turns files into typed resources. */
public interface FrontEnd {

  /**
   * The result of loading: typed resources, problems with the input, the files it took, and the source ranges
   * that hold sensitive literals (shared keys, secure parameter values), which outputs must never show.
   *
   * @param plannedChanges changes the input itself describes (a Terraform plan's {@code resource_changes} with a
   *     before and an after), whose {@code after} is one of {@code resources}
   * @param moves Terraform {@code moved} blocks, for matching the resources with those of a baseline
   */
  record Result(
      List<AzureResource> resources,
      List<Diagnostic> diagnostics,
      List<String> filesRead,
      List<SourceRange> sensitiveRanges,
      List<Change> plannedChanges,
      List<Move> moves) {
    public Result {
      resources = List.copyOf(resources);
      diagnostics = List.copyOf(diagnostics);
      filesRead = List.copyOf(filesRead);
      sensitiveRanges = List.copyOf(sensitiveRanges);
      plannedChanges = List.copyOf(plannedChanges);
      moves = List.copyOf(moves);
    }

    public Result(
        List<AzureResource> resources,
        List<Diagnostic> diagnostics,
        List<String> filesRead,
        List<SourceRange> sensitiveRanges) {
      this(resources, diagnostics, filesRead, sensitiveRanges, List.of(), List.of());
    }

    public Result(List<AzureResource> resources, List<Diagnostic> diagnostics, List<String> filesRead) {
      this(resources, diagnostics, filesRead, List.of());
    }
  }

  String name();

  /**
   * Reads the files of {@code input} that belong to this front end and ignores the rest. Never throws for bad
   * input: every problem becomes a positioned {@link Diagnostic}.
   */
  Result load(ScanInput input);
}
