package io.vnetlint.arm.expr;

import io.vnetlint.model.LiteralSites;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the scan knows about some unknown values: {@code reference(pip).ipAddress} is unknown, but it is known to be
 * the {@code ipAddress} of that public IP, which lets a local network gateway point at the public IP resource. The
 * facts are kept beside the values (by identity), because {@link Value.Unknown} has no room for them.
 */
public final class RuntimeFacts {

  /** What an unknown value is known to stand for. */
  public sealed interface Fact {}

  /**
   * A runtime property of a resource: {@code reference(target).a.b} has {@code path [a, b]}. With
   * {@code reference(target, version, 'Full')} the path starts at the resource (so usually with "properties").
   */
  public record RuntimeProperty(ResourceRef target, List<String> path, boolean full) implements Fact {
    public RuntimeProperty {
      path = List.copyOf(path);
    }

    /** The path below the resource's {@code properties}, whatever form of reference() produced it. */
    public List<String> propertyPath() {
      if (!full) {
        return path;
      }
      if (!path.isEmpty() && path.get(0).equalsIgnoreCase("properties")) {
        return path.subList(1, path.size());
      }
      return List.of();
    }
  }

  /**
   * The id of the deployment's resource group ({@code resourceGroup().id}) or subscription
   * ({@code subscription().id}), with the parts that are known.
   */
  public record ScopeId(String subscription, String resourceGroup, boolean isResourceGroup) implements Fact {}

  private final Map<Value, Fact> facts = new IdentityHashMap<>();
  private final Map<Value, SourceRange> origins = new IdentityHashMap<>();
  private final LiteralSites literalSites = new LiteralSites();
  private int userFunctionCalls;

  /** Parameter defaults and parameter file values of this deployment variant, to say where a secret is written. */
  public LiteralSites literalSites() {
    return literalSites;
  }

  /**
   * Counts one call of a user-defined function in this deployment variant; false once {@code limit} calls were
   * made. Bounds the work of functions that call others several times each, which would otherwise grow
   * exponentially with their depth.
   */
  boolean userFunctionCall(int limit) {
    return ++userFunctionCalls <= limit;
  }

  public Value.Unknown record(Value.Unknown value, Fact fact) {
    facts.put(value, fact);
    return value;
  }

  public Optional<Fact> factOf(Value value) {
    return Optional.ofNullable(facts.get(value));
  }

  /**
   * Where a value was written before an expression moved it: {@code "[parameters('key')]"} has the range of the
   * expression, and its origin is the parameter's default or the parameter file's value. Empty for values that
   * were computed, or never moved.
   */
  public Optional<SourceRange> origin(Value value) {
    return Optional.ofNullable(origins.get(value));
  }

  /** The same value with another range, keeping its facts and remembering where it came from. */
  public Value moved(Value v, SourceRange range) {
    SourceRange origin = origins.getOrDefault(v, v.range());
    Value moved = withRange(v, range);
    if (moved != v && !origin.equals(range)) {
      origins.put(moved, origin);
    }
    return moved;
  }

  /** The same value with another range, keeping its facts. */
  public Value withRange(Value v, SourceRange range) {
    if (v.range().equals(range)) {
      return v;
    }
    Value moved;
    if (v instanceof Value.Str s) {
      moved = new Value.Str(s.value(), range, s.sensitive());
    } else if (v instanceof Value.Num n) {
      moved = new Value.Num(n.value(), range, n.sensitive());
    } else if (v instanceof Value.Bool b) {
      moved = new Value.Bool(b.value(), range, b.sensitive());
    } else if (v instanceof Value.Null n) {
      moved = new Value.Null(range, n.sensitive());
    } else if (v instanceof Value.Arr a) {
      moved = new Value.Arr(a.items(), range, a.sensitive());
    } else if (v instanceof Value.Obj o) {
      moved = new Value.Obj(o.members(), range, o.sensitive());
    } else if (v instanceof Value.Ref r) {
      moved = new Value.Ref(r.ref(), range, r.sensitive());
    } else {
      Value.Unknown u = (Value.Unknown) v;
      moved = new Value.Unknown(u.reason(), range, u.sensitive());
    }
    copyFact(v, moved);
    return moved;
  }

  /** The same value marked sensitive, keeping its facts. */
  public Value sensitive(Value v) {
    if (v.sensitive()) {
      return v;
    }
    Value marked = v.asSensitive();
    copyFact(v, marked);
    return marked;
  }

  /** A copy of the whole tree where every node has {@code range} (for values parsed out of a string). */
  public Value withRangeDeep(Value v, SourceRange range) {
    if (v instanceof Value.Arr a) {
      List<Value> items = new ArrayList<>();
      for (Value item : a.items()) {
        items.add(withRangeDeep(item, range));
      }
      return new Value.Arr(items, range, a.sensitive());
    }
    if (v instanceof Value.Obj o) {
      List<Value.Member> members = new ArrayList<>();
      for (Value.Member m : o.members()) {
        members.add(new Value.Member(m.key(), range, withRangeDeep(m.value(), range)));
      }
      return new Value.Obj(members, range, o.sensitive());
    }
    return withRange(v, range);
  }

  private void copyFact(Value from, Value to) {
    Fact fact = facts.get(from);
    if (fact != null) {
      facts.put(to, fact);
    }
    SourceRange origin = origins.get(from);
    if (origin != null) {
      origins.put(to, origin);
    }
  }
}
