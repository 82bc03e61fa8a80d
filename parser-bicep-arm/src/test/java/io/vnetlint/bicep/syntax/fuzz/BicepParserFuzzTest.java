package io.vnetlint.bicep.syntax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vnetlint.bicep.syntax.BicepParseResult;
import io.vnetlint.bicep.syntax.BicepParser;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.lang.reflect.RecordComponent;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the Bicep lexer and parser: whatever the bytes, {@link BicepParser} returns a tree
 * and diagnostics, never throws, and every range it reports lies inside the input; both as a {@code .bicep} and
 * as a {@code .bicepparam} file.
 *
 * <p>In a normal {@code mvn verify} this only replays the seeds in {@code BicepParserFuzzTestInputs/} (regression
 * mode, without instrumentation: {@code jazzer.hooks=false} in {@code junit-platform.properties}). To fuzz for
 * {@link #MAX_DURATION}:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl parser-bicep-arm -am test -Dtest=BicepParserFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.hooks=true
 * </pre>
 *
 * <p>A failing input is written next to the seeds; keep it there as a regression seed once the bug is fixed.
 */
class BicepParserFuzzTest {
  static final String MAX_DURATION = "60s";

  /** Fuzzing without coverage instrumentation would be blind guessing that still reports success. */
  @BeforeAll
  static void fuzzingIsInstrumented() {
    String fuzz = System.getenv("JAZZER_FUZZ");
    if (fuzz != null && !fuzz.isBlank() && !fuzz.equals("0")) {
      assertThat(System.getProperty("jazzer.hooks"))
          .as("fuzzing needs coverage instrumentation: add -Djazzer.hooks=true")
          .isEqualTo("true");
    }
  }

  @FuzzTest(maxDuration = MAX_DURATION)
  void parserNeverThrowsAndRangesStayInside(byte[] input) {
    for (String path : new String[] {"fuzz.bicep", "fuzz.bicepparam"}) {
      SourceText text = decode(path, input);
      BicepParseResult result = BicepParser.parse(text);
      assertThat(result).isNotNull();
      assertThat(result.program()).isNotNull();
      for (Diagnostic d : result.diagnostics()) {
        assertThat(d.kind()).isEqualTo(Diagnostic.Kind.ERROR);
        assertThat(d.message()).isNotBlank();
        checkRange(text, d.range(), "diagnostic " + d.message());
      }
      checkNodeRanges(text, result.program());
    }
  }

  /** As the front end reads files: UTF-8 (BOM or not) or UTF-16 with BOM; other bytes as lossy UTF-8 text. */
  private static SourceText decode(String path, byte[] input) {
    try {
      return SourceText.decode(path, input);
    } catch (CharacterCodingException e) {
      return SourceText.of(path, new String(input, StandardCharsets.UTF_8));
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
          try {
            Object value = component.getAccessor().invoke(record);
            if (value != null) {
              pending.push(value);
            }
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
  }

  private static void checkRange(SourceText text, SourceRange range, String what) {
    assertThat(range).as(what).isNotNull();
    assertThat(range.file()).as("%s %s file", what, range).isEqualTo(text.path());
    assertThat(range.endLine()).as("%s %s ends inside the text", what, range).isLessThanOrEqualTo(text.lineCount());
    int start = text.offsetOf(range.startLine(), range.startColumn());
    int end = text.offsetOf(range.endLine(), range.endColumn());
    assertThat(start).as("%s %s starts inside the text", what, range).isBetween(0, text.text().length());
    assertThat(end).as("%s %s ends inside the text", what, range).isBetween(start, text.text().length());
    assertThat(text.range(start, end)).as("%s %s is consistent", what, range).isEqualTo(range);
  }
}
