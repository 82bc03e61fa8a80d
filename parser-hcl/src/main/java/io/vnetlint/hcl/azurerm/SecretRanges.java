package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The source ranges of secrets in evaluated azurerm resources, which outputs must never show: every value marked
 * sensitive, and the values of the azurerm attributes that hold secrets whether or not they are marked
 * ({@code shared_key}, {@code authorization_key}, RADIUS secrets), at the range each value came from.
 */
public final class SecretRanges {
  private SecretRanges() {}

  private static final Set<String> SECRET_ATTRIBUTES =
      Set.of("shared_key", "authorization_key", "radius_server_secret", "secret");

  public static List<SourceRange> of(List<TerraformResource> resources) {
    Set<SourceRange> out = new LinkedHashSet<>();
    for (TerraformResource r : resources) {
      if (r.type().startsWith("azurerm_")) {
        collect(r.body(), false, out);
      } else {
        collect(r.body(), true, out);
      }
    }
    return List.copyOf(out);
  }

  /** Sensitive values everywhere; secret attributes by name only in azurerm bodies ({@code secret} is generic). */
  private static void collect(Value v, boolean sensitiveOnly, Set<SourceRange> out) {
    if (v.sensitive() && v.range() != null) {
      out.add(v.range());
    }
    if (v instanceof Value.Obj o) {
      for (Value.Member m : o.members()) {
        if (!sensitiveOnly && SECRET_ATTRIBUTES.contains(m.key()) && m.value().range() != null
            && !(m.value() instanceof Value.Null)) {
          out.add(m.value().range());
        }
        collect(m.value(), sensitiveOnly, out);
      }
    } else if (v instanceof Value.Arr a) {
      for (Value item : a.items()) {
        collect(item, sensitiveOnly, out);
      }
    }
  }
}
