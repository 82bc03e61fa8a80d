package io.vnetlint.hcl.syntax;

import java.text.Normalizer;

/** Small text helpers that reproduce Go library behaviour hclsyntax relies on. */
final class TextUtil {
  private TextUtil() {}

  /** Go's {@code unicode.IsSpace}. */
  static boolean isGoSpace(char c) {
    if (c <= 0xFF) {
      return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
    }
    return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
        || c == 0x205F || c == 0x3000;
  }

  /** Go's {@code strings.TrimLeftFunc(s, unicode.IsSpace)}. */
  static String trimLeftSpace(String s) {
    int i = 0;
    while (i < s.length() && isGoSpace(s.charAt(i))) {
      i++;
    }
    return i == 0 ? s : s.substring(i);
  }

  /** Go's {@code strings.TrimRightFunc(s, unicode.IsSpace)}. */
  static String trimRightSpace(String s) {
    int i = s.length();
    while (i > 0 && isGoSpace(s.charAt(i - 1))) {
      i--;
    }
    return i == s.length() ? s : s.substring(0, i);
  }

  /** The number of leading space characters of s. */
  static int leadingSpaceChars(String s) {
    int i = 0;
    while (i < s.length() && isGoSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Grapheme clusters in {@code s[0, end)}, which holds only spaces: one per character, CR LF counting once. */
  static int spaceClusters(String s, int end) {
    int clusters = 0;
    for (int i = 0; i < end; i++) {
      if (!(s.charAt(i) == '\n' && i > 0 && s.charAt(i - 1) == '\r')) {
        clusters++;
      }
    }
    return clusters;
  }

  /** The char length of the first {@code clusters} grapheme clusters of s (approximated: a code point, CR LF, or a
   * code point with its following combining marks and joiners). */
  static int clusterChars(String s, int clusters) {
    int i = 0;
    for (int k = 0; k < clusters && i < s.length(); k++) {
      if (s.charAt(i) == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        i += 2;
        continue;
      }
      i += Character.charCount(s.codePointAt(i));
      while (i < s.length() && isExtend(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
    }
    return i;
  }

  private static boolean isExtend(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK || cp == 0x200D;
  }

  /** NFC normalisation, as {@code cty.StringVal} applies to every string value. */
  static String nfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x300) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
      }
    }
    return s;
  }

  /** Go's {@code %q} for the strings that appear in messages. */
  static String goQuote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            sb.append(String.format("\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** hclsyntax's {@code nameSuggestion}: the first candidate within Levenshtein distance 2, or "". */
  static String nameSuggestion(String given, String... candidates) {
    for (String c : candidates) {
      if (levenshtein(given, c) < 3) {
        return c;
      }
    }
    return "";
  }

  private static int levenshtein(String a, String b) {
    if (a.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
