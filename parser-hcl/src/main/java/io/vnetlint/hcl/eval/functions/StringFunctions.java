package io.vnetlint.hcl.eval.functions;

import io.vnetlint.hcl.eval.functions.FunctionLibrary.Kind;
import io.vnetlint.model.Limits;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Terraform's string functions. */
final class StringFunctions {
  private StringFunctions() {}

  /** The function called {@code name} in this group, or null (a switch: see {@link FunctionLibrary}). */
  static FunctionLibrary.Spec find(String name) {
    return switch (name) {
      case "format" -> new FunctionLibrary.Spec("format", 1, Integer.MAX_VALUE, Kind.CONTENT, false,
          StringFunctions::format);
      case "formatlist" -> new FunctionLibrary.Spec("formatlist", 1, Integer.MAX_VALUE, Kind.CONTENT, false,
          StringFunctions::formatlist);
      case "join" -> new FunctionLibrary.Spec("join", 2, Integer.MAX_VALUE, Kind.CONTENT, false,
          StringFunctions::join);
      case "split" -> new FunctionLibrary.Spec("split", 2, 2, Kind.CONTENT, false,
          StringFunctions::split);
      case "replace" -> new FunctionLibrary.Spec("replace", 3, 3, Kind.CONTENT, false,
          StringFunctions::replace);
      case "lower" -> new FunctionLibrary.Spec("lower", 1, 1, Kind.CONTENT, false,
          c -> c.str(c.string(0).toLowerCase(Locale.ROOT)));
      case "upper" -> new FunctionLibrary.Spec("upper", 1, 1, Kind.CONTENT, false,
          c -> c.str(c.string(0).toUpperCase(Locale.ROOT)));
      case "title" -> new FunctionLibrary.Spec("title", 1, 1, Kind.CONTENT, false,
          StringFunctions::title);
      case "trimspace" -> new FunctionLibrary.Spec("trimspace", 1, 1, Kind.CONTENT, false,
          c -> c.str(Strings.trimSpace(c.string(0))));
      case "trim" -> new FunctionLibrary.Spec("trim", 2, 2, Kind.CONTENT, false,
          StringFunctions::trim);
      case "trimprefix" -> new FunctionLibrary.Spec("trimprefix", 2, 2, Kind.CONTENT, false,
          StringFunctions::trimprefix);
      case "trimsuffix" -> new FunctionLibrary.Spec("trimsuffix", 2, 2, Kind.CONTENT, false,
          StringFunctions::trimsuffix);
      case "chomp" -> new FunctionLibrary.Spec("chomp", 1, 1, Kind.CONTENT, false,
          StringFunctions::chomp);
      case "substr" -> new FunctionLibrary.Spec("substr", 3, 3, Kind.CONTENT, false,
          StringFunctions::substr);
      case "startswith" -> new FunctionLibrary.Spec("startswith", 2, 2, Kind.CONTENT, false,
          c -> c.bool(c.string(0).startsWith(c.string(1))));
      case "endswith" -> new FunctionLibrary.Spec("endswith", 2, 2, Kind.CONTENT, false,
          c -> c.bool(c.string(0).endsWith(c.string(1))));
      case "strcontains" -> new FunctionLibrary.Spec("strcontains", 2, 2, Kind.CONTENT, false,
          c -> c.bool(c.string(0).contains(c.string(1))));
      case "strrev" -> new FunctionLibrary.Spec("strrev", 1, 1, Kind.CONTENT, false,
          StringFunctions::strrev);
      case "indent" -> new FunctionLibrary.Spec("indent", 2, 2, Kind.CONTENT, false,
          StringFunctions::indent);
      default -> null;
    };
  }

  private static Value format(Call c) {
    return c.str(Formatter.format(c.string(0), c.args.subList(1, c.count())));
  }

  /** Lists are iterated in step (all of the same length), other arguments repeat in every element. */
  private static Value formatlist(Call c) {
    String spec = c.string(0);
    int length = -1;
    int lengthFrom = 0;
    for (int i = 1; i < c.count(); i++) {
      Value a = Call.known(c.arg(i));
      if (a instanceof Value.Arr arr) {
        if (length >= 0 && arr.items().size() != length) {
          throw c.error("argument " + (i + 1) + " has length " + arr.items().size()
              + ", which is inconsistent with argument " + (lengthFrom + 1) + " of length " + length);
        }
        length = arr.items().size();
        lengthFrom = i;
      }
    }
    List<Value> out = new ArrayList<>();
    for (int n = 0; n < Math.max(length, 1); n++) {
      List<Value> args = new ArrayList<>();
      for (int i = 1; i < c.count(); i++) {
        Value a = c.arg(i);
        args.add(a instanceof Value.Arr arr ? arr.items().get(n) : a);
      }
      out.add(c.str(Formatter.format(spec, args)));
    }
    return c.list(out);
  }

