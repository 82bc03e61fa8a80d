package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** A suppression of a result (§3.35): vnetlint writes {@code inSource} ones with their justification. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "justification"})
public record Suppression(String kind, String justification) {
  public static final String IN_SOURCE = "inSource";

  public Suppression {
    Objects.requireNonNull(kind, "kind");
  }
}
