package io.vnetlint.arm.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the evaluator fuzz tests share: corpus seeds, the input split into files, the diagnostic checks. */
public final class FuzzSeeds {
  /** Corpus files copied as seeds: enough variety, few enough to load quickly, small enough to mutate well. */
  public static final int MAX_SEEDS = 150;
  public static final long MAX_SEED_BYTES = 16 * 1024;

  private FuzzSeeds() {}

  public static boolean fuzzing() {
    String fuzz = System.getenv("JAZZER_FUZZ");
    return fuzz != null && !fuzz.isBlank() && !fuzz.equals("0");
  }

  /** Fuzzing without coverage instrumentation would be blind guessing that still reports success. */
  public static void requireInstrumentation() {
    if (fuzzing()) {
      assertThat(System.getProperty("jazzer.hooks"))
          .as("fuzzing needs coverage instrumentation: add -Djazzer.hooks=true")
          .isEqualTo("true");
    }
  }

  /**
   * When fuzzing, copies small corpus files ending in {@code suffix} from {@code ../shared/corpus} into Jazzer's
   * generated corpus directory ({@code .cifuzz-corpus/<class>/<method>}, git-ignored), which libFuzzer reads when
   * fuzzing starts. Nothing is committed; without the shared directory fuzzing starts from the committed seeds.
   */
  public static void copyCorpus(Class<?> test, String method, String suffix) throws IOException {
    String shared = System.getProperty("vnetlint.shared");
    if (!fuzzing() || shared == null || !Files.isDirectory(Path.of(shared, "corpus"))) {
      return;
    }
    Path target = Path.of(".cifuzz-corpus", test.getName(), method);
    Files.createDirectories(target);
    List<Path> seeds;
    try (Stream<Path> all = Files.walk(Path.of(shared, "corpus"))) {
      seeds = all.filter(p -> p.getFileName().toString().endsWith(suffix))
          .filter(p -> Files.isRegularFile(p) && size(p) <= MAX_SEED_BYTES && size(p) > 0)
          .sorted()
          .toList();
    }
    // an even spread over the corpus rather than the first repositories only
    int step = Math.max(1, seeds.size() / MAX_SEEDS);
    for (int i = 0; i < seeds.size(); i += step) {
      Files.copy(seeds.get(i), target.resolve("corpus-" + i), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  /** The input up to the first NUL, and the rest (empty without a NUL). */
  public static byte[][] split(byte[] input) {
    for (int i = 0; i < input.length; i++) {
      if (input[i] == 0) {
        return new byte[][] {Arrays.copyOfRange(input, 0, i), Arrays.copyOfRange(input, i + 1, input.length)};
      }
    }
    return new byte[][] {input, new byte[0]};
  }

  /** Every diagnostic has a message and a range inside one of {@code files} (display path to content). */
  public static void checkDiagnostics(List<Diagnostic> diagnostics, Map<String, byte[]> files) {
    for (Diagnostic d : diagnostics) {
      assertThat(d.message()).as("diagnostic message").isNotBlank();
      SourceRange r = d.range();
      assertThat(r).as("range of %s", d.message()).isNotNull();
      assertThat(files).as("file of %s", d.oneLine()).containsKey(r.file());
      long lines = 1;
      for (byte b : files.get(r.file())) {
        if (b == '\n') {
          lines++;
        }
      }
      // generous on line endings (a lone CR also ends a line for some readers): never beyond the bytes themselves
      assertThat((long) r.endLine()).as("%s ends inside its file", d.oneLine())
          .isLessThanOrEqualTo(lines + countCr(files.get(r.file())));
      assertThat(r.endByte()).as("%s ends inside its file", d.oneLine())
          .isLessThanOrEqualTo(files.get(r.file()).length + 3L);
    }
  }

  private static long countCr(byte[] bytes) {
    long n = 0;
    for (byte b : bytes) {
      if (b == '\r') {
        n++;
      }
    }
    return n;
  }

  public static void delete(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
