package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The properties SARIF viewers rely on (VS Code's SARIF Viewer, Visual Studio's, GitHub code scanning), checked the
 * way a viewer uses them: every {@code artifactLocation} is resolved against {@code run.originalUriBaseIds} to a file
 * on disk, and the file's text inside {@code region} (lines 1-based, columns in UTF-16 code units) must be exactly the
 * expected span. See docs/ide.md.
 *
 * <p>The fixture is a repository ({@code repo/.git}) scanned from a subdirectory ({@code repo/infra}): a Terraform
 * file with CRLF line ends where VNL901 reports the gateway's {@code subnet_id}, relates the subnet and offers a fix
 * (rename the subnet), and an ARM template named with a space and a non-ASCII letter where VNL902 reports a prefix
 * that stands after an emoji and non-ASCII letters on the same line.
 */
class SarifViewerPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SRCROOT = "%SRCROOT%";
  private static final String ARM_NAME = "spoke network ü.json";

  @TempDir
  Path dir;

  private Path repository;
  private Path scanRoot;

  @BeforeEach
  void writeFixture() throws IOException {
    repository = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repository.resolve(".git"));
    scanRoot = Files.createDirectories(repository.resolve("infra"));
    Path hub = Files.createDirectories(scanRoot.resolve("hub"));
    String terraform = resource("gateway.tf").replace("\r\n", "\n").replace("\n", "\r\n");
    Files.writeString(hub.resolve("gateway.tf"), terraform, StandardCharsets.UTF_8);
    Path spoke = Files.createDirectories(scanRoot.resolve("spoke"));
    Files.writeString(spoke.resolve(ARM_NAME), resource("spoke.json"), StandardCharsets.UTF_8);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SarifViewerPropertiesTest.class.getResourceAsStream("/viewer/" + name)) {
      assertThat(in).as("test resource /viewer/" + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private JsonNode scan(Path root) throws IOException {
    CliRun run = CliRun.of("scan", "--root", root.toString(), root.toString(), "--format", "sarif");
    assertThat(run.exitCode()).as("exit code 1: findings; " + run.err()).isEqualTo(1);
    return JSON.readTree(run.out()).path("runs").path(0);
  }

  @Test
  void srcRootIsTheRepositoryRootAndUrisAreRepositoryRelative() throws IOException {
    JsonNode run = scan(scanRoot);
    URI base = srcRoot(run);
    assertThat(base.getScheme()).isEqualTo("file");
    assertThat(base.toString()).endsWith("/");
    assertThat(Path.of(base)).isEqualTo(repository.toRealPath());
    assertThat(uris(run)).isNotEmpty().allSatisfy(uri -> assertThat(uri).startsWith("infra/"));
    assertThat(uris(run)).contains("infra/hub/gateway.tf", "infra/spoke/spoke%20network%20%C3%BC.json");
  }

  @Test
  void everyLocationResolvesToAFileAndARegionWithinIt() throws IOException {
    JsonNode run = scan(scanRoot);
    assertThat(run.path("columnKind").asText()).isEqualTo("utf16CodeUnits");
    JsonNode results = run.path("results");
    assertThat(results).hasSizeGreaterThanOrEqualTo(2);
    for (JsonNode result : results) {
      assertThat(result.path("locations")).hasSize(1);
      assertThat(textAt(run, result.at("/locations/0/physicalLocation"))).isNotBlank();
      for (JsonNode related : result.path("relatedLocations")) {
        assertThat(textAt(run, related.path("physicalLocation"))).isNotBlank();
      }
      for (JsonNode fix : result.path("fixes")) {
        for (JsonNode change : fix.path("artifactChanges")) {
          for (JsonNode replacement : change.path("replacements")) {
            span(run, change.path("artifactLocation"), replacement.path("deletedRegion"));
          }
        }
      }
    }
  }

  @Test
  void regionsHighlightTheExactSpanAlsoAfterAnEmojiAndOnCrlfLines() throws IOException {
    JsonNode run = scan(scanRoot);
    JsonNode gateway = result(run, "VNL901");
    assertThat(textAt(run, gateway.at("/locations/0/physicalLocation")))
        .isEqualTo("subnet_id                     = azurerm_subnet.hub_gateway.id");
    JsonNode prefix = result(run, "VNL902");
    // "🚀" is two UTF-16 code units, "ë" one: code point or byte columns would land elsewhere
    assertThat(textAt(run, prefix.at("/locations/0/physicalLocation"))).isEqualTo("\"10.1.255.0/28\"");
    assertThat(prefix.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("infra/spoke/spoke%20network%20%C3%BC.json");
  }

  @Test
  void relatedLocationsHaveIdsMessagesAndLinksFromTheResultMessage() throws IOException {
    JsonNode run = scan(scanRoot);
    JsonNode gateway = result(run, "VNL901");
    JsonNode related = gateway.path("relatedLocations");
    assertThat(related).hasSize(1);
    assertThat(related.at("/0/id").asInt()).isEqualTo(1);
    assertThat(related.at("/0/message/text").asText())
        .isEqualTo("subnet 'gateway' of virtual network 'hub', not named GatewaySubnet");
    assertThat(textAt(run, related.at("/0/physicalLocation")))
        .isEqualTo("resource \"azurerm_subnet\" \"hub_gateway\" {");
    assertThat(gateway.at("/message/text").asText())
        .endsWith("(see [subnet 'gateway' of virtual network 'hub', not named GatewaySubnet](1))");

    for (JsonNode result : run.path("results")) {
      Set<Integer> ids = new HashSet<>();
      for (JsonNode location : result.path("relatedLocations")) {
        int id = location.path("id").asInt();
        assertThat(id).isPositive();
        assertThat(ids.add(id)).as("ids are unique within a result").isTrue();
        assertThat(location.at("/message/text").asText()).isNotBlank();
        assertThat(result.at("/message/text").asText()).contains("](" + id + ")");
      }
    }
  }

  @Test
  void aFixDeletesExactlyTheLiteralItReplaces() throws IOException {
    JsonNode run = scan(scanRoot);
    JsonNode fix = result(run, "VNL901").path("fixes");
    assertThat(fix).hasSize(1);
    assertThat(fix.at("/0/description/text").asText()).startsWith("rename subnet 'gateway' to GatewaySubnet");
    JsonNode change = fix.at("/0/artifactChanges/0");
    assertThat(change.at("/artifactLocation/uri").asText()).isEqualTo("infra/hub/gateway.tf");
    assertThat(change.at("/artifactLocation/uriBaseId").asText()).isEqualTo(SRCROOT);
    JsonNode replacement = change.at("/replacements/0");
    assertThat(span(run, change.path("artifactLocation"), replacement.path("deletedRegion"))).isEqualTo("\"gateway\"");
    assertThat(replacement.at("/insertedContent/text").asText()).isEqualTo("\"GatewaySubnet\"");
  }

  @Test
  void everyRuleHasAHelpUriAndMarkdownHelpAndResultsPointAtTheirRule() throws IOException {
    JsonNode run = scan(scanRoot);
    JsonNode rules = run.at("/tool/driver/rules");
    assertThat(rules).isNotEmpty();
    for (JsonNode rule : rules) {
      String id = rule.path("id").asText();
      URI help = URI.create(rule.path("helpUri").asText());
      assertThat(help.isAbsolute()).as(id).isTrue();
      assertThat(help.getScheme()).as(id).isEqualTo("https");
      assertThat(rule.at("/help/markdown").asText()).as(id).isNotBlank().contains(help.toString());
      assertThat(rule.at("/help/text").asText()).as(id).isNotBlank();
      assertThat(rule.at("/shortDescription/text").asText()).as(id).isNotBlank();
    }
    for (JsonNode result : run.path("results")) {
      assertThat(rules.path(result.path("ruleIndex").asInt()).path("id").asText())
          .isEqualTo(result.path("ruleId").asText());
    }
  }

  @Test
  void scanningTheRepositoryRootItselfGivesTheSameUris() throws IOException {
    JsonNode fromRepository = scan(repository);
    assertThat(Path.of(srcRoot(fromRepository))).isEqualTo(repository.toRealPath());
    assertThat(uris(fromRepository)).containsExactlyInAnyOrderElementsOf(uris(scan(scanRoot)));
  }

  @Test
  void githubAnnotationsNameTheSameRepositoryRelativePaths() {
    CliRun run = CliRun.of("scan", "--root", scanRoot.toString(), scanRoot.toString(), "--format", "github");
    assertThat(run.out()).contains("file=infra/hub/gateway.tf,line=47,col=5,");
  }

  // ---- a viewer's view of the log

  private static URI srcRoot(JsonNode run) {
    return URI.create(run.at("/originalUriBaseIds/" + SRCROOT).path("uri").asText());
  }

  private static JsonNode result(JsonNode run, String ruleId) {
    for (JsonNode result : run.path("results")) {
      if (result.path("ruleId").asText().equals(ruleId)) {
        return result;
      }
    }
    throw new AssertionError("no " + ruleId + " result in " + run.path("results"));
  }

  /** Every artifact URI in the run: results, related locations, fixes, notifications. */
  private static List<String> uris(JsonNode run) {
    List<String> uris = new ArrayList<>();
    run.findValues("artifactLocation").forEach(a -> uris.add(a.path("uri").asText()));
    return uris;
  }

  private String textAt(JsonNode run, JsonNode physicalLocation) throws IOException {
    return span(run, physicalLocation.path("artifactLocation"), physicalLocation.path("region"));
  }

  /**
   * Resolves the artifact location as a viewer does ({@code originalUriBaseIds[uriBaseId].uri} + {@code uri}) and
   * returns the region's text, with columns counted in UTF-16 code units and line ends not part of any line.
   */
  private String span(JsonNode run, JsonNode artifactLocation, JsonNode region) throws IOException {
    assertThat(artifactLocation.path("uriBaseId").asText()).isEqualTo(SRCROOT);
    URI relative = URI.create(artifactLocation.path("uri").asText());
    assertThat(relative.isAbsolute()).as("a relative reference: " + relative).isFalse();
    assertThat(relative.getPath()).doesNotStartWith("/");
    Path file = Path.of(srcRoot(run).resolve(relative));
    assertThat(file).as("resolved " + relative).isRegularFile();
    assertThat(file.toRealPath().startsWith(repository.toRealPath())).isTrue();

    for (String field : List.of("startLine", "startColumn", "endLine", "endColumn")) {
      assertThat(region.path(field).isInt()).as(field + " in " + region).isTrue();
      assertThat(region.path(field).asInt()).as(field).isPositive();
    }
    List<String> lines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
    int startLine = region.path("startLine").asInt();
    int endLine = region.path("endLine").asInt();
    int startColumn = region.path("startColumn").asInt();
    int endColumn = region.path("endColumn").asInt();
    assertThat(endLine).isBetween(startLine, lines.size());
    String first = lines.get(startLine - 1);
    String last = lines.get(endLine - 1);
    assertThat(startColumn - 1).as("start column within line " + startLine).isLessThanOrEqualTo(first.length());
    assertThat(endColumn - 1).as("end column within line " + endLine).isLessThanOrEqualTo(last.length());
    if (startLine == endLine) {
      assertThat(endColumn).isGreaterThanOrEqualTo(startColumn);
      return first.substring(startColumn - 1, endColumn - 1);
    }
    StringBuilder sb = new StringBuilder(first.substring(startColumn - 1));
    for (int line = startLine + 1; line < endLine; line++) {
      sb.append('\n').append(lines.get(line - 1));
    }
    return sb.append('\n').append(last, 0, endColumn - 1).toString();
  }
}
