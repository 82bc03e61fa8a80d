package io.vnetlint.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.util.List;

/** Test helpers: parse snippets, pick nodes, compare ranges TFLint-style. */
final class Hcl {
  private Hcl() {}

  static HclParseResult parse(String text) {
    return HclParser.parse(SourceText.of("main.tf", text));
  }

  /** Parses text that must be free of syntax errors. */
  static Body body(String text) {
    HclParseResult r = parse(text);
    assertThat(r.diagnostics()).as("diagnostics of %s", text).isEmpty();
    return r.file().body();
  }

  /** The expression of the first attribute {@code name} at top level. */
  static Expression attr(String text, String name) {
    return body(text).attribute(name).orElseThrow().expr();
  }

  static Expression expr(String text) {
    return attr("a = " + text + "\n", "a");
  }

  /**
   * Asserts {@code "startLine:startColumn-endLine:endColumn startByte-endByte"}, e.g. {@code "1:5-1:8 4-7"}; columns
   * in UTF-16 units.
   */
  static void assertRange(SourceRange r, String expected) {
    String actual = r.startLine() + ":" + r.startColumn() + "-" + r.endLine() + ":" + r.endColumn() + " "
        + r.startByte() + "-" + r.endByte();
    assertThat(actual).isEqualTo(expected);
  }

  static List<String> messages(HclParseResult r) {
    return r.diagnostics().stream().map(Diagnostic::message).toList();
  }

  /** {@code "summary @ range"} of every diagnostic, the summary being the message up to "; ". */
  static List<String> summaries(HclParseResult r) {
    return r.diagnostics().stream().map(d -> {
      String m = d.message();
      int i = m.indexOf("; ");
      SourceRange s = d.range();
      return (i < 0 ? m : m.substring(0, i)) + " @ " + s.startLine() + ":" + s.startColumn() + "-" + s.endLine() + ":"
          + s.endColumn();
    }).toList();
  }
}
