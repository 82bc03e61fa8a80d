package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The run's automation id (§3.17): GitHub takes everything up to the last {@code /} as the analysis category.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunAutomationDetails(String id) {
  public RunAutomationDetails {
    Objects.requireNonNull(id, "id");
  }
}
