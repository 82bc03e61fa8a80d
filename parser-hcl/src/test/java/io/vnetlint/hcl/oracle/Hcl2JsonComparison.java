package io.vnetlint.hcl.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlint.hcl.oracle.Hcl2JsonGoldens.Golden;
import io.vnetlint.hcl.oracle.Hcl2JsonGoldens.HashiCorpRange;
import io.vnetlint.hcl.syntax.HclParseResult;
import io.vnetlint.hcl.syntax.HclParser;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Compares our parser with HashiCorp's on one golden set: acceptance, and the hcl2json document when accepted. */
public final class Hcl2JsonComparison {

  /** What happened to one file. The first three are agreement. */
  public enum Outcome {
    EQUAL("accepted by both, equal JSON"),
    BOTH_REJECT("rejected by both, every error at the same range, in the same order"),
    BOTH_CANNOT_CONVERT("parsed by both, neither converts to JSON"),
    DIFFERENT("accepted by both, JSON differs"),
    ERROR_RANGE_DIFFERS("rejected by both, but the errors or their ranges differ"),
    WE_REJECT("accepted by HashiCorp, rejected by us"),
    WE_ACCEPT("rejected by HashiCorp, accepted by us"),
    CONVERSION_DIFFERS("exactly one side cannot convert to JSON"),
    CRASH("our parser or projection threw"),
    STALE("file changed since the golden was generated (skipped)"),
    MISSING("file not found (skipped)");

    public final String description;

    Outcome(String description) {
      this.description = description;
    }

    public boolean agrees() {
      return this == EQUAL || this == BOTH_REJECT || this == BOTH_CANNOT_CONVERT;
    }

    public boolean skipped() {
      return this == STALE || this == MISSING;
    }
  }

  /**
   * One file's result.
   *
   * @param detail what differs, for disagreements
   */
  public record FileResult(Golden golden, Outcome outcome, String detail) {
    public String key() {
      return golden.set() + "/" + golden.path();
    }
  }

  /** All results of a set, with counts. */
  public record Report(String set, List<FileResult> results) {
    public Map<Outcome, Integer> counts() {
      Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
      for (Outcome o : Outcome.values()) {
        counts.put(o, 0);
      }
      results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
      return counts;
    }

    public List<FileResult> disagreements() {
      return results.stream().filter(r -> !r.outcome().agrees() && !r.outcome().skipped()).toList();
    }

    public long compared() {
      return results.stream().filter(r -> !r.outcome().skipped()).count();
    }

    public String summary() {
      Map<Outcome, Integer> c = counts();
      long compared = compared();
      long agreeing = results.stream().filter(r -> r.outcome().agrees()).count();
      long hashiAccepts = results.stream()
          .filter(r -> !r.outcome().skipped() && r.golden().json() != null).count();
      long hashiRejects = results.stream().filter(r -> !r.outcome().skipped() && r.golden().rejected()).count();
      StringBuilder s = new StringBuilder();
      s.append(String.format("hcl2json differential, set %s: %d files compared, %d agree (%.2f%%)%n",
          set, compared, agreeing, compared == 0 ? 100.0 : 100.0 * agreeing / compared));
      s.append(String.format("  HashiCorp accepts %d: %d equal, %d differ, %d rejected by us%n",
          hashiAccepts, c.get(Outcome.EQUAL), c.get(Outcome.DIFFERENT), c.get(Outcome.WE_REJECT)));
      s.append(String.format("  HashiCorp rejects %d: %d rejected by us too (with the same error ranges in %d), "
          + "%d accepted by us%n", hashiRejects, c.get(Outcome.BOTH_REJECT) + c.get(Outcome.ERROR_RANGE_DIFFERS),
          c.get(Outcome.BOTH_REJECT), c.get(Outcome.WE_ACCEPT)));
      s.append(String.format("  not convertible: %d both, %d one side; crashes: %d; skipped: %d stale, %d missing%n",
          c.get(Outcome.BOTH_CANNOT_CONVERT), c.get(Outcome.CONVERSION_DIFFERS), c.get(Outcome.CRASH),
          c.get(Outcome.STALE), c.get(Outcome.MISSING)));
      return s.toString();
    }
  }

  private Hcl2JsonComparison() {}

  /** Compares every golden of {@code set}, reading the files under {@code root} (unless the golden has the text). */
  public static Report run(String set, Path root, List<Golden> goldens) {
    List<FileResult> results = new ArrayList<>();
    for (Golden g : goldens) {
      if (g.set().equals(set)) {
        results.add(compare(g, root.resolve(g.path())));
      }
    }
    return new Report(set, results);
  }

