package io.vnetlint.hcl.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vnetlint.hcl.TerraformFrontEnd;
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
 * Coverage-guided fuzzing of the whole Terraform evaluation: parse, variables and locals, functions ({@code
 * cidrsubnet}, {@code range}, {@code format}, {@code regex}, {@code jsondecode}/{@code yamldecode}, ...), for
 * expressions, {@code count}/{@code for_each}, a local module, and the mapping to typed resources. Whatever the
 * input, {@link TerraformFrontEnd#load} returns (no exception, no stack overflow, no out-of-memory, no hang: the
 * per-input timeout) and every diagnostic points into one of the files.
 *
 * <p>The input is the root module's {@code main.tf}; bytes after the first NUL are {@code modules/m/main.tf}, which
 * the root can call with {@code source = "./modules/m"}. Regression mode replays {@code
 * TerraformEvaluatorFuzzTestInputs/}; fuzzing also starts from the Terraform files of {@code ../shared/corpus}:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl parser-hcl -am test -Dtest=TerraformEvaluatorFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.hooks=true
 * </pre>
 */
class TerraformEvaluatorFuzzTest {
  static final String MAX_DURATION = "20s";

  private static Path root;

  @BeforeAll
  static void setUp() throws IOException {
    FuzzSeeds.requireInstrumentation();
    FuzzSeeds.copyCorpus(TerraformEvaluatorFuzzTest.class, "evaluationNeverThrows", ".tf");
    root = Files.createTempDirectory("vnetlint-tf-fuzz");
  }

  @AfterAll
  static void tearDown() throws IOException {
    FuzzSeeds.delete(root);
  }

  @FuzzTest(maxDuration = MAX_DURATION)
  void evaluationNeverThrows(byte[] input) throws IOException {
    byte[][] parts = FuzzSeeds.split(input);
    Path module = root.resolve("modules/m");
    Files.createDirectories(module);
    Files.write(root.resolve("main.tf"), parts[0]);
    Files.write(module.resolve("main.tf"), parts[1]);
    List<Path> files = List.of(Path.of("main.tf"), Path.of("modules/m/main.tf"));

    FrontEnd.Result result = new TerraformFrontEnd().load(new ScanInput(root, files, List.of(), List.of(),
        new ScanInput.TerraformInputs(List.of(), Map.of(), Map.of(), false)));

    assertThat(result).isNotNull();
    assertThat(result.resources()).doesNotContainNull();
    FuzzSeeds.checkDiagnostics(result.diagnostics(), Map.of("main.tf", parts[0], "modules/m/main.tf", parts[1]));
  }
}
