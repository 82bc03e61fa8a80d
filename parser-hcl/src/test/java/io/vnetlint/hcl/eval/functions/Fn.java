package io.vnetlint.hcl.eval.functions;

import io.vnetlint.hcl.eval.TfValues;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds argument values and renders results in Terraform-console-like text, for compact assertions. */
final class Fn {
  static final SourceRange AT = new SourceRange("t.tf", 1, 1, 1, 2, 0, 1);

  private Fn() {}

  static Value call(String name, Value... args) {
    return FunctionLibrary.standard().call(name, Arrays.asList(args), AT);
  }

  /** The result as text: strings quoted, lists in brackets, objects in braces sorted by key. */
  static String eval(String name, Value... args) {
    return show(call(name, args));
  }

  static Value s(String s) {
    return new Value.Str(s, AT);
  }

  static Value n(long n) {
    return new Value.Num(BigDecimal.valueOf(n), AT);
  }

  static Value n(String n) {
    return new Value.Num(new BigDecimal(n), AT);
  }

  static Value b(boolean b) {
    return new Value.Bool(b, AT);
  }

  static Value nul() {
    return new Value.Null(AT);
  }

  static Value unknown(String reason) {
    return new Value.Unknown(reason, AT);
  }

  static Value list(Value... items) {
    return new Value.Arr(List.of(items), AT);
  }

  static Value strs(String... items) {
    List<Value> out = new ArrayList<>();
    for (String s : items) {
      out.add(s(s));
    }
    return new Value.Arr(out, AT);
  }

  /** {@code map("a", n(1), "b", s("x"))}. */
  static Value map(Object... keysAndValues) {
    List<Value.Member> members = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      members.add(new Value.Member((String) keysAndValues[i], AT, (Value) keysAndValues[i + 1]));
    }
    return new Value.Obj(members, AT);
  }

  static String show(Value v) {
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
    if (v instanceof Value.Arr a) {
      List<String> parts = new ArrayList<>();
      for (Value item : a.items()) {
        parts.add(show(item));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    if (v instanceof Value.Obj o) {
      List<String> parts = new ArrayList<>();
      for (Value.Member m : TfValues.sorted(o)) {
        parts.add(m.key() + " = " + show(m.value()));
      }
      return "{" + String.join(", ", parts) + "}";
    }
    return "ref(" + ((Value.Ref) v).ref() + ")";
  }
}
