package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Origin;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.Value;
import io.vnetlint.model.json.JsonSyntaxException;
import io.vnetlint.model.json.PositionedJsonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test builder for evaluated Terraform resources: bodies are written as JSON (which gives every value and key a
 * real position), with three string forms for what JSON cannot say:
 *
 * <ul>
 *   <li>{@code "${ref:azurerm_subnet.gw}"}: a reference, as the evaluator yields for {@code azurerm_subnet.gw.id}
 *       (the expected type is the address's resource type);
 *   <li>{@code "${unknown:why}"}: an unknown value with its reason;
 *   <li>{@code "${sensitive:text}"}: a string marked sensitive.
 * </ul>
 *
 * Blocks are arrays of objects, as in {@link TerraformResource#body()}. The header range is the body's opening brace.
 */
final class TfBodies {
  private TfBodies() {}

  static final String FILE = "main.tf";

  private static final Pattern SPECIAL = Pattern.compile("\\$\\{(ref|unknown|sensitive):(.*)}", Pattern.DOTALL);
  private static final Pattern RESOURCE_TYPE = Pattern.compile("(?:^|\\.)([a-z][a-z0-9_]*)\\.[^.\\[]+(\\[[^]]*])?$");

  /** A resource of the root module (or of the module named in the address) declared in {@code main.tf}. */
  static TerraformResource resource(String address, String json) {
    return resource(address, FILE, json);
  }

  /** The same resource as read from a plan file. */
  static TerraformResource fromPlan(String address, String json) {
    TerraformResource r = resource(address, json);
    return new TerraformResource(r.address(), r.modulePath(), r.type(), r.name(), r.body(), r.range(), r.origin(), true);
  }

  static TerraformResource resource(String address, String file, String json) {
    Value.Obj body = (Value.Obj) parse(file, json);
    int lastDot = lastTopLevelDot(address);
    String modulePath = modulePath(address);
    String typeAndName = modulePath.isEmpty() ? address : address.substring(modulePath.length() + 1);
    String type = typeAndName.substring(0, typeAndName.indexOf('.'));
    String name = address.substring(lastDot + 1).replaceAll("\\[.*$", "");
    SourceRange header = new SourceRange(file, body.range().startLine(), body.range().startColumn(),
        body.range().startLine(), body.range().startColumn() + 1, body.range().startByte(),
        body.range().startByte() + 1);
    return new TerraformResource(address, modulePath, type, name, body, header, Origin.of(file), false);
  }

  /** The positioned value of a JSON text, with the special string forms turned into what they stand for. */
  static Value parse(String file, String json) {
    try {
      return convert(PositionedJsonReader.read(SourceText.of(file, json)));
    } catch (JsonSyntaxException e) {
      throw new IllegalArgumentException(e.getMessage() + " at " + e.range(), e);
    }
  }

  static String typeOf(String address) {
    Matcher m = RESOURCE_TYPE.matcher(address);
    if (!m.find()) {
      throw new IllegalArgumentException("not a resource address: " + address);
    }
    return m.group(1);
  }

  private static Value convert(Value v) {
    if (v instanceof Value.Str s) {
      Matcher m = SPECIAL.matcher(s.value());
      if (!m.matches()) {
        return s;
      }
      return switch (m.group(1)) {
        case "ref" -> new Value.Ref(new ResourceRef.ByAddress(m.group(2), typeOf(m.group(2))), s.range());
        case "unknown" -> new Value.Unknown(m.group(2), s.range());
        default -> new Value.Str(m.group(2), s.range(), true);
      };
    }
    if (v instanceof Value.Obj o) {
      List<Value.Member> members = new ArrayList<>();
      for (Value.Member m : o.members()) {
        members.add(new Value.Member(m.key(), m.keyRange(), convert(m.value())));
      }
      return new Value.Obj(members, o.range());
    }
    if (v instanceof Value.Arr a) {
      List<Value> items = new ArrayList<>();
      for (Value item : a.items()) {
        items.add(convert(item));
      }
      return new Value.Arr(items, a.range());
    }
    return v;
  }

  /** {@code module.a["x"].module.b} of {@code module.a["x"].module.b.azurerm_subnet.s[0]}; empty for the root. */
  private static String modulePath(String address) {
    int end = 0;
    int i = 0;
    while (address.startsWith("module.", i)) {
      int j = i + "module.".length();
      while (j < address.length() && address.charAt(j) != '.' && address.charAt(j) != '[') {
        j++;
      }
      if (j < address.length() && address.charAt(j) == '[') {
        j = address.indexOf(']', j) + 1;
      }
      end = j;
      i = j + 1;
    }
    return address.substring(0, end);
  }

  private static int lastTopLevelDot(String address) {
    int depth = 0;
    int last = -1;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '.' && depth == 0) {
        last = i;
      }
    }
    return last;
  }
}
