package io.vnetlint.model.json;

import io.vnetlint.model.SourceRange;

/** Input that is not (ARM-flavoured) JSON, with where the problem is and a one-line message. */
public final class JsonSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient SourceRange range;

  public JsonSyntaxException(String message, SourceRange range) {
    super(message, null, false, false);
    this.range = range;
  }

  public SourceRange range() {
    return range;
  }
}
