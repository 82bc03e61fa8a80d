package io.vnetlint.cli.output;

import io.vnetlint.cli.controls.Triage;
import io.vnetlint.cli.scan.ScanResult;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Fix;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Location;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Terminal output in the style of rustc and ruff: level and rule id, message, {@code file:line:col}, a code frame
 * with the span underlined, related locations with their roles, and a summary line.
 */
public final class TextReporter {
  private final Style style;
  private final boolean verbose;
  private final boolean quiet;
  private final Triage.Outcome controls;

  public TextReporter(Style style, boolean verbose) {
    this(style, verbose, false, null);
  }

  /**
   * @param quiet print only the summary line, and only when there is something to report
   * @param controls the suppressed and baselined findings, counted in the summary and listed with
   *     {@code verbose}; the result passed to {@link #report} then holds only the active findings. Null: none.
   */
  public TextReporter(Style style, boolean verbose, boolean quiet, Triage.Outcome controls) {
    this.style = style;
    this.verbose = verbose && !quiet;
    this.quiet = quiet;
    this.controls = controls;
  }

  public void report(ScanResult result, PrintWriter out) {
    if (quiet) {
      boolean errors = result.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.ERROR);
      if (!result.findings().isEmpty() || errors) {
        out.println(summary(result));
      }
      out.flush();
      return;
    }
    Redactor redactor = new Redactor(result.sensitiveRanges(), result.sources()::get);
    for (Finding f : result.findings()) {
      renderFinding(f, result, redactor, out);
      out.println();
    }
    if (verbose && controls != null) {
      for (Triage.Triaged t : controls.findings()) {
        Finding f = t.finding();
        String where = f.primary().range().where() + ": ";
        if (t.status() == Triage.Status.SUPPRESSED) {
          out.println(style.dim(where + "suppressed " + f.ruleId() + ": " + f.messageWithVariant() + " (reason: "
              + t.justification() + ")"));
        } else if (t.status() == Triage.Status.BASELINED) {
          out.println(style.dim(where + "in the baseline " + f.ruleId() + ": " + f.messageWithVariant()));
        }
      }
    }
    if (verbose) {
      for (Diagnostic d : result.diagnostics()) {
        if (d.kind() == Diagnostic.Kind.NOT_CHECKED) {
          out.println(style.dim(d.range().where() + ": not checked: " + d.message()));
        }
      }
    }
    out.println(summary(result));
    out.flush();
  }

  private void renderFinding(Finding f, ScanResult result, Redactor redactor, PrintWriter out) {
    String label = f.level().sarifName() + "[" + f.ruleId() + "]";
    out.println(style.level(f.level(), label) + style.bold(": " + f.messageWithVariant()));
    SourceRange primary = f.primary().range();
    int gutter = gutterWidth(f);
    out.println(" ".repeat(gutter) + style.blue("--> ") + primary.where());
    frame(primary, null, '^', f.level(), gutter, result, redactor, out);
    for (Location related : f.related()) {
      out.println(" ".repeat(gutter) + style.blue("::: ") + related.range().where());
      frame(related.range(), related.message(), '-', null, gutter, result, redactor, out);
    }
    for (Fix fix : f.fixes()) {
      suggestion(fix, primary.file(), gutter, result, redactor, out);
    }
    out.println(" ".repeat(gutter) + style.blue(" = ") + style.bold("help") + ": see `vnetlint explain "
        + f.ruleId() + "` or " + f.rule().helpUri());
  }

  private void frame(SourceRange range, String label, char mark, Level level, int gutter, ScanResult result,
      Redactor redactor, PrintWriter out) {
    Optional<SourceText> text = result.sources().get(range.file());
    if (text.isEmpty() || range.startLine() > text.get().lineCount()) {
      if (label != null) {
        out.println(" ".repeat(gutter) + style.blue(" = ") + label);
      }
      return;
    }
    String line = redactor.redact(range.file(), range.startLine(), text.get().line(range.startLine()));
    String bar = style.blue(" ".repeat(gutter) + " |");
    out.println(bar);
    String number = String.valueOf(range.startLine());
    out.println(style.blue(" ".repeat(gutter - number.length()) + number + " |") + " " + expandTabs(line));
    int start = Math.min(range.startColumn() - 1, line.length());
    int end = range.endLine() == range.startLine() ? Math.min(range.endColumn() - 1, line.length()) : line.length();
    int width = Math.max(1, end - start);
    String underline = " ".repeat(displayWidth(line, start)) + String.valueOf(mark).repeat(width);
    String styled = level != null ? style.level(level, underline) : style.blue(underline);
    out.println(bar + " " + styled + (label == null ? "" : " " + (level != null ? label : style.blue(label))));
  }

  /**
   * A fix the way rustc shows a suggestion: {@code help: <description>}, then each changed line as it reads after
   * the fix, with {@code +} under inserted and {@code ~} under replaced text. Lines are redacted before the edit is
   * applied (masking keeps lengths, so columns stay right).
   */
  private void suggestion(Fix fix, String primaryFile, int gutter, ScanResult result, Redactor redactor,
      PrintWriter out) {
    out.println(style.bold("help") + ": " + fix.description());
    String bar = style.blue(" ".repeat(gutter) + " |");
    for (Fix.Replacement r : fix.replacements()) {
      SourceRange d = r.deleted();
      Optional<SourceText> text = result.sources().get(d.file());
      if (text.isEmpty() || d.endLine() > text.get().lineCount()) {
        continue;
      }
      if (!d.file().equals(primaryFile)) {
        out.println(" ".repeat(gutter) + style.blue("::: ") + d.where());
      }
      String first = redactor.redact(d.file(), d.startLine(), text.get().line(d.startLine()));
      String last = redactor.redact(d.file(), d.endLine(), text.get().line(d.endLine()));
      String prefix = first.substring(0, Math.min(d.startColumn() - 1, first.length()));
      String suffix = last.substring(Math.min(d.endColumn() - 1, last.length()));
      char mark = d.startLine() == d.endLine() && d.startColumn() == d.endColumn() ? '+' : '~';
      String[] lines = (prefix + r.inserted() + suffix).split("\r?\n", -1);
      int from = prefix.length();
      int to = prefix.length() + r.inserted().length();
      int offset = 0;
      out.println(bar);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        String number = String.valueOf(d.startLine() + i);
        out.println(style.blue(" ".repeat(Math.max(0, gutter - number.length())) + number + " |") + " "
            + expandTabs(line));
        int start = Math.max(from - offset, 0);
        if (i > 0) {
          while (start < line.length() && start < to - offset && Character.isWhitespace(line.charAt(start))) {
            start++; // the indentation of an inserted line is not worth pointing at
          }
        }
        int end = Math.min(to - offset, line.length());
        if (end > start) {
          out.println(bar + " " + " ".repeat(displayWidth(line, start))
              + style.green(String.valueOf(mark).repeat(displayWidth(line, end) - displayWidth(line, start))));
        }
        offset += line.length() + 1;
      }
    }
  }

  /** Tabs count as four columns on screen; the underline must line up with what is shown. */
  private static String expandTabs(String line) {
    return line.replace("\t", "    ");
  }

  private static int displayWidth(String line, int column) {
    int w = 0;
    for (int i = 0; i < column && i < line.length(); i++) {
      w += line.charAt(i) == '\t' ? 4 : 1;
    }
    return w;
  }

  private static int gutterWidth(Finding f) {
    int max = f.primary().range().startLine();
    for (Location l : f.related()) {
      max = Math.max(max, l.range().startLine());
    }
    for (Fix fix : f.fixes()) {
      for (Fix.Replacement r : fix.replacements()) {
        max = Math.max(max, r.deleted().startLine() + (int) r.inserted().chars().filter(c -> c == '\n').count());
      }
    }
    return String.valueOf(max).length() + 1;
  }

  /** "Found 3 problems (1 error, 2 warnings) in 2 files. Scanned 5 files, 31 resources; 2 checks skipped ..." */
  String summary(ScanResult result) {
    Map<Level, Integer> counts = new EnumMap<>(Level.class);
    TreeSet<String> files = new TreeSet<>();
    for (Finding f : result.findings()) {
      counts.merge(f.level(), 1, Integer::sum);
      files.add(f.primary().range().file());
    }
    StringBuilder sb = new StringBuilder();
    int total = result.findings().size();
    if (total == 0) {
      sb.append(style.green("No problems found."));
    } else {
      StringBuilder parts = new StringBuilder();
      for (Level l : Level.values()) {
        int n = counts.getOrDefault(l, 0);
        if (n > 0) {
          if (parts.length() > 0) {
            parts.append(", ");
          }
          parts.append(n).append(' ').append(l.sarifName()).append(n == 1 ? "" : "s");
        }
      }
      sb.append(style.bold("Found " + total + " problem" + (total == 1 ? "" : "s") + " (" + parts + ") in "
          + files.size() + " file" + (files.size() == 1 ? "" : "s") + "."));
    }
    int scanned = result.filesScanned().size();
    int resources = result.graph().resources().size();
    sb.append(" Scanned ").append(scanned).append(" file").append(scanned == 1 ? "" : "s").append(", ")
        .append(resources).append(" resource").append(resources == 1 ? "" : "s").append('.');
    if (controls != null) {
      int suppressed = controls.withStatus(Triage.Status.SUPPRESSED).size();
      int baselined = controls.withStatus(Triage.Status.BASELINED).size();
      if (suppressed > 0 || baselined > 0) {
        List<String> parts = new ArrayList<>();
        if (suppressed > 0) {
          parts.add(suppressed + " suppressed");
        }
        if (baselined > 0) {
          parts.add(baselined + " in the baseline");
        }
        sb.append(" Not counted: ").append(String.join(", ", parts))
            .append(verbose ? "." : " (--verbose lists them).");
      }
      int gone = controls.baselineGone();
      if (gone > 0) {
        sb.append(' ').append(gone).append(gone == 1 ? " finding of the baseline no longer occurs"
            : " findings of the baseline no longer occur").append(" (refresh it with --write-baseline).");
      }
    }
    long skipped = result.notCheckedCount();
    if (skipped > 0) {
      sb.append(' ').append(skipped).append(skipped == 1 ? " check was" : " checks were")
          .append(" skipped because values are unknown").append(verbose ? "." : " (--verbose lists them).");
    }
    long errors = result.diagnostics().stream().filter(d -> d.kind() == Diagnostic.Kind.ERROR).count();
    if (errors > 0) {
      sb.append(' ').append(style.level(Level.ERROR, errors + " input error" + (errors == 1 ? "" : "s")))
          .append(" (see above).");
    }
    return sb.toString();
  }
}
