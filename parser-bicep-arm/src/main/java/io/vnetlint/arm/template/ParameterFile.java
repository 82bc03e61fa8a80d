package io.vnetlint.arm.template;

import io.vnetlint.model.Value;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values of a deployment parameter file ({@code {"parameters": {"x": {"value": ...}}}}), or of a nested
 * deployment's {@code properties.parameters}. Values are taken as written: parameter files are not evaluated.
 */
public final class ParameterFile {
  private ParameterFile() {}

  /** True when the root looks like a parameter file: it has a {@code parameters} object. */
  public static boolean looksLikeParameterFile(Value root) {
    return root instanceof Value.Obj o && o.get("parameters") instanceof Value.Obj;
  }

  /** Parameter name (case-insensitive) to supplied value. */
  public static Map<String, Value> values(Value root) {
    Map<String, Value> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (root instanceof Value.Obj o && o.get("parameters") instanceof Value.Obj parameters) {
      for (Value.Member m : parameters.members()) {
        Value supplied = supplied(m);
        if (supplied != null) {
          values.put(m.key(), supplied);
        }
      }
    }
    return values;
  }

  /** The value of one parameter entry; a Key Vault reference is unknown and sensitive. */
  static Value supplied(Value.Member entry) {
    if (!(entry.value() instanceof Value.Obj o)) {
      return null;
    }
    Value value = o.get("value");
    if (value != null) {
      return value;
    }
    if (o.get("reference") != null) {
      return new Value.Unknown("parameter '" + entry.key() + "' is a Key Vault reference", entry.value().range(), true);
    }
    return null;
  }
}
