package io.vnetlint.hcl.eval.functions;

import io.vnetlint.hcl.eval.TfValues;
import io.vnetlint.hcl.eval.functions.FunctionLibrary.Kind;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Terraform's collection functions: lists, sets, tuples, maps and objects. */
final class CollectionFunctions {
  private CollectionFunctions() {}

  /** Terraform refuses to build a range longer than this. */
  static final int MAX_RANGE = 1024;

  /** The function called {@code name} in this group, or null (a switch: see {@link FunctionLibrary}). */
  static FunctionLibrary.Spec find(String name) {
    return switch (name) {
      case "concat" -> new FunctionLibrary.Spec("concat", 0, Integer.MAX_VALUE, Kind.STRUCTURAL, false,
          CollectionFunctions::concat);
      case "merge" -> new FunctionLibrary.Spec("merge", 0, Integer.MAX_VALUE, Kind.STRUCTURAL, false,
          CollectionFunctions::merge);
      case "lookup" -> new FunctionLibrary.Spec("lookup", 2, 3, Kind.STRUCTURAL, false,
          CollectionFunctions::lookup);
      case "element" -> new FunctionLibrary.Spec("element", 2, 2, Kind.STRUCTURAL, false,
          CollectionFunctions::element);
      case "length" -> new FunctionLibrary.Spec("length", 1, 1, Kind.STRUCTURAL, false,
          CollectionFunctions::length);
      case "keys" -> new FunctionLibrary.Spec("keys", 1, 1, Kind.STRUCTURAL, false,
          CollectionFunctions::keys);
      case "values" -> new FunctionLibrary.Spec("values", 1, 1, Kind.STRUCTURAL, false,
          CollectionFunctions::values);
      case "flatten" -> new FunctionLibrary.Spec("flatten", 1, 1, Kind.STRUCTURAL, false,
          CollectionFunctions::flatten);
      case "distinct" -> new FunctionLibrary.Spec("distinct", 1, 1, Kind.STRUCTURAL, false,
          CollectionFunctions::distinct);
      case "contains" -> new FunctionLibrary.Spec("contains", 2, 2, Kind.CONTENT, false,
          CollectionFunctions::contains);
      case "index" -> new FunctionLibrary.Spec("index", 2, 2, Kind.CONTENT, false,
          CollectionFunctions::index);
      case "coalesce" -> new FunctionLibrary.Spec("coalesce", 1, Integer.MAX_VALUE, Kind.STRUCTURAL, true,
          CollectionFunctions::coalesce);
      case "coalescelist" -> new FunctionLibrary.Spec("coalescelist", 1, Integer.MAX_VALUE, Kind.STRUCTURAL, true,
          CollectionFunctions::coalescelist);
      case "compact" -> new FunctionLibrary.Spec("compact", 1, 1, Kind.STRUCTURAL, false,
          CollectionFunctions::compact);
      case "zipmap" -> new FunctionLibrary.Spec("zipmap", 2, 2, Kind.STRUCTURAL, false,
          CollectionFunctions::zipmap);
      case "range" -> new FunctionLibrary.Spec("range", 1, 3, Kind.CONTENT, false,
          CollectionFunctions::range);
      case "one" -> new FunctionLibrary.Spec("one", 1, 1, Kind.STRUCTURAL, false,
          CollectionFunctions::one);
      case "slice" -> new FunctionLibrary.Spec("slice", 3, 3, Kind.STRUCTURAL, false,
          CollectionFunctions::slice);
      case "reverse" -> new FunctionLibrary.Spec("reverse", 1, 1, Kind.STRUCTURAL, false,
          CollectionFunctions::reverse);
      case "sort" -> new FunctionLibrary.Spec("sort", 1, 1, Kind.CONTENT, false,
          CollectionFunctions::sort);
      case "setunion" -> new FunctionLibrary.Spec("setunion", 1, Integer.MAX_VALUE, Kind.STRUCTURAL, false,
          CollectionFunctions::setunion);
      case "setintersection" -> new FunctionLibrary.Spec("setintersection", 1, Integer.MAX_VALUE, Kind.STRUCTURAL,
          false, CollectionFunctions::setintersection);
      case "setsubtract" -> new FunctionLibrary.Spec("setsubtract", 2, 2, Kind.STRUCTURAL, false,
          CollectionFunctions::setsubtract);
      case "alltrue" -> new FunctionLibrary.Spec("alltrue", 1, 1, Kind.CONTENT, true,
          c -> allOrAny(c, true));
      case "anytrue" -> new FunctionLibrary.Spec("anytrue", 1, 1, Kind.CONTENT, true,
          c -> allOrAny(c, false));
      case "sum" -> new FunctionLibrary.Spec("sum", 1, 1, Kind.CONTENT, false,
          CollectionFunctions::sum);
      case "chunklist" -> new FunctionLibrary.Spec("chunklist", 2, 2, Kind.STRUCTURAL, false,
          CollectionFunctions::chunklist);
      default -> null;
    };
  }

