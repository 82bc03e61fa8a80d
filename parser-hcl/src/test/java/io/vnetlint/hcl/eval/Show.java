package io.vnetlint.hcl.eval;

import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.List;

/** Values as short text for assertions: strings quoted, refs as ref(address), unknowns with their reason. */
final class Show {
  private Show() {}

  static String show(Value v) {
    String s = plain(v);
    return v.sensitive() ? "sensitive(" + s + ")" : s;
  }

  private static String plain(Value v) {
    if (v instanceof Value.Unknown u) {
      return "unknown(" + u.reason() + ")";
    }
    if (v instanceof Value.Str s) {
      return "\"" + s.value() + "\"";
    }
    if (v instanceof Value.Num n) {
      return TfValues.numberText(n.value());
    }
    if (v instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    }
    if (v instanceof Value.Null) {
      return "null";
    }
    if (v instanceof Value.Ref r) {
      return "ref(" + r.ref() + ")";
    }
    if (v instanceof Value.Arr a) {
      List<String> parts = new ArrayList<>();
      for (Value item : a.items()) {
        parts.add(show(item));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    List<String> parts = new ArrayList<>();
    for (Value.Member m : TfValues.sorted((Value.Obj) v)) {
      parts.add(m.key() + " = " + show(m.value()));
    }
    return "{" + String.join(", ", parts) + "}";
  }
}
