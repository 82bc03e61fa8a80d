package io.vnetlint.hcl.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlint.hcl.syntax.Attribute;
import io.vnetlint.hcl.syntax.Block;
import io.vnetlint.hcl.syntax.BlockLabel;
import io.vnetlint.hcl.syntax.Body;
import io.vnetlint.hcl.syntax.BodyItem;
import io.vnetlint.hcl.syntax.ConditionalExpr;
import io.vnetlint.hcl.syntax.ConfigFile;
import io.vnetlint.hcl.syntax.Expression;
import io.vnetlint.hcl.syntax.LiteralValue;
import io.vnetlint.hcl.syntax.ObjectConsExpr;
import io.vnetlint.hcl.syntax.ObjectConsItem;
import io.vnetlint.hcl.syntax.ObjectConsKeyExpr;
import io.vnetlint.hcl.syntax.ScopeTraversalExpr;
import io.vnetlint.hcl.syntax.TemplateExpr;
import io.vnetlint.hcl.syntax.TemplateFor;
import io.vnetlint.hcl.syntax.TemplateIf;
import io.vnetlint.hcl.syntax.TemplateInterpolation;
import io.vnetlint.hcl.syntax.TemplateLiteral;
import io.vnetlint.hcl.syntax.TemplatePart;
import io.vnetlint.hcl.syntax.TemplateWrapExpr;
import io.vnetlint.hcl.syntax.TupleConsExpr;
import io.vnetlint.hcl.syntax.UnaryOpExpr;
import io.vnetlint.hcl.syntax.UnaryOperator;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.math.BigDecimal;
import java.util.List;

/**
 * Projects our HCL syntax tree to the JSON that {@code @cdktf/hcl2json@0.21.0} (tmccombs/hcl2json v0.6.5 over
 * hashicorp/hcl v2.23.0) prints, so that HashiCorp's parser can serve as an oracle for ours.
 *
 * <p>The rules, read from tmccombs/hcl2json {@code convert/convert.go} and checked against the WASM build:
 *
 * <ul>
 *   <li>A body is an object. Blocks are converted first, in source order: the block type and then each label
 *       open a nested object, and the innermost key holds an array with one object per block body. Attributes
 *       come afterwards and overwrite a block of the same name.
 *   <li>Descending through a label into a key that already holds a block array, or appending a block array where
 *       a labelled block already opened an object, is a conversion error ({@link ConversionConflict}), as in Go.
 *   <li>Literals become JSON values; {@code -} or {@code !} applied directly to a literal is folded.
 *       Tuple and object constructors are converted element by element; a later duplicate object key wins.
 *   <li>Templates become strings: literal parts with escapes and heredoc indentation resolved, then a literal
 *       {@code ${} or {@code %{} escaped again as {@code $${}, {@code %%{}; interpolations as {@code ${source}}, a
 *       conditional interpolation or an if directive as {@code %{if cond}a%{else}b%{endif}} (no else when the
 *       false branch renders empty), a for directive as {@code %{for k, v in coll}body%{endfor}}; strip markers
 *       are gone because the parser already applied them. A template that is one interpolation ({@code "${x}"})
 *       converts the wrapped expression itself, so {@code "${1}"} is the number 1.
 *   <li>Object keys: a bare traversal is its source text; anything else renders like a template part.
 *   <li>Every other expression is {@code "${<source text>}"} of its range, and (a Go quirk kept on purpose) a
 *       {@code )} that immediately follows the range is included.
 * </ul>
 */
public final class Hcl2JsonProjection {
  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

  private final SourceText text;

  private Hcl2JsonProjection(SourceText text) {
    this.text = text;
  }

  /** The hcl2json document of a file parsed without errors. */
  public static ObjectNode project(ConfigFile file, SourceText text) throws ConversionConflict {
    return new Hcl2JsonProjection(text).body(file.body());
  }

  /** hcl2json refuses to convert a file that parsed fine (clashing block shapes, a bad unary literal). */
  public static final class ConversionConflict extends Exception {
    ConversionConflict(String message) {
      super(message);
    }
  }

  private ObjectNode body(Body body) throws ConversionConflict {
    ObjectNode out = JSON.objectNode();
    for (BodyItem item : body.items()) {
      if (item instanceof Block block) {
        block(block, out);
      }
    }
    for (BodyItem item : body.items()) {
      if (item instanceof Attribute attribute) {
        out.set(attribute.name(), expression(attribute.expr()));
      }
    }
    return out;
  }

  private void block(Block block, ObjectNode out) throws ConversionConflict {
    String key = block.type();
    ObjectNode container = out;
    for (BlockLabel label : block.labels()) {
      JsonNode existing = container.get(key);
      if (existing == null) {
        container = container.putObject(key);
      } else if (existing instanceof ObjectNode nested) {
        container = nested;
      } else {
        throw new ConversionConflict("Unable to convert Block to JSON: " + block.type() + "."
            + String.join(".", block.labelValues()));
      }
      key = label.value();
    }
    ObjectNode value = body(block.body());
    JsonNode existing = container.get(key);
    if (existing == null) {
      container.putArray(key).add(value);
    } else if (existing instanceof ArrayNode array) {
      array.add(value);
    } else {
      throw new ConversionConflict(
          "invalid HCL detected for \"" + key + "\" block, cannot have blocks with and without labels");
    }
  }

