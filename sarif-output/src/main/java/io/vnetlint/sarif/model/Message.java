package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** A fully formatted message (§3.11); GitHub rejects messages given only as an id with arguments. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Message(String text) {
  public Message {
    Objects.requireNonNull(text, "text");
  }
}
