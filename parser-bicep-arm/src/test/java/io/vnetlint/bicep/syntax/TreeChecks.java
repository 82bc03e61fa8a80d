package io.vnetlint.bicep.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

/** Checks shared by the corpus and fuzz tests: diagnostics and every node range lie inside the input. */
final class TreeChecks {
  private TreeChecks() {}

  static void checkResult(SourceText text, BicepParseResult result) {
    assertThat(result).isNotNull();
    assertThat(result.program()).isNotNull();
    checkDiagnostics(text, result.diagnostics());
    checkNodeRanges(text, result.program());
  }

  static void checkDiagnostics(SourceText text, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      assertThat(d.kind()).as("syntax problems are errors: %s", d).isEqualTo(Diagnostic.Kind.ERROR);
      assertThat(d.code()).isEqualTo(BicepParser.CODE);
      assertThat(d.message()).as("diagnostic message").isNotBlank();
      checkRange(text, d.range(), "diagnostic " + d.message());
    }
  }

  /** Walks every record component of the tree (iteratively: nesting can be deep) and checks each range. */
  static void checkNodeRanges(SourceText text, Object root) {
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
          Object value;
          try {
            value = component.getAccessor().invoke(record);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
          if (value != null) {
            pending.push(value);
          }
        }
      }
    }
  }

  /** A range must be one that {@link SourceText#range} would produce: inside the text, lines and bytes agreeing. */
  static void checkRange(SourceText text, SourceRange range, String what) {
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
