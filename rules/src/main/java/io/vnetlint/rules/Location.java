package io.vnetlint.rules;

import io.vnetlint.model.SourceRange;

/** A place in source with what it means for the finding ("remote virtual network 'hub'"). */
public record Location(SourceRange range, String message) {}
