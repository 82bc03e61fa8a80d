package io.vnetlint.cli.output;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in source lines before they are shown in a code frame. The front ends tell us where sensitive
 * literals are; as a second line of defence, string values of attributes whose names say "key", "secret" or
 * "password" are masked too, so a secret the front ends did not recognise is still not printed.
 */
public final class Redactor {
  private static final Pattern SECRET_ATTRIBUTE = Pattern.compile(
      "(?i)(shared_?key|secret|password|authorization_?key|psk|pre_?shared)[\\w-]*\"?\\s*[:=]\\s*"
          + "(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')");

  /**
   * A bare reference such as {@code var.shared_key} or {@code vpnKey}: no literal, so nothing secret to hide, and
   * showing it tells the reader where the key comes from.
   */
  private static final Pattern BARE_REFERENCE = Pattern.compile("[A-Za-z_][\\w.\\-]*(\\[[0-9]+])*");

  /** Secret texts shorter than this are not searched for elsewhere: they would mask ordinary words. */
  private static final int MIN_REPEATED_SECRET = 4;

  private final List<SourceRange> sensitive;
  private final List<String> secretTexts;

  public Redactor(List<SourceRange> sensitive) {
    this(sensitive, file -> Optional.empty());
  }

  /**
   * With the sources, the literal text of each one-line sensitive range is also masked wherever else it appears on
   * a shown line: a secret repeated in a comment or a placeholder next to the value is still the secret.
   */
  public Redactor(List<SourceRange> sensitive, Function<String, Optional<SourceText>> sources) {
    this.sensitive = List.copyOf(sensitive);
    Set<String> texts = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (SourceRange r : this.sensitive) {
      secretText(r, sources).ifPresent(texts::add);
    }
    this.secretTexts = List.copyOf(texts);
  }

  /** The literal a one-line sensitive range holds, without quotes; empty for references and expressions. */
  private static Optional<String> secretText(SourceRange r, Function<String, Optional<SourceText>> sources) {
    if (r.startLine() != r.endLine()) {
      return Optional.empty();
    }
    Optional<SourceText> text = sources.apply(r.file());
    if (text.isEmpty() || r.startLine() < 1 || r.startLine() > text.get().lineCount()) {
      return Optional.empty();
    }
    String line = text.get().line(r.startLine());
    int from = r.startColumn() - 1;
    int to = Math.min(line.length(), r.endColumn() - 1);
    if (from < 0 || from >= to) {
      return Optional.empty();
    }
    String value = line.substring(from, to).strip();
    if (value.length() >= 2 && quoteAt(value, 0) && value.charAt(value.length() - 1) == value.charAt(0)) {
      value = value.substring(1, value.length() - 1);
    } else if (BARE_REFERENCE.matcher(value).matches()) {
      return Optional.empty(); // a reference names where the secret comes from; it is not the secret
    }
    boolean expression = value.startsWith("[") || value.contains("${");
    return value.length() >= MIN_REPEATED_SECRET && !expression ? Optional.of(value) : Optional.empty();
  }

  /** The line as it may be shown: sensitive ranges and secret-looking attribute values replaced by '*'. */
  public String redact(String file, int lineNumber, String line) {
    char[] chars = line.toCharArray();
    for (SourceRange r : sensitive) {
      if (!r.file().equals(file) || lineNumber < r.startLine() || lineNumber > r.endLine()) {
        continue;
      }
      int from = lineNumber == r.startLine() ? r.startColumn() - 1 : 0;
      int to = lineNumber == r.endLine() ? r.endColumn() - 1 : chars.length;
      boolean wholeRangeOnThisLine = r.startLine() == r.endLine();
      if (wholeRangeOnThisLine && from >= 0 && to <= line.length() && from < to
          && !quoteAt(line, from - 1) && !quoteAt(line, to)
          && BARE_REFERENCE.matcher(line.substring(from, to)).matches()) {
        continue;
      }
      mask(chars, from, to);
    }
    for (String secret : secretTexts) {
      for (int at = line.indexOf(secret); at >= 0; at = line.indexOf(secret, at + 1)) {
        mask(chars, at, at + secret.length());
      }
    }
    Matcher m = SECRET_ATTRIBUTE.matcher(line);
    while (m.find()) {
      mask(chars, m.start(2) + 1, m.end(2) - 1);
    }
    return new String(chars);
  }

  /** A range that sits inside quotes is the content of a string literal, never a reference. */
  private static boolean quoteAt(String line, int i) {
    return i >= 0 && i < line.length() && (line.charAt(i) == '"' || line.charAt(i) == '\'');
  }

  private static void mask(char[] chars, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(chars.length, to); i++) {
      chars[i] = '*';
    }
  }

  /** For tests: all masks applied to a list of lines. */
  List<String> redactAll(String file, List<String> lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add(redact(file, i + 1, lines.get(i)));
    }
    return out;
  }
}
