package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/** An item of a {@link Body}. */
public sealed interface BodyItem permits Attribute, Block {
  SourceRange range();
}