  private static Value join(Call c) {
    String separator = c.string(0);
    List<String> parts = new ArrayList<>();
    long total = 0;
    for (int i = 1; i < c.count(); i++) {
      for (Value item : c.list(i)) {
        Value known = Call.known(item);
        if (known instanceof Value.Null) {
          throw c.error("element " + parts.size() + " is null; cannot concatenate null values");
        }
        parts.add(Convert.string(known, "element"));
        total += parts.get(parts.size() - 1).length() + separator.length();
        if (total > Limits.MAX_STRING_CHARS) {
          throw c.error("the result is longer than the limit of " + Limits.MAX_STRING_CHARS + " characters");
        }
      }
    }
    return c.str(String.join(separator, parts));
  }

  /** Go's {@code strings.Split}: an empty separator splits into characters. */
  private static Value split(Call c) {
    String separator = c.string(0);
    String s = c.string(1);
    List<Value> out = new ArrayList<>();
    if (separator.isEmpty()) {
      s.codePoints().forEach(cp -> out.add(c.str(new String(Character.toChars(cp)))));
      return c.list(out);
    }
    int from = 0;
    while (true) {
      int at = s.indexOf(separator, from);
      if (at < 0) {
        out.add(c.str(s.substring(from)));
        return c.list(out);
      }
      out.add(c.str(s.substring(from, at)));
      from = at + separator.length();
    }
  }

  private static Value replace(Call c) {
    String s = c.string(0);
    String search = c.string(1);
    String replacement = c.string(2);
    if (search.length() > 1 && search.startsWith("/") && search.endsWith("/")) {
      return c.str(RegexFunctions.replaceAll(s, search.substring(1, search.length() - 1), replacement));
    }
    if (search.isEmpty()) {
      StringBuilder sb = new StringBuilder(replacement);
      s.codePoints().forEach(cp -> sb.appendCodePoint(cp).append(replacement));
      return c.str(sb.toString());
    }
    return c.str(s.replace(search, replacement));
  }

  /** Go's deprecated {@code strings.Title}: upper-case the first letter of every word. */
  private static Value title(Call c) {
    String s = c.string(0);
    StringBuilder sb = new StringBuilder();
    boolean start = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      sb.appendCodePoint(start ? Character.toTitleCase(cp) : cp);
      start = !(Character.isLetterOrDigit(cp) || cp == '_' || cp == '\'');
      i += Character.charCount(cp);
    }
    return c.str(sb.toString());
  }

  private static Value trim(Call c) {
    String s = c.string(0);
    String cutset = c.string(1);
    int start = 0;
    int end = s.length();
    while (start < end && cutset.indexOf(s.codePointAt(start)) >= 0) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && cutset.indexOf(s.codePointBefore(end)) >= 0) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return c.str(s.substring(start, end));
  }

  private static Value trimprefix(Call c) {
    String s = c.string(0);
    String prefix = c.string(1);
    return c.str(s.startsWith(prefix) ? s.substring(prefix.length()) : s);
  }

  private static Value trimsuffix(Call c) {
    String s = c.string(0);
    String suffix = c.string(1);
    return c.str(s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s);
  }

  private static Value chomp(Call c) {
    String s = c.string(0);
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return c.str(s.substring(0, end));
  }

  /** cty's {@code substr}: offsets and lengths in grapheme clusters; a negative offset counts from the end. */
  private static Value substr(Call c) {
    List<String> chars = Strings.graphemes(c.string(0));
    int offset = c.integer(1);
    int length = c.integer(2);
    if (offset < 0) {
      offset = Math.max(offset + chars.size(), 0);
    } else if (length == 0) {
      return c.str("");
    }
    if (offset >= chars.size()) {
      return c.str("");
    }
    int end = length < 0 ? chars.size() : Math.min(chars.size(), offset + length);
    return c.str(String.join("", chars.subList(offset, end)));
  }

  private static Value strrev(Call c) {
    List<String> chars = new ArrayList<>(Strings.graphemes(c.string(0)));
    Collections.reverse(chars);
    return c.str(String.join("", chars));
  }

  private static Value indent(Call c) {
    int spaces = c.integer(0);
    String s = c.string(1);
    String pad = " ".repeat(Math.max(spaces, 0));
    return c.str(s.replace("\n", "\n" + pad));
  }
}
