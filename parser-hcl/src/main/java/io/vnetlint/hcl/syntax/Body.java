package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * The content of a file or a block: attributes and nested blocks in source order.
 *
 * @param range the whole body; for a block from its opening to its closing brace, for a file the whole file
 * @param endRange an empty range at the end of the body (where "missing attribute" problems point, as in hclsyntax)
 */
public record Body(List<BodyItem> items, SourceRange range, SourceRange endRange) {
  public Body {
    items = List.copyOf(items);
  }

  public List<Attribute> attributes() {
    return items.stream().filter(Attribute.class::isInstance).map(Attribute.class::cast).toList();
  }

  public List<Block> blocks() {
    return items.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
  }

  public List<Block> blocks(String type) {
    return items.stream()
        .filter(i -> i instanceof Block b && b.type().equals(type))
        .map(Block.class::cast)
        .toList();
  }

  public Optional<Attribute> attribute(String name) {
    for (BodyItem item : items) {
      if (item instanceof Attribute a && a.name().equals(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
