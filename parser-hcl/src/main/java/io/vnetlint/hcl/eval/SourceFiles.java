package io.vnetlint.hcl.eval;

import io.vnetlint.hcl.syntax.HclParseResult;
import io.vnetlint.hcl.syntax.HclParser;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Limits;
import io.vnetlint.model.ParallelReads;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HCL files of one scan, each read and parsed once, never outside the scan root (unless allowed). A file that
 * cannot be read or has a syntax error contributes nothing; its problems are reported once.
 */
public final class SourceFiles {

  /** A readable, syntactically valid file. */
  public record Parsed(Path path, String display, SourceText text, HclParseResult result) {}

  private final Path root;
  private final io.vnetlint.model.ScanRoot guard;
  private final boolean allowOutsideRoot;
  private final Map<Path, Optional<Parsed>> cache = new HashMap<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<String> read = new LinkedHashSet<>();
  private final Map<Path, Prepared> prefetched = new HashMap<>();

  /** A file read, decoded and parsed ahead of time, its diagnostics not yet reported. */
  private record Prepared(SourceText text, HclParseResult result) {}

  public SourceFiles(Path root, boolean allowOutsideRoot) {
    this.root = root.toAbsolutePath().normalize();
    this.guard = new io.vnetlint.model.ScanRoot(this.root);
    this.allowOutsideRoot = allowOutsideRoot;
  }

  public Path root() {
    return root;
  }

  /** Problems found while reading and parsing, in the order found. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The display paths of every file read (including files with errors). */
  public Set<String> filesRead() {
    return read;
  }

  /** The scan-relative display path of an absolute path. */
  public String display(Path absolute) {
    Path p = absolute.toAbsolutePath().normalize();
    return p.startsWith(root) ? io.vnetlint.model.ScanInput.display(root.relativize(p))
        : io.vnetlint.model.ScanInput.display(root.relativize(p));
  }

  /** Whether {@code path} (following symbolic links) stays inside the scan root. */
  public boolean insideRoot(Path path) {
    Path p = path.toAbsolutePath().normalize();
    return p.startsWith(root) && guard.contains(p);
  }

  /** Reads and parses a file; empty when it cannot be read, is outside the root, or has a syntax error. */
  public Optional<Parsed> parse(Path path) {
    Path p = path.toAbsolutePath().normalize();
    Optional<Parsed> cached = cache.get(p);
    if (cached != null) {
      return cached;
    }
    Optional<Parsed> result = load(p);
    cache.put(p, result);
    return result;
  }

  /**
   * Reads and parses {@code paths} on all cores ahead of the {@link #parse(Path)} calls that will ask for them;
   * those calls report each file's problems in their own order, so the output does not depend on thread timing.
   * A file that cannot be read or parsed cleanly here is left to {@link #parse(Path)}, which reports why. A small
   * batch is left to those calls as a whole (see {@link ParallelReads}).
   */
  public void prefetch(List<Path> paths) {
    List<Path> pending = paths.stream().map(p -> p.toAbsolutePath().normalize())
        .filter(p -> !cache.containsKey(p) && !prefetched.containsKey(p)).distinct().toList();
    if (!ParallelReads.worthIt(pending)) {
      return;
    }
    List<Prepared> done = pending.parallelStream().map(this::prepare).toList();
    for (int i = 0; i < pending.size(); i++) {
      if (done.get(i) != null) {
        prefetched.put(pending.get(i), done.get(i));
      }
    }
  }

