package io.vnetlint.cli.scan;

import io.vnetlint.model.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Decoded source files by scan-relative path, read on first use, for code frames and SARIF line hashes. */
public final class SourceCache {
  private final Path root;
  private final Map<String, Optional<SourceText>> cache = new HashMap<>();

  public SourceCache(Path root) {
    this.root = root;
  }

  public Optional<SourceText> get(String relativePath) {
    return cache.computeIfAbsent(relativePath, this::read);
  }

  private Optional<SourceText> read(String relativePath) {
    try {
      Path file = root.resolve(relativePath).normalize();
      if (!file.startsWith(root) || !new io.vnetlint.model.ScanRoot(root).contains(file)
          || !Files.isRegularFile(file)) {
        return Optional.empty();
      }
      return Optional.of(SourceText.decode(relativePath, Files.readAllBytes(file)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
