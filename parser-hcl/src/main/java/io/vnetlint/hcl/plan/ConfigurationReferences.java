package io.vnetlint.hcl.plan;

import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns "known after apply" references back into references. In a plan, {@code subnet_id =
 * azurerm_subnet.gw.id} of a subnet created by the same plan is unknown; but the plan's {@code configuration}
 * section keeps the expression's references ({@code ["azurerm_subnet.gw.id", "azurerm_subnet.gw"]}), which say
 * which resource the id will be. Where an unknown attribute's expression refers to exactly one resource instance
 * of the plan and nothing else, the attribute becomes {@code Value.Ref(ByAddress(address, type))} — the same
 * value the HCL evaluator gives for that expression. {@code azurerm_public_ip.x.ip_address} becomes a reference to
 * the public IP, as the evaluator's convention has it. Anything else (variables, locals, module outputs,
 * {@code each.key} indexes, conditionals between two resources) stays unknown.
 */
final class ConfigurationReferences {
  private ConfigurationReferences() {}

  /** Names that start references to things other than managed resources. */
  private static final Set<String> NOT_RESOURCES =
      Set.of("var", "local", "each", "count", "module", "data", "self", "path", "terraform");

  /** One parsed reference: {@code type.name[key].attribute...}. */
  private record Reference(String type, String name, String key, String attribute) {
    String instance() {
      return type + "." + name + key;
    }
  }

  /**
   * The configuration's {@code expressions} of the resource at {@code address} in module {@code modulePath}, or
   * null when the configuration does not have them.
   */
  static Value.Obj expressions(Value.Obj configuration, String modulePath, String type, String name) {
    if (configuration == null || !(configuration.get("root_module") instanceof Value.Obj module)) {
      return null;
    }
    for (String call : callNames(modulePath)) {
      if (!(module.get("module_calls") instanceof Value.Obj calls)
          || !(calls.get(call) instanceof Value.Obj c)
          || !(c.get("module") instanceof Value.Obj next)) {
        return null;
      }
      module = next;
    }
    if (module.get("resources") instanceof Value.Arr resources) {
      for (Value r : resources.items()) {
        if (r instanceof Value.Obj o && o.get("address") instanceof Value.Str a
            && a.value().equals(type + "." + name) && !(o.get("mode") instanceof Value.Str m
                && !m.value().equals("managed"))) {
          return o.get("expressions") instanceof Value.Obj e ? e : null;
        }
      }
    }
    return null;
  }

  /**
   * {@code body} with unknown attributes whose expressions name one resource of the plan replaced by references.
   *
   * @param planned the managed resource instances of the plan, address to type
   */
  static Value apply(Value body, Value.Obj expressions, String modulePath, Map<String, String> planned) {
    if (expressions == null || !(body instanceof Value.Obj obj)) {
      return body;
    }
    List<Value.Member> members = new ArrayList<>();
    boolean changed = false;
    for (Value.Member m : obj.members()) {
      Value expression = expressions.get(m.key());
      Value v = m.value();
      Value replaced = v;
      if (v instanceof Value.Unknown u && expression instanceof Value.Obj e) {
        replaced = reference(e, modulePath, planned).<Value>map(ref -> new Value.Ref(ref, u.range(), u.sensitive()))
            .orElse(v);
      } else if (v instanceof Value.Arr blocks && expression instanceof Value.Arr blockExpressions) {
        // nested blocks: the configuration lists each written block's expressions in the same order
        List<Value> items = new ArrayList<>();
        for (int i = 0; i < blocks.items().size(); i++) {
          Value block = blocks.items().get(i);
          items.add(i < blockExpressions.items().size() && blockExpressions.items().get(i) instanceof Value.Obj be
              ? apply(block, be, modulePath, planned) : block);
        }
        replaced = new Value.Arr(items, blocks.range(), blocks.sensitive());
      }
      changed |= replaced != v;
      members.add(replaced == v ? m : new Value.Member(m.key(), m.keyRange(), replaced));
    }
    return changed ? new Value.Obj(members, obj.range(), obj.sensitive()) : body;
  }

