package io.vnetlint.sarif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleCatalog;
import io.vnetlint.rules.RuleMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates written SARIF against the OASIS 2.1.0 schema (draft-04) from the shared folder. The schema's id is
 * mapped to the local file, so nothing is fetched from the network. The validated files are also left in
 * {@code target/sarif-samples/} for {@code scripts/validate-sarif.sh}.
 */
class SchemaValidationTest {
  private static final String SCHEMA_ID =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    Path file = Path.of(System.getProperty("vnetlint.shared", "../../shared"), "sarif", "sarif-schema-2.1.0.json");
    assumeTrue(Files.isRegularFile(file), "OASIS SARIF schema not present: " + file);
    assertThat(JSON.readTree(file.toFile()).path("id").asText()).isEqualTo(SCHEMA_ID);
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
        builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_ID, file.toUri().toString())));
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    schema = factory.getSchema(SchemaLocation.of(SCHEMA_ID), config);
  }

  private static Set<ValidationMessage> validate(JsonNode sarif) {
    return schema.validate(sarif);
  }

  @Test
  void aRealisticLogIsValid() throws IOException {
    String json = SarifWriter.toJson(TestData.realistic());
    keep("realistic.sarif", json);
    JsonNode log = JSON.readTree(json);
    // the log exercises what it claims to: results with related locations, a security rule, notifications
    assertThat(log.at("/runs/0/results").size()).isGreaterThanOrEqualTo(4);
    assertThat(log.at("/runs/0/results/0/relatedLocations").isMissingNode()
        && log.at("/runs/0/results/1/relatedLocations").isMissingNode()).isFalse();
    assertThat(log.at("/runs/0/invocations/0/toolExecutionNotifications").size()).isEqualTo(3);
    assertThat(json).contains("security-severity");
    assertThat(validate(log)).isEmpty();
  }

  @Test
  void theGoldenInputAndAnEmptyScanAreValid() throws IOException {
    String small = SarifWriter.toJson(TestData.small());
    keep("small.sarif", small);
    assertThat(validate(JSON.readTree(small))).isEmpty();
    String empty = SarifWriter.toJson(new SarifInput("0.1.0", TestData.catalogue(), List.of(), List.of(), 0, true,
        null, null, null));
    keep("empty.sarif", empty);
    assertThat(validate(JSON.readTree(empty))).isEmpty();
  }

  /** Suppressed and baselined results: {@code suppressions} (inSource with a justification) and baselineState. */
  @Test
  void suppressionsAndBaselineStatesAreValid() throws IOException {
    SarifInput plain = TestData.realistic();
    Finding suppressed = plain.findings().get(0);
    Finding unchanged = plain.findings().get(1);
    SarifInput withStatuses = new SarifInput(plain.toolVersion(), plain.rules(), plain.findings(),
        plain.diagnostics(), 0, true, plain.rootUri(), plain.automationId(), plain.sources(),
        f -> f == suppressed ? new FindingStatus("reviewed in CHG-42", null)
            : new FindingStatus(null, f == unchanged ? FindingStatus.BaselineState.UNCHANGED
                : FindingStatus.BaselineState.NEW));
    String json = SarifWriter.toJson(withStatuses);
    keep("statuses.sarif", json);
    JsonNode log = JSON.readTree(json);
    assertThat(validate(log)).isEmpty();
    List<String> states = new java.util.ArrayList<>();
    int suppressions = 0;
    for (JsonNode r : log.at("/runs/0/results")) {
      states.add(r.path("baselineState").asText("-"));
      if (r.has("suppressions")) {
        suppressions++;
        assertThat(r.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(r.at("/suppressions/0/justification").asText()).isEqualTo("reviewed in CHG-42");
        assertThat(r.has("baselineState")).isFalse();
      }
    }
    assertThat(suppressions).isEqualTo(1);
    assertThat(states).contains("unchanged", "new", "-");
    // Without statuses nothing of this is written.
    assertThat(SarifWriter.toJson(plain)).doesNotContain("suppressions").doesNotContain("baselineState");
  }

  /** The rule catalogue as shipped (whatever the installed rules module holds) renders into valid SARIF. */
  @Test
  void theShippedCatalogueIsValid() throws IOException {
    List<RuleMetadata> catalogue = RuleCatalog.all().stream().map(Rule::metadata).toList();
    assumeTrue(!catalogue.isEmpty(), "the installed rules module has no rules yet");
    String json = SarifWriter.toJson(new SarifInput("0.1.0", catalogue, List.of(), List.of(), 0, true,
        TestData.ROOT, null, null));
    keep("catalogue.sarif", json);
    JsonNode log = JSON.readTree(json);
    assertThat(log.at("/runs/0/tool/driver/rules").size()).isEqualTo(catalogue.size());
    assertThat(validate(log)).isEmpty();
  }

  /** A validator that accepts everything would pass the tests above; this one proves it rejects things. */
  @Test
  void theValidatorCatchesWhatTheMultitoolMisses() throws IOException {
    ObjectNode log = (ObjectNode) JSON.readTree(SarifWriter.toJson(TestData.realistic()));
    ObjectNode result = (ObjectNode) log.at("/runs/0/results/0");
    result.put("level", "critical");
    ((ObjectNode) result.at("/locations/0/physicalLocation/region")).put("startLine", 0);
    result.put("bogus", true);
    Set<ValidationMessage> messages = validate(log);
    assertThat(messages).extracting(ValidationMessage::getType).contains("enum", "minimum", "additionalProperties");
  }

  private static void keep(String name, String json) throws IOException {
    Path dir = Path.of("target", "sarif-samples");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name), json);
  }
}
