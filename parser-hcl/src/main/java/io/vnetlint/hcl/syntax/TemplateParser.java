package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Templates (quoted strings and heredocs), a port of hclsyntax's {@code parser_template.go}: the tokens between the
 * delimiters are first raised to a flat list of literals, interpolations and directive markers (strip markers
 * applied to the neighbouring literal tokens), then {@code <<-} indentation is removed from line-leading literals,
 * consecutive literals are melded, and finally the directives are nested into {@link TemplateIf} and
 * {@link TemplateFor} parts.
 */
final class TemplateParser {
  private final Parser p;

  TemplateParser(Parser p) {
    this.p = p;
  }

  /** The parts, or (when the template is exactly one interpolation) the expression to pass through. */
  record Result(List<TemplatePart> parts, Expression passthrough) {}

  // Flat template tokens.
  private sealed interface Tok permits Lit, Interp, If, For, EndCtrl, End {}

  private static final class Lit implements Tok {
    String val;
    SourceRange range;
    int startOffset;
    final int endOffset;

    Lit(String val, SourceRange range, int startOffset, int endOffset) {
      this.val = val;
      this.range = range;
      this.startOffset = startOffset;
      this.endOffset = endOffset;
    }
  }

  private record Interp(Expression expr, boolean stripLeft, boolean stripRight, SourceRange range) implements Tok {}

  private record If(Expression cond, SourceRange range) implements Tok {}

  private record For(String keyVar, String valVar, Expression coll, SourceRange range) implements Tok {}

  private enum Ctrl {
    ENDIF("endif"), ELSE("else"), ENDFOR("endfor");

    final String keyword;

    Ctrl(String keyword) {
      this.keyword = keyword;
    }
  }

  private record EndCtrl(Ctrl type, SourceRange range) implements Tok {}

  private record End(SourceRange range) implements Tok {}

  Result parseTemplateInner(TokenType end, boolean flushHeredoc) {
    List<Tok> toks = parseTemplateParts(end);
    if (flushHeredoc) {
      flushHeredocTemplateParts(toks);
    }
    meldConsecutiveStringLiterals(toks);
    pos = 0;
    tokens = toks;
    List<TemplatePart> parts = new ArrayList<>();
    while (!(peekTok() instanceof End)) {
      parts.add(parseExpr());
    }
    if (toks.size() == 2 && toks.get(0) instanceof Interp interp) {
      return new Result(List.of(), interp.expr());
    }
    return new Result(parts, null);
  }

  // ------------------------------------------------------------ flat tokens