  static FileResult compare(Golden golden, Path file) {
    byte[] bytes;
    if (golden.content() != null) {
      bytes = golden.content().getBytes(StandardCharsets.UTF_8);
    } else {
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        return new FileResult(golden, Outcome.MISSING, file.toString());
      }
    }
    if (!sha256(bytes).equals(golden.sha256())) {
      return new FileResult(golden, Outcome.STALE, "sha256 differs");
    }
    try {
      SourceText text;
      try {
        text = SourceText.decode(golden.path(), bytes);
      } catch (CharacterCodingException e) {
        return new FileResult(golden, Outcome.CRASH, "not UTF-8: " + e);
      }
      HclParseResult parsed = HclParser.parse(text);
      List<Diagnostic> errors = parsed.diagnostics().stream()
          .filter(d -> d.kind() == Diagnostic.Kind.ERROR).toList();
      if (golden.rejected()) {
        if (errors.isEmpty()) {
          return new FileResult(golden, Outcome.WE_ACCEPT, "HashiCorp: " + golden.error());
        }
        List<HashiCorpRange> theirs = golden.errorRanges();
        for (int i = 0; i < Math.max(theirs.size(), errors.size()); i++) {
          boolean same = i < theirs.size() && i < errors.size() && sameSpan(text, errors.get(i).range(), theirs.get(i));
          if (!same) {
            String ours = i < errors.size() ? spanOf(errors.get(i)) : "(none)";
            return new FileResult(golden, Outcome.ERROR_RANGE_DIFFERS, "error #" + (i + 1) + ": ours " + ours
                + ", HashiCorp's " + (i < theirs.size() ? theirs.get(i) : "(none)") + "; HashiCorp: "
                + golden.error());
          }
        }
        return new FileResult(golden, Outcome.BOTH_REJECT, "");
      }
      if (!errors.isEmpty()) {
        Diagnostic first = errors.get(0);
        return new FileResult(golden, Outcome.WE_REJECT,
            errors.size() + " error(s), first at " + first.range() + ": " + first.message());
      }
      JsonNode ours;
      try {
        ours = Hcl2JsonProjection.project(parsed.file(), text);
      } catch (Hcl2JsonProjection.ConversionConflict e) {
        return golden.conversionFailed()
            ? new FileResult(golden, Outcome.BOTH_CANNOT_CONVERT, "")
            : new FileResult(golden, Outcome.CONVERSION_DIFFERS, "we cannot convert: " + e.getMessage());
      }
      if (golden.conversionFailed()) {
        return new FileResult(golden, Outcome.CONVERSION_DIFFERS, "HashiCorp cannot convert: " + golden.error());
      }
      Optional<JsonDifference> difference = JsonDifference.between(golden.json(), ours);
      return difference
          .map(d -> new FileResult(golden, Outcome.DIFFERENT, d.toString()))
          .orElseGet(() -> new FileResult(golden, Outcome.EQUAL, ""));
    } catch (RuntimeException | StackOverflowError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      return new FileResult(golden, Outcome.CRASH, trace.toString().lines().limit(8)
          .reduce((a, b) -> a + "\n" + b).orElse(e.toString()));
    }
  }

  /**
   * Where a HashiCorp position falls in the decoded text, as a character offset. HCL counts lines by LF only (a
   * lone CR is an ordinary character; our SourceText also breaks lines there) and columns in grapheme clusters
   * (CRLF is one cluster); converting both sides to offsets makes the comparison independent of both conventions.
   */
  static int offsetOf(String text, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      int newline = text.indexOf('\n', offset);
      if (newline < 0) {
        return -1;
      }
      offset = newline + 1;
    }
    if (column <= 1) {
      return offset;
    }
    BreakIterator clusters = BreakIterator.getCharacterInstance();
    clusters.setText(text);
    int at = offset;
    for (int c = 1; c < column; c++) {
      int next = clusters.following(at);
      if (next == BreakIterator.DONE) {
        return text.length() + (column - c - 1);
      }
      at = next;
    }
    return at;
  }

  private static String spanOf(Diagnostic d) {
    SourceRange r = d.range();
    return r.startLine() + ":" + r.startColumn() + "-" + r.endLine() + ":" + r.endColumn() + " (" + d.message() + ")";
  }

  /** Our range and HashiCorp's cover the same characters. */
  static boolean sameSpan(SourceText text, SourceRange ours, HashiCorpRange theirs) {
    return text.offsetOf(ours.startLine(), ours.startColumn())
            == offsetOf(text.text(), theirs.startLine(), theirs.startColumn())
        && text.offsetOf(ours.endLine(), ours.endColumn())
            == offsetOf(text.text(), theirs.endLine(), theirs.endColumn());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
