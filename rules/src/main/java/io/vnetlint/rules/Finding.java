package io.vnetlint.rules;

import io.vnetlint.model.Origin;
import java.util.Comparator;
import java.util.List;

/**
 * One problem found by one rule.
 *
 * @param level the rule's level, or the level this particular finding has (VNL902 is error or warning)
 * @param primary where the fix goes: the attribute that must change, or the resource header
 * @param related every other place the finding depends on, each with its role
 * @param identity what the finding is about, independent of line numbers: rule id, resource addresses and attribute
 *     path; stable fingerprints are computed from it
 * @param origin the file and deployment variant (parameter file) the finding depends on
 * @param fixes changes that resolve the finding, each confirmed against the source text; usually none
 */
public record Finding(
    RuleMetadata rule,
    Level level,
    String message,
    Location primary,
    List<Location> related,
    List<String> identity,
    Origin origin,
    List<Fix> fixes) {

  public Finding {
    related = List.copyOf(related);
    identity = List.copyOf(identity);
    fixes = List.copyOf(fixes);
  }

  /** A finding without a fix. */
  public Finding(
      RuleMetadata rule, Level level, String message, Location primary, List<Location> related,
      List<String> identity, Origin origin) {
    this(rule, level, message, primary, related, identity, origin, List.of());
  }

  /** Source order: file, line, column, then rule id and message, so output is deterministic. */
  public static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.primary().range().file())
      .thenComparingInt(f -> f.primary().range().startLine())
      .thenComparingInt(f -> f.primary().range().startColumn())
      .thenComparing(f -> f.rule().id())
      .thenComparing(Finding::message);

  public String ruleId() {
    return rule.id();
  }

  /** The message with the deployment variant named, when the finding depends on a parameter file. */
  public String messageWithVariant() {
    return messageWithVariant("");
  }

  /**
   * The message with the deployment variant named by a path that starts with {@code pathPrefix} ({@code infra/}):
   * outputs that name files relative to the repository rather than the scan root (SARIF, GitHub annotations) name
   * the parameter file the same way.
   */
  public String messageWithVariant(String pathPrefix) {
    return origin.variant() == null ? message
        : message + " (with parameters from " + pathPrefix + origin.variant() + ")";
  }
}
