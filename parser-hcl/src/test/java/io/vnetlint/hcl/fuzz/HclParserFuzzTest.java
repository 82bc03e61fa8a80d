package io.vnetlint.hcl.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vnetlint.hcl.syntax.HclExpressionResult;
import io.vnetlint.hcl.syntax.HclParseResult;
import io.vnetlint.hcl.syntax.HclParser;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.lang.reflect.RecordComponent;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the HCL scanner and parser: whatever the bytes, {@link HclParser} returns a tree and
 * diagnostics, never throws, and every range it reports lies inside the input.
 *
 * <p>In a normal {@code mvn verify} this only replays the seeds in {@code HclParserFuzzTestInputs/} (regression
 * mode, without instrumentation: {@code jazzer.hooks=false} in {@code junit-platform.properties}). To fuzz for
 * {@link #MAX_DURATION}:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl parser-hcl -am test -Dtest=HclParserFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Djazzer.hooks=true
 * </pre>
 *
 * <p>({@code -Djazzer.max_duration=10m} fuzzes longer, {@code -Djazzer.keep_going=50} goes on after a finding.) A
 * failing input is written next to the seeds; keep it there as a regression seed once the bug is fixed.
 */
class HclParserFuzzTest {
  static final String MAX_DURATION = "60s";

  /** Fuzzing without coverage instrumentation would be blind guessing that still reports success. */
  @BeforeAll
  static void fuzzingIsInstrumented() {
    String fuzz = System.getenv("JAZZER_FUZZ");
    if (fuzz != null && !fuzz.isBlank() && !fuzz.equals("0")) {
      assertThat(System.getProperty("jazzer.hooks"))
          .as("fuzzing needs coverage instrumentation: add -Djazzer.hooks=true (junit-platform.properties turns it "
              + "off for plain test runs)")
          .isEqualTo("true");
    }
  }

  @FuzzTest(maxDuration = MAX_DURATION)
  void parserNeverThrowsAndRangesStayInside(byte[] input) {
    SourceText text = decode(input);

    HclParseResult file = HclParser.parse(text);
    assertThat(file).isNotNull();
    assertThat(file.file()).isNotNull();
    checkDiagnostics(text, file.diagnostics());
    checkNodeRanges(text, file.file());

    // The same text as one expression (the --var value path).
    HclExpressionResult expression = HclParser.parseExpression(text);
    assertThat(expression).isNotNull();
    assertThat(expression.expression()).isNotNull();
    checkDiagnostics(text, expression.diagnostics());
    checkNodeRanges(text, expression.expression());
  }

  /** As the front end reads files: UTF-8 (BOM or not) or UTF-16 with BOM; other bytes as lossy UTF-8 text. */
  private static SourceText decode(byte[] input) {
    try {
      return SourceText.decode("fuzz.tf", input);
    } catch (CharacterCodingException e) {
      return SourceText.of("fuzz.tf", new String(input, StandardCharsets.UTF_8));
    }
  }

  private static void checkDiagnostics(SourceText text, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      assertThat(d.kind()).as("syntax problems are errors: %s", d).isEqualTo(Diagnostic.Kind.ERROR);
      assertThat(d.message()).as("diagnostic message").isNotBlank();
      checkRange(text, d.range(), "diagnostic " + d.message());
    }
  }

  /** Walks every record component of the tree (iteratively: fuzzed nesting can be deep) and checks each range. */
  private static void checkNodeRanges(SourceText text, Object root) {
    Deque<Object> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Object node = pending.pop();
      if (node instanceof SourceRange range) {
        checkRange(text, range, "syntax node");
      } else if (node instanceof Collection<?> items) {
        items.forEach(item -> {
          if (item != null) {
            pending.push(item);
          }
        });
      } else if (node instanceof Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
          Object value = value(record, component);
          if (value != null) {
            pending.push(value);
          }
        }
      }
    }
  }

  private static Object value(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A range must be one that {@link SourceText#range} would produce: inside the text, lines and bytes agreeing. */
  private static void checkRange(SourceText text, SourceRange range, String what) {
    assertThat(range).as(what).isNotNull();
    assertThat(range.file()).as("%s %s file", what, range).isEqualTo(text.path());
    assertThat(range.endLine()).as("%s %s ends inside the text", what, range).isLessThanOrEqualTo(text.lineCount());
    int start = text.offsetOf(range.startLine(), range.startColumn());
    int end = text.offsetOf(range.endLine(), range.endColumn());
    assertThat(start).as("%s %s starts inside the text", what, range).isBetween(0, text.text().length());
    assertThat(end).as("%s %s ends inside the text", what, range).isBetween(start, text.text().length());
    assertThat(text.range(start, end)).as("%s %s is consistent (columns within their lines, byte offsets)", what, range)
        .isEqualTo(range);
  }
}
