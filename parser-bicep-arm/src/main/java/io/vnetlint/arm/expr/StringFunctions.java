package io.vnetlint.arm.expr;

import io.vnetlint.model.Limits;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** String functions: concat(), format(), split(), replace() and friends. */
final class StringFunctions {
  private StringFunctions() {}

  /** The function called {@code name} (lower case) in this group, or null (a switch: see {@link FunctionLibrary}). */
  static ArmFunction find(String name) {
    return switch (name) {
      case "concat" -> StringFunctions::concat;
      case "format" -> StringFunctions::format;
      case "string" -> StringFunctions::string;
      case "tolower" -> call -> mapString(call, s -> s.toLowerCase(Locale.ROOT));
      case "toupper" -> call -> mapString(call, s -> s.toUpperCase(Locale.ROOT));
      case "trim" -> call -> mapString(call, String::strip);
      case "replace" -> StringFunctions::replace;
      case "substring" -> StringFunctions::substring;
      case "split" -> StringFunctions::split;
      case "join" -> StringFunctions::join;
      case "startswith" -> call -> test(call, (s, p) -> s.regionMatches(true, 0, p, 0, p.length()));
      case "endswith" -> call -> test(call, (s, p) -> s.length() >= p.length()
          && s.regionMatches(true, s.length() - p.length(), p, 0, p.length()));
      case "indexof" -> call -> indexOf(call, false);
      case "lastindexof" -> call -> indexOf(call, true);
      case "padleft" -> StringFunctions::padLeft;
      default -> null;
    };
  }

  /** concat() joins strings (and integers), or concatenates arrays. */
  private static Value concat(Invocation call) {
    List<Value> args = call.args();
    boolean arrays = !args.isEmpty() && args.stream().allMatch(a -> a instanceof Value.Arr);
    if (arrays) {
      List<Value> items = new ArrayList<>();
      for (Value a : args) {
        items.addAll(((Value.Arr) a).items());
      }
      return call.array(items);
    }
    for (Value a : args) {
      if (a instanceof Value.Arr) {
        Optional<Value> unknown = call.anyUnknown();
        return unknown.orElseGet(() -> call.unknown("concat() mixes arrays and other values"));
      }
    }
    return StringAssembly.join(args, call);
  }

