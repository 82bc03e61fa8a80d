package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * The driver (§3.19). {@code rules} is always written: GitHub requires it, and it lists the whole catalogue so that
 * {@code ruleIndex} and code scanning's rule list do not depend on which rules fired.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "semanticVersion", "informationUri", "rules"})
public record ToolComponent(
    String name, String semanticVersion, String informationUri, List<ReportingDescriptor> rules) {
  public ToolComponent {
    Objects.requireNonNull(name, "name");
    rules = List.copyOf(rules);
  }
}