  /** Reading and parsing without touching this object's state; null when anything is wrong. */
  private Prepared prepare(Path p) {
    try {
      if ((!allowOutsideRoot && !insideRoot(p)) || Files.size(p) > Limits.MAX_FILE_BYTES) {
        return null;
      }
      SourceText text = SourceText.decode(display(p), Files.readAllBytes(p));
      return new Prepared(text, HclParser.parse(text));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  private Optional<Parsed> load(Path p) {
    Prepared ready = prefetched.remove(p);
    if (ready != null) {
      String display = display(p);
      read.add(display);
      return parsed(p, display, ready.text(), ready.result());
    }
    String display = display(p);
    SourceRange at = SourceRange.fileStart(display);
    if (!allowOutsideRoot && !insideRoot(p)) {
      diagnostics.add(Diagnostic.error("outside-root", "file is outside the scan root", at));
      return Optional.empty();
    }
    read.add(display);
    SourceText text;
    try {
      long size = Files.size(p);
      if (size > Limits.MAX_FILE_BYTES) {
        diagnostics.add(Diagnostic.error("file-too-large", "file is larger than " + Limits.MAX_FILE_BYTES
            + " bytes; it is not analyzed", at));
        return Optional.empty();
      }
      text = SourceText.decode(display, Files.readAllBytes(p));
    } catch (CharacterCodingException e) {
      diagnostics.add(Diagnostic.error("encoding-error", "file is not valid UTF-8", at));
      return Optional.empty();
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error("read-error", "cannot read the file (" + e.getClass().getSimpleName() + ")",
          at));
      return Optional.empty();
    }
    return parse(p, display, text);
  }

  /** Parses text that is already decoded (tests, in-memory inputs). */
  public Optional<Parsed> parse(Path p, String display, SourceText text) {
    read.add(display);
    HclParseResult result;
    try {
      result = HclParser.parse(text);
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.add(Diagnostic.error("internal-error", "internal error while parsing ("
          + e.getClass().getSimpleName() + ")", SourceRange.fileStart(display)));
      cache.put(p, Optional.empty());
      return Optional.empty();
    }
    return parsed(p, display, text, result);
  }

  private Optional<Parsed> parsed(Path p, String display, SourceText text, HclParseResult result) {
    diagnostics.addAll(result.diagnostics());
    Optional<Parsed> parsed = result.hasErrors() ? Optional.empty() : Optional.of(new Parsed(p, display, text, result));
    cache.put(p.toAbsolutePath().normalize(), parsed);
    return parsed;
  }

  /** Reads a JSON file ({@code .tf.json}); empty, with a positioned error, when it cannot be read or parsed. */
  public Optional<io.vnetlint.model.Value> parseJson(Path path) {
    Path p = path.toAbsolutePath().normalize();
    String display = display(p);
    SourceRange at = SourceRange.fileStart(display);
    if (!allowOutsideRoot && !insideRoot(p)) {
      diagnostics.add(Diagnostic.error("outside-root", "file is outside the scan root", at));
      return Optional.empty();
    }
    read.add(display);
    try {
      if (Files.size(p) > Limits.MAX_FILE_BYTES) {
        diagnostics.add(Diagnostic.error("file-too-large", "file is larger than " + Limits.MAX_FILE_BYTES
            + " bytes; it is not analyzed", at));
        return Optional.empty();
      }
      SourceText text = io.vnetlint.model.json.SourceDecoder.decode(display, Files.readAllBytes(p));
      return Optional.of(io.vnetlint.model.json.PositionedJsonReader.read(text));
    } catch (io.vnetlint.model.json.JsonSyntaxException e) {
      diagnostics.add(Diagnostic.error("parse-error", e.getMessage(), e.range()));
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error("read-error", "cannot read the file (" + e.getClass().getSimpleName() + ")",
          at));
    }
    return Optional.empty();
  }

  /** The {@code .tf.json} files directly in {@code dir}, in name order. */
  public List<Path> terraformJsonFiles(Path dir) {
    List<Path> out = new ArrayList<>();
    try (var stream = Files.list(dir)) {
      stream.filter(f -> f.getFileName().toString().endsWith(".tf.json") && Files.isRegularFile(f))
          .sorted()
          .forEach(out::add);
    } catch (IOException e) {
      // an unreadable directory: the caller reports the module as unavailable
    }
    return out;
  }

  /** The {@code .tf} files directly in {@code dir}, in name order. */
  public List<Path> terraformFiles(Path dir) {
    List<Path> out = new ArrayList<>();
    try (var stream = Files.list(dir)) {
      stream.filter(f -> f.getFileName().toString().endsWith(".tf") && Files.isRegularFile(f))
          .sorted()
          .forEach(out::add);
    } catch (IOException e) {
      // an unreadable directory: the caller reports the module as unavailable
    }
    return out;
  }
}
