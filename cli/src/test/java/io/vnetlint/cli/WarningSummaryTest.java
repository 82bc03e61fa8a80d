package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many warnings of one kind (a module call per registry module that was never downloaded): the terminal shows the
 * first few and counts the rest; --verbose and the reports keep them all.
 */
class WarningSummaryTest {

  @Test
  void repeatedWarningsOfOneKindAreCountedAfterTheFirstFew(@TempDir Path dir) throws IOException {
    StringBuilder calls = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      calls.append("module \"vnet").append(i).append("\" {\n")
          .append("  source  = \"Azure/avm-res-network-virtualnetwork/azurerm\"\n")
          .append("  version = \"0.7.1\"\n")
          .append("}\n\n");
    }
    Files.writeString(dir.resolve("main.tf"), calls.toString());

    CliRun text = CliRun.of("scan", "--root", dir.toString(), dir.toString(), "--no-config");
    CliRun verbose = CliRun.of("scan", "--root", dir.toString(), dir.toString(), "--no-config", "-v");
    CliRun json = CliRun.of("scan", "--root", dir.toString(), dir.toString(), "--no-config", "-f", "json");

    assertThat(warnings(text)).isEqualTo(ScanCommand.WARNINGS_SHOWN_PER_KIND);
    assertThat(text.err())
        .contains("vnetlint: 2 more warnings like these (module-unavailable); --verbose shows them all");
    assertThat(warnings(verbose)).isEqualTo(5);
    assertThat(verbose.err()).doesNotContain("more warning");
    assertThat(new ObjectMapper().readTree(json.out()).get("diagnostics")).hasSize(5);
    assertThat(text.exitCode()).isEqualTo(verbose.exitCode()).isZero();
  }

  private static long warnings(CliRun run) {
    return Arrays.stream(run.err().split("\n")).filter(l -> l.contains(": warning: module source")).count();
  }
}
