package io.vnetlint.sarif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vnetlint.rules.Finding;
import io.vnetlint.sarif.model.Location;
import io.vnetlint.sarif.model.Message;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What SARIF viewers rely on beyond the schema: message links to related locations, and artifact URIs relative to
 * the repository root when the scan root lies below it ({@code pathPrefix}).
 */
class SarifViewerLinksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final URI REPOSITORY = URI.create("file:///home/runner/work/net/net/");

  private static JsonNode run(List<Finding> findings, String pathPrefix) throws IOException {
    SarifInput input = new SarifInput("0.1.0", TestData.catalogue(), findings, TestData.diagnostics(), 1, true,
        REPOSITORY, null, SourceProvider.of(TestData.TEXTS), null, pathPrefix);
    return JSON.readTree(SarifWriter.toJson(input)).at("/runs/0");
  }

  @Test
  void theMessageLinksEveryRelatedLocationByItsIdBeforeTheFinalPeriod() throws IOException {
    JsonNode result = run(List.of(TestData.remoteGateway()), null).at("/results/0");
    assertThat(result.at("/message/text").asText()).isEqualTo(
        "Peering 'spoke-to-hub' uses the remote gateways of 'hub', but 'hub-to-spoke' does not allow gateway "
            + "transit (see [reverse peering 'hub-to-spoke'](1), [remote virtual network 'hub'](2)).");
    assertThat(result.at("/relatedLocations/0/id").asInt()).isEqualTo(1);
    assertThat(result.at("/relatedLocations/1/id").asInt()).isEqualTo(2);
  }

  @Test
  void aMessageWithoutRelatedLocationsIsUnchanged() throws IOException {
    JsonNode result = run(List.of(TestData.sharedKey()), null).at("/results/0");
    assertThat(result.at("/message/text").asText()).isEqualTo(TestData.sharedKey().messageWithVariant());
  }

  @Test
  void bracketsInALinkTextAreEscapedAndAMissingMessageGetsANeutralLabel() {
    List<Location> related = new ArrayList<>();
    related.add(new Location(1, null, new Message("name [parameters('hub')] \\ x")));
    related.add(new Location(2, null, null));
    assertThat(SarifBuilder.withRelatedLinks("overlap", related))
        .isEqualTo("overlap (see [name \\[parameters('hub')\\] \\\\ x](1), [related location 2](2))");
  }

  @Test
  void thePathPrefixPutsEveryUriUnderTheScanRootsPlaceInTheRepository() throws IOException {
    JsonNode run = run(List.of(TestData.remoteGateway(), TestData.overlap(null)), "./infra\\net/");
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo(REPOSITORY.toString());
    List<String> uris = new ArrayList<>();
    run.findValues("artifactLocation").forEach(a -> uris.add(a.path("uri").asText()));
    assertThat(uris).isNotEmpty().allSatisfy(uri -> assertThat(uri).startsWith("infra/net/"));
    assertThat(uris).contains("infra/net/infra/main.tf", "infra/net/arm/hub%20net.json");
    // the line hashes still come from the scan-relative sources
    assertThat(run.at("/results/0/partialFingerprints/primaryLocationLineHash").isMissingNode()).isFalse();
  }

  @Test
  void withoutAPrefixTheUrisStayScanRelative() throws IOException {
    JsonNode run = run(List.of(TestData.remoteGateway()), "");
    assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("infra/main.tf");
  }

  @Test
  void aPrefixLeavingTheRootIsRefused() {
    for (String bad : List.of("..", "../x", "a/../../b", "/abs")) {
      assertThatThrownBy(() -> new SarifInput("0.1.0", List.of(), List.of(), List.of(), 0, true, REPOSITORY, null,
          null, null, bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
