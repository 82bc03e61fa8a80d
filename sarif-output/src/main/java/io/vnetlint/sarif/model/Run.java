package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One run of one tool (§3.14). {@code results} is always written (GitHub requires it, even when empty).
 *
 * @param originalUriBaseIds the base URIs that artifact locations are relative to (kept sorted by key)
 * @param columnKind how columns are counted; SARIF requires it when there are results in text files
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "tool", "invocations", "automationDetails", "columnKind", "originalUriBaseIds", "results"})
public record Run(
    Tool tool,
    List<Invocation> invocations,
    RunAutomationDetails automationDetails,
    String columnKind,
    Map<String, ArtifactLocation> originalUriBaseIds,
    List<Result> results) {

  /** Columns count UTF-16 code units, as {@code SourceRange} does. */
  public static final String UTF16_CODE_UNITS = "utf16CodeUnits";

  public Run {
    Objects.requireNonNull(tool, "tool");
    invocations = invocations == null ? null : List.copyOf(invocations);
    originalUriBaseIds = originalUriBaseIds == null
        ? null
        : Collections.unmodifiableSortedMap(new TreeMap<>(originalUriBaseIds));
    results = List.copyOf(results);
  }
}
