package io.vnetlint.cli.config.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vnetlint.cli.config.Config;
import io.vnetlint.cli.config.ConfigException;
import io.vnetlint.cli.config.ConfigLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the {@code .vnetlint.yaml} reader: whatever the text, {@link ConfigLoader#parse}
 * returns a configuration or throws a {@link ConfigException} that points into the text — never another
 * exception, a stack overflow, an out-of-memory error or a hang (YAML anchors and aliases, deep nesting).
 *
 * <p>Regression mode replays {@code ConfigReaderFuzzTestInputs/}. To fuzz:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl cli -am test -Dtest=ConfigReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Djazzer.hooks=true
 * </pre>
 */
class ConfigReaderFuzzTest {
  static final String MAX_DURATION = "20s";

  /** Fuzzing without coverage instrumentation would be blind guessing that still reports success. */
  @BeforeAll
  static void fuzzingIsInstrumented() {
    String fuzz = System.getenv("JAZZER_FUZZ");
    if (fuzz != null && !fuzz.isBlank() && !fuzz.equals("0")) {
      assertThat(System.getProperty("jazzer.hooks"))
          .as("fuzzing needs coverage instrumentation: add -Djazzer.hooks=true")
          .isEqualTo("true");
    }
  }

  @FuzzTest(maxDuration = MAX_DURATION)
  void readerReturnsConfigOrPositionedError(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Path file = Path.of("/scan/.vnetlint.yaml").toAbsolutePath();
    try {
      Config config = ConfigLoader.parse(file, text);
      assertThat(config).isNotNull();
    } catch (ConfigException e) {
      assertThat(e.getMessage()).as("configuration error message").isNotBlank();
      long lines = text.lines().count() + text.chars().filter(c -> c == '\r').count() + 1;
      assertThat((long) e.line()).as("line of %s", e.getMessage()).isBetween(1L, lines);
      assertThat(e.column()).as("column of %s", e.getMessage()).isBetween(1, text.length() + 1);
    }
  }
}