  private List<Tok> parseTemplateParts(TokenType end) {
    List<Tok> parts = new ArrayList<>();
    int startToken = p.peek();
    boolean ltrimNext = false;
    boolean nextCanTrimPrev = false;
    SourceRange endRange;

    while (true) {
      int next = p.read();
      TokenType type = p.type(next);
      if (type == end) {
        endRange = p.tokenRange(next);
        break;
      }
      boolean ltrim = ltrimNext;
      ltrimNext = false;
      boolean canTrimPrev = nextCanTrimPrev;
      nextCanTrimPrev = false;

      if (type == TokenType.STRING_LIT || type == TokenType.QUOTED_LIT) {
        String str = p.parseStringLiteralToken(next, type == TokenType.QUOTED_LIT);
        if (ltrim) {
          str = TextUtil.trimLeftSpace(str);
        }
        parts.add(new Lit(str, p.tokenRange(next), p.start(next), p.end(next)));
        nextCanTrimPrev = true;
        continue;
      }
      if (type == TokenType.TEMPLATE_INTERP) {
        boolean stripLeft = p.end(next) - p.start(next) == 3;
        if (canTrimPrev && stripLeft) {
          trimPreviousLiteral(parts);
        }
        p.pushNewlines(false);
        Expression expr = p.parseExpression();
        int close = p.peek();
        boolean stripRight = false;
        if (p.type(close) != TokenType.TEMPLATE_SEQ_END) {
          if (!p.recovery) {
            TokenType ct = p.type(close);
            if (ct == TokenType.EOF) {
              p.error("Unclosed template interpolation sequence", "There is no closing brace for this interpolation "
                  + "sequence before the end of the file. This might be caused by incorrect nesting inside the given "
                  + "expression.", startToken);
            } else if (ct == TokenType.COLON) {
              p.error("Extra characters after interpolation expression", "Template interpolation doesn't expect a "
                  + "colon at this location. Did you intend this to be a literal sequence to be processed as part of "
                  + "another language? If so, you can escape it by starting with \"$${\" instead of just \"${\".",
                  close);
            } else if ((ct == TokenType.C_QUOTE || ct == TokenType.O_QUOTE) && end == TokenType.C_QUOTE) {
              p.error("Unclosed template interpolation sequence", "There is no closing brace for this interpolation "
                  + "sequence before the end of the quoted template. This might be caused by incorrect nesting inside "
                  + "the given expression.", startToken);
            } else {
              p.error("Extra characters after interpolation expression", "Expected a closing brace to end the "
                  + "interpolation expression, but found extra characters.\n\nThis can happen when you include "
                  + "interpolation syntax for another language, such as shell scripting, but forget to escape the "
                  + "interpolation start token. If this is an embedded sequence for another language, escape it by "
                  + "starting with \"$${\" instead of just \"${\".", close);
            }
          }
          p.recover(TokenType.TEMPLATE_SEQ_END);
        } else {
          p.read();
          if (p.end(close) - p.start(close) == 2) {
            ltrimNext = true;
            stripRight = true;
          }
        }
        p.popNewlines();
        parts.add(new Interp(expr, stripLeft, stripRight, p.between(next, close)));
        continue;
      }
      if (type == TokenType.TEMPLATE_CONTROL) {
        if (canTrimPrev && p.end(next) - p.start(next) == 3) {
          trimPreviousLiteral(parts);
        }
        p.pushNewlines(false);
        int kw = p.peek();
        if (p.type(kw) != TokenType.IDENT) {
          if (!p.recovery) {
            p.error("Invalid template directive", "A template directive keyword (\"if\", \"for\", etc) is expected at "
                + "the beginning of a %{ sequence.", kw);
          }
          p.recover(TokenType.TEMPLATE_SEQ_END);
          p.popNewlines();
          continue;
        }
        p.read();
        String keyword = p.tokenText(kw);
        switch (keyword) {
          case "if" -> {
            Expression cond = p.parseExpression();
            parts.add(new If(cond, p.between(next, p.peek())));
          }
          case "else" -> parts.add(new EndCtrl(Ctrl.ELSE, p.between(next, p.peek())));
          case "endif" -> parts.add(new EndCtrl(Ctrl.ENDIF, p.between(next, p.peek())));
          case "endfor" -> parts.add(new EndCtrl(Ctrl.ENDFOR, p.between(next, p.peek())));
          case "for" -> {
            String keyName = null;
            if (p.peekType() != TokenType.IDENT) {
              directiveError("For directive requires variable name after 'for'.");
              continue;
            }
            String valName = p.tokenText(p.read());
            if (p.peekType() == TokenType.COMMA) {
              keyName = valName;
              p.read();
              if (p.peekType() != TokenType.IDENT) {
                directiveError("For directive requires value variable name after comma.");
                continue;
              }
              valName = p.tokenText(p.read());
            }
            if (!p.isKeyword(p.peek(), "in")) {
              directiveError("For directive requires 'in' keyword after names.");
              continue;
            }
            p.read();
            Expression coll = p.parseExpression();
            parts.add(new For(keyName, valName, coll, p.between(next, p.peek())));
          }
          default -> {
            if (!p.recovery) {
              String suggestion = TextUtil.nameSuggestion(keyword, "if", "for", "else", "endif", "endfor");
              if (!suggestion.isEmpty()) {
                suggestion = " Did you mean " + TextUtil.goQuote(suggestion) + "?";
              }
              p.error("Invalid template control keyword",
                  TextUtil.goQuote(keyword) + " is not a valid template control keyword." + suggestion, kw);
            }
            p.recover(TokenType.TEMPLATE_SEQ_END);
            p.popNewlines();
            continue;
          }
        }
        int close = p.peek();
        if (p.type(close) != TokenType.TEMPLATE_SEQ_END) {
          if (!p.recovery) {
            p.error("Extra characters in " + keyword + " marker",
                "Expected a closing brace to end the sequence, but found extra characters.", close);
          }
          p.recover(TokenType.TEMPLATE_SEQ_END);
        } else {
          p.read();
          if (p.end(close) - p.start(close) == 2) {
            ltrimNext = true;
          }
        }
        p.popNewlines();
        continue;
      }
      if (!p.recovery) {
        p.error("Unterminated template string", "No closing marker was found for the string.", next);
      }
      int fin = p.recover(end);
      endRange = p.tokenRange(fin);
      break;
    }

    if (parts.isEmpty()) {
      // "" is an empty literal; hclsyntax places it at the end of the token after the opening delimiter.
      int at = p.end(startToken);
      parts.add(new Lit("", p.endPoint(startToken), at, at));
    }
    parts.add(new End(endRange));
    return parts;
  }

