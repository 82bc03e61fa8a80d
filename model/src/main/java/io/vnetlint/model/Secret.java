package io.vnetlint.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A secret value (shared key, RADIUS secret). It can be compared but not read: {@link #toString()} is redacted and
 * there is no accessor, so no message, log or report can print it by accident.
 */
public final class Secret {
  private final byte[] value;

  public Secret(String value) {
    this.value = value.getBytes(StandardCharsets.UTF_8);
  }

  /** Constant-time comparison, so timing says nothing about the keys either. */
  public boolean sameAs(Secret other) {
    return MessageDigest.isEqual(value, other.value);
  }

  public boolean isEmpty() {
    return value.length == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s && sameAs(s);
  }

  @Override
  public int hashCode() {
    return 0; // a hash would leak information about the value; secrets are never used as keys
  }

  @Override
  public String toString() {
    return "<redacted>";
  }
}