  /**
   * format() with .NET composite format items. Plain items ({@code {0}}) and brace escapes are evaluated; items
   * with alignment or a format string ({@code {0:N2}}) are not, and give an unknown.
   */
  private static Value format(Invocation call) {
    if (call.count() < 1) {
      return call.unknown("format() expects at least 1 argument, got 0");
    }
    Value formatArg = call.arg(0);
    if (!(formatArg instanceof Value.Str f)) {
      return call.notA("a format string", formatArg);
    }
    String fmt = f.value();
    List<Value> pieces = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < fmt.length()) {
      char c = fmt.charAt(i);
      if (c == '{' && i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') {
        literal.append('{');
        i += 2;
      } else if (c == '}' && i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
        literal.append('}');
        i += 2;
      } else if (c == '{') {
        int close = fmt.indexOf('}', i);
        if (close < 0) {
          return call.unknown("format() has an unclosed format item");
        }
        String item = fmt.substring(i + 1, close).strip();
        if (!item.matches("[0-9]{1,4}")) {
          return call.unknown("format() item '{" + item + "}' is not evaluated");
        }
        int index = Integer.parseInt(item) + 1;
        if (index >= call.count()) {
          return call.unknown("format() item {" + item + "} has no argument");
        }
        if (literal.length() > 0) {
          pieces.add(call.str(literal.toString()));
          literal.setLength(0);
        }
        pieces.add(call.arg(index));
        i = close + 1;
      } else if (c == '}') {
        return call.unknown("format() has an unmatched '}'");
      } else {
        literal.append(c);
        i++;
      }
    }
    if (literal.length() > 0 || pieces.isEmpty()) {
      pieces.add(call.str(literal.toString()));
    }
    return StringAssembly.join(pieces, call);
  }

  private static Value string(Invocation call) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    if (v instanceof Value.Unknown u) {
      return call.propagate(u);
    }
    Optional<String> text = Conversions.text(v);
    return text.<Value>map(call::str)
        .orElseGet(() -> call.unknown("string() of " + v.kind() + " is not evaluated"));
  }

  private static Value mapString(Invocation call, Function<String, String> f) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    if (!(v instanceof Value.Str s)) {
      return call.notA("a string", v);
    }
    return call.str(f.apply(s.value()));
  }

  /** Reads the arguments as strings; an unknown result when one is not. */
  private static Optional<Value> strings(Invocation call, List<String> out) {
    for (Value v : call.args()) {
      if (v instanceof Value.Str s) {
        out.add(s.value());
      } else {
        return Optional.of(call.notA("strings", v));
      }
    }
    return Optional.empty();
  }

  private static Value replace(Invocation call) {
    Optional<Value> arity = call.arity(3, 3);
    if (arity.isPresent()) {
      return arity.get();
    }
    List<String> s = new ArrayList<>();
    Optional<Value> bad = strings(call, s);
    if (bad.isPresent()) {
      return bad.get();
    }
    if (s.get(1).isEmpty()) {
      return call.unknown("replace() of an empty string");
    }
    if (s.get(2).length() > s.get(1).length()
        && (long) s.get(0).length() / s.get(1).length() * s.get(2).length() > Limits.MAX_STRING_CHARS) {
      // the result could pass the limit only when the replacement is longer: bound it before building it
      return call.unknown("replace() could build a string longer than the limit of " + Limits.MAX_STRING_CHARS
          + " characters");
    }
    return call.str(s.get(0).replace(s.get(1), s.get(2)));
  }

  private static Value substring(Invocation call) {
    Optional<Value> arity = call.arity(2, 3);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    if (!(v instanceof Value.Str s)) {
      return call.notA("a string", v);
    }
    Optional<Integer> start = Conversions.smallInt(call.arg(1));
    if (start.isEmpty()) {
      return call.notA("an integer start", call.arg(1));
    }
    int length = s.value().length() - start.get();
    if (call.count() == 3) {
      Optional<Integer> l = Conversions.smallInt(call.arg(2));
      if (l.isEmpty()) {
        return call.notA("an integer length", call.arg(2));
      }
      length = l.get();
    }
    int begin = start.get();
    if (begin < 0 || length < 0 || begin + length > s.value().length()) {
      return call.unknown("substring() is outside the string");
    }
    return call.str(s.value().substring(begin, begin + length));
  }

  private static Value split(Invocation call) {
    Optional<Value> arity = call.arity(2, 2);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    if (!(v instanceof Value.Str s)) {
      return call.notA("a string", v);
    }
    List<String> delimiters = new ArrayList<>();
    Value d = call.arg(1);
    if (d instanceof Value.Str ds) {
      delimiters.add(ds.value());
    } else if (d instanceof Value.Arr da) {
      for (Value item : da.items()) {
        if (!(item instanceof Value.Str is)) {
          return call.notA("string delimiters", item);
        }
        delimiters.add(is.value());
      }
    } else {
      return call.notA("a delimiter", d);
    }
    delimiters.removeIf(String::isEmpty);
    List<Value> parts = new ArrayList<>();
    String text = s.value();
    int from = 0;
    int i = 0;
    while (i <= text.length()) {
      String hit = null;
      for (String delim : delimiters) {
        if (text.startsWith(delim, i)) {
          hit = delim;
          break;
        }
      }
      if (hit != null) {
        parts.add(call.str(text.substring(from, i)));
        i += hit.length();
        from = i;
      } else {
        i++;
      }
    }
    parts.add(call.str(text.substring(from)));
    return call.array(parts);
  }

  private static Value join(Invocation call) {
    Optional<Value> arity = call.arity(2, 2);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value a = call.arg(0);
    Value d = call.arg(1);
    if (!(a instanceof Value.Arr arr)) {
      return call.notA("an array", a);
    }
    if (!(d instanceof Value.Str delim)) {
      return call.notA("a delimiter", d);
    }
    List<String> texts = new ArrayList<>();
    for (Value item : arr.items()) {
      if (item instanceof Value.Unknown u) {
        return call.propagate(u);
      }
      Optional<String> text = Conversions.text(item);
      if (text.isEmpty()) {
        return call.unknown("join() of " + item.kind() + " is not evaluated");
      }
      texts.add(text.get());
    }
    return call.str(String.join(delim.value(), texts));
  }

  private static Value test(Invocation call, BiFunction<String, String, Boolean> predicate) {
    Optional<Value> arity = call.arity(2, 2);
    if (arity.isPresent()) {
      return arity.get();
    }
    List<String> s = new ArrayList<>();
    Optional<Value> bad = strings(call, s);
    return bad.orElseGet(() -> call.bool(predicate.apply(s.get(0), s.get(1))));
  }

  /** indexOf()/lastIndexOf(): case-insensitive in strings, by equality in arrays; -1 when absent. */
  private static Value indexOf(Invocation call, boolean last) {
    Optional<Value> arity = call.arity(2, 2);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value container = call.arg(0);
    Value item = call.arg(1);
    if (container instanceof Value.Arr arr) {
      int found = -1;
      for (int i = 0; i < arr.items().size(); i++) {
        Boolean eq = Conversions.equal(arr.items().get(i), item);
        if (eq == null) {
          return call.unknown(call.name() + " compares unknown values");
        }
        if (eq) {
          found = i;
          if (!last) {
            break;
          }
        }
      }
      return call.num(found);
    }
    if (container instanceof Value.Str s && item instanceof Value.Str needle) {
      String hay = s.value().toLowerCase(Locale.ROOT);
      String n = needle.value().toLowerCase(Locale.ROOT);
      return call.num(last ? hay.lastIndexOf(n) : hay.indexOf(n));
    }
    if (container instanceof Value.Unknown u) {
      return call.propagate(u);
    }
    return call.notA("a string or an array", item instanceof Value.Unknown ? item : container);
  }

  private static Value padLeft(Invocation call) {
    Optional<Value> arity = call.arity(2, 3);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    if (v instanceof Value.Unknown u) {
      return call.propagate(u);
    }
    Optional<String> text = Conversions.text(v);
    Optional<Integer> width = Conversions.smallInt(call.arg(1));
    if (text.isEmpty() || width.isEmpty()) {
      return call.notA("a string and a length", text.isEmpty() ? v : call.arg(1));
    }
    char pad = ' ';
    if (call.count() == 3) {
      Value p = call.arg(2);
      if (!(p instanceof Value.Str ps) || ps.value().length() != 1) {
        return call.notA("one padding character", p);
      }
      pad = ps.value().charAt(0);
    }
    if (width.get() > 10_000) {
      return call.unknown("padLeft() to " + width.get() + " characters is not evaluated");
    }
    StringBuilder sb = new StringBuilder();
    for (int i = text.get().length(); i < width.get(); i++) {
      sb.append(pad);
    }
    return call.str(sb.append(text.get()).toString());
  }
}
