package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixes in the three outputs: a rustc-style suggestion in text, {@code fixes} in JSON, {@code result.fixes} in
 * SARIF. The inputs are rule fixtures: VNL602 replaces {@code bgp_enabled = false} by {@code true}, VNL103 inserts
 * {@code allow_gateway_transit = true} into the reverse peering's block.
 */
class FixOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path copy(String fixture) throws IOException {
    Path source = CliRun.projectRoot().resolve("rules/src/test/resources/rules/" + fixture);
    Path target = dir.resolve(source.getFileName());
    Files.copy(source, target);
    return target;
  }

  @Test
  void textShowsTheReplacedLineWithTildesUnderTheNewValue() throws IOException {
    Path file = copy("VNL602/bad-site-bgp-ready-connection-static.tf");
    CliRun run = CliRun.of("scan", file.toString(), "--color", "never");
    assertThat(run.out()).contains("""
        help: enable BGP on connection 'hub-to-onprem'
            |
         80 |   bgp_enabled                = true
            |                                ~~~~
            = help: see `vnetlint explain VNL602`""");
  }

  @Test
  void textShowsAnInsertedLineWithPluses() throws IOException {
    Path file = copy("VNL103/bad-transit-not-allowed.tf");
    CliRun run = CliRun.of("scan", file.toString(), "--color", "never");
    assertThat(run.out()).contains("""
        help: allow gateway transit on the reverse peering 'hub-to-spoke'
            |
         63 | resource "azurerm_virtual_network_peering" "hub_to_spoke" {
         64 |   allow_gateway_transit = true
            |   ++++++++++++++++++++++++++++
        """);
  }

  @Test
  void jsonCarriesTheReplacements() throws IOException {
    Path file = copy("VNL602/bad-site-bgp-ready-connection-static.tf");
    JsonNode out = JSON.readTree(CliRun.of("scan", file.toString(), "--format", "json").out());
    JsonNode finding = null;
    for (JsonNode f : out.path("findings")) {
      if (f.path("ruleId").asText().equals("VNL602")) {
        finding = f;
      }
    }
    assertThat(finding).isNotNull();
    JsonNode replacement = finding.at("/fixes/0/replacements/0");
    assertThat(finding.at("/fixes/0/description").asText()).isEqualTo("enable BGP on connection 'hub-to-onprem'");
    assertThat(replacement.path("file").asText()).isEqualTo(file.getFileName().toString());
    assertThat(replacement.path("startLine").asInt()).isEqualTo(80);
    assertThat(replacement.path("startColumn").asInt()).isEqualTo(32);
    assertThat(replacement.path("endColumn").asInt()).isEqualTo(37);
    assertThat(replacement.path("insertedText").asText()).isEqualTo("true");
    for (JsonNode f : out.path("findings")) {
      assertThat(f.has("fixes")).as("every finding lists its fixes, maybe none").isTrue();
    }
  }

  @Test
  void sarifCarriesTheFixOnTheResult() throws IOException {
    Path file = copy("VNL103/bad-transit-not-allowed.tf");
    Path sarif = dir.resolve("out.sarif");
    CliRun.of("scan", dir.toString(), "--format", "sarif", "--output", sarif.toString());
    JsonNode results = JSON.readTree(Files.readString(sarif, StandardCharsets.UTF_8)).at("/runs/0/results");
    JsonNode result = null;
    for (JsonNode r : results) {
      if (r.path("ruleId").asText().equals("VNL103")) {
        result = r;
      }
    }
    assertThat(result).isNotNull();
    JsonNode change = result.at("/fixes/0/artifactChanges/0");
    assertThat(change.path("artifactLocation"))
        .isEqualTo(result.at("/locations/0/physicalLocation/artifactLocation"));
    assertThat(change.at("/replacements/0/deletedRegion/startLine").asInt()).isEqualTo(63);
    assertThat(change.at("/replacements/0/deletedRegion/startColumn").asInt()).isEqualTo(60);
    assertThat(change.at("/replacements/0/deletedRegion/endColumn").asInt()).isEqualTo(60);
    assertThat(change.at("/replacements/0/insertedContent/text").asText())
        .isEqualTo("\n  allow_gateway_transit = true");
    assertThat(file).exists();
  }

  @Test
  void aCrlfFileGetsACrlfLine() throws IOException {
    Path file = copy("VNL103/bad-transit-not-allowed.tf");
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("\n", "\r\n"));
    JsonNode out = JSON.readTree(CliRun.of("scan", file.toString(), "--format", "json").out());
    boolean found = false;
    for (JsonNode f : out.path("findings")) {
      if (f.path("ruleId").asText().equals("VNL103")) {
        assertThat(f.at("/fixes/0/replacements/0/insertedText").asText())
            .isEqualTo("\r\n  allow_gateway_transit = true");
        found = true;
      }
    }
    assertThat(found).isTrue();
  }
}
