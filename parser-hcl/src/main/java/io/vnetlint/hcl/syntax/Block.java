package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;
import java.util.List;

/**
 * {@code type "label" label { body }}.
 *
 * @param range from the type keyword to the closing brace, as hclsyntax's {@code Block.Range()}
 */
public record Block(
    String type,
    List<BlockLabel> labels,
    Body body,
    SourceRange typeRange,
    SourceRange openBraceRange,
    SourceRange closeBraceRange,
    SourceRange range)
    implements BodyItem {
  public Block {
    labels = List.copyOf(labels);
  }

  public List<String> labelValues() {
    return labels.stream().map(BlockLabel::value).toList();
  }

  /** The header, from the type keyword to the opening brace: where findings about the whole block point. */
  public SourceRange headerRange() {
    return typeRange.to(openBraceRange);
  }
}
