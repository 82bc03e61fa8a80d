package io.vnetlint.rules;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A change to the user's files that resolves a finding, checked against the source text before it reaches a
 * finding (see {@link ProposedFix}): what SARIF calls a {@code fix} and rustc a suggestion.
 *
 * @param description what the change does, as an imperative sentence ("set allowGatewayTransit to true on peering
 *     'hub-to-spoke'")
 * @param replacements the edits, each in one file; they never overlap
 */
public record Fix(String description, List<Replacement> replacements) {

  public Fix {
    replacements = List.copyOf(replacements);
    if (replacements.isEmpty()) {
      throw new IllegalArgumentException("a fix needs at least one replacement");
    }
  }

  /**
   * Deletes the text of {@code deleted} (empty for a pure insertion) and inserts {@code inserted} in its place.
   */
  public record Replacement(SourceRange deleted, String inserted) {
    // Written out: findings are grouped by their replacements, and the generated record methods would link the
    // ObjectMethods bootstrap on every scan with a fix.
    @Override
    public boolean equals(Object o) {
      return o instanceof Replacement r && java.util.Objects.equals(deleted, r.deleted)
          && java.util.Objects.equals(inserted, r.inserted);
    }

    @Override
    public int hashCode() {
      return 31 * java.util.Objects.hashCode(deleted) + java.util.Objects.hashCode(inserted);
    }
  }

  /**
   * The text after applying {@code replacements} (all in the file of {@code text}); they are applied from the end
   * of the file so earlier ranges stay valid. Overlapping replacements are refused.
   */
  public static String apply(SourceText text, List<Replacement> replacements) {
    List<Replacement> sorted = new ArrayList<>(replacements);
    sorted.sort(Comparator.comparingInt((Replacement r) -> r.deleted().startLine())
        .thenComparingInt(r -> r.deleted().startColumn()).reversed());
    StringBuilder sb = new StringBuilder(text.text());
    int limit = Integer.MAX_VALUE;
    for (Replacement r : sorted) {
      SourceRange d = r.deleted();
      if (!d.file().equals(text.path())) {
        throw new IllegalArgumentException("replacement in " + d.file() + " applied to " + text.path());
      }
      int start = text.offsetOf(d.startLine(), d.startColumn());
      int end = text.offsetOf(d.endLine(), d.endColumn());
      if (end > limit) {
        throw new IllegalArgumentException("overlapping replacements at " + d);
      }
      sb.replace(start, end, r.inserted());
      limit = start;
    }
    return sb.toString();
  }
}
