package io.vnetlint.arm.bench;

import io.vnetlint.arm.ArmFrontEnd;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ScanInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ARM and Bicep front-end throughput, for {@code scripts/bench-arm-bicep.sh}. Not a test: timing belongs in a
 * benchmark, never in an assertion.
 *
 * <p>Usage: {@code java -cp <test classpath> io.vnetlint.arm.bench.FrontEndBenchmark <arm|bicep> <root> <file-list>
 * [warm-up passes] [measured passes]}. The file list holds one path per line, relative to the root. A pass runs the
 * whole front end ({@link FrontEnd#load}: read, parse, evaluate every deployment variant, map to typed resources)
 * once per directory, with that directory's listed files (so parameter files pair with their templates), on one
 * thread. The files are read from disk; the warm-up passes leave them in the page cache. The Bicep front end
 * ({@code io.vnetlint.bicep.BicepFrontEnd}) is loaded by name, so this class builds without it.
 */
public final class FrontEndBenchmark {
  private FrontEndBenchmark() {}

  public static void main(String[] args) throws IOException, ReflectiveOperationException {
    if (args.length < 3) {
      System.err.println("usage: FrontEndBenchmark <arm|bicep> <root> <file-list> [warm-up passes] [measured passes]");
      System.exit(2);
    }
    String which = args[0];
    Path root = Path.of(args[1]).toAbsolutePath().normalize();
    int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    int runs = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    FrontEnd frontEnd = which.equals("arm") ? new ArmFrontEnd()
        : (FrontEnd) Class.forName("io.vnetlint.bicep.BicepFrontEnd").getConstructor().newInstance();
    List<Path> files = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8).stream()
        .filter(p -> !p.isBlank()).map(Path::of).toList();
    long bytes = 0;
    Map<Path, List<Path>> byDirectory = new LinkedHashMap<>();
    for (Path f : files) {
      bytes += Files.size(root.resolve(f));
      byDirectory.computeIfAbsent(f.getParent(), k -> new ArrayList<>()).add(f);
    }
    List<ScanInput> scans = new ArrayList<>();
    for (List<Path> dir : byDirectory.values()) {
      scans.add(new ScanInput(root, dir, List.of(), List.of()));
    }

    long sink = 0;
    for (int i = 0; i < warmups; i++) {
      sink += pass(frontEnd, scans);
    }
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      sink += pass(frontEnd, scans);
      seconds[i] = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "%s pass %d: %.3f s, %.2f MB/s%n", which, i + 1, seconds[i],
          bytes / 1e6 / seconds[i]);
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    double median = sorted[runs / 2];
    System.out.printf(Locale.ROOT,
        "RESULT %s files=%d bytes=%d median_s=%.4f best_s=%.4f MB_per_s=%.2f files_per_s=%.0f (checksum %d)%n",
        which, files.size(), bytes, median, sorted[0], bytes / 1e6 / median, files.size() / median, sink);
  }

  /** Loads every directory once; returns a checksum of the results so the JIT cannot drop the work. */
  private static long pass(FrontEnd frontEnd, List<ScanInput> scans) {
    long sink = 0;
    for (ScanInput scan : scans) {
      FrontEnd.Result result = frontEnd.load(scan);
      sink += result.resources().size() * 1000L + result.diagnostics().size();
    }
    return sink;
  }
}
