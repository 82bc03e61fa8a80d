package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * How the tool ran (§3.20).
 *
 * @param toolExecutionNotifications messages about the input (parse errors, checks not run), or null when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"executionSuccessful", "exitCode", "toolExecutionNotifications"})
public record Invocation(
    boolean executionSuccessful, Integer exitCode, List<Notification> toolExecutionNotifications) {
  public Invocation {
    toolExecutionNotifications = toolExecutionNotifications == null ? null : List.copyOf(toolExecutionNotifications);
  }
}
