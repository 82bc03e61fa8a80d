package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A reference to a rule or notification descriptor (§3.52).
 *
 * @param index the position in {@code driver.rules}, or null when the id is not a rule of the driver
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "index"})
public record ReportingDescriptorReference(String id, Integer index) {
  public ReportingDescriptorReference {
    Objects.requireNonNull(id, "id");
  }
}
