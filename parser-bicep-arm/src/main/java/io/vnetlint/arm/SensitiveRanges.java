package io.vnetlint.arm;

import io.vnetlint.arm.expr.RuntimeFacts;
import io.vnetlint.arm.mapper.RawResource;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The source ranges that hold secrets, which outputs must never show: defaults and parameter-file values of
 * secure parameters, shared keys and RADIUS secrets wherever they are written, and every sensitive value that ends
 * up in a resource.
 */
final class SensitiveRanges {
  private static final List<String> SECRET_PROPERTIES = List.of("sharedKey", "radiusServerSecret");

  private final Set<SourceRange> ranges = new LinkedHashSet<>();

  List<SourceRange> all() {
    return List.copyOf(ranges);
  }

  /** Secure parameter defaults of a template and of the templates nested in it. */
  void template(Value root) {
    if (root instanceof Value.Obj o) {
      if (o.get("parameters") instanceof Value.Obj declarations) {
        for (Value.Member m : declarations.members()) {
          Value defaultValue = isSecure(m.value()) ? ((Value.Obj) m.value()).get("defaultValue") : null;
          if (defaultValue != null) {
            ranges.add(defaultValue.range());
          }
        }
      }
      for (Value.Member m : o.members()) {
        template(m.value());
      }
    } else if (root instanceof Value.Arr a) {
      for (Value item : a.items()) {
        template(item);
      }
    }
  }

  /** The values a parameter file gives to the template's secure parameters. */
  void parameterFile(Value template, Map<String, Value> supplied) {
    if (template instanceof Value.Obj o && o.get("parameters") instanceof Value.Obj declarations) {
      for (Value.Member m : declarations.members()) {
        Value given = supplied.get(m.key());
        if (given != null && isSecure(m.value())) {
          ranges.add(given.range());
        }
      }
    }
  }

  /** Sensitive values and secret properties in evaluated resources, where they are used and where written. */
  void resources(List<RawResource> resources, RuntimeFacts facts) {
    for (RawResource raw : resources) {
      walk(raw.body(), false, facts);
    }
  }

  private void walk(Value v, boolean secretProperty, RuntimeFacts facts) {
    if (v.sensitive() || (secretProperty && !(v instanceof Value.Obj) && !(v instanceof Value.Arr))) {
      ranges.add(v.range());
      facts.origin(v).ifPresent(ranges::add);
    }
    if (v instanceof Value.Obj o) {
      for (Value.Member m : o.members()) {
        boolean secret = SECRET_PROPERTIES.stream().anyMatch(k -> k.equalsIgnoreCase(m.key()));
        walk(m.value(), secret || secretProperty, facts);
      }
    } else if (v instanceof Value.Arr a) {
      for (Value item : a.items()) {
        walk(item, secretProperty, facts);
      }
    }
  }

  private static boolean isSecure(Value declaration) {
    return declaration instanceof Value.Obj d && d.get("type") instanceof Value.Str t
        && (t.value().equalsIgnoreCase("securestring") || t.value().equalsIgnoreCase("secureobject"));
  }
}
