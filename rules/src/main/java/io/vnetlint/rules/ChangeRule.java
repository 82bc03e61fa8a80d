package io.vnetlint.rules;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.change.ChangeSet;

/**
 * A rule about a change rather than a state: it compares each resource with its counterpart in a baseline (an
 * earlier revision, another directory, or a Terraform plan's {@code before}). The analyzer runs it only when there
 * are changes; without a baseline and without plan changes it says nothing. Like every rule it reports on the
 * scanned graph: never on a location in the baseline, whose files are not part of the scan.
 */
public interface ChangeRule extends Rule {

  void check(ChangeSet changes, ResourceGraph head, Findings findings);

  /** A configuration on its own shows no change. */
  @Override
  default void check(ResourceGraph graph, Findings findings) {
    // nothing to compare with
  }
}
