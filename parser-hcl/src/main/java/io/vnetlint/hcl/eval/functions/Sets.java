package io.vnetlint.hcl.eval.functions;

import io.vnetlint.hcl.eval.TfValues;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets as Terraform builds them: duplicates removed, and the order Terraform iterates them in, which for strings is
 * lexical, for numbers numeric and for bools false before true (other element types keep first-seen order here;
 * Terraform orders them by hash, which no configuration can rely on).
 */
final class Sets {
  private Sets() {}

  static List<Value> of(List<Value> items) {
    List<Value> out = new ArrayList<>();
    for (Value item : items) {
      Call.whollyKnown(item); // membership of an unknown element is unknown
      if (!containsKnown(out, item)) {
        out.add(item);
      }
    }
    if (!out.isEmpty() && out.stream().allMatch(v -> v instanceof Value.Str)) {
      out.sort((a, b) -> ((Value.Str) a).value().compareTo(((Value.Str) b).value()));
    } else if (!out.isEmpty() && out.stream().allMatch(v -> v instanceof Value.Num)) {
      out.sort((a, b) -> ((Value.Num) a).value().compareTo(((Value.Num) b).value()));
    } else if (!out.isEmpty() && out.stream().allMatch(v -> v instanceof Value.Bool)) {
      out.sort((a, b) -> Boolean.compare(((Value.Bool) a).value(), ((Value.Bool) b).value()));
    }
    return out;
  }

  /** Whether {@code items} holds {@code v}; unknown when it depends on an unknown element. */
  static boolean containsKnown(List<Value> items, Value v) {
    for (Value item : items) {
      Boolean e = TfValues.equal(item, v);
      if (e == null) {
        throw new NotKnown(TfValues.firstUnknown(item).or(() -> TfValues.firstUnknown(v))
            .orElse(new Value.Unknown("a set element is known after apply", item.range())));
      }
      if (e) {
        return true;
      }
    }
    return false;
  }
}
