package io.vnetlint.hcl.eval;

import io.vnetlint.model.Value;
import java.math.BigDecimal;

/**
 * The key of one instance of a resource or module call: none, a {@code count} index, or a {@code for_each} key; as
 * Terraform writes it in addresses ({@code [0]}, {@code ["gw"]}).
 */
public sealed interface InstanceKey {

  /** The address suffix: "", {@code [0]}, {@code ["gw"]}. */
  String suffix();

  /** A resource or module call without {@code count} or {@code for_each}. */
  record None() implements InstanceKey {
    @Override
    public String suffix() {
      return "";
    }

    // Written out, as in the other keys: the generated record methods link the ObjectMethods bootstrap.
    @Override
    public boolean equals(Object o) {
      return o instanceof None;
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  record Index(int index) implements InstanceKey {
    @Override
    public String suffix() {
      return "[" + index + "]";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Index i && index == i.index;
    }

    @Override
    public int hashCode() {
      return Integer.hashCode(index);
    }
  }

  /** A {@code for_each} key, with the element's value ({@code each.value}). */
  record Key(String key, Value value) implements InstanceKey {
    @Override
    public String suffix() {
      StringBuilder sb = new StringBuilder("[\"");
      for (char c : key.toCharArray()) {
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          default -> sb.append(c);
        }
      }
      return sb.append("\"]").toString();
    }

    // Written out: instances are looked up by key, and the generated record methods would hash the whole
    // each.value (and link the ObjectMethods bootstrap at start-up). The key string alone spreads the hashes.
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && key.equals(k.key) && (value == k.value || value.equals(k.value));
    }

    @Override
    public int hashCode() {
      return key.hashCode();
    }
  }

  InstanceKey NONE = new None();

  static Value.Num number(int index, io.vnetlint.model.SourceRange range) {
    return new Value.Num(BigDecimal.valueOf(index), range);
  }
}
