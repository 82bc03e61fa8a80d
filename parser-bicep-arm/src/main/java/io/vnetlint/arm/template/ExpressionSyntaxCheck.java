package io.vnetlint.arm.template;

import io.vnetlint.arm.expr.ExpressionParser;
import io.vnetlint.arm.expr.ParsedExpression;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.Value;

/**
 * Parses every expression string of a template once, whether or not evaluation reaches it, and reports syntax
 * errors at their position inside the JSON string. Azure rejects a template with any broken expression.
 */
public final class ExpressionSyntaxCheck {
  private ExpressionSyntaxCheck() {}

  public static void check(Value root, SourceText source, ExpressionParser parser, Diagnostics out) {
    walk(root, source, parser, out);
  }

  private static void walk(Value v, SourceText source, ExpressionParser parser, Diagnostics out) {
    if (v instanceof Value.Str s) {
      if (ExpressionParser.isExpression(s.value())) {
        ParsedExpression parsed = parser.parse(s.value());
        if (parsed instanceof ParsedExpression.SyntaxError error) {
          out.add(Diagnostic.error("expression-syntax", error.message(), at(s, error.offset(), source)));
        }
      }
    } else if (v instanceof Value.Arr a) {
      for (Value item : a.items()) {
        walk(item, source, parser, out);
      }
    } else if (v instanceof Value.Obj o) {
      for (Value.Member m : o.members()) {
        if (!m.key().equalsIgnoreCase("metadata")) { // free text, never evaluated
          walk(m.value(), source, parser, out);
        }
      }
    }
  }

  /**
   * The file position of character {@code offset} of the decoded string: walks the literal as written, so JSON
   * escapes ({@code \"}, {@code \u00e9}) count with their real width.
   */
  static SourceRange at(Value.Str s, int offset, SourceText source) {
    SourceRange r = s.range();
    if (!r.file().equals(source.path())) {
      return r;
    }
    String text = source.text();
    int quote = source.offsetOf(r.startLine(), r.startColumn());
    if (quote < 0 || quote >= text.length() || text.charAt(quote) != '"') {
      return r;
    }
    int i = quote + 1;
    for (int decoded = 0; decoded < offset && i < text.length(); decoded++) {
      if (text.charAt(i) == '\\') {
        i += i + 1 < text.length() && text.charAt(i + 1) == 'u' ? 6 : 2;
      } else {
        i++;
      }
    }
    return source.range(i, Math.min(i + 1, text.length()));
  }
}
