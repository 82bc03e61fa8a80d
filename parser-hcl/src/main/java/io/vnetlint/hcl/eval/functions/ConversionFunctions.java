package io.vnetlint.hcl.eval.functions;

import io.vnetlint.hcl.eval.TfValues;
import io.vnetlint.hcl.eval.functions.FunctionLibrary.Kind;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The type conversion functions and the sensitivity markers. */
final class ConversionFunctions {
  private ConversionFunctions() {}

  /** The function called {@code name} in this group, or null (a switch: see {@link FunctionLibrary}). */
  static FunctionLibrary.Spec find(String name) {
    return switch (name) {
      case "tostring" -> new FunctionLibrary.Spec("tostring", 1, 1, Kind.STRUCTURAL, false,
          ConversionFunctions::tostring);
      case "tonumber" -> new FunctionLibrary.Spec("tonumber", 1, 1, Kind.STRUCTURAL, false,
          ConversionFunctions::tonumber);
      case "tobool" -> new FunctionLibrary.Spec("tobool", 1, 1, Kind.STRUCTURAL, false,
          ConversionFunctions::tobool);
      case "tolist" -> new FunctionLibrary.Spec("tolist", 1, 1, Kind.STRUCTURAL, false,
          ConversionFunctions::tolist);
      case "toset" -> new FunctionLibrary.Spec("toset", 1, 1, Kind.STRUCTURAL, false,
          ConversionFunctions::toset);
      case "tomap" -> new FunctionLibrary.Spec("tomap", 1, 1, Kind.STRUCTURAL, false,
          ConversionFunctions::tomap);
      case "sensitive" -> new FunctionLibrary.Spec("sensitive", 1, 1, Kind.STRUCTURAL, true,
          c -> c.arg(0).asSensitive());
      case "nonsensitive" -> new FunctionLibrary.Spec("nonsensitive", 1, 1, Kind.UNMARK, true,
          c -> TfValues.unmark(c.arg(0)));
      default -> null;
    };
  }

  private static Value tostring(Call c) {
    Value v = c.arg(0);
    if (v instanceof Value.Null) {
      return v;
    }
    if (v instanceof Value.Str) {
      return v;
    }
    if (v instanceof Value.Num || v instanceof Value.Bool || v instanceof Value.Ref) {
      return c.str(Convert.string(v, "v"));
    }
    throw c.error("cannot convert " + TfValues.typeName(v) + " to string");
  }

  private static Value tonumber(Call c) {
    Value v = c.arg(0);
    if (v instanceof Value.Null || v instanceof Value.Num) {
      return v;
    }
    if (v instanceof Value.Str s) {
      BigDecimal n = Convert.parseNumber(s.value());
      if (n == null) {
        throw c.error("cannot convert " + Strings.quote(s.value()) + " to number; given string must be a decimal "
            + "representation of a number");
      }
      return c.num(n);
    }
    throw c.error("cannot convert " + TfValues.typeName(v) + " to number");
  }

  private static Value tobool(Call c) {
    Value v = c.arg(0);
    if (v instanceof Value.Null || v instanceof Value.Bool) {
      return v;
    }
    if (v instanceof Value.Str s && (s.value().equals("true") || s.value().equals("false"))) {
      return c.bool(s.value().equals("true"));
    }
    throw c.error("cannot convert " + (v instanceof Value.Str s ? Strings.quote(s.value()) : TfValues.typeName(v))
        + " to bool; only the strings \"true\" or \"false\" are allowed");
  }

  private static Value tolist(Call c) {
    Value v = c.arg(0);
    if (v instanceof Value.Null) {
      return v;
    }
    if (!(v instanceof Value.Arr a)) {
      throw c.error("cannot convert " + TfValues.typeName(v) + " to list of any single type");
    }
    return c.list(unify(c, a.items()));
  }

  private static Value toset(Call c) {
    Value v = c.arg(0);
    if (v instanceof Value.Null) {
      return v;
    }
    if (!(v instanceof Value.Arr a)) {
      throw c.error("cannot convert " + TfValues.typeName(v) + " to set of any single type");
    }
    return c.list(Sets.of(unify(c, a.items())));
  }

  private static Value tomap(Call c) {
    Value v = c.arg(0);
    if (v instanceof Value.Null) {
      return v;
    }
    if (!(v instanceof Value.Obj o)) {
      throw c.error("cannot convert " + TfValues.typeName(v) + " to map of any single type");
    }
    List<Value> values = new ArrayList<>();
    for (Value.Member m : o.members()) {
      values.add(m.value());
    }
    List<Value> unified = unify(c, values);
    List<Value.Member> members = new ArrayList<>();
    for (int i = 0; i < o.members().size(); i++) {
      Value.Member m = o.members().get(i);
      members.add(new Value.Member(m.key(), m.keyRange(), unified.get(i)));
    }
    members.sort(java.util.Comparator.comparing(Value.Member::key, TfValues.KEY_ORDER));
    return c.obj(members);
  }

  /**
   * Terraform's element type unification for primitives: strings mixed with numbers or bools make every element a
   * string. Mixed collections are left as they are (Terraform would look for a common structural type).
   */
  static List<Value> unify(Call c, List<Value> items) {
    boolean strings = items.stream().anyMatch(v -> v instanceof Value.Str);
    boolean others = items.stream().anyMatch(v -> v instanceof Value.Num || v instanceof Value.Bool);
    boolean collections = items.stream().anyMatch(v -> v instanceof Value.Arr || v instanceof Value.Obj);
    if (collections && (strings || others)) {
      throw c.error("all elements must have the same type");
    }
    boolean numbers = items.stream().anyMatch(v -> v instanceof Value.Num);
    boolean bools = items.stream().anyMatch(v -> v instanceof Value.Bool);
    if (!(strings && others) && !(numbers && bools)) {
      return items;
    }
    List<Value> out = new ArrayList<>();
    for (Value v : items) {
      out.add(v instanceof Value.Num || v instanceof Value.Bool
          ? new Value.Str(Convert.string(v, "element"), v.range(), v.sensitive()) : v);
    }
    return out;
  }
}
