package io.vnetlint.rules;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.azure.AzureResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fix as a rule proposes it, before anyone has looked at the source. Rules see typed values, not text: a known
 * {@code false} may be written as the literal {@code false} at that place, or come from a parameter, a variable or
 * an expression, where replacing the text would be wrong. So every edit states what the text must look like;
 * {@link #confirm} turns the proposal into a {@link Fix} only when all of them match, and otherwise there is no fix.
 *
 * @param description what the change does, imperative ("set allowGatewayTransit to true")
 * @param edits the edits; all must be confirmed
 */
public record ProposedFix(String description, List<Edit> edits) {

  public ProposedFix {
    edits = List.copyOf(edits);
  }

  /**
   * One edit.
   *
   * @param owner the resource whose attribute the edit changes; every other resource declared by the same text (the
   *     copies of a loop, the same template under another parameter file, a module used twice) changes too, so the
   *     analyzer keeps the fix only when all of them get the same fix
   * @param within where the rule believes the text is (an attribute's range, a resource header)
   * @param pattern must match the whole text of the {@code scope}; the text of its group named {@code old} is what
   *     gets replaced
   * @param inserted the new text
   * @param scope which text around {@code within} the pattern must match
   */
  public record Edit(AzureResource owner, SourceRange within, Pattern pattern, String inserted, Scope scope) {}

  /** The text an edit's pattern is matched against. */
  public enum Scope {
    /** Exactly the range. */
    RANGE,
    /** The complete lines the range spans, so nothing else on those lines can be disturbed. */
    LINES,
    /**
     * The inside of the innermost {@code { }} around the range: a sibling of the attribute in the same object, such
     * as the {@code tier} next to a SKU's {@code name}.
     */
    OBJECT
  }

  /** The fix, when every edit matches the source text; empty when any does not or a text is unavailable. */
  public Optional<Fix> confirm(SourceTexts texts) {
    List<Fix.Replacement> replacements = new ArrayList<>();
    for (Edit edit : edits) {
      Optional<Fix.Replacement> r = texts.get(edit.within().file()).flatMap(text -> confirm(edit, text));
      if (r.isEmpty()) {
        return Optional.empty();
      }
      for (Fix.Replacement other : replacements) {
        if (overlap(other.deleted(), r.get().deleted())) {
          return Optional.empty();
        }
      }
      replacements.add(r.get());
    }
    return replacements.isEmpty() ? Optional.empty() : Optional.of(new Fix(description, replacements));
  }

  private static Optional<Fix.Replacement> confirm(Edit edit, SourceText text) {
    SourceRange w = edit.within();
    if (w.endLine() > text.lineCount()
        || w.startColumn() - 1 > text.line(w.startLine()).length()
        || w.endColumn() - 1 > text.line(w.endLine()).length()) {
      return Optional.empty(); // the file changed since it was scanned, or the range is not where we think
    }
    int from = text.offsetOf(w.startLine(), w.startColumn());
    int to = text.offsetOf(w.endLine(), w.endColumn());
    // one pass over the file's braces serves both the OBJECT scope and the declaration check
    Optional<Blocks> blocks = Blocks.of(text.path(), text.text());
    if (edit.scope() == Scope.LINES) {
      from = text.offsetOf(w.startLine(), 1);
      to = text.offsetOf(w.endLine(), 1) + text.line(w.endLine()).length();
    } else if (edit.scope() == Scope.OBJECT) {
      int start = from;
      int end = to;
      Optional<Blocks.Pair> object = blocks.flatMap(b -> b.enclosing(start, end));
      if (object.isEmpty()) {
        return Optional.empty();
      }
      from = object.get().open() + 1;
      to = object.get().close();
    }
    Matcher m = edit.pattern().matcher(text.text().substring(from, to));
    if (!m.matches() || m.start("old") < 0) {
      return Optional.empty();
    }
    int oldStart = from + m.start("old");
    int oldEnd = from + m.end("old");
    if (!insideDeclaration(edit.owner(), text, blocks, oldStart, oldEnd)) {
      return Optional.empty();
    }
    // a new line follows the file's own line endings
    String inserted = text.text().contains("\r\n") ? edit.inserted().replace("\n", "\r\n") : edit.inserted();
    return Optional.of(new Fix.Replacement(text.range(oldStart, oldEnd), inserted));
  }

  /**
   * Whether [start, end) lies inside the owner's own declaration: the object around its name (ARM, Bicep) or the
   * block its header opens (Terraform). A value the mapper took from a variable's object is outside and is not
   * edited: other resources may use the same variable.
   */
  private static boolean insideDeclaration(
      AzureResource owner, SourceText text, Optional<Blocks> blocks, int start, int end) {
    SourceRange anchor = owner.header().range();
    if (!anchor.file().equals(text.path()) || anchor.endLine() > text.lineCount()
        || anchor.endColumn() - 1 > text.line(anchor.endLine()).length()) {
      return false;
    }
    int anchorStart = text.offsetOf(anchor.startLine(), anchor.startColumn());
    int anchorEnd = text.offsetOf(anchor.endLine(), anchor.endColumn());
    Optional<Blocks.Pair> block = blocks.flatMap(b -> text.path().endsWith(".tf")
        ? b.openingIn(anchorStart, anchorEnd)
        : b.enclosing(anchorStart, anchorEnd));
    return block.filter(p -> start > p.open() && end <= p.close()).isPresent();
  }

  private static boolean overlap(SourceRange a, SourceRange b) {
    if (!a.file().equals(b.file())) {
      return false;
    }
    boolean aBeforeB = a.endLine() < b.startLine()
        || (a.endLine() == b.startLine() && a.endColumn() <= b.startColumn());
    boolean bBeforeA = b.endLine() < a.startLine()
        || (b.endLine() == a.startLine() && b.endColumn() <= a.startColumn());
    // two insertions at the same point would apply in an unclear order
    return !(aBeforeB || bBeforeA) || (a.equals(b));
  }
}
