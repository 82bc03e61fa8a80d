package io.vnetlint.hcl.azurerm;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.ResourceHeader;
import java.util.ArrayList;
import java.util.List;

/**
 * Resource headers of azurerm resources: the Azure id as far as the configuration tells it (no subscription; the
 * resource group when {@code resource_group_name} is known), the Terraform address, the display name, the block
 * header, origin and region.
 */
final class Headers {
  private Headers() {}

  /**
   * The header of a resource whose id names come from attributes, parent first: {@code ("virtual_network_name",
   * "name")} for a subnet. A name the scan cannot know becomes a placeholder {@code {unknown@file:line:col}} that
   * matches no other resource (with the instance keys of the address, so the instances of a {@code count} or
   * {@code for_each} stay apart).
   */
  static ResourceHeader of(TerraformResource r, String azureType, String... nameAttributes) {
    List<String> names = new ArrayList<>();
    for (String attribute : nameAttributes) {
      names.add(name(r, attribute));
    }
    ResourceId id = new ResourceId(null, resourceGroup(r), azureType, names);
    String display = Attributes.string(r.body(), nameAttributes[nameAttributes.length - 1]).known()
        .orElse(r.address());
    return new ResourceHeader(id, r.address(), display, r.range(), r.origin(), Attributes.string(r.body(), "location"));
  }

  /** A subnet declared as a block inside its virtual network. */
  static ResourceHeader inline(ResourceHeader parent, String childType, String blockType, String name,
      SourceRange range) {
    return new ResourceHeader(parent.id().child(childType, name), parent.address() + "/" + blockType + "/" + name,
        name, range, parent.origin(), parent.location());
  }

  /** The resource group when {@code resource_group_name} is known, else null (unknown). */
  static String resourceGroup(TerraformResource r) {
    return Attributes.string(r.body(), "resource_group_name").known().orElse(null);
  }

  /** The known value of a name attribute, or a placeholder that says where the unknown name is written. */
  static String name(TerraformResource r, String attribute) {
    Field<String> name = Attributes.string(r.body(), attribute);
    if (name.isKnown()) {
      return name.known().orElseThrow();
    }
    SourceRange at = r.body().member(attribute).map(m -> m.value().range()).orElse(null);
    return placeholder(r.address(), at == null ? r.range() : at);
  }

  static String placeholder(String address, SourceRange at) {
    return "{unknown@" + at.where() + instanceKeys(address) + "}";
  }

  /** The name of an inline block, or a placeholder: the name with where it is written. */
  record BlockName(String name, SourceRange range, boolean known) {}

  static BlockName blockName(Value.Obj block, String parentAddress) {
    Field<String> name = Attributes.string(block, "name");
    SourceRange range = name.rangeOr(startOf(block.range()));
    if (name.isKnown()) {
      return new BlockName(name.known().orElseThrow(), range, true);
    }
    SourceRange at = block.member("name").map(m -> m.value().range()).orElse(block.range());
    return new BlockName(placeholder(parentAddress, at), range, false);
  }

  /** The first character of a range: where a finding about a whole block points. */
  static SourceRange startOf(SourceRange r) {
    return new SourceRange(r.file(), r.startLine(), r.startColumn(), r.startLine(), r.startColumn() + 1,
        r.startByte(), r.startByte() + 1);
  }

  /** The bracketed instance keys of an address, in order: {@code ["a"][0]} for {@code module.m["a"].x.y[0]}. */
  static String instanceKeys(String address) {
    StringBuilder keys = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (quoted) {
        keys.append(c);
        if (c == '\\' && i + 1 < address.length()) {
          keys.append(address.charAt(++i));
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '[') {
        depth++;
        keys.append(c);
      } else if (depth > 0) {
        keys.append(c);
        if (c == '"') {
          quoted = true;
        } else if (c == ']') {
          depth--;
        }
      }
    }
    return keys.toString();
  }
}
