package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** The tool that produced a run (§3.18); vnetlint has a driver and no extensions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tool(ToolComponent driver) {
  public Tool {
    Objects.requireNonNull(driver, "driver");
  }
}
