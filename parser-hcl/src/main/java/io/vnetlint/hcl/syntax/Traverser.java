package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/** One static step of a traversal: {@code .name}, {@code [literal]} or the legacy {@code .0}. */
public sealed interface Traverser permits TraverseAttr, TraverseIndex {
  SourceRange range();
}
