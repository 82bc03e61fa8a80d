package io.vnetlint.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.azure.AzureResource;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: every repository of the corpus that holds {@code .tf} files is scanned through
 * {@link TerraformFrontEnd} as the CLI would scan it (its {@code .tf}, {@code .tfvars} and {@code .json} files,
 * {@code .terraform} folders skipped), without any exception escaping and without internal errors. Prints the
 * resources found per azurerm type and the diagnostics per kind and code.
 */
class TerraformCorpusTest {

  @Test
  void everyTerraformRepositoryOfTheCorpusLoads() throws IOException {
    String shared = System.getProperty("vnetlint.shared");
    Assumptions.assumeTrue(shared != null, "vnetlint.shared is not set");
    Path corpus = Path.of(shared).resolve("corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);

    Map<String, Integer> perType = new TreeMap<>();
    Map<String, Integer> perDiagnostic = new TreeMap<>();
    List<String> internalErrors = new ArrayList<>();
    int repositories = 0;
    int tfFiles = 0;
    int filesWithErrors = 0;
    try (Stream<Path> repos = Files.list(corpus)) {
      for (Path repo : repos.filter(Files::isDirectory).sorted().toList()) {
        List<Path> files = discover(repo);
        long tf = files.stream().filter(f -> f.toString().endsWith(".tf")).count();
        if (tf == 0) {
          continue;
        }
        repositories++;
        tfFiles += (int) tf;
        long start = System.nanoTime();
        FrontEnd.Result result = new TerraformFrontEnd().load(ScanInput.of(repo, files));
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Integer> repoTypes = new TreeMap<>();
        for (AzureResource r : result.resources()) {
          perType.merge(terraformType(r.header().address()), 1, Integer::sum);
          repoTypes.merge(terraformType(r.header().address()), 1, Integer::sum);
        }
        java.util.Set<String> errorFiles = new java.util.TreeSet<>();
        for (Diagnostic d : result.diagnostics()) {
          perDiagnostic.merge(d.kind() + " " + d.code(), 1, Integer::sum);
          if (d.kind() == Diagnostic.Kind.ERROR) {
            errorFiles.add(d.range().file());
          }
          if (d.code().equals("internal-error")) {
            internalErrors.add(repo.getFileName() + ": " + d.oneLine());
          }
        }
        filesWithErrors += errorFiles.size();
        System.out.printf("[terraform-corpus] %-70s %4d .tf  %5d resources  %3d files with errors  %6d ms  %s%n",
            repo.getFileName(), tf, result.resources().size(), errorFiles.size(), millis, repoTypes);
        for (String f : errorFiles) {
          System.out.println("[terraform-corpus]   error in " + repo.getFileName() + "/" + f);
        }
      }
    }
    System.out.println("[terraform-corpus] " + repositories + " repositories, " + tfFiles + " .tf files, "
        + filesWithErrors + " files with errors");
    perType.forEach((type, n) -> System.out.printf("[terraform-corpus] %-55s %5d%n", type, n));
    perDiagnostic.forEach((code, n) -> System.out.printf("[terraform-corpus] diagnostic %-40s %5d%n", code, n));
    assertThat(repositories).as("repositories with .tf files").isGreaterThan(10);
    assertThat(internalErrors).as("internal errors").isEmpty();
  }

  /** The Terraform type in an address: {@code module.a["x"].azurerm_subnet.s[0]} gives {@code azurerm_subnet}. */
  static String terraformType(String address) {
    String plain = io.vnetlint.hcl.eval.ConfigIndex.withoutKeys(address);
    int slash = plain.indexOf('/');
    if (slash >= 0) {
      plain = plain.substring(0, slash) + " (inline " + plain.substring(slash + 1, plain.indexOf('/', slash + 1) < 0
          ? plain.length() : plain.indexOf('/', slash + 1)) + ")";
    }
    String[] parts = plain.split("\\.");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equals("module")) {
        i++;
        continue;
      }
      return parts[i] + (plain.contains(" (inline") ? plain.substring(plain.indexOf(" (inline")) : "");
    }
    return plain;
  }

  /** The files the CLI's discovery would offer: Terraform and JSON files, {@code .terraform} and {@code .git} skipped. */
  private static List<Path> discover(Path repo) throws IOException {
    List<Path> out = new ArrayList<>();
    Files.walkFileTree(repo, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return name.equals(".terraform") || name.equals(".git") ? FileVisitResult.SKIP_SUBTREE
            : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tf") || name.endsWith(".tfvars") || name.endsWith(".json")) {
          out.add(repo.relativize(file));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    out.sort(null);
    return out;
  }
}