  /**
   * The one resource an expression's references name, when that is all they name. Terraform lists a reference with
   * its prefixes ({@code azurerm_subnet.gw.id}, {@code azurerm_subnet.gw}), so exactly one of them has an attribute
   * and all name the same instance.
   */
  private static Optional<ResourceRef> reference(Value.Obj expression, String modulePath, Map<String, String> planned) {
    if (!(expression.get("references") instanceof Value.Arr references)) {
      return Optional.empty();
    }
    List<Reference> parsed = new ArrayList<>();
    for (Value item : references.items()) {
      Optional<Reference> r = item instanceof Value.Str s ? parse(s.value()) : Optional.empty();
      if (r.isEmpty()) {
        return Optional.empty(); // a variable, local, module output, each/count: not one resource
      }
      parsed.add(r.get());
    }
    List<Reference> withAttribute = parsed.stream().filter(r -> !r.attribute().isEmpty()).distinct().toList();
    if (withAttribute.size() != 1) {
      return Optional.empty();
    }
    Reference a = withAttribute.get(0);
    for (Reference r : parsed) {
      if (!r.type().equals(a.type()) || !r.name().equals(a.name()) || !(r.key().isEmpty() || r.key().equals(a.key()))) {
        return Optional.empty();
      }
    }
    boolean id = a.attribute().equals("id");
    boolean publicIpAddress = a.type().equals("azurerm_public_ip") && a.attribute().equals("ip_address");
    if (!id && !publicIpAddress) {
      return Optional.empty();
    }
    // Terraform's references are relative to the referring module instance
    String address = (modulePath.isEmpty() ? "" : modulePath + ".") + a.instance();
    if (!a.type().equals(planned.get(address))) {
      return Optional.empty();
    }
    return Optional.of(new ResourceRef.ByAddress(address, a.type()));
  }

  /** {@code type.name[key].attribute} of a managed resource reference; empty for anything else. */
  private static Optional<Reference> parse(String reference) {
    int dot = reference.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String type = reference.substring(0, dot);
    if (NOT_RESOURCES.contains(type)) {
      return Optional.empty();
    }
    int i = dot + 1;
    int nameStart = i;
    while (i < reference.length() && reference.charAt(i) != '.' && reference.charAt(i) != '[') {
      i++;
    }
    String name = reference.substring(nameStart, i);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String key = "";
    if (i < reference.length() && reference.charAt(i) == '[') {
      int end = closingBracket(reference, i);
      if (end < 0) {
        return Optional.empty();
      }
      key = reference.substring(i, end + 1);
      i = end + 1;
    }
    String attribute = "";
    if (i < reference.length()) {
      if (reference.charAt(i) != '.') {
        return Optional.empty();
      }
      attribute = reference.substring(i + 1);
    }
    return Optional.of(new Reference(type, name, key, attribute));
  }

  private static int closingBracket(String s, int open) {
    boolean quoted = false;
    for (int i = open + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }

  /** The module call names of an instance path: {@code [spoke, routes]} of {@code module.spoke["a"].module.routes}. */
  static List<String> callNames(String modulePath) {
    List<String> names = new ArrayList<>();
    int i = 0;
    while (modulePath.startsWith("module.", i)) {
      int start = i + "module.".length();
      int j = start;
      while (j < modulePath.length() && modulePath.charAt(j) != '.' && modulePath.charAt(j) != '[') {
        j++;
      }
      names.add(modulePath.substring(start, j));
      if (j < modulePath.length() && modulePath.charAt(j) == '[') {
        j = closingBracket(modulePath, j);
        if (j < 0) {
          return names;
        }
        j++;
      }
      i = j + 1;
    }
    return names;
  }
}
