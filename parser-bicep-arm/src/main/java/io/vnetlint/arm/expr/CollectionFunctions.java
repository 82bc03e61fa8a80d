package io.vnetlint.arm.expr;

import io.vnetlint.model.SourceText;
import io.vnetlint.model.Value;
import io.vnetlint.model.json.JsonSyntaxException;
import io.vnetlint.model.json.PositionedJsonReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Array and object functions, and the ones that accept either (length(), empty(), contains(), ...). */
final class CollectionFunctions {
  private CollectionFunctions() {}

  /** range() and similar builders stop here rather than build huge arrays from a typo. */
  private static final int MAX_BUILT_ITEMS = 10_000;

  /** The function called {@code name} (lower case) in this group, or null (a switch: see {@link FunctionLibrary}). */
  static ArmFunction find(String name) {
    return switch (name) {
      case "createarray" -> call -> call.array(call.args());
      case "array" -> CollectionFunctions::array;
      case "createobject" -> CollectionFunctions::createObject;
      case "first" -> call -> end(call, false);
      case "last" -> call -> end(call, true);
      case "length" -> CollectionFunctions::length;
      case "empty" -> CollectionFunctions::empty;
      case "contains" -> CollectionFunctions::contains;
      case "skip" -> call -> slice(call, true);
      case "take" -> call -> slice(call, false);
      case "union" -> CollectionFunctions::union;
      case "intersection" -> CollectionFunctions::intersection;
      case "range" -> CollectionFunctions::range;
      case "flatten" -> CollectionFunctions::flatten;
      case "items" -> CollectionFunctions::items;
      case "objectkeys" -> CollectionFunctions::objectKeys;
      case "json" -> CollectionFunctions::json;
      case "coalesce" -> CollectionFunctions::coalesce;
      case "tryget" -> CollectionFunctions::tryGet;
      case "shallowmerge" -> CollectionFunctions::shallowMerge;
      case "indexfromend" -> call -> fromEnd(call, false);
      case "tryindexfromend" -> call -> fromEnd(call, true);
      default -> null;
    };
  }

  /** {@code indexFromEnd(xs, 1)} is the last element (Bicep's {@code xs[^1]}). */
  private static Value fromEnd(Invocation call, boolean orNull) {
    Optional<Value> arity = call.arity(2, 2);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    Optional<Integer> n = Conversions.smallInt(call.arg(1));
    if (!(v instanceof Value.Arr a)) {
      return call.notA("an array", v);
    }
    if (n.isEmpty()) {
      return call.notA("an integer", call.arg(1));
    }
    int index = a.items().size() - n.get();
    if (n.get() < 1 || index < 0) {
      return orNull ? call.nul() : call.unknown(call.name() + " is outside an array of " + a.items().size());
    }
    return a.items().get(index);
  }

