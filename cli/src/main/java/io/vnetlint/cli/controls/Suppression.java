package io.vnetlint.cli.controls;

import io.vnetlint.model.SourceRange;
import java.util.List;

/**
 * One {@code vnetlint:ignore} comment.
 *
 * @param comment where the comment is, for diagnostics about it
 * @param ruleIds the rules it names, as written (resolved against the catalogue when applied)
 * @param reason the text after {@code --}; empty when missing (such a suppression suppresses nothing)
 * @param firstLine the first line it covers: the comment's own line when code precedes the comment on that line,
 *     else the next line with code
 * @param lastLine the last line it covers: where the block or attribute that starts on {@code firstLine} ends
 */
public record Suppression(SourceRange comment, List<String> ruleIds, String reason, int firstLine, int lastLine) {
  public Suppression {
    ruleIds = List.copyOf(ruleIds);
  }

  /** Whether a finding whose primary location starts at {@code range} is inside what this comment covers. */
  public boolean covers(SourceRange range) {
    return range.file().equals(comment.file()) && range.startLine() >= firstLine && range.startLine() <= lastLine;
  }

  public boolean hasReason() {
    return !reason.isBlank();
  }
}
