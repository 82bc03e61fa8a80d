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

  // Written out rather than generated, as in SourceRange: every scan compares diagnostics (duplicates are
  // dropped), and a generated record equals links the ObjectMethods bootstrap on first use (start-up, issue 8).
  @Override
  public boolean equals(Object o) {
    return o instanceof Diagnostic d && kind == d.kind && java.util.Objects.equals(code, d.code)
        && java.util.Objects.equals(message, d.message) && java.util.Objects.equals(range, d.range)
        && java.util.Objects.equals(ruleId, d.ruleId);
  }

  @Override
  public int hashCode() {
    int h = java.util.Objects.hashCode(kind);
    h = 31 * h + java.util.Objects.hashCode(code);
    h = 31 * h + java.util.Objects.hashCode(message);
    h = 31 * h + java.util.Objects.hashCode(range);
    return 31 * h + java.util.Objects.hashCode(ruleId);
  }
}
