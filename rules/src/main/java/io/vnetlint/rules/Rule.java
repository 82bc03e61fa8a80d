package io.vnetlint.rules;

import io.vnetlint.model.ResourceGraph;

/**
 * One check. A rule is a small class annotated with {@link RuleInfo}, with its help markdown next to it; it looks
 * at the graph and reports through {@link Findings}. Rules never parse, print or read files, and fire only on known
 * values: when an unknown value prevents the check they call {@link Findings#notChecked}.
 */
public interface Rule {

  void check(ResourceGraph graph, Findings findings);

  /** The metadata, read once from the annotation and the help file. */
  default RuleMetadata metadata() {
    return RuleCatalog.metadataOf(this);
  }
}
