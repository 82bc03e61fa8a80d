package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, end to end, in every output format. */
class ExamplesScanTest {
  private final Path root = CliRun.projectRoot();

  @Test
  void textReportShowsFindingsWithCodeFramesAndSummary() {
    CliRun run = CliRun.of("scan", "--root", root.toString(), root.resolve("examples").toString(), "--color", "never");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("error[VNL103]")
        .contains("warning[VNL902]")
        .contains("error[VNL605]")
        .contains("error[VNL203]")
        .contains("--> examples/terraform-vnet2vnet/main.tf:")
        .contains("error[VNL601]")
        .contains("--> examples/bicep-vpn-lab/main.bicep:")
        .contains("--> examples/hub-spoke/azuredeploy.json:")
        .contains("azuredeploy.parameters.json")
        .contains("Found ");
    assertThat(run.out()).doesNotContain("\u001b[");
    // The Terraform example's shared keys differ; the report says so without showing either key.
    assertThat(run.out()).doesNotContain("example-key");
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void failOnNeverExitsZero() {
    CliRun run = CliRun.of("scan", "--root", root.toString(), root.resolve("examples").toString(),
        "--fail-on", "never");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void jsonReportListsFindings() throws Exception {
    CliRun run = CliRun.of("scan", "--root", root.toString(), root.resolve("examples").toString(),
        "--format", "json");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("findings").size()).isGreaterThanOrEqualTo(3);
    assertThat(json.get("summary").get("exitCode").asInt()).isEqualTo(1);
  }

  @Test
  void sarifReportValidatesAgainstTheOasisSchema(@TempDir Path tmp) throws Exception {
    Path schemaFile = CliRun.shared().resolve("sarif/sarif-schema-2.1.0.json");
    assumeTrue(Files.isRegularFile(schemaFile), "needs ../shared/sarif/sarif-schema-2.1.0.json");
    Path sarif = tmp.resolve("out.sarif");

    CliRun run = CliRun.of("scan", "--root", root.toString(), root.resolve("examples").toString(),
        "--format", "sarif", "--output", sarif.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode schemaNode = mapper.readTree(schemaFile.toFile());
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    JsonSchema schema = factory.getSchema(schemaNode, SchemaValidatorsConfig.builder().build());
    JsonNode log = mapper.readTree(sarif.toFile());
    Set<ValidationMessage> errors = schema.validate(log);
    assertThat(errors).isEmpty();
    assertThat(log.at("/runs/0/results").size()).isGreaterThanOrEqualTo(3);
    assertThat(log.at("/runs/0/columnKind").asText()).isEqualTo("utf16CodeUnits");
  }

  @Test
  void sarifIsByteIdenticalAcrossRuns(@TempDir Path tmp) throws Exception {
    Path a = tmp.resolve("a.sarif");
    Path b = tmp.resolve("b.sarif");
    CliRun.of("scan", "--root", root.toString(), root.resolve("examples").toString(), "-f", "sarif", "-o", a.toString());
    CliRun.of("scan", "--root", root.toString(), root.resolve("examples").toString(), "-f", "sarif", "-o", b.toString());
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }

  @Test
  void rulesAndExplainRenderTheCatalogue() {
    CliRun rules = CliRun.of("rules");
    assertThat(rules.exitCode()).isZero();
    assertThat(rules.out()).contains("VNL101").contains("PeeredAddressSpaceOverlap");

    CliRun explain = CliRun.of("explain", "VNL103");
    assertThat(explain.exitCode()).isZero();
    assertThat(explain.out()).contains("UseRemoteGatewaysWithoutRemoteTransit").contains("How to fix");

    CliRun unknown = CliRun.of("explain", "VNL000");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown rule");
  }
}
