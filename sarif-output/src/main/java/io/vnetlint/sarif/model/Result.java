package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One finding (§3.27).
 *
 * @param partialFingerprints sorted by key, so the output order is fixed
 * @param suppressions in-source suppressions, or null when the result is not suppressed
 * @param baselineState {@code new} or {@code unchanged} when the scan compared against a baseline, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "ruleId", "ruleIndex", "level", "message", "locations", "relatedLocations", "partialFingerprints",
    "suppressions", "baselineState"})
public record Result(
    String ruleId,
    Integer ruleIndex,
    String level,
    Message message,
    List<Location> locations,
    List<Location> relatedLocations,
    SortedMap<String, String> partialFingerprints,
    List<Suppression> suppressions,
    String baselineState) {

  /** A result that is neither suppressed nor compared with a baseline. */
  public Result(String ruleId, Integer ruleIndex, String level, Message message, List<Location> locations,
      List<Location> relatedLocations, SortedMap<String, String> partialFingerprints) {
    this(ruleId, ruleIndex, level, message, locations, relatedLocations, partialFingerprints, null, null);
  }

  public Result {
    suppressions = suppressions == null ? null : List.copyOf(suppressions);
    Objects.requireNonNull(message, "message");
    locations = List.copyOf(locations);
    relatedLocations = relatedLocations == null ? null : List.copyOf(relatedLocations);
    partialFingerprints = partialFingerprints == null
        ? null
        : Collections.unmodifiableSortedMap(new TreeMap<>(partialFingerprints));
  }
}
