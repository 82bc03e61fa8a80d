package io.vnetlint.hcl.syntax;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subset of HashiCorp's {@code hcldec} (spec format: {@code cmd/hcldec/spec-format.md}) that the specsuite
 * uses: {@code object}, {@code attr} (with {@code type} and {@code required}), {@code block}, {@code block_list},
 * {@code block_map} (with {@code labels}), {@code literal}, the {@code variables} block, and cty-like type
 * constraints ({@code any string number bool list() map() object()}) with the conversions the suite needs.
 */
final class MiniHcldec {

  /** A decoding spec. */
  sealed interface Spec {}

  record ObjectSpec(Map<String, Spec> children) implements Spec {}

  record AttrSpec(String name, Type type, boolean required) implements Spec {}

  record BlockSpec(String blockType, Spec nested, Kind kind, List<String> labels) implements Spec {
    enum Kind { SINGLE, LIST, MAP }
  }

  record LiteralSpec(Object value) implements Spec {}

  /** A type constraint. */
  sealed interface Type {}

  record Primitive(String name) implements Type {} // any, string, number, bool

  record Collection(String kind, Type element) implements Type {} // list, map, set

  record ObjectType(Map<String, Type> attributes) implements Type {}

  static final Type ANY = new Primitive("any");

  record Decoded(Object value, List<Diagnostic> diagnostics) {}

  // ------------------------------------------------------------ spec files

  record SpecFile(Spec spec, Map<String, Object> variables) {}

  static SpecFile readSpecFile(Body body) {
    Map<String, Object> variables = new LinkedHashMap<>();
    Spec spec = null;
    for (Block b : body.blocks()) {
      if (b.type().equals("variables")) {
        MiniEvaluator ev = new MiniEvaluator(Map.of());
        for (Attribute a : b.body().attributes()) {
          variables.put(a.name(), ev.eval(a.expr()));
        }
      } else {
        spec = readSpec(b);
      }
    }
    if (spec == null) {
      throw new IllegalArgumentException("no spec block");
    }
    return new SpecFile(spec, variables);
  }

  private static Spec readSpec(Block b) {
    MiniEvaluator ev = new MiniEvaluator(Map.of());
    String label = b.labels().isEmpty() ? null : b.labels().get(0).value();
    switch (b.type()) {
      case "object" -> {
        Map<String, Spec> children = new LinkedHashMap<>();
        for (Block child : b.body().blocks()) {
          children.put(child.labels().get(0).value(), readSpec(child));
        }
        return new ObjectSpec(children);
      }
      case "attr" -> {
        String name = b.body().attribute("name").map(a -> (String) ev.eval(a.expr())).orElse(label);
        Type type = b.body().attribute("type").map(a -> type(a.expr())).orElse(ANY);
        boolean required = b.body().attribute("required").map(a -> (Boolean) ev.eval(a.expr())).orElse(false);
        return new AttrSpec(name, type, required);
      }
      case "block", "block_list", "block_map" -> {
        String blockType = b.body().attribute("block_type").map(a -> (String) ev.eval(a.expr())).orElse(label);
        List<String> labels = new ArrayList<>();
        b.body().attribute("labels").ifPresent(a -> {
          for (Object o : (List<?>) ev.eval(a.expr())) {
            labels.add((String) o);
          }
        });
        Spec nested = b.body().blocks().isEmpty() ? new ObjectSpec(Map.of()) : readSpec(b.body().blocks().get(0));
        BlockSpec.Kind kind = switch (b.type()) {
          case "block" -> BlockSpec.Kind.SINGLE;
          case "block_list" -> BlockSpec.Kind.LIST;
          default -> BlockSpec.Kind.MAP;
        };
        return new BlockSpec(blockType, nested, kind, labels);
      }
      case "literal" -> {
        return new LiteralSpec(ev.eval(b.body().attribute("value").orElseThrow().expr()));
      }
      default -> throw new IllegalArgumentException("unsupported spec " + b.type());
    }
  }

  /** A type constraint expression: {@code string}, {@code map(string)}, {@code object({a = bool})}. */
  static Type type(Expression e) {
    if (e instanceof ScopeTraversalExpr s && s.traversal().isEmpty()) {
      return new Primitive(s.rootName());
    }
    if (e instanceof FunctionCallExpr f && f.args().size() == 1) {
      if (f.name().equals("object")) {
        Map<String, Type> attrs = new LinkedHashMap<>();
        for (ObjectConsItem item : ((ObjectConsExpr) f.args().get(0)).items()) {
          attrs.put(item.key().bareName().orElseThrow(), type(item.value()));
        }
        return new ObjectType(attrs);
      }
      return new Collection(f.name(), type(f.args().get(0)));
    }
    throw new IllegalArgumentException("unsupported type expression " + e);
  }

  // ------------------------------------------------------------ decoding

  static Decoded decode(Body body, SpecFile file) {
    List<Diagnostic> diags = new ArrayList<>();
    Object value = new MiniHcldec(file.variables(), diags).decode(body, file.spec());
    return new Decoded(value, diags);
  }

  private final MiniEvaluator evaluator;
  private final List<Diagnostic> diags;

