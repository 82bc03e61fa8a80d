package io.vnetlint.rules;

import java.util.Locale;

/** How serious a finding is; the names are SARIF's. */
public enum Level {
  /** Azure rejects the deployment, or the connection cannot work. */
  ERROR,
  /** It deploys, but is very likely wrong or breaks an expectation the guide names. */
  WARNING,
  /** Advisory. */
  NOTE;

  /** {@code error}, {@code warning}, {@code note}. */
  public String sarifName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this level is at least as serious as {@code threshold}. */
  public boolean atLeast(Level threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Level parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
