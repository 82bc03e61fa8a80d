package io.vnetlint.hcl.eval.functions;

import io.vnetlint.hcl.eval.TfValues;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as {@code jsonencode}/{@code jsondecode} write and read it: minified, object keys in lexical order, strings
 * escaped like Go's {@code encoding/json} (which also escapes {@code < > &} and U+2028/U+2029).
 */
final class Json {
  private Json() {}

  static String encode(Value v) {
    StringBuilder sb = new StringBuilder();
    encode(v, sb);
    return sb.toString();
  }

  private static void encode(Value v, StringBuilder sb) {
    if (v instanceof Value.Unknown u) {
      throw new NotKnown(u);
    } else if (v instanceof Value.Null) {
      sb.append("null");
    } else if (v instanceof Value.Str || v instanceof Value.Ref) {
      sb.append(string(Convert.string(v, "value"), true));
    } else if (v instanceof Value.Num n) {
      sb.append(TfValues.numberText(n.value()));
    } else if (v instanceof Value.Bool b) {
      sb.append(b.value());
    } else if (v instanceof Value.Arr a) {
      sb.append('[');
      for (int i = 0; i < a.items().size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        encode(a.items().get(i), sb);
      }
      sb.append(']');
    } else if (v instanceof Value.Obj o) {
      sb.append('{');
      boolean first = true;
      for (Value.Member m : TfValues.sorted(o)) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        sb.append(string(m.key(), true)).append(':');
        encode(m.value(), sb);
      }
      sb.append('}');
    }
  }

  /** A JSON string literal; {@code html} escapes {@code < > &} as Go's encoder does by default. */
  static String string(String s, boolean html) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          boolean escape = c < 0x20 || c == '\u2028' || c == '\u2029' || (html && (c == '<' || c == '>' || c == '&'));
          if (escape) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** Parses JSON text; every value gets {@code range} (the call's position). */
  static Value decode(String text, SourceRange range) {
    Parser p = new Parser(text, range);
    p.skipSpace();
    Value v = p.value(0);
    p.skipSpace();
    if (p.pos != text.length()) {
      throw p.fail("invalid character after top-level value");
    }
    return v;
  }

  private static final class Parser {
    private final String s;
    private final SourceRange range;
    int pos;

    Parser(String s, SourceRange range) {
      this.s = s;
      this.range = range;
    }

    FunctionError fail(String message) {
      return new FunctionError("invalid JSON: " + message + " at offset " + pos);
    }

    void skipSpace() {
      while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
    }

    Value value(int depth) {
      if (depth > 500) {
        throw fail("nesting too deep");
      }
      if (pos >= s.length()) {
        throw fail("unexpected end of JSON input");
      }
      char c = s.charAt(pos);
      if (c == '{') {
        pos++;
        Map<String, Value.Member> members = new LinkedHashMap<>();
        skipSpace();
        if (peek('}')) {
          pos++;
          return new Value.Obj(List.of(), range);
        }
        while (true) {
          skipSpace();
          String key = str();
          skipSpace();
          expect(':');
          skipSpace();
          Value v = value(depth + 1);
          members.remove(key);
          members.put(key, new Value.Member(key, range, v));
          skipSpace();
          if (peek(',')) {
            pos++;
            continue;
          }
          expect('}');
          return new Value.Obj(new ArrayList<>(members.values()), range);
        }
      }
      if (c == '[') {
        pos++;
        List<Value> items = new ArrayList<>();
        skipSpace();
        if (peek(']')) {
          pos++;
          return new Value.Arr(items, range);
        }
        while (true) {
          skipSpace();
          items.add(value(depth + 1));
          skipSpace();
          if (peek(',')) {
            pos++;
            continue;
          }
          expect(']');
          return new Value.Arr(items, range);
        }
      }
      if (c == '"') {
        return new Value.Str(str(), range);
      }
      if (s.startsWith("true", pos)) {
        pos += 4;
        return new Value.Bool(true, range);
      }
      if (s.startsWith("false", pos)) {
        pos += 5;
        return new Value.Bool(false, range);
      }
      if (s.startsWith("null", pos)) {
        pos += 4;
        return new Value.Null(range);
      }
      int start = pos;
      while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      String number = s.substring(start, pos);
      if (!number.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?")) {
        pos = start;
        throw fail("invalid character");
      }
      return new Value.Num(new BigDecimal(number), range);
    }

    boolean peek(char c) {
      return pos < s.length() && s.charAt(pos) == c;
    }

    void expect(char c) {
      if (!peek(c)) {
        throw fail("expected '" + c + "'");
      }
      pos++;
    }

    String str() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (pos >= s.length()) {
          throw fail("unexpected end of JSON input");
        }
        char c = s.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        }
        if (c < 0x20) {
          throw fail("invalid character in string literal");
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        if (pos >= s.length()) {
          throw fail("unexpected end of JSON input");
        }
        char e = s.charAt(pos++);
        switch (e) {
          case '"', '\\', '/' -> sb.append(e);
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> {
            if (pos + 4 > s.length()) {
              throw fail("invalid escape");
            }
            try {
              sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
            } catch (NumberFormatException ex) {
              throw fail("invalid escape");
            }
            pos += 4;
          }
          default -> throw fail("invalid escape");
        }
      }
    }
  }
}
