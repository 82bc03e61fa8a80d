package io.vnetlint.cli.output;

import io.vnetlint.cli.scan.ScanResult;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Level;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;

/**
 * GitHub Actions workflow commands, one per finding ({@code ::error file=...,line=...::message}), which the runner
 * turns into annotations on the pull request's diff: for repositories without code scanning.
 *
 * <p>Input errors become {@code ::error} annotations too, so a file that could not be read is visible on the diff.
 * The output names only what the text output names (rule, message, place): messages never contain secrets.
 */
public final class GithubReporter {
  private final String pathPrefix;

  /**
   * @param pathPrefix the scan root's path relative to the repository root, with forward slashes and no leading or
   *     trailing slash ("" when the scan root is the repository root): annotations name files from the repository
   *     root, as the runner expects
   */
  public GithubReporter(String pathPrefix) {
    this.pathPrefix = pathPrefix.isEmpty() || pathPrefix.endsWith("/") ? pathPrefix : pathPrefix + "/";
  }

  public void report(ScanResult result, PrintWriter out) {
    for (Diagnostic d : result.diagnostics()) {
      if (d.kind() == Diagnostic.Kind.ERROR) {
        out.println(command("error", d.range(), "vnetlint input error (" + d.code() + ")", d.message()));
      }
    }
    Map<Level, Integer> counts = new EnumMap<>(Level.class);
    for (Finding f : result.findings()) {
      counts.merge(f.level(), 1, Integer::sum);
      out.println(command(commandName(f.level()), f.primary().range(), f.ruleId() + " " + f.rule().name(),
          f.messageWithVariant(pathPrefix)));
    }
    // A plain line (not a command) closes the log section, so a reader of the raw log sees the totals.
    out.println("vnetlint: " + result.findings().size() + " finding(s): " + counts.getOrDefault(Level.ERROR, 0)
        + " error(s), " + counts.getOrDefault(Level.WARNING, 0) + " warning(s), " + counts.getOrDefault(Level.NOTE, 0)
        + " note(s) in " + result.filesScanned().size() + " scanned file(s)");
    out.flush();
  }

  /** GitHub has no "note" annotation; its "notice" is the same thing. */
  static String commandName(Level level) {
    return switch (level) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "notice";
    };
  }

  /**
   * One workflow command. GitHub's columns are 1-based and inclusive at the end, while ours end just after the last
   * character; the runner drops columns when the range spans lines, so they are only written for one-line ranges.
   */
  String command(String name, SourceRange range, String title, String message) {
    StringBuilder sb = new StringBuilder("::").append(name)
        .append(" file=").append(escapeProperty(pathPrefix + range.file()))
        .append(",line=").append(range.startLine());
    if (range.startLine() == range.endLine()) {
      sb.append(",col=").append(range.startColumn());
    }
    sb.append(",endLine=").append(range.endLine());
    if (range.startLine() == range.endLine()) {
      sb.append(",endColumn=").append(Math.max(range.startColumn(), range.endColumn() - 1));
    }
    sb.append(",title=").append(escapeProperty(title))
        .append("::").append(escapeData(message));
    return sb.toString();
  }

  /** The message part: '%' and line breaks are encoded so the command stays on one line. */
  static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as data, and ':' and ',' which would end the value. */
  static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
