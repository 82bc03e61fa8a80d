package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A rule's property bag with GitHub's keys (typed, instead of a free map).
 *
 * @param precision {@code very-high}, {@code high}, {@code medium} or {@code low}
 * @param securitySeverity "0.1" to "10.0"; present only on security rules, which it marks as such
 * @param problemSeverity {@code error}, {@code warning} or {@code recommendation}, for rules that are not security
 *     rules
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"tags", "precision", "security-severity", "problem.severity"})
public record RuleProperties(
    List<String> tags,
    String precision,
    @JsonProperty("security-severity") String securitySeverity,
    @JsonProperty("problem.severity") String problemSeverity) {
  public RuleProperties {
    tags = tags == null ? null : List.copyOf(tags);
  }
}
