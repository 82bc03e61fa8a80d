package io.vnetlint.bicep.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vnetlint.arm.fuzz.FuzzSeeds;
import io.vnetlint.bicep.BicepFrontEnd;
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
 * Coverage-guided fuzzing of the Bicep front end on whole files: parse, evaluation (parameters, variables, for
 * loops, functions, a local module) and the mapping to typed resources. Whatever the bytes, {@link
 * BicepFrontEnd#load} returns (no exception, stack overflow, out-of-memory or hang) and every diagnostic points into
 * one of the files.
 *
 * <p>The input is {@code main.bicep}; bytes after the first NUL are {@code modules/m.bicep} (reachable with
 * {@code module x 'modules/m.bicep'}). Regression mode replays {@code BicepEvaluatorFuzzTestInputs/}; fuzzing also
 * starts from the Bicep files of {@code ../shared/corpus}:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl parser-bicep-arm -am test -Dtest=BicepEvaluatorFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.hooks=true
 * </pre>
 */
class BicepEvaluatorFuzzTest {
  static final String MAX_DURATION = "20s";

  private static Path root;

  @BeforeAll
  static void setUp() throws IOException {
    FuzzSeeds.requireInstrumentation();
    FuzzSeeds.copyCorpus(BicepEvaluatorFuzzTest.class, "loadNeverThrows", ".bicep");
    root = Files.createTempDirectory("vnetlint-bicep-fuzz");
  }

  @AfterAll
  static void tearDown() throws IOException {
    FuzzSeeds.delete(root);
  }

  @FuzzTest(maxDuration = MAX_DURATION)
  void loadNeverThrows(byte[] input) throws IOException {
    byte[][] parts = FuzzSeeds.split(input);
    Files.createDirectories(root.resolve("modules"));
    Files.write(root.resolve("main.bicep"), parts[0]);
    Files.write(root.resolve("modules/m.bicep"), parts[1]);
    List<Path> files = List.of(Path.of("main.bicep"), Path.of("modules/m.bicep"));

    FrontEnd.Result result = new BicepFrontEnd().load(ScanInput.of(root, files));

    assertThat(result).isNotNull();
    assertThat(result.resources()).doesNotContainNull();
    FuzzSeeds.checkDiagnostics(result.diagnostics(), Map.of("main.bicep", parts[0], "modules/m.bicep", parts[1]));
  }
}
