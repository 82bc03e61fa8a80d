package io.vnetlint.arm;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Limits;
import io.vnetlint.model.ParallelReads;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.Value;
import io.vnetlint.model.json.JsonSyntaxException;
import io.vnetlint.model.json.PositionedJsonReader;
import io.vnetlint.model.json.SourceDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the JSON files of a scan, never outside its root, each at most once. Files that do not look like ARM
 * input are skipped without a word unless the user named them; files that do and cannot be read get a positioned
 * error.
 */
final class ScanFiles {
  static final Pattern TEMPLATE_MARKER = Pattern.compile("deploymentTemplate\\.json", Pattern.CASE_INSENSITIVE);
  static final Pattern PARAMETERS_MARKER = Pattern.compile("deploymentParameters\\.json", Pattern.CASE_INSENSITIVE);

  /** How much of an oversized file is read to decide whether it is ARM input worth an error. */
  private static final int PEEK_BYTES = 64 * 1024;

  /** A parsed JSON file. */
  record Document(Path path, String display, SourceText text, Value root) {}

  private final Path root;
  private final io.vnetlint.model.ScanRoot guard;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<Path, Optional<Document>> read = new HashMap<>();
  private final Map<Request, Loaded> prefetched = new HashMap<>();

  ScanFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.guard = new io.vnetlint.model.ScanRoot(this.root);
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * Reads and parses {@code relative}. {@code report} decides whether problems are reported: always for files the
   * user named and for parameter files a template needs; for the rest only when the text shows they are ARM input.
   */
  Optional<Document> document(Path relative, boolean report) {
    Optional<Document> cached = read.get(relative);
    if (cached != null) {
      return cached;
    }
    Loaded loaded = prefetched.isEmpty() ? null : prefetched.remove(new Request(relative, report));
    if (loaded == null) {
      loaded = load(relative, report);
    }
    diagnostics.addAll(loaded.problems());
    Optional<Document> doc = loaded.document();
    if (doc.isPresent() || report || !loaded.problems().isEmpty()) {
      read.put(relative, doc); // a file skipped quietly may still be asked for again, with reporting
    }
    return doc;
  }

  /**
   * Reads and parses the files on all cores ahead of the {@link #document} calls that will ask for them with the
   * same {@code report}; those calls then take the results (problems included) in their own order, so the output
   * does not depend on which thread finished first. A small batch is left to those calls (see {@link ParallelReads}).
   */
  void prefetch(List<Path> relatives, java.util.function.Predicate<Path> report) {
    if (!ParallelReads.worthIt(relatives)) {
      return;
    }
    List<Request> requests = relatives.stream().map(p -> new Request(p, report.test(p))).toList();
    List<Loaded> loaded = requests.parallelStream().map(r -> load(r.path(), r.report())).toList();
    for (int i = 0; i < requests.size(); i++) {
      prefetched.put(requests.get(i), loaded.get(i));
    }
  }

  private record Request(Path path, boolean report) {}

  /** What reading one file gave: the document, or the problems to report (or neither, for a quiet skip). */
  private record Loaded(Optional<Document> document, List<Diagnostic> problems) {}

  /** Reads one file without touching this object's state, so that files can be read on several threads. */
  private Loaded load(Path relative, boolean report) {
    List<Diagnostic> problems = new ArrayList<>(0);
    Optional<Document> doc = load(relative, report, problems);
    return new Loaded(doc, problems);
  }

  private Optional<Document> load(Path relative, boolean report, List<Diagnostic> problems) {
    String display = ScanInput.display(relative);
    Path file = root.resolve(relative).normalize();
    try {
      if (!file.startsWith(root) || !guard.contains(file)) {
        if (report) {
          problems.add(Diagnostic.error("outside-root", "file is outside the scan root",
              SourceRange.fileStart(display)));
        }
        return Optional.empty();
      }
      long size = Files.size(file);
      if (size > Limits.MAX_FILE_BYTES) {
        if (report || looksLikeArm(peek(file))) {
          problems.add(toDiagnostic(SourceDecoder.tooLarge(display, size)));
        }
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      if (!report && !looksLikeArm(quickText(bytes))) {
        return Optional.empty(); // not ARM input: skipped without decoding it properly
      }
      SourceText text;
      try {
        text = SourceDecoder.decode(display, bytes);
      } catch (JsonSyntaxException e) {
        problems.add(toDiagnostic(e));
        return Optional.empty();
      }
      try {
        return Optional.of(new Document(relative, display, text, PositionedJsonReader.read(text)));
      } catch (JsonSyntaxException e) {
        problems.add(toDiagnostic(e));
        return Optional.empty();
      }
    } catch (IOException e) {
      if (report) {
        problems.add(Diagnostic.error("read-error", "cannot read the file (" + e.getClass().getSimpleName() + ")",
            SourceRange.fileStart(display)));
      }
      return Optional.empty();
    }
  }

  /** True when {@code relative} names an existing file inside the root, symbolic links resolved. */
  boolean insideRoot(Path relative) {
    Path file = root.resolve(relative).normalize();
    try {
      return file.startsWith(root) && Files.isRegularFile(file) && guard.contains(file);
    } catch (RuntimeException e) {
      return false;
    }
  }

  static boolean looksLikeArm(String text) {
    return TEMPLATE_MARKER.matcher(text).find() || PARAMETERS_MARKER.matcher(text).find();
  }

  private static String peek(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return quickText(in.readNBytes(PEEK_BYTES));
    }
  }

  /** Text good enough to look for the ASCII schema markers, whatever the encoding and even if malformed. */
  private static String quickText(byte[] bytes) {
    boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF || (bytes[0] & 0xff) == 0xFE);
    if (utf16) {
      return new String(bytes, (bytes[0] & 0xff) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
    }
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static Diagnostic toDiagnostic(JsonSyntaxException e) {
    return Diagnostic.error("parse-error", e.getMessage(), e.range());
  }
}
