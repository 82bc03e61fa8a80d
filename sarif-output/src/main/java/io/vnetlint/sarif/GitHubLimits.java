package io.vnetlint.sarif;

import java.util.LinkedHashSet;
import java.util.List;

/** The sizes GitHub code scanning accepts in rule metadata; longer values are cut so an upload is never refused. */
final class GitHubLimits {
  static final int MAX_NAME = 255;
  static final int MAX_DESCRIPTION = 1024;
  static final int MAX_TAGS = 20;

  private GitHubLimits() {}

  /** {@code text} itself when it fits, else its start and an ellipsis, {@code max} characters in all. */
  static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = max - 1;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--; // never split a surrogate pair
    }
    return text.substring(0, cut) + "\u2026";
  }

  /** The tags without duplicates, at most {@value #MAX_TAGS}. */
  static List<String> tags(List<String> tags) {
    return new LinkedHashSet<>(tags).stream().limit(MAX_TAGS).toList();
  }
}
