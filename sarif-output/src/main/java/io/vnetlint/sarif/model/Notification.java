package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A message about the run rather than a finding (§3.58).
 *
 * @param descriptor the kind of message (vnetlint's diagnostic code)
 * @param associatedRule the rule the message is about (a check that could not run), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"level", "message", "locations", "descriptor", "associatedRule"})
public record Notification(
    String level,
    Message message,
    List<Location> locations,
    ReportingDescriptorReference descriptor,
    ReportingDescriptorReference associatedRule) {
  public Notification {
    Objects.requireNonNull(message, "message");
    locations = locations == null ? null : List.copyOf(locations);
  }
}
