package io.vnetlint.sarif;

import io.vnetlint.sarif.model.SarifLog;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes SARIF 2.1.0 for GitHub code scanning and IDE SARIF viewers: one run, the whole rule catalogue, results with
 * a four-field region and {@code partialFingerprints}, and tool execution notifications for diagnostics.
 *
 * <p>Output is deterministic: the same input gives the same bytes (sorted results and notifications, fixed member
 * order, two-space indentation, {@code \n} line ends and a final newline). No source text is ever written, only
 * positions and hashes.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
 *   SarifWriter.write(new SarifInput(version, catalogue, findings, diagnostics, exitCode, true,
 *       root.toUri(), "vnetlint/", SourceProvider.fromRoot(root)), out);
 * }
 * }</pre>
 */
public final class SarifWriter {
  private SarifWriter() {}

  /** Writes the SARIF file to {@code out}, which is flushed but not closed. */
  public static void write(SarifInput input, Writer out) throws IOException {
    SarifJson.write(toLog(input), out);
    out.write('\n');
    out.flush();
  }

  /** The SARIF file as a string. */
  public static String toJson(SarifInput input) {
    StringWriter out = new StringWriter();
    try {
      write(input, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** The SARIF object model for {@code input}, before serialization. */
  public static SarifLog toLog(SarifInput input) {
    return new SarifBuilder(input).build();
  }
}
