package io.vnetlint.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A positioned value: what a front end made of one expression or literal, with where it was written. A value is
 * either known (string, number, boolean, null, array, object, resource reference) or {@link Unknown} with the
 * reason. Any value may be {@code sensitive} (a secure parameter, a shared key): such values are compared in
 * memory and never printed.
 */
public sealed interface Value {

  SourceRange range();

  boolean sensitive();

  /** The same value, marked sensitive. */
  Value asSensitive();

  default boolean isKnown() {
    return !(this instanceof Unknown);
  }

  /** A short human description of the kind of value, for messages ("a string", "an unknown value"). */
  String kind();

  record Str(String value, SourceRange range, boolean sensitive) implements Value {
    public Str(String value, SourceRange range) {
      this(value, range, false);
    }

    @Override
    public Value asSensitive() {
      return new Str(value, range, true);
    }

    @Override
    public String kind() {
      return "a string";
    }

    @Override
    public String toString() {
      return sensitive ? "Str(<redacted>)" : "Str(" + value + ")";
    }
  }

  record Num(BigDecimal value, SourceRange range, boolean sensitive) implements Value {
    public Num(BigDecimal value, SourceRange range) {
      this(value, range, false);
    }

    @Override
    public Value asSensitive() {
      return new Num(value, range, true);
    }

    @Override
    public String kind() {
      return "a number";
    }
  }

  record Bool(boolean value, SourceRange range, boolean sensitive) implements Value {
    public Bool(boolean value, SourceRange range) {
      this(value, range, false);
    }

    @Override
    public Value asSensitive() {
      return new Bool(value, range, true);
    }

    @Override
    public String kind() {
      return "a boolean";
    }
  }

  record Null(SourceRange range, boolean sensitive) implements Value {
    public Null(SourceRange range) {
      this(range, false);
    }

    @Override
    public Value asSensitive() {
      return new Null(range, true);
    }

    @Override
    public String kind() {
      return "null";
    }
  }

  record Arr(List<Value> items, SourceRange range, boolean sensitive) implements Value {
    public Arr {
      items = List.copyOf(items);
    }

    public Arr(List<Value> items, SourceRange range) {
      this(items, range, false);
    }

    @Override
    public Value asSensitive() {
      return new Arr(items, range, true);
    }

    @Override
    public String kind() {
      return "an array";
    }
  }

  /** One member of an object: the key's own range lets findings point at {@code "useRemoteGateways": true}. */
  record Member(String key, SourceRange keyRange, Value value) {
    /** From the start of the key to the end of the value: the whole attribute. */
    public SourceRange range() {
      return keyRange.file().equals(value.range().file()) ? keyRange.to(value.range()) : keyRange;
    }
  }

  /**
   * An object. Keys keep source order. Lookups are case-insensitive because ARM property names are; an exact
   * match wins over a case-insensitive one.
   */
  record Obj(List<Member> members, SourceRange range, boolean sensitive) implements Value {
    public Obj {
      members = List.copyOf(members);
    }

    public Obj(List<Member> members, SourceRange range) {
      this(members, range, false);
    }

    public Optional<Member> member(String key) {
      Member loose = null;
      for (Member m : members) {
        if (m.key().equals(key)) {
          return Optional.of(m);
        }
        if (loose == null && m.key().equalsIgnoreCase(key)) {
          loose = m;
        }
      }
      return Optional.ofNullable(loose);
    }

    /** The value at {@code key}, or null when the object has no such member. */
    public Value get(String key) {
      return member(key).map(Member::value).orElse(null);
    }

    public List<String> keys() {
      List<String> keys = new ArrayList<>(members.size());
      for (Member m : members) {
        keys.add(m.key());
      }
      return keys;
    }

    @Override
    public Value asSensitive() {
      return new Obj(members, range, true);
    }

    @Override
    public String kind() {
      return "an object";
    }
  }

  /**
   * A reference to a resource: what {@code resourceId()}, a Terraform {@code .id} reference, or a literal resource
   * id string denotes. Linking turns it into a graph edge.
   */
  record Ref(ResourceRef ref, SourceRange range, boolean sensitive) implements Value {
    public Ref(ResourceRef ref, SourceRange range) {
      this(ref, range, false);
    }

    @Override
    public Value asSensitive() {
      return new Ref(ref, range, true);
    }

    @Override
    public String kind() {
      return "a resource reference";
    }
  }

  /** A value the scan cannot know, with the reason ("parameter 'x' has no value", "reference() of a deployed resource"). */
  record Unknown(String reason, SourceRange range, boolean sensitive) implements Value {
    public Unknown(String reason, SourceRange range) {
      this(reason, range, false);
    }

    @Override
    public Value asSensitive() {
      return new Unknown(reason, range, true);
    }

    @Override
    public String kind() {
      return "an unknown value";
    }
  }
}
