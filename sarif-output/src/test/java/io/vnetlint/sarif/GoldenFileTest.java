package io.vnetlint.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * One small fixed input against a committed SARIF file, byte for byte. After an intended change of the output,
 * regenerate with {@code mvn -o -pl sarif-output verify -Dvnetlint.updateGolden=true} and review the diff.
 */
class GoldenFileTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "small.sarif");

  @Test
  void theSmallScanMatchesTheGoldenFile() throws IOException {
    byte[] actual = SarifWriter.toJson(TestData.small()).getBytes(StandardCharsets.UTF_8);
    if (Boolean.getBoolean("vnetlint.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.write(GOLDEN, actual);
    }
    assertThat(GOLDEN).as("golden file; create it with -Dvnetlint.updateGolden=true").exists();
    String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(actual).isEqualTo(Files.readAllBytes(GOLDEN));
  }
}
