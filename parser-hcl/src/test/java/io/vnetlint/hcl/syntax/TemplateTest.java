package io.vnetlint.hcl.syntax;

import static io.vnetlint.hcl.syntax.Hcl.assertRange;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quoted templates and heredocs: parts, escapes, strip markers, directives, indentation and ranges. */
class TemplateTest {

  private static List<TemplatePart> parts(String expr) {
    return ((TemplateExpr) Hcl.expr(expr)).parts();
  }

  private static String lit(TemplatePart p) {
    return ((TemplateLiteral) p).value();
  }

  @Test
  void interpolationWithNestedQuotes() {
    TemplateExpr t = (TemplateExpr) Hcl.expr("\"x-${lookup(var.tags, \"owner\", \"none\")}-y\"");
    assertThat(t.parts()).hasSize(3);
    assertThat(lit(t.parts().get(0))).isEqualTo("x-");
    assertRange(t.parts().get(0).range(), "1:6-1:8 5-7");
    TemplateInterpolation i = (TemplateInterpolation) t.parts().get(1);
    assertThat(((FunctionCallExpr) i.expr()).args()).hasSize(3);
    assertRange(i.range(), "1:8-1:44 7-43");
    assertThat(lit(t.parts().get(2))).isEqualTo("-y");
    assertRange(t.range(), "1:5-1:47 4-46");
  }

  @Test
  void singleInterpolationIsUnwrapped() {
    TemplateWrapExpr w = (TemplateWrapExpr) Hcl.expr("\"${true}\"");
    assertThat(((LiteralValue) w.wrapped()).value()).isEqualTo(Boolean.TRUE);
    assertRange(w.range(), "1:5-1:14 4-13");
    assertThat(parts("\"${a}${b}\"")).hasSize(2);
  }

  @Test
  void emptyString() {
    List<TemplatePart> p = parts("\"\"");
    assertThat(p).hasSize(1);
    assertThat(lit(p.get(0))).isEmpty();
    assertRange(p.get(0).range(), "1:7-1:7 6-6");
  }

  @Test
  void escapes() {
    List<TemplatePart> p = parts("\"\\n\\t\\\"\\\\\\u00e9\\U0001F600$${x}%%{y}$x%\"");
    assertThat(p).hasSize(1);
    assertThat(lit(p.get(0))).isEqualTo("\n\t\"\\é😀${x}%{y}$x%");
  }

  @Test
  void invalidEscapes() {
    HclParseResult r = Hcl.parse("a = \"\\q \\u12 \\uD800\"\n");
    assertThat(Hcl.summaries(r)).containsExactly(
        "Invalid escape sequence @ 1:6-1:8", "Invalid escape sequence @ 1:9-1:13",
        "Invalid escape sequence @ 1:14-1:20");
  }

  @Test
  void stripMarkersTrimTheNeighbouringLiterals() {
    List<TemplatePart> p = parts("\"a  ${~ \"b\" ~}  c\"");
    assertThat(p).hasSize(3);
    assertThat(lit(p.get(0))).isEqualTo("a");
    assertRange(p.get(0).range(), "1:6-1:9 5-8");
    TemplateInterpolation i = (TemplateInterpolation) p.get(1);
    assertThat(i.stripLeft()).isTrue();
    assertThat(i.stripRight()).isTrue();
    assertThat(lit(p.get(2))).isEqualTo("c");
  }

  @Test
  void forDirective() {
    List<TemplatePart> p = ((TemplateExpr) Hcl.attr("a = <<EOT\n%{ for n in local.names ~}\n  ${n},\n%{ endfor ~}\nEOT\n",
        "a")).parts();
    // "~}" strips only the literal token right after it: the line break, not the next line's indentation.
    assertThat(p).hasSize(2);
    assertThat(lit(p.get(1))).isEmpty();
    TemplateFor f = (TemplateFor) p.get(0);
    assertThat(f.keyVar()).isNull();
    assertThat(f.valVar()).isEqualTo("n");
    assertThat(f.body()).hasSize(3);
    assertThat(lit(f.body().get(0))).isEqualTo("  ");
    assertThat(((TemplateInterpolation) f.body().get(1)).expr()).isInstanceOf(ScopeTraversalExpr.class);
    assertThat(lit(f.body().get(2))).isEqualTo(",\n");
  }

  @Test
  void ifDirective() {
    TemplateIf f = (TemplateIf) parts("\"%{if x}y%{else}z%{endif}\"").get(0);
    assertThat(f.trueParts()).extracting(TemplateTest::lit).containsExactly("y");
    assertThat(f.falseParts()).extracting(TemplateTest::lit).containsExactly("z");
    assertRange(f.range(), "1:6-1:30 5-29");
  }

  @Test
  void unbalancedDirectives() {
    HclParseResult r = Hcl.parse("a = \"%{if x}y\"\nb = \"%{endfor}\"\n");
    assertThat(Hcl.summaries(r)).containsExactly("Unexpected end of template @ 1:14-1:15",
        "Unexpected endfor directive @ 2:6-2:15");
  }