  private JsonNode expression(Expression expr) throws ConversionConflict {
    if (expr instanceof LiteralValue literal) {
      return literal(literal.value());
    } else if (expr instanceof UnaryOpExpr unary && unary.val() instanceof LiteralValue literal) {
      return foldUnary(unary, literal);
    } else if (expr instanceof TemplateExpr template) {
      return JSON.textNode(template(template.parts()));
    } else if (expr instanceof TemplateWrapExpr wrap) {
      return expression(wrap.wrapped());
    } else if (expr instanceof TupleConsExpr tuple) {
      ArrayNode array = JSON.arrayNode();
      for (Expression element : tuple.exprs()) {
        array.add(expression(element));
      }
      return array;
    } else if (expr instanceof ObjectConsExpr object) {
      ObjectNode node = JSON.objectNode();
      for (ObjectConsItem item : object.items()) {
        node.set(key(item.key()), expression(item.value()));
      }
      return node;
    }
    return JSON.textNode(wrap(expr.range()));
  }

  private static JsonNode literal(Object value) {
    if (value == null) {
      return JSON.nullNode();
    } else if (value instanceof Boolean b) {
      return JSON.booleanNode(b);
    } else if (value instanceof BigDecimal n) {
      return JSON.numberNode(n);
    }
    return JSON.textNode((String) value);
  }

  private static JsonNode foldUnary(UnaryOpExpr unary, LiteralValue literal) throws ConversionConflict {
    Object value = literal.value();
    if (unary.op() == UnaryOperator.NEGATE && value instanceof BigDecimal n) {
      return JSON.numberNode(n.negate());
    } else if (unary.op() == UnaryOperator.LOGICAL_NOT && value instanceof Boolean b) {
      return JSON.booleanNode(!b);
    }
    // hcl2json evaluates the folded literal and gives up on the whole file when that fails ("-true").
    throw new ConversionConflict("Invalid operand for " + unary.op().symbol() + " at " + unary.range());
  }

  private String key(ObjectConsKeyExpr key) throws ConversionConflict {
    if (key.wrapped() instanceof ScopeTraversalExpr traversal) {
      return source(traversal.range());
    }
    return stringPart(key.wrapped());
  }

  /** convertStringPart: an expression rendered inside a template. */
  private String stringPart(Expression expr) throws ConversionConflict {
    if (expr instanceof LiteralValue literal) {
      return literalString(literal.value());
    } else if (expr instanceof TemplateExpr template) {
      return template(template.parts());
    } else if (expr instanceof TemplateWrapExpr wrap) {
      return stringPart(wrap.wrapped());
    } else if (expr instanceof ConditionalExpr conditional) {
      return ifDirective(conditional.condition().range(), stringPart(conditional.trueResult()),
          stringPart(conditional.falseResult()));
    }
    return wrap(expr.range());
  }

  private String template(List<TemplatePart> parts) throws ConversionConflict {
    StringBuilder out = new StringBuilder();
    for (TemplatePart part : parts) {
      if (part instanceof TemplateLiteral literal) {
        out.append(escapeSequenceStarts(literal.value()));
      } else if (part instanceof TemplateInterpolation interpolation) {
        out.append(stringPart(interpolation.expr()));
      } else if (part instanceof TemplateIf directive) {
        out.append(ifDirective(
            directive.condition().range(), template(directive.trueParts()), template(directive.falseParts())));
      } else if (part instanceof TemplateFor directive) {
        out.append("%{for ");
        if (directive.keyVar() != null && !directive.keyVar().isEmpty()) {
          out.append(directive.keyVar()).append(", ");
        }
        out.append(directive.valVar()).append(" in ").append(source(directive.collExpr().range())).append('}');
        out.append(template(directive.body())).append("%{endfor}");
      }
    }
    return out.toString();
  }

  /**
   * hcl2json re-escapes literal text so the rendered string stays a template: a literal {@code ${} or {@code %{}
   * (written {@code $${}, {@code %%{} or {@code \u0024{}) comes out as {@code $${} and {@code %%{}.
   */
  private static String escapeSequenceStarts(String literal) {
    if (literal.indexOf('{') < 0) {
      return literal;
    }
    return literal.replace("${", "$${").replace("%{", "%%{");
  }

  private String ifDirective(SourceRange condition, String whenTrue, String whenFalse) {
    StringBuilder out = new StringBuilder("%{if ").append(source(condition)).append('}').append(whenTrue);
    if (!whenFalse.isEmpty()) {
      out.append("%{else}").append(whenFalse);
    }
    return out.append("%{endif}").toString();
  }

  /** How cty converts a primitive to a string: numbers in plain decimal without trailing zeros. */
  private static String literalString(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof BigDecimal n) {
      return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }

  private String wrap(SourceRange range) {
    return "${" + source(range) + "}";
  }

  /** The source text of a range, plus a directly following ')' as hcl2json's rangeSource does. */
  private String source(SourceRange range) {
    String s = text.text();
    int start = text.offsetOf(range.startLine(), range.startColumn());
    int end = text.offsetOf(range.endLine(), range.endColumn());
    if (end < s.length() && s.charAt(end) == ')') {
      end++;
    }
    return s.substring(start, end);
  }
}
