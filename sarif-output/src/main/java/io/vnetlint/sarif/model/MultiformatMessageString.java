package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** Text with an optional markdown form (§3.12), used in rule metadata. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"text", "markdown"})
public record MultiformatMessageString(String text, String markdown) {
  public MultiformatMessageString {
    Objects.requireNonNull(text, "text");
  }

  public static MultiformatMessageString text(String text) {
    return new MultiformatMessageString(text, null);
  }
}
