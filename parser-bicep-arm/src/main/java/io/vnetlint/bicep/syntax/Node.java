package io.vnetlint.bicep.syntax;

import io.vnetlint.model.SourceRange;

/** Every Bicep syntax node knows the exact characters it spans. */
public interface Node {
  SourceRange range();
}
