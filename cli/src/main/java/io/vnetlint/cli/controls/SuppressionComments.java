package io.vnetlint.cli.controls;

import io.vnetlint.model.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code vnetlint:ignore} comments in a source file and the lines each one covers.
 *
 * <p>A small lexer per language tells comments from strings and code: Terraform ({@code #}, {@code //},
 * {@code /* *}{@code /}; strings in double quotes and heredocs, {@code <<EOT} and {@code <<-EOT}), Bicep ({@code //}, block comments; strings in single quotes,
 * {@code '''} multi-line strings) and ARM JSON (which Azure reads with {@code //} and block comments; strings in
 * double quotes). A suppression covers the statement that starts on the next line with code: from that line to the
 * line where the brackets opened on it ({@code { [ (}) are closed again, so a comment above a resource covers the
 * whole resource block and one above an attribute covers that attribute (with its value, if it spans lines). A
 * comment after code on the same line covers the statement starting on that line.
 */
public final class SuppressionComments {
  /** The marker must open the comment, so prose that mentions it is not a suppression. */
  private static final Pattern MARKER = Pattern.compile("^\\s*vnetlint:ignore\\b(.*)$", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile(
      "^\\s*([A-Za-z0-9_-]+(?:\\s*,\\s*[A-Za-z0-9_-]+)*)?\\s*(?:--(.*))?$", Pattern.DOTALL);

  private enum Language { TERRAFORM, BICEP, JSON }

  private SuppressionComments() {}

  /** The suppressions in a file, or none when the language is not one vnetlint reads. */
  public static List<Suppression> find(SourceText source) {
    String text = source.text();
    if (!text.contains("vnetlint:ignore")) {
      return List.of();
    }
    Language language = languageOf(source.path());
    if (language == null) {
      return List.of();
    }
    Lexed lexed = lex(text, language);
    List<Suppression> out = new ArrayList<>();
    for (int[] c : lexed.comments) {
      String body = commentBody(text.substring(c[0], c[1]));
      Matcher marker = MARKER.matcher(body);
      if (!marker.matches()) {
        continue;
      }
      Matcher m = BODY.matcher(marker.group(1));
      List<String> ids = new ArrayList<>();
      String reason = "";
      if (m.matches()) {
        if (m.group(1) != null) {
          for (String id : m.group(1).split(",")) {
            ids.add(id.strip());
          }
        }
        reason = m.group(2) == null ? "" : m.group(2).strip();
      } else {
        reason = ""; // unreadable: reported as naming no rule
      }
      int commentLine = source.lineOf(c[0]);
      int first = lexed.hasCodeBefore(source, c[0]) ? commentLine : lexed.nextCodeLine(source, c[1]);
      int last = first < 0 ? commentLine : lexed.statementEnd(source, first);
      out.add(new Suppression(source.range(c[0], c[1]), ids, reason, first < 0 ? commentLine : first, last));
    }
    return out;
  }

  private static Language languageOf(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    if (name.endsWith(".tf") || name.endsWith(".tfvars")) {
      return Language.TERRAFORM;
    }
    if (name.endsWith(".bicep") || name.endsWith(".bicepparam")) {
      return Language.BICEP;
    }
    if (name.endsWith(".json")) {
      return Language.JSON;
    }
    return null;
  }

  private static String commentBody(String comment) {
    if (comment.startsWith("#")) {
      return comment.substring(1);
    }
    if (comment.startsWith("//")) {
      return comment.substring(2);
    }
    String body = comment.substring(2);
    return body.endsWith("*/") ? body.substring(0, body.length() - 2) : body;
  }

  /** The comments of a text as [start, end) offsets, and which characters are code (neither comment nor space). */
  private record Lexed(List<int[]> comments, boolean[] code, boolean[] bracketCode, String text) {

    boolean hasCodeBefore(SourceText source, int offset) {
      int lineStart = source.offsetOf(source.lineOf(offset), 1);
      for (int i = lineStart; i < offset; i++) {
        if (code[i]) {
          return true;
        }
      }
      return false;
    }

    /** The first line after {@code offset} with code, or -1. */
    int nextCodeLine(SourceText source, int offset) {
      for (int i = offset; i < text.length(); i++) {
        if (code[i]) {
          return source.lineOf(i);
        }
      }
      return -1;
    }

    /** The line where the statement starting on {@code line} ends: brackets opened from there are closed. */
    int statementEnd(SourceText source, int line) {
      int depth = 0;
      int i = source.offsetOf(line, 1);
      int current = line;
      for (; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          if (depth <= 0) {
            return current;
          }
          current++;
          continue;
        }
        if (bracketCode[i]) {
          if (ch == '{' || ch == '[' || ch == '(') {
            depth++;
          } else if (ch == '}' || ch == ']' || ch == ')') {
            depth--;
          }
        }
      }
      return current;
    }
  }

  private static Lexed lex(String text, Language language) {
    List<int[]> comments = new ArrayList<>();
    boolean[] code = new boolean[text.length()];
    boolean[] bracketCode = new boolean[text.length()];
    int i = 0;
    int n = text.length();
    while (i < n) {
      char ch = text.charAt(i);
      if ((ch == '#' && language == Language.TERRAFORM) || (ch == '/' && i + 1 < n && text.charAt(i + 1) == '/')) {
        int end = i;
        while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
          end++;
        }
        comments.add(new int[] {i, end});
        i = end;
      } else if (ch == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        int end = close < 0 ? n : close + 2;
        comments.add(new int[] {i, end});
        i = end;
      } else if (language == Language.TERRAFORM && text.startsWith("<<", i) && heredocEnd(text, i) > 0) {
        // a heredoc is a string: a script or policy in it may hold "# ..." lines that are not comments
        int end = heredocEnd(text, i);
        markCode(code, i, end, text);
        i = end;
      } else if (language == Language.BICEP && text.startsWith("'''", i)) {
        int close = text.indexOf("'''", i + 3);
        int end = close < 0 ? n : close + 3;
        markCode(code, i, end, text);
        i = end;
      } else if ((ch == '"' && language != Language.BICEP) || (ch == '\'' && language == Language.BICEP)) {
        int end = i + 1;
        while (end < n && text.charAt(end) != ch && text.charAt(end) != '\n') {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(n, end + 1);
        markCode(code, i, end, text);
        i = end;
      } else {
        if (!Character.isWhitespace(ch)) {
          code[i] = true;
          bracketCode[i] = true;
        }
        i++;
      }
    }
    return new Lexed(comments, code, bracketCode, text);
  }

  /**
   * The end of the heredoc that starts at {@code start} ({@code <<EOT} or {@code <<-EOT}, then a line break; it ends
   * after the line that holds only the identifier, indented or not), or -1 when no heredoc starts there. An
   * unterminated heredoc runs to the end of the text, as in HCL's own scanner.
   */
  static int heredocEnd(String text, int start) {
    int i = start + 2;
    if (i < text.length() && text.charAt(i) == '-') {
      i++;
    }
    int idStart = i;
    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
        || (i > idStart && text.charAt(i) == '-'))) {
      i++;
    }
    if (i == idStart || Character.isDigit(text.charAt(idStart))) {
      return -1;
    }
    String id = text.substring(idStart, i);
    if (i < text.length() && text.charAt(i) == '\r') {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != '\n') {
      return -1;
    }
    int line = i + 1;
    while (line < text.length()) {
      int lineEnd = text.indexOf('\n', line);
      int contentEnd = lineEnd < 0 ? text.length() : lineEnd;
      if (contentEnd > line && text.charAt(contentEnd - 1) == '\r') {
        contentEnd--;
      }
      if (text.substring(line, contentEnd).strip().equals(id)) {
        return contentEnd;
      }
      if (lineEnd < 0) {
        break;
      }
      line = lineEnd + 1;
    }
    return text.length();
  }

  private static void markCode(boolean[] code, int start, int end, String text) {
    for (int k = start; k < end && k < code.length; k++) {
      code[k] = !Character.isWhitespace(text.charAt(k));
    }
  }
}
