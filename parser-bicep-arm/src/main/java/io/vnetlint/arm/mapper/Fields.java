package io.vnetlint.arm.mapper;

import io.vnetlint.arm.expr.RuntimeFacts;
import io.vnetlint.arm.template.TemplateRun;
import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Secret;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads typed {@link Field}s out of evaluated resource bodies. A missing member is absent (Azure's default
 * applies); an unknown value, or a value of the wrong JSON type, is unknown with the reason; a known value's range
 * is the whole member, key to value.
 */
final class Fields {
  private Fields() {}

  /** The member at a path of object keys. */
  static Field<Value.Member> member(Value.Obj obj, String... path) {
    Value.Obj current = obj;
    for (int i = 0; i < path.length; i++) {
      Optional<Value.Member> m = current.member(path[i]);
      if (m.isEmpty()) {
        return Field.absent();
      }
      Value v = m.get().value();
      SourceRange range = TemplateRun.memberRange(m.get());
      if (i == path.length - 1) {
        return Field.of(m.get(), range);
      }
      if (v instanceof Value.Obj o) {
        current = o;
      } else if (v instanceof Value.Unknown u) {
        return Field.unknown(u.reason(), range);
      } else if (v instanceof Value.Null) {
        return Field.absent();
      } else {
        return Field.unknown("'" + path[i] + "' is " + v.kind() + ", not an object", range);
      }
    }
    return Field.absent();
  }

  /** The object at a path, as a field (absent, unknown, or the object with its member's range). */
  static Field<Value.Obj> object(Value.Obj obj, String... path) {
    Field<Value.Member> m = member(obj, path);
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    Value v = k.value().value();
    return v instanceof Value.Obj o ? Field.of(o, k.range()) : notKnown(v, k.range(), "an object");
  }

  static Field<String> string(Value.Obj obj, String... path) {
    return string(member(obj, path));
  }

  static Field<String> string(Field<Value.Member> m) {
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    Value v = k.value().value();
    return v instanceof Value.Str s ? Field.of(s.value(), k.range()) : notKnown(v, k.range(), "a string");
  }

  static Field<Boolean> bool(Value.Obj obj, String... path) {
    Field<Value.Member> m = member(obj, path);
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    Value v = k.value().value();
    if (v instanceof Value.Bool b) {
      return Field.of(b.value(), k.range());
    }
    if (v instanceof Value.Str s && !s.sensitive()
        && (s.value().equalsIgnoreCase("true") || s.value().equalsIgnoreCase("false"))) {
      return Field.of(Boolean.parseBoolean(s.value()), k.range());
    }
    return notKnown(v, k.range(), "a boolean");
  }

  static Field<Long> integer(Value.Obj obj, String... path) {
    Field<Value.Member> m = member(obj, path);
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    Value v = k.value().value();
    Optional<Long> n = longOf(v);
    return n.isPresent() ? Field.of(n.get(), k.range()) : notKnown(v, k.range(), "an integer");
  }

