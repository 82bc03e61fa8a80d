package io.vnetlint.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.RuleMetadata;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SarifWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode run(SarifInput input) throws IOException {
    JsonNode log = JSON.readTree(SarifWriter.toJson(input));
    assertThat(log.path("runs")).hasSize(1);
    return log.path("runs").path(0);
  }

  @Test
  void theLogHasGitHubsSchemaVersionAndOneRun() throws IOException {
    JsonNode log = JSON.readTree(SarifWriter.toJson(TestData.realistic()));
    assertThat(log.path("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("runs")).hasSize(1);
    JsonNode run = log.path("runs").path(0);
    assertThat(run.path("columnKind").asText()).isEqualTo("utf16CodeUnits");
    assertThat(run.path("automationDetails").path("id").asText()).isEqualTo("vnetlint/pull-request/");
    assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
        .isEqualTo("file:///home/runner/work/net/net/");
  }

  @Test
  void theDriverListsTheWholeCatalogueInInputOrder() throws IOException {
    JsonNode driver = run(TestData.realistic()).path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("vnetlint");
    assertThat(driver.path("semanticVersion").asText()).isEqualTo("0.1.0");
    assertThat(driver.path("informationUri").asText()).isEqualTo("https://github.com/vnetlint/vnetlint");
    List<String> ids = new ArrayList<>();
    driver.path("rules").forEach(r -> ids.add(r.path("id").asText()));
    assertThat(ids).containsExactly("VNL101", "VNL103", "VNL208", "VNL301", "VNL905"); // VNL301 has no result
  }

  @Test
  void aRuleEntryHasEveryMemberGitHubReads() throws IOException {
    JsonNode rules = run(TestData.realistic()).path("tool").path("driver").path("rules");
    JsonNode peering = rules.path(1);
    assertThat(peering.path("name").asText()).isEqualTo("RemoteGatewayWithoutTransit");
    assertThat(peering.path("shortDescription").path("text").asText())
        .isEqualTo("Short description of RemoteGatewayWithoutTransit");
    assertThat(peering.path("fullDescription").path("text").asText()).startsWith("Full description of");
    assertThat(peering.path("help").path("text").asText())
        .startsWith("What it checks\nThe peering's allowGatewayTransit")
        .doesNotContain("```", "**", "## ");
    assertThat(peering.path("help").path("markdown").asText())
        .startsWith("## What it checks")
        .endsWith("(" + TestData.PEERING.helpUri() + ")");
    assertThat(peering.path("helpUri").asText()).isEqualTo(TestData.PEERING.helpUri());
    assertThat(peering.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
    assertThat(peering.path("properties").path("tags").toString()).isEqualTo("[\"network\",\"peering\"]");
    assertThat(peering.path("properties").path("precision").asText()).isEqualTo("very-high");
    assertThat(peering.path("properties").path("problem.severity").asText()).isEqualTo("error");
    assertThat(peering.path("properties").has("security-severity")).isFalse();

    JsonNode sharedKey = rules.path(2);
    assertThat(sharedKey.path("defaultConfiguration").path("level").asText()).isEqualTo("warning");
    assertThat(sharedKey.path("properties").path("security-severity").asText()).isEqualTo("7.5");
    assertThat(sharedKey.path("properties").has("problem.severity")).isFalse();

    assertThat(rules.path(4).path("properties").path("problem.severity").asText()).isEqualTo("recommendation");
    assertThat(rules.path(3).path("properties").has("precision")).isFalse(); // empty precision is left out
  }

  @Test
  void longRuleTextsAreCutToGitHubsLimits() throws IOException {
    RuleMetadata base = TestData.PEERING;
    RuleMetadata verbose = new RuleMetadata(
        base.id(), "N".repeat(300), base.level(), "s".repeat(2000), "f".repeat(1023) + "\uD83D\uDE00" + "tail",
        base.scenario(), base.guideStep(), base.tags(), base.precision(), base.securitySeverity(), base.since(),
        base.helpMarkdown());
    JsonNode rule = run(input(List.of(verbose), List.of(), List.of())).path("tool").path("driver").path("rules").path(0);
    assertThat(rule.path("name").asText()).hasSize(255).endsWith("N\u2026");
    assertThat(rule.path("shortDescription").path("text").asText()).hasSize(1024).endsWith("s\u2026");
    // the cut never splits a surrogate pair
    assertThat(rule.path("fullDescription").path("text").asText()).hasSize(1024).endsWith("ff\u2026");
  }

  @Test
  void aResultPointsAtItsRuleAndHasAFullRegionAndRelatedLocations() throws IOException {
    JsonNode results = run(TestData.realistic()).path("results");
    assertThat(results).hasSize(4);
    JsonNode peering = find(results, "VNL103");
    assertThat(peering.path("ruleIndex").asInt()).isEqualTo(1);
    assertThat(peering.path("level").asText()).isEqualTo("error");
    assertThat(peering.path("message").path("text").asText()).startsWith("Peering 'spoke-to-hub' uses");
    JsonNode physical = peering.path("locations").path(0).path("physicalLocation");
    assertThat(physical.path("artifactLocation").toString())
        .isEqualTo("{\"uri\":\"infra/main.tf\",\"uriBaseId\":\"%SRCROOT%\"}");
    assertThat(physical.path("region").toString())
        .isEqualTo("{\"startLine\":3,\"startColumn\":3,\"endLine\":3,\"endColumn\":36}");
    JsonNode related = peering.path("relatedLocations");
    assertThat(related).hasSize(2);
    assertThat(related.path(0).path("id").asInt()).isEqualTo(1);
    assertThat(related.path(0).path("message").path("text").asText()).isEqualTo("reverse peering 'hub-to-spoke'");
    assertThat(related.path(1).path("id").asInt()).isEqualTo(2);
    assertThat(related.path(1).path("physicalLocation").path("artifactLocation").path("uri").asText())
        .isEqualTo("arm/hub%20net.json");
    assertThat(related.path(1).path("physicalLocation").path("region").path("endLine").asInt()).isEqualTo(7);
  }

  @Test
  void theVariantIsNamedInTheMessageAndInTheStableFingerprint() throws IOException {
    JsonNode withVariant = find(run(TestData.realistic()).path("results"), "VNL101");
    assertThat(withVariant.path("message").path("text").asText())
        .contains("(with parameters from arm/hub net.parameters.prod.json)");
    Finding plain = TestData.overlap(null);
    JsonNode without = find(run(input(TestData.catalogue(), List.of(plain), List.of())).path("results"), "VNL101");
    assertThat(withVariant.path("partialFingerprints").path("vnetlint/v1").asText())
        .isNotEqualTo(without.path("partialFingerprints").path("vnetlint/v1").asText());
  }

  @Test
  void anEmptyRangeBecomesOneCharacterWide() throws IOException {
    JsonNode region = find(run(TestData.realistic()).path("results"), "VNL905")
        .path("locations").path(0).path("physicalLocation").path("region");
    assertThat(region.toString()).isEqualTo("{\"startLine\":1,\"startColumn\":1,\"endLine\":1,\"endColumn\":2}");
  }

  @Test
  void pathsArePercentEncodedRelativeUriReferences() {
    assertThat(ArtifactUris.relative("modules/route tables/rt.bicep")).isEqualTo("modules/route%20tables/rt.bicep");
    assertThat(ArtifactUris.relative("./a\\b.tf")).isEqualTo("a/b.tf");
    assertThat(ArtifactUris.relative("c:x/#?%.tf")).isEqualTo("c%3Ax/%23%3F%25.tf");
    assertThat(ArtifactUris.relative("grüße/ü.json")).isEqualTo("gr%C3%BC%C3%9Fe/%C3%BC.json");
    assertThat(URI.create(ArtifactUris.relative("a b/[x]{y}.tf")).isAbsolute()).isFalse();
  }

  @Test
  void fingerprintsHoldTheLineHashOfTheStartLineAndAStableKey() throws IOException {
    JsonNode peering = find(run(TestData.realistic()).path("results"), "VNL103");
    String lineHash = LineHashes.of(TestData.MAIN_TF).line(3).orElseThrow();
    assertThat(peering.path("partialFingerprints").path("primaryLocationLineHash").asText()).isEqualTo(lineHash);
    assertThat(peering.path("partialFingerprints").path("vnetlint/v1").asText())
        .matches("[0-9a-f]{32}")
        .isEqualTo(StableFingerprint.of(TestData.remoteGateway()));
  }

  @Test
  void theStableFingerprintDoesNotChangeWhenLinesMove() {
    Finding original = TestData.remoteGateway();
    Finding moved = new Finding(
        original.rule(), original.level(), original.message(),
        new io.vnetlint.rules.Location(TestData.range("infra/main.tf", 40, 5, 40, 38), "use_remote_gateways"),
        original.related(), original.identity(), original.origin());
    assertThat(StableFingerprint.of(moved)).isEqualTo(StableFingerprint.of(original));
    assertThat(StableFingerprint.of(TestData.sharedKey())).isNotEqualTo(StableFingerprint.of(original));
    // the parts are separated, so moving text between them changes the key
    assertThat(StableFingerprint.of(List.of("ab", "c"), "")).isNotEqualTo(StableFingerprint.of(List.of("a", "bc"), ""));
  }

  @Test
  void theVariantIsNamedRelativeToTheRepositoryLikeTheArtifacts() throws IOException {
    SarifInput in = TestData.realistic();
    SarifInput underInfra = new SarifInput(in.toolVersion(), in.rules(), in.findings(), in.diagnostics(),
        in.exitCode(), in.executionSuccessful(), in.rootUri(), in.automationId(), in.sources(), in.statuses(),
        "infra/network");
    JsonNode result = find(run(underInfra).path("results"), "VNL101");
    assertThat(result.path("message").path("text").asText())
        .contains("(with parameters from infra/network/arm/hub net.parameters.prod.json)");
    assertThat(result.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri")
        .asText()).startsWith("infra/network/");
  }

  @Test
  void withoutSourceTextThereIsNoLineHashButStillTheStableKey() throws IOException {
    SarifInput in = TestData.realistic();
    SarifInput noSources = new SarifInput(in.toolVersion(), in.rules(), in.findings(), in.diagnostics(),
        in.exitCode(), in.executionSuccessful(), in.rootUri(), in.automationId(), null);
    for (JsonNode result : run(noSources).path("results")) {
      assertThat(result.path("partialFingerprints").has("primaryLocationLineHash")).isFalse();
      assertThat(result.path("partialFingerprints").has("vnetlint/v1")).isTrue();
    }
  }

  @Test
  void sourceTextsAreReadOncePerFile() {
    List<String> reads = new ArrayList<>();
    SarifInput in = TestData.realistic();
    SourceProvider counting = path -> {
      reads.add(path);
      return in.sources().text(path);
    };
    SarifWriter.toJson(new SarifInput(in.toolVersion(), in.rules(), in.findings(), in.diagnostics(),
        in.exitCode(), in.executionSuccessful(), in.rootUri(), in.automationId(), counting));
    assertThat(reads).doesNotHaveDuplicates().contains("infra/main.tf", "arm/hub net.json");
  }

  @Test
  void diagnosticsBecomeSortedToolExecutionNotifications() throws IOException {
    JsonNode invocation = run(TestData.realistic()).path("invocations").path(0);
    assertThat(invocation.path("executionSuccessful").asBoolean()).isTrue();
    assertThat(invocation.path("exitCode").asInt()).isEqualTo(2);
    JsonNode notes = invocation.path("toolExecutionNotifications");
    assertThat(notes).hasSize(3);
    // sorted by file: "arm/hub net.json", "broken.tf", "infra/main.tf"
    assertThat(notes.path(0).path("level").asText()).isEqualTo("warning");
    assertThat(notes.path(0).path("descriptor").path("id").asText()).isEqualTo("unsupported-function");
    assertThat(notes.path(1).path("level").asText()).isEqualTo("error");
    assertThat(notes.path(1).path("descriptor").path("id").asText()).isEqualTo("parse-error");
    assertThat(notes.path(1).path("locations").path(0).path("physicalLocation").path("region").path("endColumn")
        .asInt()).isEqualTo(2);
    JsonNode notChecked = notes.path(2);
    assertThat(notChecked.path("level").asText()).isEqualTo("note");
    assertThat(notChecked.path("descriptor").path("id").asText()).isEqualTo("not-checked");
    assertThat(notChecked.path("associatedRule").toString()).isEqualTo("{\"id\":\"VNL301\",\"index\":3}");
    assertThat(notChecked.path("message").path("text").asText()).startsWith("Gateway 'gw' was not checked");
    assertThat(notChecked.path("locations").path(0).path("physicalLocation").path("artifactLocation")
        .path("uri").asText()).isEqualTo("infra/main.tf");
  }

  @Test
  void anEmptyScanStillHasResultsAndRulesAndNoNotifications() throws IOException {
    SarifInput empty = new SarifInput("0.1.0", TestData.catalogue(), List.of(), List.of(), 0, true, null, null, null);
    JsonNode run = run(empty);
    assertThat(run.path("results").isArray()).isTrue();
    assertThat(run.path("results")).isEmpty();
    assertThat(run.path("tool").path("driver").path("rules")).hasSize(5);
    assertThat(run.path("automationDetails").path("id").asText()).isEqualTo("vnetlint/");
    assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").has("uri")).isFalse();
    assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("description").path("text").asText())
        .isNotBlank();
    assertThat(run.path("invocations").path(0).has("toolExecutionNotifications")).isFalse();
  }

  @Test
  void aFindingOfARuleMissingFromTheCatalogueStillGetsARuleEntry() throws IOException {
    JsonNode run = run(input(List.of(TestData.OVERLAP), List.of(TestData.remoteGateway()), List.of()));
    assertThat(run.path("tool").path("driver").path("rules").path(1).path("id").asText()).isEqualTo("VNL103");
    assertThat(run.path("results").path(0).path("ruleIndex").asInt()).isEqualTo(1);
  }

  @Test
  void theRootUriGetsItsFinalSlash() throws IOException {
    SarifInput in = new SarifInput("0.1.0", List.of(), List.of(), List.of(), 0, true,
        URI.create("file:///work/my%20repo"), null, null);
    assertThat(run(in).path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
        .isEqualTo("file:///work/my%20repo/");
  }

  @Test
  void writingTwiceAndInAnyInputOrderGivesTheSameBytes() {
    SarifInput in = TestData.realistic();
    String first = SarifWriter.toJson(in);
    assertThat(SarifWriter.toJson(in)).isEqualTo(first);
    Random random = new Random(42);
    for (int i = 0; i < 5; i++) {
      List<Finding> findings = new ArrayList<>(in.findings());
      List<Diagnostic> diagnostics = new ArrayList<>(in.diagnostics());
      Collections.shuffle(findings, random);
      Collections.shuffle(diagnostics, random);
      SarifInput shuffled = new SarifInput(in.toolVersion(), in.rules(), findings, diagnostics, in.exitCode(),
          in.executionSuccessful(), in.rootUri(), in.automationId(), in.sources());
      assertThat(SarifWriter.toJson(shuffled)).isEqualTo(first);
    }
  }

  @Test
  void theOutputIsPrettyPrintedWithLineFeedsAndEndsWithOne() {
    String json = SarifWriter.toJson(TestData.realistic());
    assertThat(json).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
    assertThat(json).startsWith("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n");
  }

  @Test
  void theWriterIsFlushedButNotClosed() throws IOException {
    StringWriter target = new StringWriter();
    boolean[] closed = {false};
    Writer out = new Writer() {
      @Override public void write(char[] cbuf, int off, int len) {
        target.write(cbuf, off, len);
      }

      @Override public void flush() {}

      @Override public void close() {
        closed[0] = true;
      }
    };
    SarifWriter.write(TestData.realistic(), out);
    assertThat(closed[0]).isFalse();
    assertThat(target.toString()).isEqualTo(SarifWriter.toJson(TestData.realistic()));
  }

  /** The scanned file holds a shared key; the finding about it names the attribute, never the value. */
  @Test
  void noSourceTextAndSoNoSecretReachesTheOutput() {
    assertThat(TestData.MAIN_TF).contains(TestData.SECRET_SENTINEL); // the sentinel really is in the input
    String json = SarifWriter.toJson(TestData.realistic());
    assertThat(json).contains("shared key of connection 'onprem'"); // the finding is there
    assertThat(json).doesNotContain(TestData.SECRET_SENTINEL);
    assertThat(json).doesNotContain("S3cr3t");
    assertThat(json).doesNotContain("\"snippet\"", "\"contextRegion\"", "\"contents\"");
    // nor any other source line: a line of the scanned file would only be there through a snippet
    assertThat(json).doesNotContain("allow_forwarded_traffic", "10.0.0.0/16\" ]");
  }

  private static JsonNode find(JsonNode results, String ruleId) {
    for (JsonNode r : results) {
      if (r.path("ruleId").asText().equals(ruleId)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + ruleId + " in " + results);
  }

  private static SarifInput input(List<RuleMetadata> rules, List<Finding> findings, List<Diagnostic> diagnostics) {
    return new SarifInput("0.1.0", rules, findings, diagnostics, 1, true, TestData.ROOT, null,
        SourceProvider.of(TestData.TEXTS));
  }

  @Test
  void levelsMapToGitHubsProblemSeverity() {
    assertThat(SarifBuilder.problemSeverity(Level.ERROR)).isEqualTo("error");
    assertThat(SarifBuilder.problemSeverity(Level.WARNING)).isEqualTo("warning");
    assertThat(SarifBuilder.problemSeverity(Level.NOTE)).isEqualTo("recommendation");
  }
}