  @Test
  void heredocRangesAndParts() {
    TemplateExpr t = (TemplateExpr) Hcl.attr("a = <<EOT\nhello\n  ${x}\nEOT\nb = 1\n", "a");
    assertRange(t.range(), "1:5-4:4 4-26");
    assertThat(t.parts()).hasSize(3);
    assertThat(lit(t.parts().get(0))).isEqualTo("hello\n  ");
    assertRange(t.parts().get(0).range(), "2:1-3:3 10-18");
    assertRange(t.parts().get(1).range(), "3:3-3:7 18-22");
    assertThat(lit(t.parts().get(2))).isEqualTo("\n");
  }

  @Test
  void flushHeredocRemovesTheSmallestIndentation() {
    TemplateExpr t = (TemplateExpr) Hcl.attr("a = <<-EOT\n    foo\n      ${x}\n    EOT\n", "a");
    assertThat(t.parts()).hasSize(3);
    assertThat(lit(t.parts().get(0))).isEqualTo("foo\n  ");
    assertRange(t.parts().get(0).range(), "2:5-3:7 15-25");
    assertThat(lit(t.parts().get(2))).isEqualTo("\n");
    assertRange(t.range(), "1:5-4:8 4-37");
  }

  private static Object render(String heredoc, java.util.Map<String, Object> vars) {
    return new MiniEvaluator(vars).eval(Hcl.attr("a = " + heredoc, "a"));
  }

  @Test
  void flushHeredocIndentationRules() {
    // a tab counts as one character of indentation
    assertThat(render("<<-EOT\n\tFoo\n  Bar\n  EOT\n", java.util.Map.of())).isEqualTo("Foo\n Bar\n");
    // any Unicode space counts (here two em spaces)
    assertThat(render("<<-EOT\n\u2003\u2003Foo\n   Bar\n  EOT\n", java.util.Map.of())).isEqualTo("Foo\n Bar\n");
    // a line that starts with an interpolation is indented by its literal prefix; interpolated spaces do not count
    assertThat(render("<<-EOT\n    Foo\n  ${x}\n    Baz\n  EOT\n", java.util.Map.of("x", "  Bar")))
        .isEqualTo("  Foo\n  Bar\n  Baz\n");
    assertThat(render("<<-EOT\n    Foo\n${x}\n    Baz\n  EOT\n", java.util.Map.of("x", "Bar")))
        .isEqualTo("    Foo\nBar\n    Baz\n");
    // empty and blank lines do not count, and blank lines keep their spaces
    assertThat(render("<<-EOT\n    Foo\n\n  \n    Bar\n  EOT\n", java.util.Map.of()))
        .isEqualTo("Foo\n\n  \nBar\n");
    // <<EOT keeps everything
    assertThat(render("<<EOT\n    Foo\n  Bar\n  EOT\n", java.util.Map.of())).isEqualTo("    Foo\n  Bar\n");
  }

  @Test
  void heredocClosingMarkerMustBeAloneOnItsLine() {
    TemplateExpr t = (TemplateExpr) Hcl.attr("a = <<EOT\n  NOT EOT\nEOT EOT\n  EOT  \n", "a");
    assertThat(t.literalValue()).isEqualTo("  NOT EOT\nEOT EOT\n");
  }

  @Test
  void heredocWithCrlfAndEscapesKeptLiterally() {
    TemplateExpr t = (TemplateExpr) Hcl.attr("a = <<EOT\r\nx\\n $${y}\r\nEOT\r\nb = 2\r\n", "a");
    assertThat(t.literalValue()).isEqualTo("x\\n ${y}\r\n");
    assertRange(t.range(), "1:5-3:4 4-25");
  }

  @Test
  void nestedHeredocInInterpolation() {
    TemplateExpr t = (TemplateExpr) Hcl.attr("a = <<A\n${<<B\ninner\nB\n}\nA\n", "a");
    TemplateInterpolation i = (TemplateInterpolation) t.parts().get(0);
    assertThat(((TemplateExpr) i.expr()).literalValue()).isEqualTo("inner\n");
  }

  @Test
  void heredocWithoutTrailingNewlineAtEndOfFileIsUnterminated() {
    HclParseResult r = Hcl.parse("a = <<EOT\nx\nEOT");
    assertThat(Hcl.summaries(r)).containsExactly("Unterminated template string @ 3:4-3:4");
  }

  @Test
  void multiLineQuotedString() {
    HclParseResult r = Hcl.parse("a = \"abc\ndef\"\n");
    assertThat(Hcl.summaries(r).get(0)).isEqualTo("Invalid multi-line string @ 1:9-2:1");
  }

  @Test
  void interpolationNotClosed() {
    HclParseResult r = Hcl.parse("a = \"${x\"\n");
    // The quote after x opens a nested string inside the interpolation, which the line break then breaks.
    assertThat(Hcl.summaries(r)).containsExactly("Invalid multi-line string @ 1:10-2:1",
        "Unclosed template interpolation sequence @ 1:6-1:8");
  }
}
