package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** A rule (§3.49) with the members GitHub code scanning reads. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "id", "name", "shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration", "properties"})
public record ReportingDescriptor(
    String id,
    String name,
    MultiformatMessageString shortDescription,
    MultiformatMessageString fullDescription,
    MultiformatMessageString help,
    String helpUri,
    ReportingConfiguration defaultConfiguration,
    RuleProperties properties) {
  public ReportingDescriptor {
    Objects.requireNonNull(id, "id");
  }
}
