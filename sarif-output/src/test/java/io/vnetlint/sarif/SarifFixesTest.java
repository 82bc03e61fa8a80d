package io.vnetlint.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vnetlint.model.Origin;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Fix;
import io.vnetlint.rules.Location;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code result.fixes}: description, one artifact change per file, exact deleted regions and inserted text. */
class SarifFixesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode results(List<Finding> findings) throws IOException {
    SarifInput input = new SarifInput("0.1.0", TestData.catalogue(), findings, List.of(), 1, true, TestData.ROOT,
        null, SourceProvider.of(TestData.TEXTS));
    return JSON.readTree(SarifWriter.toJson(input)).at("/runs/0/results");
  }

  @Test
  void aReplacementNamesTheResultsFileAndTheExactRegion() throws IOException {
    JsonNode result = results(List.of(TestData.remoteGateway())).path(0);
    JsonNode fix = result.path("fixes").path(0);
    assertThat(fix.at("/description/text").asText())
        .isEqualTo("allow gateway transit on the reverse peering 'hub-to-spoke'");
    JsonNode change = fix.path("artifactChanges").path(0);
    assertThat(change.path("artifactLocation"))
        .isEqualTo(result.at("/locations/0/physicalLocation/artifactLocation"));
    JsonNode replacement = change.path("replacements").path(0);
    assertThat(JSON.writeValueAsString(replacement.path("deletedRegion")))
        .isEqualTo("{\"startLine\":9,\"startColumn\":27,\"endLine\":9,\"endColumn\":32}");
    assertThat(replacement.at("/insertedContent/text").asText()).isEqualTo("true");
    // the region really holds the literal that is replaced
    String line = TestData.MAIN_TF.split("\n")[8];
    assertThat(line.substring(26, 31)).isEqualTo("false");
  }

  @Test
  void anInsertionKeepsItsEmptyRegionAndFilesGetOneChangeEach() throws IOException {
    Fix fix = new Fix("set two things", List.of(
        new Fix.Replacement(TestData.range("infra/main.tf", 7, 60, 7, 60), "\n  allow_gateway_transit = true"),
        new Fix.Replacement(TestData.range("arm/hub net.json", 6, 54, 6, 67), "\"10.1.0.0/16\""),
        new Fix.Replacement(TestData.range("infra/main.tf", 9, 27, 9, 32), "true")));
    Finding f = TestData.remoteGateway();
    Finding withFix = new Finding(f.rule(), f.level(), f.message(), f.primary(), f.related(), f.identity(),
        f.origin(), List.of(fix));
    JsonNode changes = results(List.of(withFix)).at("/0/fixes/0/artifactChanges");
    assertThat(changes).hasSize(2);
    assertThat(changes.at("/0/artifactLocation/uri").asText()).isEqualTo("infra/main.tf");
    assertThat(changes.at("/0/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(changes.at("/0/replacements")).hasSize(2);
    assertThat(changes.at("/0/replacements/0/deletedRegion/startColumn").asInt()).isEqualTo(60);
    assertThat(changes.at("/0/replacements/0/deletedRegion/endColumn").asInt()).isEqualTo(60);
    assertThat(changes.at("/1/artifactLocation/uri").asText()).isEqualTo("arm/hub%20net.json");
  }

  @Test
  void aFindingWithoutFixesHasNoFixesMember() throws IOException {
    Finding plain = new Finding(TestData.PEERING, TestData.PEERING.level(), "m",
        new Location(TestData.range("infra/main.tf", 3, 3, 3, 36), "m"), List.of(), List.of("VNL103", "x"),
        Origin.of("infra/main.tf"));
    assertThat(results(List.of(plain)).path(0).has("fixes")).isFalse();
  }
}
