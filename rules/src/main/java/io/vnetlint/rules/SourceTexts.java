package io.vnetlint.rules;

import io.vnetlint.model.SourceText;
import java.util.Optional;

/**
 * The decoded text of scanned files by scan-relative path. Rules never read files; the analyzer uses the texts
 * only to confirm that a proposed fix edits exactly what the rule believes is written there.
 */
@FunctionalInterface
public interface SourceTexts {

  Optional<SourceText> get(String file);

  /** No texts: no fix can be confirmed, so findings carry none. */
  SourceTexts NONE = file -> Optional.empty();
}
