package io.vnetlint.hcl.eval.functions;

import io.vnetlint.hcl.eval.functions.FunctionLibrary.Kind;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** {@code regex}, {@code regexall} and the {@code /pattern/} form of {@code replace}, on translated RE2 patterns. */
final class RegexFunctions {
  private RegexFunctions() {}

  /** The function called {@code name} in this group, or null (a switch: see {@link FunctionLibrary}). */
  static FunctionLibrary.Spec find(String name) {
    return switch (name) {
      case "regex" -> new FunctionLibrary.Spec("regex", 2, 2, Kind.CONTENT, false,
          RegexFunctions::regex);
      case "regexall" -> new FunctionLibrary.Spec("regexall", 2, 2, Kind.CONTENT, false,
          RegexFunctions::regexall);
      default -> null;
    };
  }

  static Re2 compile(String pattern) {
    return Re2.compile(pattern).orElseThrow(() -> new NotKnown(
        "the regular expression uses syntax that is not evaluated (not RE2, or different in Java)"));
  }

  private static Value regex(Call c) {
    Re2 re = compile(c.string(0));
    checkGroups(c, re);
    Matcher m = re.pattern().matcher(c.string(1));
    if (!m.find()) {
      throw c.error("pattern did not match any part of the given string");
    }
    return result(c, re, m);
  }

  private static Value regexall(Call c) {
    Re2 re = compile(c.string(0));
    checkGroups(c, re);
    String s = c.string(1);
    Matcher m = re.pattern().matcher(s);
    List<Value> out = new ArrayList<>();
    while (m.find()) {
      out.add(result(c, re, m));
      if (m.end() == m.start() && m.end() >= s.length()) {
        break;
      }
    }
    return c.list(out);
  }

  private static void checkGroups(Call c, Re2 re) {
    if (re.hasNamedGroups() && re.hasUnnamedGroups()) {
      throw c.error("invalid regular expression pattern: cannot mix both named and unnamed capture groups");
    }
  }

  /** The whole match without groups, a list of unnamed groups, or an object of named groups. */
  private static Value result(Call c, Re2 re, Matcher m) {
    if (re.groupCount() == 0) {
      return c.str(m.group());
    }
    if (re.hasNamedGroups()) {
      List<Value.Member> members = new ArrayList<>();
      for (int i = 0; i < re.groupCount(); i++) {
        String g = m.group(i + 1);
        members.add(new Value.Member(re.groupNames().get(i), c.range, g == null ? c.nul() : c.str(g)));
      }
      members.sort(java.util.Comparator.comparing(Value.Member::key));
      return c.obj(members);
    }
    List<Value> groups = new ArrayList<>();
    for (int i = 1; i <= re.groupCount(); i++) {
      String g = m.group(i);
      groups.add(g == null ? c.nul() : c.str(g));
    }
    return c.list(groups);
  }

  /** Go's {@code ReplaceAllString}. */
  static String replaceAll(String s, String pattern, String replacement) {
    Re2 re = compile(pattern);
    Matcher m = re.pattern().matcher(s);
    StringBuilder sb = new StringBuilder();
    int last = 0;
    while (m.find()) {
      sb.append(s, last, m.start()).append(re.expand(replacement, m));
      last = m.end();
      if (m.end() == m.start() && m.end() >= s.length()) {
        break;
      }
    }
    return sb.append(s.substring(last)).toString();
  }
}
