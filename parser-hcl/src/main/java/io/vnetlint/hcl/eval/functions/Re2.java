package io.vnetlint.hcl.eval.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Go (RE2) regular expression translated to {@link Pattern}, where the translation keeps RE2's meaning:
 * {@code (?P<name>)} groups, POSIX classes, {@code $} as end of text, literal {@code [} and {@code &} in classes.
 * Syntax RE2 does not have (look-around, back references, possessive quantifiers, atomic groups, {@code (?U)}
 * which means something else in Java) is not translated: callers make the result unknown rather than guess.
 *
 * @param groupNames the RE2 name of each capture group (index 1..n), null for unnamed groups
 */
record Re2(Pattern pattern, List<String> groupNames) {

  /** The translated pattern, or empty when it uses syntax we do not translate faithfully. */
  static Optional<Re2> compile(String re2) {
    Translator t = new Translator(re2);
    if (!t.translate()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Re2(Pattern.compile(t.out.toString(), Pattern.UNIX_LINES | Pattern.UNICODE_CASE), t.names));
    } catch (PatternSyntaxException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  int groupCount() {
    return groupNames.size();
  }

  boolean hasNamedGroups() {
    return groupNames.stream().anyMatch(n -> n != null);
  }

  boolean hasUnnamedGroups() {
    return groupNames.stream().anyMatch(n -> n == null);
  }

  /** Go's {@code Regexp.Expand} template: {@code $1}, {@code ${1}}, {@code $name}, {@code ${name}}, {@code $$}. */
  String expand(String template, Matcher m) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c != '$' || i + 1 >= template.length()) {
        sb.append(c);
        continue;
      }
      char n = template.charAt(i + 1);
      if (n == '$') {
        sb.append('$');
        i++;
        continue;
      }
      String name;
      int end;
      if (n == '{') {
        int close = template.indexOf('}', i + 2);
        if (close < 0 || !isName(template.substring(i + 2, close))) {
          sb.append(c);
          continue;
        }
        name = template.substring(i + 2, close);
        end = close + 1;
      } else {
        end = i + 1;
        while (end < template.length() && isNameChar(template.charAt(end))) {
          end++;
        }
        if (end == i + 1) {
          sb.append(c);
          continue;
        }
        name = template.substring(i + 1, end);
      }
      String group = group(m, name);
      if (group != null) {
        sb.append(group);
      }
      i = end - 1;
    }
    return sb.toString();
  }

  /** The text of the group called {@code name} (a number or an RE2 name), null when absent or unmatched. */
  String group(Matcher m, String name) {
    if (name.chars().allMatch(Character::isDigit)) {
      try {
        int index = Integer.parseInt(name);
        return index <= groupCount() ? m.group(index) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    int index = groupNames.indexOf(name);
    return index < 0 ? null : m.group(index + 1);
  }

  private static boolean isName(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> isNameChar((char) c));
  }

  private static boolean isNameChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  private static final class Translator {
    private final String in;
    private final StringBuilder out = new StringBuilder();
    private final List<String> names = new ArrayList<>();
    private final boolean multiline;
    private int pos;

    Translator(String in) {
      this.in = in;
      this.multiline = Pattern.compile("\\(\\?[a-zA-Z-]*m").matcher(in).find();
    }

    boolean translate() {
      while (pos < in.length()) {
        char c = in.charAt(pos);
        if (c == '\\') {
          if (!escape(false)) {
            return false;
          }
        } else if (c == '[') {
          if (!charClass()) {
            return false;
          }
        } else if (c == '(') {
          if (!group()) {
            return false;
          }
        } else if (c == '$') {
          out.append(multiline ? "$" : "\\z");
          pos++;
        } else if (c == '{') {
          repetitionOrLiteral();
        } else if (c == '*' || c == '+' || c == '?' || c == '}') {
          out.append(c);
          pos++;
          if (c != '}' && pos < in.length() && in.charAt(pos) == '+') {
            return false; // possessive: RE2 rejects it, Java gives it another meaning
          }
        } else {
          out.append(c);
          pos++;
        }
      }
      return true;
    }

    private void repetitionOrLiteral() {
      Matcher m = Pattern.compile("\\{\\d+(,\\d*)?}").matcher(in).region(pos, in.length());
      if (m.lookingAt()) {
        out.append(m.group());
        pos = m.end();
        if (pos < in.length() && in.charAt(pos) == '+') {
          out.append("\\+"); // never possessive
          pos++;
        }
      } else {
        out.append("\\{");
        pos++;
      }
    }

    private boolean group() {
      if (in.startsWith("(?P<", pos) || (in.startsWith("(?<", pos) && !in.startsWith("(?<=", pos)
          && !in.startsWith("(?<!", pos))) {
        int nameStart = in.indexOf('<', pos) + 1;
        int close = in.indexOf('>', nameStart);
        if (close < 0 || !isName(in.substring(nameStart, close))) {
          return false;
        }
        names.add(in.substring(nameStart, close));
        out.append("(?<g").append(names.size()).append('>');
        pos = close + 1;
        return true;
      }
      if (in.startsWith("(?", pos)) {
        // flags: (?i) (?-s) (?im:...) ; anything else is look-around, atomic or a Java-only construct
        Matcher m = Pattern.compile("\\(\\?[imsU]*(-[imsU]*)?[:)]").matcher(in).region(pos, in.length());
        if (!m.lookingAt() || m.group().contains("U")) {
          return false;
        }
        out.append(m.group());
        pos = m.end();
        return true;
      }
      names.add(null);
      out.append('(');
      pos++;
      return true;
    }

    private boolean escape(boolean inClass) {
      if (pos + 1 >= in.length()) {
        return false;
      }
      char e = in.charAt(pos + 1);
      if (e == 'Q') {
        int end = in.indexOf("\\E", pos + 2);
        String literal = end < 0 ? in.substring(pos + 2) : in.substring(pos + 2, end);
        out.append(inClass ? quoteInClass(literal) : Pattern.quote(literal));
        pos = end < 0 ? in.length() : end + 2;
        return true;
      }
      if ("dDsSwWtnrfa".indexOf(e) >= 0 || (!inClass && "bBAz".indexOf(e) >= 0)) {
        out.append('\\').append(e == 'a' ? "x07" : String.valueOf(e));
        pos += 2;
        return true;
      }
      if (e == 'v') {
        out.append("\\x0B"); // Java's \v is a class of vertical spaces
        pos += 2;
        return true;
      }
      if (e == 'x') {
        Matcher m = Pattern.compile("\\\\x(\\{[0-9a-fA-F]+}|[0-9a-fA-F]{2})").matcher(in).region(pos, in.length());
        if (!m.lookingAt()) {
          return false;
        }
        out.append(m.group());
        pos = m.end();
        return true;
      }
      if (e == 'p' || e == 'P') {
        Matcher m = Pattern.compile("\\\\[pP](\\{\\^?([A-Za-z_]+)}|[A-Za-z])").matcher(in).region(pos, in.length());
        if (!m.lookingAt()) {
          return false;
        }
        boolean negated = m.group(1).startsWith("{^");
        String name = m.group(2) != null ? m.group(2) : m.group(1);
        char kind = negated ^ (e == 'P') ? 'P' : 'p';
        out.append('\\').append(kind).append('{').append(name.length() <= 2 ? name : "Is" + name).append('}');
        pos = m.end();
        return true;
      }
      if (Character.isLetterOrDigit(e)) {
        return false; // back references, \Z, \h, \R, \G, \k, octal: not RE2 or not the same
      }
      out.append('\\').append(e);
      pos += 2;
      return true;
    }

    private boolean charClass() {
      out.append('[');
      pos++;
      if (pos < in.length() && in.charAt(pos) == '^') {
        out.append('^');
        pos++;
      }
      boolean first = true;
      while (pos < in.length()) {
        char c = in.charAt(pos);
        if (c == ']' && !first) {
          out.append(']');
          pos++;
          return true;
        }
        first = false;
        if (c == '[' && in.startsWith("[:", pos)) {
          int close = in.indexOf(":]", pos + 2);
          if (close < 0) {
            return false;
          }
          String name = in.substring(pos + 2, close);
          boolean negated = name.startsWith("^");
          String posix = posixClass(negated ? name.substring(1) : name);
          if (posix == null) {
            return false;
          }
          out.append(negated ? "\\P{" : "\\p{").append(posix).append('}');
          pos = close + 2;
          continue;
        }
        if (c == '\\') {
          if (!escape(true)) {
            return false;
          }
          continue;
        }
        if (c == '[' || c == '&' || c == '^') {
          out.append('\\');
        }
        out.append(c);
        pos++;
      }
      return false; // unterminated
    }

    private static String quoteInClass(String literal) {
      StringBuilder sb = new StringBuilder();
      for (char c : literal.toCharArray()) {
        if ("[]\\^-&".indexOf(c) >= 0) {
          sb.append('\\');
        }
        sb.append(c);
      }
      return sb.toString();
    }

    private static String posixClass(String name) {
      return switch (name) {
        case "alnum" -> "Alnum";
        case "alpha" -> "Alpha";
        case "ascii" -> "ASCII";
        case "blank" -> "Blank";
        case "cntrl" -> "Cntrl";
        case "digit" -> "Digit";
        case "graph" -> "Graph";
        case "lower" -> "Lower";
        case "print" -> "Print";
        case "punct" -> "Punct";
        case "space" -> "Space";
        case "upper" -> "Upper";
        case "xdigit" -> "XDigit";
        default -> null;
      };
    }
  }
}
