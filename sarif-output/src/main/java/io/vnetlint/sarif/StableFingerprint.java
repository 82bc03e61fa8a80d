package io.vnetlint.sarif;

import io.vnetlint.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * vnetlint's own fingerprint of a finding, {@code partialFingerprints["vnetlint/v1"]}: a hash of what the finding
 * is about (rule id, resource addresses, attribute path: {@link Finding#identity()}) and the deployment variant, so
 * it stays the same when lines move. GitHub ignores it; baselines and other SARIF consumers can match on it.
 */
public final class StableFingerprint {
  /** The key in {@code partialFingerprints}; the version changes if the recipe ever does. */
  public static final String KEY = "vnetlint/v1";

  private static final int HEX_CHARS = 32;

  private StableFingerprint() {}

  /**
   * The first 32 hex digits of SHA-256 over the identity parts and the variant, joined with NUL characters. A
   * finding without identity (which rules should not produce) falls back to rule id, file and message.
   */
  public static String of(Finding finding) {
    List<String> parts = finding.identity().isEmpty()
        ? List.of(finding.ruleId(), finding.primary().range().file(), finding.message())
        : finding.identity();
    String variant = finding.origin() == null || finding.origin().variant() == null ? "" : finding.origin().variant();
    return of(parts, variant);
  }

  static String of(List<String> identity, String variant) {
    String joined = String.join("\u0000", identity) + "\u0000" + variant;
    byte[] digest = Sha256.digest(joined.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
  }
}