  private static Value array(Invocation call) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    if (v instanceof Value.Unknown u) {
      return call.propagate(u);
    }
    return v instanceof Value.Arr ? v : call.array(List.of(v));
  }

  private static Value createObject(Invocation call) {
    if (call.count() % 2 != 0) {
      return call.unknown("createObject() expects key and value pairs");
    }
    List<Value.Member> members = new ArrayList<>();
    for (int i = 0; i < call.count(); i += 2) {
      Value key = call.arg(i);
      if (!(key instanceof Value.Str k)) {
        return call.notA("string keys", key);
      }
      members.add(call.member(k.value(), call.arg(i + 1)));
    }
    return call.object(members);
  }

  private static Value end(Invocation call, boolean last) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    if (v instanceof Value.Arr a) {
      if (a.items().isEmpty()) {
        return call.unknown(call.name() + " of an empty array");
      }
      return a.items().get(last ? a.items().size() - 1 : 0);
    }
    if (v instanceof Value.Str s) {
      if (s.value().isEmpty()) {
        return call.str("");
      }
      int i = last ? s.value().length() - 1 : 0;
      return call.str(s.value().substring(i, i + 1));
    }
    return call.notA("an array or a string", v);
  }

  /** Items of an array, characters of a string, members of an object; null for anything else. */
  private static Integer sizeOf(Value v) {
    if (v instanceof Value.Arr a) {
      return a.items().size();
    }
    if (v instanceof Value.Str s) {
      return s.value().length();
    }
    if (v instanceof Value.Obj o) {
      return o.members().size();
    }
    return null;
  }

  private static Value length(Invocation call) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    Integer size = sizeOf(v);
    return size != null ? call.num(size) : call.notA("an array, a string or an object", v);
  }

  private static Value empty(Invocation call) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    if (v instanceof Value.Null) {
      return call.bool(true);
    }
    if (v instanceof Value.Ref) {
      // A resource reference stands for a resource id: never an empty string. AVM modules guard optional ids with
      // !empty(id) ? {id: id} : null.
      return call.bool(false);
    }
    Integer size = sizeOf(v);
    return size != null ? call.bool(size == 0) : call.notA("an array, a string or an object", v);
  }

  private static Value contains(Invocation call) {
    Optional<Value> arity = call.arity(2, 2);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value container = call.arg(0);
    Value item = call.arg(1);
    if (container instanceof Value.Unknown u) {
      return call.propagate(u);
    }
    if (item instanceof Value.Unknown u) {
      return call.propagate(u);
    }
    if (container instanceof Value.Str s) {
      Optional<String> text = Conversions.text(item);
      return text.<Value>map(t -> call.bool(s.value().contains(t))).orElseGet(() -> call.notA("a string", item));
    }
    if (container instanceof Value.Obj o) {
      return item instanceof Value.Str key ? call.bool(o.get(key.value()) != null) : call.notA("a key", item);
    }
    if (container instanceof Value.Arr a) {
      boolean unknown = false;
      for (Value element : a.items()) {
        Boolean eq = Conversions.equal(element, item);
        if (eq == null) {
          unknown = true;
        } else if (eq) {
          return call.bool(true);
        }
      }
      return unknown ? call.unknown("contains() compares unknown values") : call.bool(false);
    }
    return call.notA("a string, an object or an array", container);
  }

  private static Value slice(Invocation call, boolean skip) {
    Optional<Value> arity = call.arity(2, 2);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    Optional<Integer> n = Conversions.smallInt(call.arg(1));
    if (n.isEmpty()) {
      return call.notA("an integer", call.arg(1));
    }
    if (v instanceof Value.Arr a) {
      int k = Math.max(0, Math.min(n.get(), a.items().size()));
      return call.array(skip ? a.items().subList(k, a.items().size()) : a.items().subList(0, k));
    }
    if (v instanceof Value.Str s) {
      int k = Math.max(0, Math.min(n.get(), s.value().length()));
      return call.str(skip ? s.value().substring(k) : s.value().substring(0, k));
    }
    return call.notA("an array or a string", v);
  }

  /** union(): objects merge (later keys win); arrays keep distinct elements in order. */
  /**
   * Adds {@code m} to {@code members} as union() does: a later value replaces an earlier one of the same name,
   * except that two objects merge recursively (ARM's documented deep merge; arrays are replaced, not merged).
   */
  private static void mergeMember(List<Value.Member> members, Value.Member m) {
    int existing = indexOfKey(members, m.key());
    if (existing < 0) {
      members.add(m);
      return;
    }
    Value.Member earlier = members.get(existing);
    if (earlier.value() instanceof Value.Obj a && m.value() instanceof Value.Obj b) {
      List<Value.Member> merged = new ArrayList<>(a.members());
      for (Value.Member inner : b.members()) {
        mergeMember(merged, inner);
      }
      members.set(existing, new Value.Member(earlier.key(), earlier.keyRange(), new Value.Obj(merged, b.range())));
    } else {
      members.set(existing, m);
    }
  }

  private static Value union(Invocation call) {
    if (call.count() < 1) {
      return call.unknown("union() expects at least 1 argument, got 0");
    }
    Optional<Value> unknown = call.anyUnknown();
    if (unknown.isPresent()) {
      return unknown.get();
    }
    List<Value> args = call.args();
    if (args.stream().allMatch(a -> a instanceof Value.Obj)) {
      List<Value.Member> members = new ArrayList<>();
      for (Value a : args) {
        for (Value.Member m : ((Value.Obj) a).members()) {
          mergeMember(members, m);
        }
      }
      return call.object(members);
    }
    if (args.stream().allMatch(a -> a instanceof Value.Arr)) {
      List<Value> items = new ArrayList<>();
      for (Value a : args) {
        for (Value item : ((Value.Arr) a).items()) {
          Optional<Value> added = addDistinct(items, item, call);
          if (added.isPresent()) {
            return added.get();
          }
        }
      }
      return call.array(items);
    }
    return call.unknown("union() expects only objects or only arrays");
  }

  private static Optional<Value> addDistinct(List<Value> items, Value item, Invocation call) {
    for (Value existing : items) {
      Boolean eq = Conversions.equal(existing, item);
      if (eq == null) {
        return Optional.of(call.unknown(call.name() + " compares unknown values"));
      }
      if (eq) {
        return Optional.empty();
      }
    }
    items.add(item);
    return Optional.empty();
  }

  private static int indexOfKey(List<Value.Member> members, String key) {
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).key().equalsIgnoreCase(key)) {
        return i;
      }
    }
    return -1;
  }

  private static Value intersection(Invocation call) {
    if (call.count() < 1) {
      return call.unknown("intersection() expects at least 1 argument, got 0");
    }
    Optional<Value> unknown = call.anyUnknown();
    if (unknown.isPresent()) {
      return unknown.get();
    }
    List<Value> args = call.args();
    if (args.stream().allMatch(a -> a instanceof Value.Arr)) {
      List<Value> result = new ArrayList<>();
      for (Value item : ((Value.Arr) args.get(0)).items()) {
        boolean inAll = true;
        for (Value other : args.subList(1, args.size())) {
          Boolean found = false;
          for (Value o : ((Value.Arr) other).items()) {
            Boolean eq = Conversions.equal(item, o);
            if (eq == null) {
              return call.unknown("intersection() compares unknown values");
            }
            if (eq) {
              found = true;
              break;
            }
          }
          inAll &= found;
        }
        if (inAll) {
          Optional<Value> added = addDistinct(result, item, call);
          if (added.isPresent()) {
            return added.get();
          }
        }
      }
      return call.array(result);
    }
    if (args.stream().allMatch(a -> a instanceof Value.Obj)) {
      List<Value.Member> result = new ArrayList<>();
      for (Value.Member m : ((Value.Obj) args.get(0)).members()) {
        boolean inAll = true;
        for (Value other : args.subList(1, args.size())) {
          Value o = ((Value.Obj) other).get(m.key());
          Boolean eq = o == null ? Boolean.FALSE : Conversions.equal(m.value(), o);
          if (eq == null) {
            return call.unknown("intersection() compares unknown values");
          }
          inAll &= eq;
        }
        if (inAll) {
          result.add(m);
        }
      }
      return call.object(result);
    }
    return call.unknown("intersection() expects only objects or only arrays");
  }

  private static Value range(Invocation call) {
    Optional<Value> arity = call.arity(2, 2);
    if (arity.isPresent()) {
      return arity.get();
    }
    Optional<Integer> start = Conversions.smallInt(call.arg(0));
    Optional<Integer> count = Conversions.smallInt(call.arg(1));
    if (start.isEmpty() || count.isEmpty()) {
      return call.notA("integers", start.isEmpty() ? call.arg(0) : call.arg(1));
    }
    if (count.get() < 0 || count.get() > MAX_BUILT_ITEMS) {
      return call.unknown("range() of " + count.get() + " items is not evaluated");
    }
    io.vnetlint.model.Deadline.countIterations(count.get(), call.at());
    List<Value> items = new ArrayList<>();
    for (int i = 0; i < count.get(); i++) {
      items.add(call.num((long) start.get() + i));
    }
    return call.array(items);
  }

  private static Value flatten(Invocation call) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    if (!(v instanceof Value.Arr a)) {
      return call.notA("an array", v);
    }
    List<Value> items = new ArrayList<>();
    for (Value item : a.items()) {
      if (item instanceof Value.Arr inner) {
        items.addAll(inner.items());
      } else if (item instanceof Value.Unknown u) {
        return call.propagate(u);
      } else {
        return call.notA("an array of arrays", item);
      }
    }
    return call.array(items);
  }

  /** items(): the members as {key, value} objects, sorted by key as ARM documents. */
  private static Value items(Invocation call) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    if (!(v instanceof Value.Obj o)) {
      return call.notA("an object", v);
    }
    List<Value.Member> sorted = new ArrayList<>(o.members());
    sorted.sort(Comparator.comparing(Value.Member::key, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(Value.Member::key));
    List<Value> items = new ArrayList<>();
    for (Value.Member m : sorted) {
      items.add(call.object(List.of(call.member("key", call.str(m.key())), call.member("value", m.value()))));
    }
    return call.array(items);
  }

  private static Value objectKeys(Invocation call) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    if (!(v instanceof Value.Obj o)) {
      return call.notA("an object", v);
    }
    List<Value> keys = new ArrayList<>();
    for (Value.Member m : o.members()) {
      keys.add(call.str(m.key()));
    }
    return call.array(keys);
  }

  /** json(): parses JSON text; every node gets the range of the calling expression. */
  private static Value json(Invocation call) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    if (!(v instanceof Value.Str s)) {
      return call.notA("JSON text", v);
    }
    try {
      Value parsed = PositionedJsonReader.read(SourceText.of("json()", s.value()));
      return call.facts().withRangeDeep(parsed, call.at());
    } catch (JsonSyntaxException e) {
      return call.unknown("json() of text that is not JSON");
    }
  }

  private static Value coalesce(Invocation call) {
    for (int i = 0; i < call.count(); i++) {
      Value v = call.arg(i);
      if (v instanceof Value.Unknown u) {
        return call.propagate(u);
      }
      if (!(v instanceof Value.Null)) {
        return v;
      }
    }
    return call.nul();
  }

  /** tryGet(object, key...): the nested value, or null when a key is missing. */
  private static Value tryGet(Invocation call) {
    if (call.count() < 2) {
      return call.unknown("tryGet() expects at least 2 arguments");
    }
    Value current = call.arg(0);
    for (int i = 1; i < call.count(); i++) {
      Value key = call.arg(i);
      if (current instanceof Value.Unknown u) {
        return call.propagate(u);
      }
      if (key instanceof Value.Unknown u) {
        return call.propagate(u);
      }
      if (current instanceof Value.Null) {
        return call.nul();
      }
      if (current instanceof Value.Obj o && key instanceof Value.Str k) {
        Value next = o.get(k.value());
        if (next == null) {
          return call.nul();
        }
        current = next;
      } else if (current instanceof Value.Arr a && Conversions.smallInt(key).isPresent()) {
        int index = Conversions.smallInt(key).get();
        if (index < 0 || index >= a.items().size()) {
          return call.nul();
        }
        current = a.items().get(index);
      } else {
        return call.unknown("tryGet() cannot read " + key.kind() + " of " + current.kind());
      }
    }
    return current;
  }

  private static Value shallowMerge(Invocation call) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    if (!(v instanceof Value.Arr a)) {
      return call.notA("an array of objects", v);
    }
    List<Value.Member> members = new ArrayList<>();
    for (Value item : a.items()) {
      if (!(item instanceof Value.Obj o)) {
        return call.notA("an array of objects", item);
      }
      for (Value.Member m : o.members()) {
        int existing = indexOfKey(members, m.key());
        if (existing >= 0) {
          members.set(existing, m);
        } else {
          members.add(m);
        }
      }
    }
    return call.object(members);
  }
}
