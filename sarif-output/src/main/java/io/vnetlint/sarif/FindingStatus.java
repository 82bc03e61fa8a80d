package io.vnetlint.sarif;

import io.vnetlint.rules.Finding;

/**
 * What the user decided about one finding, written into its SARIF result.
 *
 * @param suppressionJustification the reason of the in-source suppression ({@code vnetlint:ignore}) that silences
 *     the finding, written as {@code suppressions: [{kind: "inSource", justification}]}; null when not suppressed
 * @param baselineState the result's {@code baselineState} when the scan compared against a baseline; else null
 */
public record FindingStatus(String suppressionJustification, BaselineState baselineState) {
  /** Neither suppressed nor compared with a baseline. */
  public static final FindingStatus NONE = new FindingStatus(null, null);

  /** SARIF's {@code baselineState} values that vnetlint writes (§3.27.24). */
  public enum BaselineState {
    NEW("new"), UNCHANGED("unchanged");

    private final String sarifName;

    BaselineState(String sarifName) {
      this.sarifName = sarifName;
    }

    public String sarifName() {
      return sarifName;
    }
  }

  /** The status of each finding. */
  @FunctionalInterface
  public interface Lookup {
    FindingStatus of(Finding finding);

    static Lookup none() {
      return finding -> NONE;
    }
  }
}
