package io.vnetlint.bicep.syntax;

import io.vnetlint.model.SourceRange;

/** A {@code //} or {@code /* *}{@code /} comment, kept for tools that need it (text includes the delimiters). */
public record Comment(boolean block, String text, SourceRange range) implements Node {}
