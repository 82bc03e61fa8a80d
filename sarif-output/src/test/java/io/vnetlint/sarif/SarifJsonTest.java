package io.vnetlint.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vnetlint.sarif.model.ArtifactChange;
import io.vnetlint.sarif.model.ArtifactContent;
import io.vnetlint.sarif.model.ArtifactLocation;
import io.vnetlint.sarif.model.Fix;
import io.vnetlint.sarif.model.Invocation;
import io.vnetlint.sarif.model.Location;
import io.vnetlint.sarif.model.Message;
import io.vnetlint.sarif.model.MultiformatMessageString;
import io.vnetlint.sarif.model.Notification;
import io.vnetlint.sarif.model.PhysicalLocation;
import io.vnetlint.sarif.model.Region;
import io.vnetlint.sarif.model.Replacement;
import io.vnetlint.sarif.model.ReportingConfiguration;
import io.vnetlint.sarif.model.ReportingDescriptor;
import io.vnetlint.sarif.model.ReportingDescriptorReference;
import io.vnetlint.sarif.model.Result;
import io.vnetlint.sarif.model.RuleProperties;
import io.vnetlint.sarif.model.Run;
import io.vnetlint.sarif.model.RunAutomationDetails;
import io.vnetlint.sarif.model.SarifLog;
import io.vnetlint.sarif.model.Suppression;
import io.vnetlint.sarif.model.Tool;
import io.vnetlint.sarif.model.ToolComponent;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The streaming serializer writes exactly what Jackson databind wrote from the annotated model with the SARIF
 * writer's settings (the oracle below is that writer): every member, null members left out, the same escaping and
 * layout.
 */
class SarifJsonTest {

  private static final ObjectWriter DATABIND = databind();

  private static ObjectWriter databind() {
    ObjectMapper mapper = JsonMapper.builder()
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .build();
    return mapper.writer(SarifJson.printer());
  }

  private static void sameAsDatabind(SarifLog log) throws IOException {
    StringWriter expected = new StringWriter();
    DATABIND.writeValue(expected, log);
    StringWriter actual = new StringWriter();
    SarifJson.write(log, actual);
    assertThat(actual.toString()).isEqualTo(expected.toString()).startsWith("{\n  \"$schema\": ");
  }

  @Test
  void logsBuiltFromFindingsAreWrittenAsDatabindWroteThem() throws IOException {
    sameAsDatabind(SarifWriter.toLog(TestData.realistic()));
    sameAsDatabind(SarifWriter.toLog(TestData.small()));
  }

  @Test
  void everyMemberOfTheModelIsWrittenAsDatabindWroteIt() throws IOException {
    String tricky = "quote \" backslash \\ slash / tab \t newline \n nul \u0000 bell \u0007 del \u007f e\u0301 "
        + "\u00e9 \u2028 \uD83D\uDE00 </script>";
    Message message = new Message(tricky);
    Region region = new Region(1, 2, 3, 4);
    ArtifactLocation described = new ArtifactLocation("a%20b.json", "SRCROOT", message);
    ArtifactLocation bare = new ArtifactLocation(null, null, null);
    Location full = new Location(0, new PhysicalLocation(described, region), message);
    Location sparse = new Location(null, new PhysicalLocation(bare, null), null);
    Fix fix = new Fix(new Message("fix it"), List.of(new ArtifactChange(described, List.of(
        new Replacement(region, new ArtifactContent(tricky)), new Replacement(new Region(1, 1, 1, 1), null)))));
    TreeMap<String, String> fingerprints =
        new TreeMap<>(Map.of("vnetlint/v1", "abc", "primaryLocationLineHash", "1:2"));
    Result complete = new Result("VNL101", 0, "error", message, List.of(full, sparse), List.of(), fingerprints,
        List.of(new Suppression(Suppression.IN_SOURCE, tricky), new Suppression("external", null)), "unchanged",
        List.of(fix));
    Result minimal = new Result(null, null, null, new Message(""), List.of(), null, null);
    Result related = new Result("VNL102", 1, "note", message, List.of(full), List.of(full, sparse), new TreeMap<>());
    ReportingDescriptor rule = new ReportingDescriptor("VNL101", "Name", MultiformatMessageString.text("short"),
        new MultiformatMessageString("full", "**full**"), new MultiformatMessageString(tricky, tricky),
        "https://example.com/x#y", new ReportingConfiguration("error"),
        new RuleProperties(List.of("security", "network"), "high", "7.5", null));
    ReportingDescriptor bareRule = new ReportingDescriptor("VNL102", null, null, null, null, null, null,
        new RuleProperties(null, null, null, "warning"));
    ReportingDescriptor emptyTags = new ReportingDescriptor("VNL103", null, null, null, null, null,
        new ReportingConfiguration(null), new RuleProperties(List.of(), null, null, null));
    Notification notification = new Notification("warning", message, List.of(full),
        new ReportingDescriptorReference("not-checked", null), new ReportingDescriptorReference("VNL101", 0));
    Notification bareNotification = new Notification(null, new Message("m"), null, null, null);
    Map<String, ArtifactLocation> bases = new TreeMap<>();
    bases.put("SRCROOT", new ArtifactLocation("file:///x/", null, null));
    bases.put("ZNULL", bare);
    Run run = new Run(
        new Tool(new ToolComponent("vnetlint", "0.1.0", "https://example.com", List.of(rule, bareRule, emptyTags))),
        List.of(new Invocation(true, 1, List.of(notification, bareNotification)), new Invocation(false, null, null),
            new Invocation(true, 0, List.of())),
        new RunAutomationDetails("vnetlint/x/"),
        Run.UTF16_CODE_UNITS,
        bases,
        List.of(complete, minimal, related));
    Run empty = new Run(new Tool(new ToolComponent("vnetlint", null, null, List.of())), null, null, null, null,
        List.of());
    Run noBases = new Run(new Tool(new ToolComponent("v", null, null, List.of())), List.of(), null, null, Map.of(),
        List.of());
    sameAsDatabind(new SarifLog(SarifLog.SCHEMA, SarifLog.VERSION, List.of(run, empty, noBases)));
    sameAsDatabind(new SarifLog(SarifLog.SCHEMA, SarifLog.VERSION, List.of()));
    sameAsDatabind(SarifLog.of(empty));
    List<Run> many = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      many.add(run);
    }
    sameAsDatabind(new SarifLog(SarifLog.SCHEMA, SarifLog.VERSION, many));
  }
}
