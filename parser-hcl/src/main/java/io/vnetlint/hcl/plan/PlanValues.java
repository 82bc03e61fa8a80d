package io.vnetlint.hcl.plan;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a plan's masks to its values. Plan JSON leaves unknown values out (or null in lists) and marks them in a
 * parallel structure ({@code after_unknown}: {@code true} at each unknown leaf); it writes sensitive values in clear
 * and marks them the same way ({@code after_sensitive}, {@code before_sensitive}, {@code sensitive_values}).
 */
final class PlanValues {
  private PlanValues() {}

  static final String KNOWN_AFTER_APPLY = "known after apply";

  /**
   * {@code value} with every leaf that {@code unknownMask} marks {@code true} replaced by an unknown. A marked
   * attribute that the values leave out is added, keyed where the mask names it.
   */
  static Value withUnknowns(Value value, Value unknownMask) {
    if (unknownMask == null) {
      return value;
    }
    if (unknownMask instanceof Value.Bool b) {
      if (!b.value()) {
        return value;
      }
      SourceRange at = value != null ? value.range() : unknownMask.range();
      return new Value.Unknown(KNOWN_AFTER_APPLY, at);
    }
    if (value == null || value instanceof Value.Null) {
      return hasUnknown(unknownMask) ? fromMask(unknownMask) : value;
    }
    if (unknownMask instanceof Value.Obj mask && value instanceof Value.Obj obj) {
      List<Value.Member> members = new ArrayList<>();
      for (Value.Member m : obj.members()) {
        members.add(new Value.Member(m.key(), m.keyRange(), withUnknowns(m.value(), mask.get(m.key()))));
      }
      for (Value.Member m : mask.members()) {
        if (obj.member(m.key()).isEmpty() && hasUnknown(m.value())) {
          members.add(new Value.Member(m.key(), m.keyRange(), fromMask(m.value())));
        }
      }
      return new Value.Obj(members, obj.range(), obj.sensitive());
    }
    if (unknownMask instanceof Value.Arr mask && value instanceof Value.Arr arr) {
      List<Value> items = new ArrayList<>();
      for (int i = 0; i < arr.items().size(); i++) {
        items.add(withUnknowns(arr.items().get(i), i < mask.items().size() ? mask.items().get(i) : null));
      }
      for (int i = arr.items().size(); i < mask.items().size(); i++) {
        if (hasUnknown(mask.items().get(i))) {
          items.add(fromMask(mask.items().get(i)));
        }
      }
      return new Value.Arr(items, arr.range(), arr.sensitive());
    }
    return value;
  }

  /** The structure of a mask with unknowns at its {@code true} leaves, for values the plan left out. */
  private static Value fromMask(Value mask) {
    if (mask instanceof Value.Obj o) {
      List<Value.Member> members = new ArrayList<>();
      for (Value.Member m : o.members()) {
        if (hasUnknown(m.value())) {
          members.add(new Value.Member(m.key(), m.keyRange(), fromMask(m.value())));
        }
      }
      return new Value.Obj(members, o.range());
    }
    if (mask instanceof Value.Arr a) {
      List<Value> items = new ArrayList<>();
      for (Value item : a.items()) {
        items.add(hasUnknown(item) ? fromMask(item) : new Value.Null(item.range()));
      }
      return new Value.Arr(items, a.range());
    }
    return new Value.Unknown(KNOWN_AFTER_APPLY, mask.range());
  }

  /** True when the mask has a {@code true} leaf. */
  static boolean hasUnknown(Value mask) {
    if (mask instanceof Value.Bool b) {
      return b.value();
    }
    if (mask instanceof Value.Obj o) {
      for (Value.Member m : o.members()) {
        if (hasUnknown(m.value())) {
          return true;
        }
      }
    } else if (mask instanceof Value.Arr a) {
      for (Value item : a.items()) {
        if (hasUnknown(item)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code value} with every part that {@code sensitiveMask} marks {@code true} (and everything inside it) marked
   * sensitive; the ranges of those parts go to {@code ranges}.
   */
  static Value masked(Value value, Value sensitiveMask, Sensitive ranges) {
    if (value == null || sensitiveMask == null) {
      return value;
    }
    if (sensitiveMask instanceof Value.Bool b) {
      return b.value() ? sensitiveDeep(value, ranges) : value;
    }
    if (sensitiveMask instanceof Value.Obj mask && value instanceof Value.Obj obj) {
      List<Value.Member> members = new ArrayList<>();
      for (Value.Member m : obj.members()) {
        members.add(new Value.Member(m.key(), m.keyRange(), masked(m.value(), mask.get(m.key()), ranges)));
      }
      return new Value.Obj(members, obj.range(), obj.sensitive());
    }
    if (sensitiveMask instanceof Value.Arr mask && value instanceof Value.Arr arr) {
      List<Value> items = new ArrayList<>();
      for (int i = 0; i < arr.items().size(); i++) {
        items.add(masked(arr.items().get(i), i < mask.items().size() ? mask.items().get(i) : null, ranges));
      }
      return new Value.Arr(items, arr.range(), arr.sensitive());
    }
    return value;
  }

  /** The value and everything in it marked sensitive. */
  static Value sensitiveDeep(Value value, Sensitive ranges) {
    ranges.value(value);
    if (value instanceof Value.Obj o) {
      List<Value.Member> members = new ArrayList<>();
      for (Value.Member m : o.members()) {
        members.add(new Value.Member(m.key(), m.keyRange(), sensitiveDeep(m.value(), ranges)));
      }
      return new Value.Obj(members, o.range(), true);
    }
    if (value instanceof Value.Arr a) {
      List<Value> items = new ArrayList<>();
      for (Value item : a.items()) {
        items.add(sensitiveDeep(item, ranges));
      }
      return new Value.Arr(items, a.range(), true);
    }
    return value.asSensitive();
  }
}