  private void directiveError(String detail) {
    if (!p.recovery) {
      p.error("Invalid 'for' directive", detail, p.peek());
    }
    p.recover(TokenType.TEMPLATE_SEQ_END);
    p.popNewlines();
  }

  private static void trimPreviousLiteral(List<Tok> parts) {
    if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Lit lit) {
      lit.val = TextUtil.trimRightSpace(lit.val);
    }
  }

  /**
   * {@code <<-}: removes from every line-leading literal the smallest indentation (in grapheme clusters) found on any
   * line that is not blank; a line that starts with an interpolation or directive has indentation 0.
   */
  private void flushHeredocTemplateParts(List<Tok> toks) {
    int minSpaces = Integer.MAX_VALUE;
    boolean newline = true;
    List<Lit> adjust = new ArrayList<>();
    for (Tok t : toks) {
      if (newline) {
        newline = false;
        int spaces = 0;
        if (t instanceof Lit lit) {
          int lead = TextUtil.leadingSpaceChars(lit.val);
          if (lead == lit.val.length() && lit.val.endsWith("\n")) {
            spaces = Integer.MAX_VALUE; // a blank line does not count
          } else {
            spaces = TextUtil.spaceClusters(lit.val, lead);
            adjust.add(lit);
          }
        } else if (t instanceof End) {
          break;
        }
        if (spaces < minSpaces) {
          minSpaces = spaces;
        }
      }
      if (t instanceof Lit lit && lit.val.endsWith("\n")) {
        newline = true;
      }
    }
    for (Lit lit : adjust) {
      int chars = TextUtil.clusterChars(lit.val, minSpaces);
      if (chars > 0) {
        lit.val = lit.val.substring(chars);
        lit.startOffset = Math.min(lit.startOffset + chars, lit.endOffset);
        lit.range = p.between(p.range(lit.startOffset, lit.startOffset), lit.range);
      }
    }
  }

  private void meldConsecutiveStringLiterals(List<Tok> toks) {
    int i = 1;
    while (i < toks.size()) {
      if (toks.get(i - 1) instanceof Lit prev && toks.get(i) instanceof Lit lit) {
        prev.val = prev.val + lit.val;
        prev.range = p.between(prev.range, lit.range);
        toks.remove(i);
        continue;
      }
      i++;
    }
  }

  // ------------------------------------------------------------ tree

  private List<Tok> tokens;
  private int pos;

  private Tok peekTok() {
    return tokens.get(pos);
  }

  private Tok readTok() {
    Tok t = tokens.get(pos);
    if (!(t instanceof End)) {
      pos++;
    }
    return t;
  }

  private TemplatePart parseExpr() {
    Tok next = peekTok();
    if (next instanceof Lit lit) {
      readTok();
      return new TemplateLiteral(TextUtil.nfc(lit.val), lit.range);
    }
    if (next instanceof Interp interp) {
      readTok();
      return new TemplateInterpolation(interp.expr(), interp.stripLeft(), interp.stripRight(), interp.range());
    }
    if (next instanceof If) {
      return parseIf();
    }
    if (next instanceof For) {
      return parseFor();
    }
    if (next instanceof End end) {
      readTok();
      p.error("Unexpected end of template", "The control directives within this template are unbalanced.",
          end.range());
      return placeholder(end.range());
    }
    EndCtrl ctrl = (EndCtrl) next;
    readTok();
    p.error("Unexpected " + ctrl.type().keyword + " directive",
        "The control directives within this template are unbalanced.", ctrl.range());
    return placeholder(ctrl.range());
  }

  private static TemplatePart placeholder(SourceRange range) {
    return new TemplateInterpolation(new ExprSyntaxError(range), false, false, range);
  }

  private TemplatePart parseIf() {
    If openIf = (If) readTok();
    List<TemplatePart> ifParts = new ArrayList<>();
    List<TemplatePart> elseParts = new ArrayList<>();
    List<TemplatePart> current = ifParts;
    SourceRange endifRange;
    while (true) {
      Tok next = peekTok();
      if (next instanceof End end) {
        p.error("Unexpected end of template", "The if directive at " + Parser.rangeString(openIf.range())
            + " is missing its corresponding endif directive.", end.range());
        return placeholder(end.range());
      }
      if (next instanceof EndCtrl ctrl) {
        readTok();
        if (ctrl.type() == Ctrl.ELSE) {
          if (current == ifParts) {
            current = elseParts;
            continue;
          }
          p.error("Unexpected else directive", "Already in the else clause for the if started at "
              + Parser.rangeString(openIf.range()) + ".", ctrl.range());
        } else if (ctrl.type() == Ctrl.ENDIF) {
          endifRange = ctrl.range();
          break;
        } else {
          p.error("Unexpected " + ctrl.type().keyword + " directive", "Expecting an endif directive for the if "
              + "started at " + Parser.rangeString(openIf.range()) + ".", ctrl.range());
        }
        return placeholder(ctrl.range());
      }
      current.add(parseExpr());
    }
    return new TemplateIf(openIf.cond(), ifParts, elseParts, p.between(openIf.range(), endifRange));
  }

  private TemplatePart parseFor() {
    For openFor = (For) readTok();
    List<TemplatePart> content = new ArrayList<>();
    SourceRange endforRange;
    while (true) {
      Tok next = peekTok();
      if (next instanceof End end) {
        p.error("Unexpected end of template", "The for directive at " + Parser.rangeString(openFor.range())
            + " is missing its corresponding endfor directive.", end.range());
        return placeholder(end.range());
      }
      if (next instanceof EndCtrl ctrl) {
        readTok();
        if (ctrl.type() == Ctrl.ELSE) {
          p.error("Unexpected else directive", "An else clause is not expected for a for directive.", ctrl.range());
        } else if (ctrl.type() == Ctrl.ENDFOR) {
          endforRange = ctrl.range();
          break;
        } else {
          p.error("Unexpected " + ctrl.type().keyword + " directive", "Expecting an endfor directive corresponding "
              + "to the for directive at " + Parser.rangeString(openFor.range()) + ".", ctrl.range());
        }
        return placeholder(ctrl.range());
      }
      content.add(parseExpr());
    }
    return new TemplateFor(openFor.keyVar(), openFor.valVar(), openFor.coll(), content,
        p.between(openFor.range(), endforRange));
  }
}
