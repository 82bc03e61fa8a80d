package io.vnetlint.bicep.eval;

import io.vnetlint.bicep.syntax.BicepParseResult;
import io.vnetlint.bicep.syntax.BicepParser;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.ParallelReads;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.ScanRoot;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and parses Bicep files inside the scan root, once each: the scanned files and the local modules they
 * use. A path that leaves the root is never read.
 */
public final class ModuleFiles {
  /** A parsed file: its display path, tree and syntax diagnostics (or a read error). */
  public record Parsed(String display, BicepParseResult result, Diagnostic readError) {
    public boolean usable() {
      return readError == null && !result.hasErrors();
    }
  }

  private final Path root;
  private final ScanRoot scanRoot;
  private final Map<Path, Parsed> cache = new HashMap<>();

  public ModuleFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.scanRoot = new ScanRoot(this.root);
  }

  /** The file at {@code relative} (to the root). */
  public Parsed read(Path relative) {
    Path normalized = relative.normalize();
    return cache.computeIfAbsent(normalized, this::load);
  }

  /**
   * Reads and parses {@code relatives} on all cores ahead of the {@link #read} calls that will ask for them (reading
   * a file has no other effect, so the results do not depend on thread timing). A small batch is left to those
   * calls (see {@link ParallelReads}).
   */
  public void prefetch(List<Path> relatives) {
    List<Path> pending = relatives.stream().map(Path::normalize).filter(p -> !cache.containsKey(p)).distinct()
        .toList();
    if (!ParallelReads.worthIt(pending)) {
      return;
    }
    List<Parsed> done = pending.parallelStream().map(this::load).toList();
    for (int i = 0; i < pending.size(); i++) {
      cache.put(pending.get(i), done.get(i));
    }
  }

  /**
   * The module {@code path} as written in {@code fromFile} (root-relative display path), when it stays inside the
   * root; empty otherwise.
   */
  public Optional<Path> resolve(String fromFile, String path) {
    try {
      Path.of(path);
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty(); // a NUL or another character no file name has: no file (found by fuzzing)
    }
    Path from = Path.of(fromFile).getParent();
    Path target = (from == null ? Path.of(path) : from.resolve(path)).normalize();
    Path absolute = root.resolve(target).normalize();
    if (!absolute.startsWith(root) || target.startsWith("..") || !scanRoot.contains(absolute)) {
      return Optional.empty();
    }
    return Optional.of(root.relativize(absolute));
  }

  private Parsed load(Path relative) {
    String display = ScanInput.display(relative);
    if (!scanRoot.contains(relative)) {
      return new Parsed(display, null, Diagnostic.error("outside-root", "file is outside the scan root",
          SourceRange.fileStart(display)));
    }
    try {
      byte[] bytes = Files.readAllBytes(root.resolve(relative));
      SourceText text = SourceText.decode(display, bytes);
      boolean params = display.toLowerCase(java.util.Locale.ROOT).endsWith(".bicepparam");
      BicepParseResult result = params ? BicepParser.parseParams(text) : BicepParser.parseBicep(text);
      return new Parsed(display, result, null);
    } catch (CharacterCodingException e) {
      return new Parsed(display, null, Diagnostic.error("encoding", "the file is not valid UTF-8 or UTF-16",
          SourceRange.fileStart(display)));
    } catch (IOException | RuntimeException e) {
      return new Parsed(display, null, Diagnostic.error("read-error",
          "cannot read the file (" + e.getClass().getSimpleName() + ")", SourceRange.fileStart(display)));
    } catch (StackOverflowError e) {
      return new Parsed(display, null, Diagnostic.error("too-deep", "the file is nested too deeply to parse",
          SourceRange.fileStart(display)));
    }
  }

  static List<Diagnostic> diagnosticsOf(Parsed p) {
    return p.readError() != null ? List.of(p.readError()) : p.result().diagnostics();
  }
}