  private static Optional<Long> longOf(Value v) {
    try {
      if (v instanceof Value.Num n) {
        return Optional.of(n.value().longValueExact());
      }
      if (v instanceof Value.Str s && s.value().strip().matches("-?[0-9]{1,19}")) {
        return Optional.of(new BigDecimal(s.value().strip()).longValueExact());
      }
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** A reference written as {@code {"id": ...}} at the path: a resourceId() value or a literal id string. */
  static Field<ResourceRef> ref(Value.Obj obj, String... pathToObject) {
    String[] path = new String[pathToObject.length + 1];
    System.arraycopy(pathToObject, 0, path, 0, pathToObject.length);
    path[pathToObject.length] = "id";
    return ref(member(obj, path));
  }

  static Field<ResourceRef> ref(Field<Value.Member> m) {
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    return refValue(k.value().value(), k.range());
  }

  static Field<ResourceRef> refValue(Value v, SourceRange range) {
    if (v instanceof Value.Ref r) {
      return Field.of(r.ref(), range);
    }
    if (v instanceof Value.Str s) {
      Optional<ResourceId> id = ResourceId.parse(s.value());
      if (id.isPresent()) {
        return Field.of(new ResourceRef.ById(id.get()), range);
      }
      return Field.unknown(quote(s) + " is not a resource id", range);
    }
    return notKnown(v, range, "a resource id");
  }

  /**
   * A secret, saying where it is written as a literal: the place its value was first written (a parameter default,
   * a parameter file, a string in the template) is looked up in the deployment's literal sites.
   */
  static Field<Secret> secret(Value.Obj obj, RuntimeFacts facts, String... path) {
    Field<Value.Member> m = member(obj, path);
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    Value v = k.value().value();
    if (!(v instanceof Value.Str s)) {
      return notKnown(v, k.range(), "a string");
    }
    SourceRange written = facts.origin(s).orElse(s.range());
    Secret.Literal literal = facts.literalSites().literalAt(written, s.sensitive()).orElse(null);
    return Field.of(new Secret(s.value(), literal), k.range());
  }

  /** A list of strings; unknown as a whole when an element is. */
  static Field<List<String>> strings(Value.Obj obj, String... path) {
    Field<Value.Member> m = member(obj, path);
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    Value v = k.value().value();
    if (!(v instanceof Value.Arr a)) {
      return notKnown(v, k.range(), "an array");
    }
    List<String> out = new ArrayList<>();
    for (Value item : a.items()) {
      if (item instanceof Value.Str s) {
        out.add(s.value());
      } else if (item instanceof Value.Num n) {
        out.add(n.value().toPlainString());
      } else {
        return notKnown(item, k.range(), "strings");
      }
    }
    return Field.of(List.copyOf(out), k.range());
  }

  /** Address prefixes: an array of CIDR strings, or a single string. */
  static Field<PrefixList> prefixes(Value.Obj obj, String... path) {
    return prefixes(member(obj, path));
  }

  static Field<PrefixList> prefixes(Field<Value.Member> m) {
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    Value v = k.value().value();
    List<Value> items;
    if (v instanceof Value.Arr a) {
      items = a.items();
    } else if (v instanceof Value.Str) {
      items = List.of(v);
    } else {
      return notKnown(v, k.range(), "address prefixes");
    }
    List<AddressPrefix> prefixes = new ArrayList<>();
    List<Value.Unknown> unknowns = new ArrayList<>();
    for (Value item : items) {
      SourceRange at = item.range();
      if (item instanceof Value.Str s) {
        Optional<AddressPrefix> p = AddressPrefix.parse(s.value(), at);
        if (p.isPresent()) {
          prefixes.add(p.get());
        } else {
          unknowns.add(new Value.Unknown(quote(s) + " is not a CIDR prefix", at, s.sensitive()));
        }
      } else if (item instanceof Value.Unknown u) {
        unknowns.add(u);
      } else {
        unknowns.add(new Value.Unknown("an address prefix is " + item.kind(), at));
      }
    }
    return Field.of(new PrefixList(prefixes, unknowns), k.range());
  }

  /** Combines a single-prefix and a list attribute ({@code addressPrefix}, {@code addressPrefixes}). */
  static Field<PrefixList> eitherPrefixes(Field<PrefixList> single, Field<PrefixList> list) {
    if (single.isAbsent()) {
      return list;
    }
    if (list.isAbsent()) {
      return single;
    }
    if (single instanceof Field.Known<PrefixList> a && list instanceof Field.Known<PrefixList> b) {
      List<AddressPrefix> all = new ArrayList<>(a.value().prefixes());
      all.addAll(b.value().prefixes());
      List<Value.Unknown> unknowns = new ArrayList<>(a.value().unknowns());
      unknowns.addAll(b.value().unknowns());
      return Field.of(new PrefixList(all, unknowns), a.range());
    }
    return single.isUnknown() ? single : list;
  }

  /** The value of a known field that is a known object, else null. */
  static Value.Obj known(Field<Value.Obj> f) {
    return f instanceof Field.Known<Value.Obj> k ? k.value() : null;
  }

  /** A string for messages that never shows a sensitive value. */
  static String quote(Value.Str s) {
    return s.sensitive() ? "a sensitive value" : "'" + s.value() + "'";
  }

  static <T> Field<T> notKnown(Value v, SourceRange range, String expected) {
    if (v instanceof Value.Unknown u) {
      return Field.unknown(u.reason(), range);
    }
    if (v instanceof Value.Null) {
      return Field.absent();
    }
    return Field.unknown("expected " + expected + ", found " + v.kind(), range);
  }

  /** An absent or unknown field of another type, unchanged. */
  static <T> Field<T> pass(Field<?> f) {
    if (f instanceof Field.Unknown<?> u) {
      return Field.unknown(u.reason(), u.range());
    }
    return Field.absent();
  }
}
