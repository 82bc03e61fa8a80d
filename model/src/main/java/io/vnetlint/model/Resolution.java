package io.vnetlint.model;

import io.vnetlint.model.azure.AzureResource;
import java.util.List;
import java.util.Optional;

/** What a reference from one resource to another turned out to be in this scan. */
public sealed interface Resolution {

  /** Exactly one resource in the scan matches. */
  record Resolved(AzureResource target) implements Resolution {}

  /** The reference is well known, but nothing in the scan matches (the resource is deployed elsewhere). */
  record NotInScan(ResourceRef ref) implements Resolution {}

  /** Several resources match, e.g. two templates declare a virtual network 'hub' in unknown resource groups. */
  record Ambiguous(ResourceRef ref, List<AzureResource> candidates) implements Resolution {}

  /** The reference itself is an unknown value. */
  record UnknownRef(String reason, SourceRange range) implements Resolution {}

  /** The attribute is not set. */
  record NotSet() implements Resolution {}

  default Optional<AzureResource> resource() {
    return this instanceof Resolved r ? Optional.of(r.target()) : Optional.empty();
  }

  /** The resolved resource if it has the given type. */
  default <T extends AzureResource> Optional<T> resource(Class<T> type) {
    return resource().filter(type::isInstance).map(type::cast);
  }

  /** True when the scan cannot tell what is referenced (unknown or ambiguous): a rule must not guess. */
  default boolean isUncertain() {
    return this instanceof UnknownRef || this instanceof Ambiguous;
  }

  /** Why the reference could not be followed, for "not checked" messages. */
  default String explain() {
    if (this instanceof UnknownRef u) {
      return u.reason();
    }
    if (this instanceof Ambiguous a) {
      return "reference " + a.ref() + " matches " + a.candidates().size() + " resources in the scan";
    }
    if (this instanceof NotInScan n) {
      return n.ref() + " is not declared in the scanned files";
    }
    return "not set";
  }
}
