package io.vnetlint.hcl.eval;

import io.vnetlint.hcl.syntax.Attribute;
import io.vnetlint.hcl.syntax.Block;
import io.vnetlint.hcl.syntax.Body;
import io.vnetlint.hcl.syntax.BodyItem;
import io.vnetlint.hcl.syntax.ScopeTraversalExpr;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a resource body into the shape {@link io.vnetlint.hcl.TerraformResource} promises: every argument
 * under its name (key range = the name, value range = the expression), every nested block type as a list of
 * objects in source order, {@code dynamic} blocks expanded into the blocks they generate. Meta-arguments
 * ({@code count}, {@code for_each}, {@code depends_on}, {@code provider}, {@code lifecycle}, provisioners) are
 * not arguments of the resource and are left out.
 */
final class BodyEvaluator {
  private static final Set<String> META_ATTRIBUTES = Set.of("count", "for_each", "depends_on", "provider");
  private static final Set<String> META_BLOCKS = Set.of("lifecycle", "provisioner", "connection");

  private final Evaluation ev;

  BodyEvaluator(Evaluation ev) {
    this.ev = ev;
  }

  /** A resource's arguments; {@code range} is the range of the resulting object. */
  Value.Obj resource(Body body, Scope scope, SourceRange range) {
    return evaluate(body, scope, true, range);
  }

  /** Per block type: where its member goes, its key range, and its blocks (or why they are unknown). */
  private static final class Group {
    final SourceRange keyRange;
    final List<Value> blocks = new ArrayList<>();
    SourceRange first;
    SourceRange last;
    Value.Unknown unknown;

    Group(SourceRange keyRange) {
      this.keyRange = keyRange;
    }
  }

  private Value.Obj evaluate(Body body, Scope scope, boolean top, SourceRange range) {
    List<Object> slots = new ArrayList<>(); // Value.Member or the String name of a block group
    Map<String, Group> groups = new LinkedHashMap<>();
    for (BodyItem item : body.items()) {
      if (item instanceof Attribute a) {
        if (top && META_ATTRIBUTES.contains(a.name())) {
          continue;
        }
        Value v = ev.boundary(() -> ev.expressions.eval(a.expr(), scope), a.expr().range());
        Value here = TfValues.at(v, a.expr().range());
        ev.moved(here, v);
        slots.add(new Value.Member(a.name(), a.nameRange(), here));
        continue;
      }
      Block b = (Block) item;
      if (top && META_BLOCKS.contains(b.type())) {
        continue;
      }
      if (b.type().equals("dynamic") && b.labels().size() == 1) {
        String type = b.labels().get(0).value();
        Group g = group(groups, slots, type, b.labels().get(0).range());
        dynamic(b, type, scope, g);
        continue;
      }
      Group g = group(groups, slots, b.type(), b.typeRange());
      g.blocks.add(block(b.body(), scope, b.range()));
      g.first = g.first == null ? b.range() : g.first;
      g.last = b.range();
    }
    List<Value.Member> members = new ArrayList<>();
    for (Object slot : slots) {
      if (slot instanceof Value.Member m) {
        members.add(m);
        continue;
      }
      Group g = groups.get((String) slot);
      Value value;
      if (g.unknown != null) {
        value = g.unknown;
      } else {
        SourceRange r = g.first == null ? g.keyRange
            : g.first.file().equals(g.last.file()) ? g.first.to(g.last) : g.first;
        value = new Value.Arr(g.blocks, r);
      }
      members.add(new Value.Member((String) slot, g.keyRange, value));
    }
    Value.Obj obj = new Value.Obj(members, range);
    return obj;
  }

  private static Group group(Map<String, Group> groups, List<Object> slots, String type, SourceRange keyRange) {
    Group g = groups.get(type);
    if (g == null) {
      g = new Group(keyRange);
      groups.put(type, g);
      slots.add(type);
    }
    return g;
  }

  /** A nested block: its object is "computed" (attributes it does not set are known after apply). */
  private Value.Obj block(Body body, Scope scope, SourceRange range) {
    Value.Obj obj = evaluate(body, scope, false, range);
    ev.computedObjects.add(obj);
    return obj;
  }

  /** {@code dynamic "type" { for_each = ..., iterator = it, content { ... } }}. */
  private void dynamic(Block d, String type, Scope scope, Group g) {
    Attribute forEach = d.body().attribute("for_each").orElse(null);
    List<Block> contents = d.body().blocks("content");
    if (forEach == null || contents.size() != 1) {
      ev.warn("terraform-eval-error", "a dynamic block needs for_each and exactly one content block",
          d.headerRange());
      return;
    }
    String iterator = d.body().attribute("iterator")
        .filter(a -> a.expr() instanceof ScopeTraversalExpr t && t.traversal().isEmpty())
        .map(a -> ((ScopeTraversalExpr) a.expr()).rootName())
        .orElse(type);
    Value coll = ev.boundary(() -> ev.expressions.eval(forEach.expr(), scope), forEach.expr().range());
    if (coll instanceof Value.Unknown u) {
      g.unknown = g.unknown != null ? g.unknown
          : new Value.Unknown("the " + type + " blocks are unknown: dynamic for_each is unknown (" + u.reason() + ")",
              d.range(), u.sensitive());
      return;
    }
    List<Value[]> elements = new ArrayList<>();
    if (coll instanceof Value.Obj o) {
      for (Value.Member m : TfValues.sorted(o)) {
        elements.add(new Value[] {new Value.Str(m.key(), m.keyRange()), m.value()});
      }
    } else if (coll instanceof Value.Arr a) {
      for (int i = 0; i < a.items().size(); i++) {
        Value item = a.items().get(i);
        Value key = item instanceof Value.Str ? item : new Value.Num(BigDecimal.valueOf(i), forEach.expr().range());
        elements.add(new Value[] {key, item});
      }
    } else if (!(coll instanceof Value.Null)) {
      ev.warn("terraform-eval-error", "invalid dynamic for_each value: a collection is required ("
          + coll.kind() + " found)", forEach.expr().range());
      return;
    }
    Block content = contents.get(0);
    for (Value[] element : elements) {
      Value.Obj it = new Value.Obj(List.of(
          new Value.Member("key", d.headerRange(), element[0]),
          new Value.Member("value", d.headerRange(), element[1])), d.headerRange());
      g.blocks.add(block(content.body(), scope.bind(iterator, it), d.range()));
      g.first = g.first == null ? d.range() : g.first;
      g.last = d.range();
    }
  }
}
