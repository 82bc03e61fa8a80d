package io.vnetlint.arm.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vnetlint.arm.ArmFrontEnd;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ScanInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the ARM front end on whole files: the positioned JSON reader, template evaluation
 * (parameters, variables, copy loops, functions, nested deployments, a linked template by relative path) and the
 * mapping to typed resources. Whatever the bytes, {@link ArmFrontEnd#load} returns (no exception, stack overflow,
 * out-of-memory or hang) and every diagnostic points into one of the files.
 *
 * <p>The input is {@code azuredeploy.json}; bytes after the first NUL are {@code nested/linked.json} (reachable with
 * {@code templateLink.relativePath}). Regression mode replays {@code ArmTemplateFuzzTestInputs/}; fuzzing also
 * starts from the JSON files of {@code ../shared/corpus}:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl parser-bicep-arm -am test -Dtest=ArmTemplateFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.hooks=true
 * </pre>
 */
class ArmTemplateFuzzTest {
  static final String MAX_DURATION = "20s";

  private static Path root;

  @BeforeAll
  static void setUp() throws IOException {
    FuzzSeeds.requireInstrumentation();
    FuzzSeeds.copyCorpus(ArmTemplateFuzzTest.class, "loadNeverThrows", ".json");
    root = Files.createTempDirectory("vnetlint-arm-fuzz");
  }

  @AfterAll
  static void tearDown() throws IOException {
    FuzzSeeds.delete(root);
  }

  @FuzzTest(maxDuration = MAX_DURATION)
  void loadNeverThrows(byte[] input) throws IOException {
    byte[][] parts = FuzzSeeds.split(input);
    Files.createDirectories(root.resolve("nested"));
    Files.write(root.resolve("azuredeploy.json"), parts[0]);
    Files.write(root.resolve("nested/linked.json"), parts[1]);
    List<Path> files = List.of(Path.of("azuredeploy.json"), Path.of("nested/linked.json"));

    FrontEnd.Result result = new ArmFrontEnd().load(ScanInput.of(root, files));

    assertThat(result).isNotNull();
    assertThat(result.resources()).doesNotContainNull();
    FuzzSeeds.checkDiagnostics(result.diagnostics(),
        Map.of("azuredeploy.json", parts[0], "nested/linked.json", parts[1]));
  }
}
