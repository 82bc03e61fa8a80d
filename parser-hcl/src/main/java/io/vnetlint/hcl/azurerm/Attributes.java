package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.hcl.eval.SecretSources;
import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.Diagnostic;
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
 * Reads typed {@link Field}s out of evaluated Terraform bodies (from {@code .tf} files or plan JSON).
 *
 * <ul>
 *   <li>A missing attribute, {@code null}, an empty string and an empty block list are absent: the provider reads
 *       them all as "not set" (its {@code GetOk} treats zero values so), and plan JSON writes {@code null},
 *       {@code ""} or {@code []} for what the configuration leaves out.
 *   <li>An unknown value is unknown with its reason; a value of the wrong type is unknown with what was expected.
 *   <li>A sensitive value is unknown ("sensitive") unless the field is a {@link Secret}: typed fields end up in
 *       messages, so a value someone marked sensitive must not become one.
 *   <li>A known value's range is the whole attribute, name to value.
 * </ul>
 */
final class Attributes {
  private Attributes() {}

  static final String SENSITIVE = "the value is sensitive and is not read";

  /**
   * The attribute's range: from its name to the end of its value when the value is written right there;
   * otherwise (a value that came from a variable default or another file) the name alone.
   */
  static SourceRange rangeOf(Value.Member m) {
    SourceRange key = m.keyRange();
    SourceRange value = m.value().range();
    if (value == null || !key.file().equals(value.file())) {
      return key;
    }
    boolean startsAfterKey = value.startLine() > key.startLine()
        || (value.startLine() == key.startLine() && value.startColumn() >= key.startColumn());
    return startsAfterKey ? key.to(value) : key;
  }

  /** The member under {@code key}, absent when missing or null. */
  static Field<Value.Member> member(Value.Obj obj, String key) {
    Optional<Value.Member> m = obj.member(key);
    if (m.isEmpty() || m.get().value() instanceof Value.Null) {
      return Field.absent();
    }
    return Field.of(m.get(), rangeOf(m.get()));
  }

  /** True when the attribute is written with a value that is not null, empty or an empty list (unknown counts). */
  static boolean isSet(Value.Obj obj, String key) {
    Field<Value.Member> m = member(obj, key);
    return m instanceof Field.Known<Value.Member> k && isNonEmpty(k.value().value());
  }

  /** True when the attribute is set to a known value (not unknown). */
  private static boolean isKnownSet(Value.Obj obj, String key) {
    Field<Value.Member> m = member(obj, key);
    return m instanceof Field.Known<Value.Member> k && k.value().value().isKnown() && isNonEmpty(k.value().value());
  }

  private static boolean isNonEmpty(Value v) {
    return !(v instanceof Value.Str s && s.value().isEmpty() && !s.sensitive())
        && !(v instanceof Value.Arr a && a.items().isEmpty());
  }

  /**
   * The newer of two names for one attribute ({@code bgp_enabled} over {@code enable_bgp}): the one with a known
   * value, the newer one when both or neither have. When both are known the provider refuses the configuration
   * (ConflictsWith), so a warning says which one was read. A plan lists computed legacy attributes as unknown next
   * to the known new ones ({@code address_prefix} "known after apply" beside {@code address_prefixes}): no conflict.
   * Nor when both are known in a plan: during a deprecation the provider reads both back from Azure.
   *
   * @param obj the resource's body or one of its blocks
   */
  static String newerOrOlder(TerraformResource r, Value.Obj obj, String newer, String older, List<Diagnostic> sink) {
    boolean knownNewer = isKnownSet(obj, newer);
    boolean knownOlder = isKnownSet(obj, older);
    if (knownNewer && knownOlder && !r.fromPlan()) {
      sink.add(Diagnostic.warning("conflicting-attributes", "both '" + newer + "' and its older name '" + older
          + "' are set; the provider accepts only one; '" + newer + "' is read",
          member(obj, older).rangeOr(r.range())));
      return newer;
    }
    if (knownNewer != knownOlder) {
      return knownNewer ? newer : older;
    }
    return isSet(obj, newer) || !isSet(obj, older) ? newer : older;
  }

  // ---- blocks -----------------------------------------------------------------------------------------------

  /** The blocks of one type, in source order (a single object counts as one block). */
  static List<Value.Obj> blocks(Value.Obj obj, String type) {
    Value v = obj.get(type);
    List<Value.Obj> out = new ArrayList<>();
    if (v instanceof Value.Arr a) {
      for (Value item : a.items()) {
        if (item instanceof Value.Obj o) {
          out.add(o);
        }
      }
    } else if (v instanceof Value.Obj o) {
      out.add(o);
    }
    return out;
  }

  /** A block that may appear once ({@code bgp_settings}, {@code sku}): the first one, with its range. */
  static Field<Value.Obj> block(Value.Obj obj, String type) {
    Field<Value.Member> m = member(obj, type);
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    Value v = k.value().value();
    if (v instanceof Value.Obj o) {
      return Field.of(o, o.range());
    }
    if (v instanceof Value.Arr a) {
      if (a.items().isEmpty()) {
        return Field.absent();
      }
      Value first = a.items().get(0);
      if (first instanceof Value.Obj o) {
        return Field.of(o, o.range());
      }
      return notKnown(first, k.range(), "a '" + type + "' block");
    }
    return notKnown(v, k.range(), "a '" + type + "' block");
  }

  // ---- scalars ----------------------------------------------------------------------------------------------

  static Field<String> string(Value.Obj obj, String key) {
    return string(member(obj, key));
  }

