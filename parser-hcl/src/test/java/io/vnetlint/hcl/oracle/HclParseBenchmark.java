package io.vnetlint.hcl.oracle;

import io.vnetlint.hcl.syntax.HclParseResult;
import io.vnetlint.hcl.syntax.HclParser;
import io.vnetlint.model.SourceText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * HCL parse throughput of our parser, for {@code scripts/bench-hcl.sh} (which runs HashiCorp's parser on the same
 * files in the same run). Not a test: timing belongs in a benchmark, never in an assertion.
 *
 * <p>Usage: {@code java -cp <test classpath> io.vnetlint.hcl.oracle.HclParseBenchmark <file-list> [warm-up passes]
 * [measured passes]}. The file list holds one path per line. All files are read into memory first; a pass decodes
 * every file's bytes ({@link SourceText#decode}) and parses it ({@link HclParser#parse}), sequentially on one thread.
 * Prints one line per measured pass and a summary line starting with {@code RESULT}. Then the same again with each
 * tree also projected to hcl2json's JSON text ({@link Hcl2JsonProjection}), the work the HashiCorp side does too
 * ({@code RESULT vnetlint+json}).
 */
public final class HclParseBenchmark {
  private HclParseBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: HclParseBenchmark <file-list> [warm-up passes] [measured passes]");
      System.exit(2);
    }
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    List<String> paths = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
        .filter(p -> !p.isBlank()).toList();
    List<byte[]> contents = new ArrayList<>();
    long bytes = 0;
    for (String p : paths) {
      byte[] b = Files.readAllBytes(Path.of(p));
      contents.add(b);
      bytes += b.length;
    }

    measure("vnetlint", paths, contents, bytes, warmups, runs, false);
    measure("vnetlint+json", paths, contents, bytes, warmups, runs, true);
  }

  private static void measure(String name, List<String> paths, List<byte[]> contents, long bytes, int warmups,
      int runs, boolean json) {
    long sink = 0;
    for (int i = 0; i < warmups; i++) {
      sink += pass(paths, contents, json);
    }
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      sink += pass(paths, contents, json);
      seconds[i] = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "%s pass %d: %.3f s, %.2f MB/s%n", name, i + 1, seconds[i],
          bytes / 1e6 / seconds[i]);
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    double median = sorted[runs / 2];
    System.out.printf(Locale.ROOT,
        "RESULT %s files=%d bytes=%d median_s=%.4f best_s=%.4f MB_per_s=%.2f files_per_s=%.0f (checksum %d)%n",
        name, paths.size(), bytes, median, sorted[0], bytes / 1e6 / median, paths.size() / median, sink);
  }

  /**
   * Decodes and parses every file (and, with {@code json}, renders the hcl2json text of every file that parsed);
   * returns a checksum of the results so the JIT cannot drop the work.
   */
  private static long pass(List<String> paths, List<byte[]> contents, boolean json) {
    long sink = 0;
    for (int i = 0; i < paths.size(); i++) {
      SourceText text;
      try {
        text = SourceText.decode(paths.get(i), contents.get(i));
      } catch (CharacterCodingException e) {
        sink--;
        continue;
      }
      HclParseResult result = HclParser.parse(text);
      sink += result.diagnostics().size() * 1000L + result.file().body().items().size();
      if (json && !result.hasErrors()) {
        try {
          sink += Hcl2JsonProjection.project(result.file(), text).toString().length();
        } catch (Hcl2JsonProjection.ConversionConflict e) {
          sink--;
        }
      }
    }
    return sink;
  }
}
