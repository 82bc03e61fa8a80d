package io.vnetlint.arm.expr;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The copy loop indexes visible to an expression: the resource loop ({@code copyIndex()}) and named loops
 * ({@code copyIndex('subnets')}) of property and variable copies.
 */
public final class CopyBindings {
  public static final CopyBindings NONE = new CopyBindings(Map.of(), null);

  private final Map<String, Integer> named;
  private final Integer current;

  private CopyBindings(Map<String, Integer> named, Integer current) {
    this.named = named;
    this.current = current;
  }

  /** Binds the index of the resource loop {@code loopName}; {@code copyIndex()} without a name returns it. */
  public CopyBindings withResourceLoop(String loopName, int index) {
    Map<String, Integer> n = new HashMap<>(named);
    if (loopName != null) {
      n.put(loopName.toLowerCase(Locale.ROOT), index);
    }
    return new CopyBindings(n, index);
  }

  /** Binds a property or variable loop, which is only reachable by its name. */
  public CopyBindings withNamedLoop(String loopName, int index) {
    Map<String, Integer> n = new HashMap<>(named);
    n.put(loopName.toLowerCase(Locale.ROOT), index);
    return new CopyBindings(n, current);
  }

  /** The index of the named loop, or of the resource loop when {@code loopName} is null; null when unbound. */
  public Integer index(String loopName) {
    if (loopName == null) {
      return current;
    }
    return named.get(loopName.toLowerCase(Locale.ROOT));
  }
}
