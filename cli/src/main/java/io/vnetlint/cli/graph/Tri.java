package io.vnetlint.cli.graph;

import java.util.Optional;

/** Three-valued truth for the reachability model: what the scan cannot know stays unknown, never guessed. */
enum Tri {
  YES,
  NO,
  UNKNOWN;

  static Tri of(Optional<Boolean> value) {
    return value.map(b -> b ? YES : NO).orElse(UNKNOWN);
  }

  /** Kleene conjunction: any NO wins, then any UNKNOWN. */
  Tri and(Tri other) {
    if (this == NO || other == NO) {
      return NO;
    }
    if (this == UNKNOWN || other == UNKNOWN) {
      return UNKNOWN;
    }
    return YES;
  }
}
