package io.vnetlint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vnetlint.cli.scan.FileDiscovery;
import io.vnetlint.cli.scan.ScanResult;
import io.vnetlint.cli.scan.Scanner;
import io.vnetlint.model.ScanInput;
import io.vnetlint.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Determinism (the same scan twice gives byte-identical SARIF; the order in which files were created or are handed
 * to the scanner changes nothing) and robustness (unreadable, binary and mis-encoded files and very many files give
 * clear messages, never a crash).
 */
class RobustnessTest {
  /** CI sets this to 100000 (see .ci/run); unit runs use 2,000 files (10,000 took 4.7 s here). */
  private static final int MANY_FILES = Integer.getInteger("vnetlint.hostile.manyFiles", 2_000);

  @TempDir Path dir;

  /** The bundled examples and the secret-canary fixtures: ARM, Bicep and Terraform with findings. */
  private Path inputs(Path into, boolean reverseCreationOrder) throws IOException {
    List<Path[]> copies = new ArrayList<>();
    Path project = Path.of("").toAbsolutePath().getParent();
    for (Path source : List.of(project.resolve("examples"), Path.of("src/test/resources/canaries").toAbsolutePath())) {
      try (Stream<Path> files = Files.walk(source)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          copies.add(new Path[] {f, into.resolve(source.getFileName().toString())
              .resolve(source.relativize(f).toString())});
        }
      }
    }
    if (reverseCreationOrder) {
      Collections.reverse(copies);
    }
    for (Path[] c : copies) {
      Files.createDirectories(c[1].getParent());
      Files.copy(c[0], c[1]);
    }
    return into;
  }

  private static HostileRun scan(Path root, String... extra) {
    List<String> args = new ArrayList<>(List.of("scan", root.toString(), "--root", root.toString(), "--no-config",
        "--color", "never"));
    args.addAll(List.of(extra));
    return HostileRun.of(args.toArray(String[]::new));
  }

  @Test
  void theSameScanTwiceGivesByteIdenticalSarif() throws IOException {
    Path root = inputs(dir.resolve("a"), false);
    HostileRun first = scan(root, "--format", "sarif");
    HostileRun second = scan(root, "--format", "sarif");
    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(first.out()).contains("\"ruleId\"");
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void filesCreatedInAnotherOrderGiveTheSameReport() throws IOException {
    Path forward = inputs(dir.resolve("forward"), false);
    Path reverse = inputs(dir.resolve("reverse"), true);
    for (String format : List.of("sarif", "json", "text")) {
      String a = scan(forward, "--format", format).out().replace(forward.toUri().toString(), "ROOT/")
          .replace(forward.toString(), "ROOT");
      String b = scan(reverse, "--format", format).out().replace(reverse.toUri().toString(), "ROOT/")
          .replace(reverse.toString(), "ROOT");
      assertThat(b).as(format).isEqualTo(a);
    }
  }

  @Test
  void filesHandedToTheScannerInAnyOrderGiveTheSameFindings() throws IOException {
    Path root = inputs(dir.resolve("r"), false);
    List<Path> files = new ArrayList<>(new FileDiscovery(root).discover(List.of(root)).files());
    assertThat(files).hasSizeGreaterThan(10);
    ScanResult sorted = scanFiles(root, files);
    assertThat(sorted.findings()).isNotEmpty();
    List<Path> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);
    List<Path> shuffled = new ArrayList<>(files);
    Collections.shuffle(shuffled, new Random(9));
    for (List<Path> order : List.of(reversed, shuffled)) {
      ScanResult other = scanFiles(root, order);
      assertThat(other.findings()).isEqualTo(sorted.findings());
      assertThat(other.diagnostics()).isEqualTo(sorted.diagnostics());
    }
  }

  private static ScanResult scanFiles(Path root, List<Path> files) {
    ScanInput input = new ScanInput(root.toAbsolutePath(), files, List.of(), List.of(), ScanInput.TerraformInputs.NONE);
    return new Scanner(Scanner.defaultFrontEnds(), RuleCatalog.all()).scan(input);
  }

  @Test
  void anUnreadableFileIsReportedAndTheRestAnalyzed() throws IOException {
    Path root = inputs(dir.resolve("r"), false);
    Path locked = root.resolve("locked.tf");
    Files.writeString(locked, "resource \"azurerm_virtual_network\" \"v\" {}\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(locked), "running as root: permissions do not deny reads");
    HostileRun run = scan(root);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).containsPattern("locked\\.tf:1:1: error: cannot read");
    assertThat(run.out()).contains("VNL203");
  }

  @Test
  void aDanglingSymlinkIsSkippedInAWalkAndReportedWhenNamed() throws IOException {
    Path root = inputs(dir.resolve("r"), false);
    Files.createSymbolicLink(root.resolve("gone.tf"), root.resolve("does-not-exist.tf"));
    HostileRun walked = scan(root);
    assertThat(walked.err() + walked.out()).doesNotContain("Exception");
    assertThat(walked.out()).contains("VNL203");
    HostileRun named = HostileRun.of("scan", "--root", root.toString(), "--no-config", "--color", "never",
        root.resolve("gone.tf").toString(), root.resolve("canaries").toString());
    assertThat(named.exitCode()).isEqualTo(2);
    assertThat(named.err()).contains("gone.tf: no such file or directory");
    assertThat(named.out()).contains("VNL203");
  }

  @Test
  void binaryAndMisencodedFilesGetOnePositionedErrorEach() throws IOException {
    Path root = inputs(dir.resolve("r"), false);
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[10] = 0;
    Files.write(root.resolve("binary.tf"), binary);
    Files.write(root.resolve("binary.bicep"), binary);
    byte[] latin1 = "resource \"azurerm_virtual_network\" \"v\" {\n  name = \"caf\u00e9\"\n}\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(root.resolve("latin1.tf"), latin1);
    Files.write(root.resolve("latin1.bicep"), "var name = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(root.resolve("latin1.json"), ("{\"$schema\": \"https://schema.management.azure.com/schemas/"
        + "2019-04-01/deploymentTemplate.json#\", \"resources\": [], \"x\": \"caf\u00e9\"}")
        .getBytes(StandardCharsets.ISO_8859_1));
    HostileRun run = scan(root);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err() + run.out()).doesNotContain("Exception").doesNotContain("\tat ");
    for (String file : List.of("binary.tf", "binary.bicep", "latin1.tf", "latin1.bicep", "latin1.json")) {
      assertThat(run.err().lines().filter(l -> l.startsWith(file + ":")).toList()).as(run.err())
          .singleElement().asString().matches(java.util.regex.Pattern.quote(file) + ":\\d+:\\d+: error: .+");
    }
    assertThat(run.out()).contains("VNL203");
  }

  @Test
  void aDirectoryWithManyEmptyFiles() throws IOException {
    Path root = Files.createDirectories(dir.resolve("many"));
    String[] extensions = {".tf", ".json", ".bicep", ".tfvars"};
    for (int i = 0; i < MANY_FILES; i++) {
      Files.createFile(root.resolve("f" + i + extensions[i % extensions.length]));
    }
    Files.writeString(root.resolve("zz.tf"), ExamplesHolder.GATEWAY_SUBNET_TOO_SMALL);
    HostileRun run = scan(root);
    assertThat(run.err()).doesNotContain("Exception");
    assertThat(run.exitCode()).as(run.err()).isZero(); // VNL902 is a warning
    assertThat(run.out()).contains("VNL902").containsPattern("Scanned \\d+ files");
  }

  /** A small Terraform input with one finding. */
  static final class ExamplesHolder {
    static final String GATEWAY_SUBNET_TOO_SMALL = ContainmentTest.terraformVnet("vnet-many");
  }
}
