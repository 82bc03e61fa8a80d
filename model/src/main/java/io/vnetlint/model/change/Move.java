package io.vnetlint.model.change;

import io.vnetlint.model.SourceRange;

/**
 * A Terraform {@code moved { from = ..., to = ... }} block: the resource (or module) once at {@code from} is now at
 * {@code to}, so a baseline resource at {@code from} is the scanned resource at {@code to}, not a deleted one.
 *
 * @param unit the deployment unit (the root module) the addresses belong to, as in {@link io.vnetlint.model.Origin}
 * @param from the old address, without instance keys when it names every instance
 * @param to the new address
 */
public record Move(String unit, String from, String to, SourceRange range) {

  /** The address after this move, or the address itself when the move does not concern it. */
  public String apply(String address) {
    if (address.equals(from)) {
      return to;
    }
    if (address.startsWith(from) && address.length() > from.length()) {
      char next = address.charAt(from.length());
      if (next == '.' || next == '[') {
        return to + address.substring(from.length());
      }
    }
    return address;
  }
}
