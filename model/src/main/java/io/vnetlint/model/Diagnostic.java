package io.vnetlint.model;

/**
 * A message about the input rather than about the infrastructure: a parse error, an unsupported construct, a
 * reference that could not be linked, or a check that could not run on unknown values.
 *
 * @param code a stable identifier of the kind of message, e.g. {@code parse-error}, {@code not-checked}
 * @param ruleId the rule a "not checked" message belongs to, or null
 */
public record Diagnostic(Kind kind, String code, String message, SourceRange range, String ruleId) {

  public enum Kind {
    /** The input could not be read; the file contributes nothing (exit code 2). */
    ERROR,
    /** Something was skipped or approximated; the scan still means what it says. */
    WARNING,
    /** A check did not run because a value it needs is unknown. */
    NOT_CHECKED
  }

  public static Diagnostic error(String code, String message, SourceRange range) {
    return new Diagnostic(Kind.ERROR, code, message, range, null);
  }

  public static Diagnostic warning(String code, String message, SourceRange range) {
    return new Diagnostic(Kind.WARNING, code, message, range, null);
  }

  public static Diagnostic notChecked(String ruleId, String message, SourceRange range) {
    return new Diagnostic(Kind.NOT_CHECKED, "not-checked", message, range, ruleId);
  }

  /** {@code file:line:col: message}, the one-line form for terminals. */
  public String oneLine() {
    return range.where() + ": " + message;
  }
}