  private static Value concat(Call c) {
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < c.count(); i++) {
      out.addAll(c.list(i));
    }
    return c.list(out);
  }

  /** Later arguments win; null arguments are skipped; the result iterates in key order like every map. */
  private static Value merge(Call c) {
    Map<String, Value.Member> merged = new LinkedHashMap<>();
    for (int i = 0; i < c.count(); i++) {
      if (c.arg(i) instanceof Value.Null) {
        continue;
      }
      for (Value.Member m : c.map(i).members()) {
        merged.remove(m.key());
        merged.put(m.key(), m);
      }
    }
    return sortedObj(c, merged.values());
  }

  private static Value lookup(Call c) {
    Value.Obj map = c.map(0);
    String key = c.string(1);
    Value found = TfValues.get(map, key);
    if (found != null) {
      return found;
    }
    if (c.count() == 3) {
      return c.arg(2);
    }
    throw c.error("lookup failed to find key " + Strings.quote(key));
  }

  private static Value element(Call c) {
    List<Value> list = c.list(0);
    int index = c.integer(1);
    if (list.isEmpty()) {
      throw c.error("cannot use element function with an empty list");
    }
    // wraps in both directions since Terraform 1.8 (earlier versions rejected negative indexes)
    return list.get(Math.floorMod(index, list.size()));
  }

  private static Value length(Call c) {
    Value v = c.arg(0);
    if (v instanceof Value.Arr a) {
      return c.num(a.items().size());
    }
    if (v instanceof Value.Obj o) {
      return c.num(o.members().size());
    }
    if (v instanceof Value.Str || v instanceof Value.Num || v instanceof Value.Bool) {
      return c.num(Strings.graphemes(c.string(0)).size());
    }
    if (v instanceof Value.Ref r) {
      throw new NotKnown(new Value.Unknown("the id of " + r.ref() + " is known after apply", r.range()));
    }
    throw c.error("argument must not be null");
  }

  private static Value keys(Call c) {
    List<Value> out = new ArrayList<>();
    for (Value.Member m : TfValues.sorted(c.map(0))) {
      out.add(new Value.Str(m.key(), m.keyRange()));
    }
    return c.list(out);
  }

  private static Value values(Call c) {
    List<Value> out = new ArrayList<>();
    for (Value.Member m : TfValues.sorted(c.map(0))) {
      out.add(m.value());
    }
    return c.list(out);
  }

  private static Value flatten(Call c) {
    List<Value> out = new ArrayList<>();
    flattenInto(c.list(0), out);
    return c.list(out);
  }

  private static void flattenInto(List<Value> items, List<Value> out) {
    for (Value item : items) {
      if (item instanceof Value.Unknown u) {
        throw new NotKnown(u); // the length of the result depends on it
      }
      if (item instanceof Value.Arr a) {
        flattenInto(a.items(), out);
      } else {
        out.add(item);
      }
    }
  }

  private static Value distinct(Call c) {
    List<Value> out = new ArrayList<>();
    for (Value item : c.list(0)) {
      Call.whollyKnown(item);
      boolean seen = false;
      for (Value kept : out) {
        if (Boolean.TRUE.equals(TfValues.equal(kept, item))) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        out.add(item);
      }
    }
    return c.list(out);
  }

  private static Value contains(Call c) {
    Value wanted = Call.whollyKnown(c.arg(1));
    Value.Unknown unknown = null;
    for (Value item : c.list(0)) {
      Boolean e = TfValues.equal(item, wanted);
      if (Boolean.TRUE.equals(e)) {
        return c.bool(true);
      }
      if (e == null && unknown == null) {
        unknown = TfValues.firstUnknown(item).orElse(new Value.Unknown("an element is known after apply",
            item.range()));
      }
    }
    if (unknown != null) {
      throw new NotKnown(unknown);
    }
    return c.bool(false);
  }

  private static Value index(Call c) {
    Value wanted = Call.whollyKnown(c.arg(1));
    List<Value> list = c.list(0);
    for (int i = 0; i < list.size(); i++) {
      Boolean e = TfValues.equal(list.get(i), wanted);
      if (e == null) {
        throw new NotKnown(TfValues.firstUnknown(list.get(i))
            .orElse(new Value.Unknown("an element is known after apply", list.get(i).range())));
      }
      if (e) {
        return c.num(i);
      }
    }
    throw c.error("item not found");
  }

  private static Value coalesce(Call c) {
    boolean anyString = c.args.stream().anyMatch(v -> v instanceof Value.Str);
    for (Value v : c.args) {
      if (v instanceof Value.Unknown u) {
        throw new NotKnown(u);
      }
      if (v instanceof Value.Null) {
        continue;
      }
      if (anyString && (v instanceof Value.Num || v instanceof Value.Bool)) {
        v = new Value.Str(Convert.string(v, "argument"), v.range(), v.sensitive()); // unified to string
      }
      if (v instanceof Value.Str s && s.value().isEmpty()) {
        continue;
      }
      return v;
    }
    throw c.error("no non-null, non-empty-string arguments");
  }

  private static Value coalescelist(Call c) {
    for (int i = 0; i < c.count(); i++) {
      Value v = c.arg(i);
      if (v instanceof Value.Unknown u) {
        throw new NotKnown(u);
      }
      if (v instanceof Value.Null) {
        continue;
      }
      if (!c.list(i).isEmpty()) {
        return v;
      }
    }
    throw c.error("no non-null arguments");
  }

  private static Value compact(Call c) {
    List<Value> out = new ArrayList<>();
    for (Value item : c.list(0)) {
      if (item instanceof Value.Unknown u) {
        throw new NotKnown(u);
      }
      if (item instanceof Value.Null || (item instanceof Value.Str s && s.value().isEmpty())) {
        continue;
      }
      out.add(item instanceof Value.Str ? item : new Value.Str(Convert.string(item, "element"), item.range(),
          item.sensitive()));
    }
    return c.list(out);
  }

  private static Value zipmap(Call c) {
    List<Value> keys = c.list(0);
    List<Value> values = c.list(1);
    if (keys.size() != values.size()) {
      throw c.error("number of keys (" + keys.size() + ") does not match number of values (" + values.size() + ")");
    }
    Map<String, Value.Member> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      Value key = Call.known(keys.get(i));
      if (key instanceof Value.Null) {
        throw c.error("keys list has null value at index " + i);
      }
      String k = Convert.string(key, "key");
      out.remove(k);
      out.put(k, new Value.Member(k, key.range(), values.get(i)));
    }
    return sortedObj(c, out.values());
  }

  private static Value range(Call c) {
    BigDecimal start = BigDecimal.ZERO;
    BigDecimal limit;
    BigDecimal step;
    if (c.count() == 1) {
      limit = c.number(0);
      step = BigDecimal.ONE;
    } else {
      start = c.number(0);
      limit = c.number(1);
      step = c.count() == 3 ? c.number(2) : (start.compareTo(limit) <= 0 ? BigDecimal.ONE : BigDecimal.ONE.negate());
    }
    if (step.signum() == 0) {
      throw c.error("step must not be zero");
    }
    boolean down = step.signum() < 0;
    List<Value> out = new ArrayList<>();
    for (BigDecimal v = start; down ? v.compareTo(limit) > 0 : v.compareTo(limit) < 0; v = v.add(step)) {
      if (out.size() >= MAX_RANGE) {
        throw c.error("more than " + MAX_RANGE + " values were generated; either decrease the difference between"
            + " start and end or use a smaller step");
      }
      out.add(c.num(v));
    }
    return c.list(out);
  }

  private static Value one(Call c) {
    List<Value> list = c.list(0);
    if (list.isEmpty()) {
      return c.nul();
    }
    if (list.size() == 1) {
      return list.get(0);
    }
    throw c.error("must be a list, set, or tuple value with either zero or one elements");
  }

  private static Value slice(Call c) {
    List<Value> list = c.list(0);
    int from = c.integer(1);
    int to = c.integer(2);
    if (from < 0) {
      throw c.error("from index must be greater than or equal to 0");
    }
    if (to > list.size()) {
      throw c.error("end index must not be greater than the length of the list");
    }
    if (from > to) {
      throw c.error("from index must be less than or equal to end index");
    }
    return c.list(list.subList(from, to));
  }

  private static Value reverse(Call c) {
    List<Value> out = new ArrayList<>(c.list(0));
    java.util.Collections.reverse(out);
    return c.list(out);
  }

  /** Strings in lexical order; numbers and bools are converted to strings first, as Terraform does. */
  private static Value sort(Call c) {
    List<Value> out = new ArrayList<>();
    for (Value item : c.list(0)) {
      Value known = Call.known(item);
      if (known instanceof Value.Null) {
        throw c.error("given list element " + out.size() + " is null; a null string cannot be sorted");
      }
      out.add(known instanceof Value.Str ? known
          : new Value.Str(Convert.string(known, "element"), known.range(), known.sensitive()));
    }
    out.sort((a, b) -> ((Value.Str) a).value().compareTo(((Value.Str) b).value()));
    return c.list(out);
  }

  private static Value setunion(Call c) {
    List<Value> all = new ArrayList<>();
    for (int i = 0; i < c.count(); i++) {
      all.addAll(c.list(i));
    }
    return c.list(Sets.of(all));
  }

  private static Value setintersection(Call c) {
    List<Value> result = Sets.of(c.list(0));
    for (int i = 1; i < c.count(); i++) {
      List<Value> other = c.list(i);
      result = result.stream().filter(v -> Sets.containsKnown(other, v)).toList();
    }
    return c.list(result);
  }

  private static Value setsubtract(Call c) {
    List<Value> other = c.list(1);
    return c.list(Sets.of(c.list(0)).stream().filter(v -> !Sets.containsKnown(other, v)).toList());
  }

  /** Evaluated in order like Terraform: an unknown element before the deciding one makes the answer unknown. */
  private static Value allOrAny(Call c, boolean all) {
    for (Value item : c.list(0)) {
      if (item instanceof Value.Unknown u) {
        throw new NotKnown(u);
      }
      if (item instanceof Value.Null) {
        if (all) {
          return c.bool(false);
        }
        continue;
      }
      boolean b = Convert.bool(item, "element");
      if (all && !b) {
        return c.bool(false);
      }
      if (!all && b) {
        return c.bool(true);
      }
    }
    return c.bool(all);
  }

  private static Value sum(Call c) {
    List<Value> list = c.list(0);
    if (list.isEmpty()) {
      throw c.error("cannot sum an empty list");
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Value item : list) {
      Value known = Call.known(item);
      if (known instanceof Value.Null) {
        throw c.error("argument must be list, set, or tuple of number values");
      }
      total = total.add(Convert.number(known, "element"));
    }
    return c.num(total);
  }

  private static Value chunklist(Call c) {
    List<Value> list = c.list(0);
    int size = c.integer(1);
    if (size < 0) {
      throw c.error("the size argument must be positive");
    }
    List<Value> out = new ArrayList<>();
    if (size == 0) {
      out.add(c.list(list));
      return c.list(out);
    }
    for (int i = 0; i < list.size(); i += size) {
      out.add(c.list(list.subList(i, Math.min(list.size(), i + size))));
    }
    return c.list(out);
  }

  private static Value sortedObj(Call c, java.util.Collection<Value.Member> members) {
    List<Value.Member> sorted = new ArrayList<>(members);
    sorted.sort(java.util.Comparator.comparing(Value.Member::key, TfValues.KEY_ORDER));
    return c.obj(sorted);
  }
}
