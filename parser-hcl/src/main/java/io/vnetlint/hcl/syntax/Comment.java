package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/**
 * A comment: {@code # ...}, {@code // ...} (line comments, range without the line break) or {@code /* ... *}{@code /}.
 *
 * @param text the comment exactly as written, including its markers, without the trailing line break
 */
public record Comment(String text, SourceRange range) {
  public boolean isLineComment() {
    return !text.startsWith("/*");
  }

  /** The text without the comment markers and surrounding blanks. */
  public String content() {
    String t = text;
    if (t.startsWith("#")) {
      t = t.substring(1);
    } else if (t.startsWith("//")) {
      t = t.substring(2);
    } else if (t.startsWith("/*")) {
      t = t.substring(2, t.endsWith("*/") && t.length() >= 4 ? t.length() - 2 : t.length());
    }
    return t.strip();
  }
}
