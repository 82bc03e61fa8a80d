package io.vnetlint.hcl.plan;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sensitive ranges of one plan file. A plan writes each secret several times (planned values, before and
 * after of the change, prior state, variable values, constant expressions of the configuration), and only some of
 * those places carry a mask. So besides the masked places, every other string leaf of the file that equals a
 * masked string is covered too; the comparison happens in memory and nothing is printed.
 */
final class Sensitive {
  private final Set<SourceRange> ranges = new LinkedHashSet<>();
  private final Set<String> texts = new HashSet<>();

  /** A masked value: its range, and the text of each of its string leaves. */
  void value(Value v) {
    if (v.range() != null) {
      ranges.add(v.range());
    }
    if (v instanceof Value.Str s && !s.value().isEmpty()) {
      texts.add(s.value());
    } else if (v instanceof Value.Obj o) {
      for (Value.Member m : o.members()) {
        value(m.value());
      }
    } else if (v instanceof Value.Arr a) {
      for (Value item : a.items()) {
        value(item);
      }
    }
  }

  /** Covers every string leaf of {@code root} whose text is a masked text. */
  void sweep(Value root) {
    if (texts.isEmpty()) {
      return;
    }
    if (root instanceof Value.Str s) {
      if (texts.contains(s.value()) && s.range() != null) {
        ranges.add(s.range());
      }
    } else if (root instanceof Value.Obj o) {
      for (Value.Member m : o.members()) {
        sweep(m.value());
      }
    } else if (root instanceof Value.Arr a) {
      for (Value item : a.items()) {
        sweep(item);
      }
    }
  }

  List<SourceRange> all() {
    return List.copyOf(ranges);
  }
}
