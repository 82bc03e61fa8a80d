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
 * @param fixes proposed fixes, or null when there is none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "ruleId", "ruleIndex", "level", "message", "locations", "relatedLocations", "partialFingerprints", "fixes"})
public record Result(
    String ruleId,
    Integer ruleIndex,
    String level,
    Message message,
    List<Location> locations,
    List<Location> relatedLocations,
    SortedMap<String, String> partialFingerprints,
    List<Fix> fixes) {
  public Result {
    fixes = fixes == null || fixes.isEmpty() ? null : List.copyOf(fixes);
    Objects.requireNonNull(message, "message");
    locations = List.copyOf(locations);
    relatedLocations = relatedLocations == null ? null : List.copyOf(relatedLocations);
    partialFingerprints = partialFingerprints == null
        ? null
        : Collections.unmodifiableSortedMap(new TreeMap<>(partialFingerprints));
  }

  /** A result without fixes. */
  public Result(
      String ruleId,
      Integer ruleIndex,
      String level,
      Message message,
      List<Location> locations,
      List<Location> relatedLocations,
      SortedMap<String, String> partialFingerprints) {
    this(ruleId, ruleIndex, level, message, locations, relatedLocations, partialFingerprints, null);
  }
}
