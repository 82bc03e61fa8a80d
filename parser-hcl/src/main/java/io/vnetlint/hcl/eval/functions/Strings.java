package io.vnetlint.hcl.eval.functions;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text helpers with Go's definitions (Unicode spaces, grapheme clusters as Terraform counts characters). */
final class Strings {
  private Strings() {}

  /** The grapheme clusters of {@code s}: what Terraform's {@code length}, {@code substr} and {@code strrev} count. */
  static List<String> graphemes(String s) {
    List<String> out = new ArrayList<>();
    BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
    it.setText(s);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      out.add(s.substring(start, end));
    }
    return out;
  }

  /** Go's {@code unicode.IsSpace}. */
  static boolean isSpace(int cp) {
    switch (cp) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0:
        return true;
      default:
        return cp > 0xff && Character.isSpaceChar(cp);
    }
  }

  /** Go's {@code strings.TrimSpace}. */
  static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** A string as Terraform's messages quote it. */
  static String quote(String s) {
    return Json.string(s, false);
  }
}
