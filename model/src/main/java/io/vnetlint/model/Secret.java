package io.vnetlint.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret value (shared key, RADIUS secret). It can be compared but not read: {@link #toString()} is redacted and
 * there is no accessor, so no message, log or report can print it by accident. A front end that knows the secret is
 * written as a literal in a committed file says where with {@link #literal()}; the value itself never leaves.
 */
public final class Secret {
  private final byte[] value;
  private final Literal literal;

  public Secret(String value) {
    this(value, null);
  }

  /**
   * @param literal where the value is written as a literal in a committed file, or null when it is not (a sensitive
   *     input, a secure parameter without a value in source) or when the front end cannot tell
   */
  public Secret(String value, Literal literal) {
    this.value = value.getBytes(StandardCharsets.UTF_8);
    this.literal = literal;
  }

  /** Where the value is written as a literal in source, when it is. */
  public Optional<Literal> literal() {
    return Optional.ofNullable(literal);
  }

  /** Constant-time comparison, so timing says nothing about the keys either. */
  public boolean sameAs(Secret other) {
    return MessageDigest.isEqual(value, other.value);
  }

  public boolean isEmpty() {
    return value.length == 0;
  }

  /**
   * Whether the value is a placeholder that a pipeline replaces before deploying, not a key: an Azure Quickstart
   * token ({@code GEN-PASSWORD}, {@code GEN-UNIQUE}), or a whole value in {@code <...>}, {@code {{...}}} or
   * {@code __...__}. Says one bit about the value, like {@link #isEmpty()}, and nothing else.
   */
  public boolean looksLikePlaceholder() {
    return PLACEHOLDER.matcher(new String(value, StandardCharsets.UTF_8)).matches();
  }

  private static final java.util.regex.Pattern PLACEHOLDER =
      java.util.regex.Pattern.compile("GEN-[A-Z0-9-]+|<[^<>]+>|\\{\\{[^{}]+}}|__[A-Za-z0-9_]+__");

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

  /**
   * Where a secret is written as a literal: the place and the kind of place, never the value.
   *
   * @param range the literal (or the constant expression) as written
   * @param name the variable or parameter whose default or value it is; empty for a plain string literal
   */
  public record Literal(SourceRange range, Kind kind, String name) {
    public Literal {
      Objects.requireNonNull(range);
      Objects.requireNonNull(kind);
      name = name == null ? "" : name;
    }

    /** The kinds of places a literal can be written. */
    public enum Kind {
      /** A string literal in an attribute, a local, a variable or a module argument. */
      STRING_LITERAL,
      /** The default of a Terraform variable that is not marked sensitive. */
      VARIABLE_DEFAULT,
      /** The default of an ARM parameter that is not securestring, or of a Bicep parameter without @secure(). */
      PARAMETER_DEFAULT,
      /** A value in a committed values file: .tfvars, an ARM parameter file, a .bicepparam file. */
      VALUES_FILE
    }

    /** "the literal default of variable 'shared_key' in variables.tf": for messages, without the value. */
    public String describe() {
      return switch (kind) {
        case STRING_LITERAL -> "a string literal in " + range.file();
        case VARIABLE_DEFAULT -> "the literal default of variable '" + name + "' in " + range.file();
        case PARAMETER_DEFAULT -> "the literal default of parameter '" + name + "' in " + range.file();
        case VALUES_FILE -> "the literal value of '" + name + "' in " + range.file();
      };
    }
  }
}
