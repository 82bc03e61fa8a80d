package io.vnetlint.sarif;

import io.vnetlint.model.Limits;
import io.vnetlint.model.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The decoded text of a scanned file, which the SARIF writer needs only to compute {@code primaryLocationLineHash}.
 * The text never reaches the output. When a file's text is not available the writer leaves that hash out (GitHub's
 * {@code upload-sarif} action then computes it).
 */
@FunctionalInterface
public interface SourceProvider {

  /**
   * The text of a file.
   *
   * @param relativePath the scan-relative path with forward slashes, as in {@code SourceRange.file()}
   * @return the decoded content without a byte order mark (as {@link SourceText#text()} gives it), or empty
   */
  Optional<String> text(String relativePath);

  /** No source text: results get no {@code primaryLocationLineHash}. */
  static SourceProvider none() {
    return path -> Optional.empty();
  }

  /** Texts held in memory, keyed by scan-relative path (tests, or a CLI that keeps the texts it parsed). */
  static SourceProvider of(Map<String, String> texts) {
    Map<String, String> copy = Map.copyOf(texts);
    return path -> Optional.ofNullable(copy.get(path));
  }

  /**
   * Reads files under {@code root} again. A path that leaves the root, also through a symbolic link, a file larger
   * than {@link Limits#MAX_FILE_BYTES} and a file that cannot be read or decoded give empty.
   */
  static SourceProvider fromRoot(Path root) {
    Path base = root.toAbsolutePath().normalize();
    io.vnetlint.model.ScanRoot guard = new io.vnetlint.model.ScanRoot(base);
    return relativePath -> {
      try {
        Path file = base.resolve(relativePath).normalize();
        if (!file.startsWith(base) || !guard.contains(file) || !Files.isRegularFile(file)
            || Files.size(file) > Limits.MAX_FILE_BYTES) {
          return Optional.empty();
        }
        return Optional.of(SourceText.decode(relativePath, Files.readAllBytes(file)).text());
      } catch (IOException | InvalidPathException | SecurityException e) {
        return Optional.empty();
      }
    };
  }
}
