package io.vnetlint.hcl.eval.functions;

import io.vnetlint.model.Value;

/** A function needed part of an argument that is unknown: the whole result is unknown, with this reason. */
final class NotKnown extends RuntimeException {
  final String reason;

  NotKnown(Value.Unknown unknown) {
    this(unknown.reason());
  }

  NotKnown(String reason) {
    super(reason, null, false, false);
    this.reason = reason;
  }
}