  static Field<String> string(Field<Value.Member> m) {
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    Value v = k.value().value();
    if (v.sensitive() && v.isKnown()) {
      return Field.unknown(SENSITIVE, k.range());
    }
    if (v instanceof Value.Str s) {
      return s.value().isEmpty() ? Field.absent() : Field.of(s.value(), k.range());
    }
    if (v instanceof Value.Num n) {
      return Field.of(n.value().toPlainString(), k.range()); // Terraform converts numbers to strings
    }
    return notKnown(v, k.range(), "a string");
  }

  static Field<Boolean> bool(Value.Obj obj, String key) {
    Field<Value.Member> m = member(obj, key);
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    Value v = k.value().value();
    if (v.sensitive() && v.isKnown()) {
      return Field.unknown(SENSITIVE, k.range());
    }
    if (v instanceof Value.Bool b) {
      return Field.of(b.value(), k.range());
    }
    // Terraform converts the strings "true" and "false" to booleans
    if (v instanceof Value.Str s && (s.value().equals("true") || s.value().equals("false"))) {
      return Field.of(Boolean.parseBoolean(s.value()), k.range());
    }
    return notKnown(v, k.range(), "a boolean");
  }

  static Field<Long> integer(Value.Obj obj, String key) {
    Field<Value.Member> m = member(obj, key);
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    Value v = k.value().value();
    if (v.sensitive() && v.isKnown()) {
      return Field.unknown(SENSITIVE, k.range());
    }
    Optional<Long> n = longOf(v);
    return n.isPresent() ? Field.of(n.get(), k.range()) : notKnown(v, k.range(), "a whole number");
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

  /** A secret: any string, sensitive or not (a shared key is a secret however it was written). */
  static Field<Secret> secret(Value.Obj obj, String key) {
    return secret(obj, key, null);
  }

  /**
   * A secret that says where it is written as a literal, looked up in {@code secretSources} by the range its value
   * came from (an attribute, a variable default, a .tfvars file); no such record when the sites are null.
   */
  static Field<Secret> secret(Value.Obj obj, String key, SecretSources secretSources) {
    Field<Value.Member> m = member(obj, key);
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    Value v = k.value().value();
    if (v instanceof Value.Str s) {
      Secret.Literal literal = secretSources == null ? null : secretSources.literalOf(s).orElse(null);
      return Field.of(new Secret(s.value(), literal), k.range());
    }
    if (v instanceof Value.Unknown u) {
      return Field.unknown(u.reason(), k.range());
    }
    return Field.unknown("expected a string, found " + v.kind(), k.range());
  }

  // ---- references -------------------------------------------------------------------------------------------

  /** A resource reference: a Terraform reference ({@code azurerm_subnet.gw.id}) or a literal resource id. */
  static Field<ResourceRef> ref(Value.Obj obj, String key) {
    Field<Value.Member> m = member(obj, key);
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    return refValue(k.value().value(), k.range());
  }

  static Field<ResourceRef> refValue(Value v, SourceRange range) {
    if (v instanceof Value.Ref r) {
      return Field.of(r.ref(), range);
    }
    if (v.sensitive() && v.isKnown()) {
      return Field.unknown(SENSITIVE, range);
    }
    if (v instanceof Value.Str s) {
      if (s.value().isEmpty()) {
        return Field.absent();
      }
      Optional<ResourceId> id = ResourceId.parse(s.value());
      if (id.isPresent()) {
        return Field.of(new ResourceRef.ById(id.get()), range);
      }
      return Field.unknown("'" + s.value() + "' is not a resource id", range);
    }
    return notKnown(v, range, "a resource id");
  }

  // ---- lists ------------------------------------------------------------------------------------------------

  /** A list (or set) of strings; unknown as a whole when an element is. */
  static Field<List<String>> strings(Value.Obj obj, String key) {
    Field<Value.Member> m = member(obj, key);
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    Value v = k.value().value();
    if (v.sensitive() && v.isKnown()) {
      return Field.unknown(SENSITIVE, k.range());
    }
    if (!(v instanceof Value.Arr a)) {
      return notKnown(v, k.range(), "a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (Value item : a.items()) {
      if (item.sensitive() && item.isKnown()) {
        return Field.unknown(SENSITIVE, k.range());
      }
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

  /** Address prefixes: a list of CIDR strings, or a single string (the older {@code address_prefix}). */
  static Field<PrefixList> prefixes(Value.Obj obj, String key) {
    Field<Value.Member> m = member(obj, key);
    if (!(m instanceof Field.Known<Value.Member> k)) {
      return pass(m);
    }
    Value v = k.value().value();
    List<Value> items;
    if (v instanceof Value.Arr a) {
      items = a.items();
    } else if (v instanceof Value.Str s) {
      if (s.value().isEmpty() && !s.sensitive()) {
        return Field.absent();
      }
      items = List.of(v);
    } else {
      return notKnown(v, k.range(), "address prefixes");
    }
    List<AddressPrefix> prefixes = new ArrayList<>();
    List<Value.Unknown> unknowns = new ArrayList<>();
    for (Value item : items) {
      SourceRange at = item.range() == null ? k.range() : item.range();
      if (item.sensitive() && item.isKnown()) {
        unknowns.add(new Value.Unknown(SENSITIVE, at, true));
      } else if (item instanceof Value.Str s) {
        Optional<AddressPrefix> p = AddressPrefix.parse(s.value(), at);
        if (p.isPresent()) {
          prefixes.add(p.get());
        } else {
          unknowns.add(new Value.Unknown("'" + s.value() + "' is not a CIDR prefix", at));
        }
      } else if (item instanceof Value.Unknown u) {
        unknowns.add(u);
      } else {
        unknowns.add(new Value.Unknown("an address prefix is " + item.kind(), at));
      }
    }
    return Field.of(new PrefixList(prefixes, unknowns), k.range());
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  /** The field of a wrong-typed or unknown value: unknown with the reason; null is absent. */
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