  private MiniHcldec(Map<String, Object> variables, List<Diagnostic> diags) {
    this.evaluator = new MiniEvaluator(variables);
    this.diags = diags;
  }

  private Object decode(Body body, Spec spec) {
    if (spec instanceof LiteralSpec l) {
      return l.value();
    }
    Set<String> attrNames = new LinkedHashSet<>();
    Set<String> blockTypes = new LinkedHashSet<>();
    schema(spec, attrNames, blockTypes);
    // body.Content(schema): everything else is unexpected
    for (BodyItem item : body.items()) {
      if (item instanceof Attribute a && !attrNames.contains(a.name())) {
        error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here.", a.nameRange());
      } else if (item instanceof Block b && !blockTypes.contains(b.type())) {
        error("Unsupported block type", "Blocks of type \"" + b.type() + "\" are not expected here.", b.typeRange());
      }
    }
    return value(body, spec);
  }

  private static void schema(Spec spec, Set<String> attrs, Set<String> blocks) {
    if (spec instanceof ObjectSpec o) {
      o.children().values().forEach(c -> schema(c, attrs, blocks));
    } else if (spec instanceof AttrSpec a) {
      attrs.add(a.name());
    } else if (spec instanceof BlockSpec b) {
      blocks.add(b.blockType());
    }
  }

  private Object value(Body body, Spec spec) {
    if (spec instanceof LiteralSpec l) {
      return l.value();
    }
    if (spec instanceof ObjectSpec o) {
      Map<String, Object> out = new LinkedHashMap<>();
      o.children().forEach((k, child) -> out.put(k, value(body, child)));
      return out;
    }
    if (spec instanceof AttrSpec a) {
      var attr = body.attribute(a.name());
      if (attr.isEmpty()) {
        if (a.required()) {
          error("Missing required argument", "The argument \"" + a.name() + "\" is required.", body.endRange());
        }
        return null;
      }
      Object v = evaluator.eval(attr.get().expr());
      return convert(v, a.type());
    }
    BlockSpec b = (BlockSpec) spec;
    List<Block> blocks = body.blocks(b.blockType());
    switch (b.kind()) {
      case SINGLE -> {
        if (blocks.size() > 1) {
          error("Duplicate " + b.blockType() + " block", "Only one block is allowed.", blocks.get(1).typeRange());
        }
        return blocks.isEmpty() ? null : decode(blocks.get(0).body(), b.nested());
      }
      case LIST -> {
        List<Object> out = new ArrayList<>();
        for (Block block : blocks) {
          out.add(decode(block.body(), b.nested()));
        }
        return out;
      }
      default -> {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Block block : blocks) {
          @SuppressWarnings("unchecked")
          Map<String, Object> target = out;
          List<BlockLabel> labels = block.labels();
          for (int i = 0; i < b.labels().size() - 1; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> inner =
                (Map<String, Object>) target.computeIfAbsent(labels.get(i).value(), k -> new LinkedHashMap<>());
            target = inner;
          }
          target.put(labels.get(b.labels().size() - 1).value(), decode(block.body(), b.nested()));
        }
        return out;
      }
    }
  }

  private void error(String summary, String detail, SourceRange range) {
    diags.add(Diagnostic.error("hcldec", summary + "; " + detail, range));
  }

  // ------------------------------------------------------------ types

  /** cty-style conversion of a value to a type constraint; throws when the value does not conform. */
  static Object convert(Object v, Type type) {
    if (v == null) {
      return null;
    }
    if (type instanceof Primitive p) {
      return switch (p.name()) {
        case "any" -> v;
        case "string" -> {
          if (v instanceof String || v instanceof BigDecimal || v instanceof Boolean) {
            yield MiniEvaluator.toStr(v);
          }
          throw new IllegalArgumentException("string required, got " + v);
        }
        case "number" -> {
          if (v instanceof BigDecimal) {
            yield v;
          }
          if (v instanceof String s) {
            yield new BigDecimal(s);
          }
          throw new IllegalArgumentException("number required, got " + v);
        }
        case "bool" -> {
          if (v instanceof Boolean) {
            yield v;
          }
          if ("true".equals(v) || "false".equals(v)) {
            yield Boolean.valueOf((String) v);
          }
          throw new IllegalArgumentException("bool required, got " + v);
        }
        default -> throw new IllegalArgumentException("unknown type " + p.name());
      };
    }
    if (type instanceof Collection c) {
      if (c.kind().equals("map")) {
        if (!(v instanceof Map<?, ?> m)) {
          throw new IllegalArgumentException("map required, got " + v);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, x) -> out.put((String) k, convert(x, c.element())));
        return out;
      }
      if (!(v instanceof List<?> l)) {
        throw new IllegalArgumentException(c.kind() + " required, got " + v);
      }
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(convert(x, c.element())));
      return out;
    }
    ObjectType o = (ObjectType) type;
    if (!(v instanceof Map<?, ?> m) || !m.keySet().equals(o.attributes().keySet())) {
      throw new IllegalArgumentException("object with attributes " + o.attributes().keySet() + " required, got "
          + v);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    o.attributes().forEach((k, t) -> out.put(k, convert(m.get(k), t)));
    return out;
  }
}
