package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * The front ends parse files on all cores (parallel streams); the report must not depend on how many threads there
 * are or which one finishes first. A parallel stream started inside a fork/join pool runs in that pool, so a scan
 * run in a one-thread pool is the sequential scan, and one run in a pool of several threads parses concurrently.
 */
class ParallelScanTest {
  private final Path root = CliRun.projectRoot();

  @Test
  void sarifIsByteIdenticalWhateverTheNumberOfThreads() throws Exception {
    // the examples: all three formats, parameter files, findings with fixes
    List<Path> paths = new ArrayList<>(List.of(root.resolve("examples")));
    Path scanRoot = root;
    Path corpusPart = CliRun.shared().resolve("corpus/theonesmitty__Templates").toAbsolutePath().normalize();
    if (Files.isDirectory(corpusPart) && root.getParent() != null && corpusPart.startsWith(root.getParent())) {
      paths.add(corpusPart); // 600 real files: templates, linked templates, parameter files, broken references
      scanRoot = root.getParent();
    }
    List<String> args = new ArrayList<>(List.of("scan", "--root", scanRoot.toString(), "--format", "sarif"));
    paths.forEach(p -> args.add(p.toString()));
    String[] command = args.toArray(String[]::new);

    CliRun sequential = inPool(1, command);
    assertThat(sequential.out()).as(sequential.err()).contains("\"results\"").contains("VNL");
    for (int threads : new int[] {4}) {
      CliRun parallel = inPool(threads, command);
      assertThat(parallel.exitCode()).isEqualTo(sequential.exitCode());
      assertThat(parallel.out()).as("SARIF with %d threads", threads).isEqualTo(sequential.out());
      assertThat(parallel.err()).isEqualTo(sequential.err());
    }
  }

  private static CliRun inPool(int threads, String[] command) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> CliRun.of(command)).get();
    } finally {
      pool.shutdownNow();
    }
  }
}
