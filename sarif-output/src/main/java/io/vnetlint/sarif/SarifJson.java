package io.vnetlint.sarif;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
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
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Serializes the SARIF model with Jackson's streaming generator, member by member in the order the model's
 * {@code @JsonPropertyOrder} annotations give and leaving out null members ({@code @JsonInclude(NON_NULL)}), with
 * the pretty printer the databind writer used: the same bytes, without starting Jackson databind (its
 * {@code ObjectMapper} and the reflective serializers of two dozen records cost a SARIF run tens of milliseconds of
 * start-up). {@code SarifJsonTest} compares the two on every log the tests build.
 */
final class SarifJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private SarifJson() {}

  /** The printer of the SARIF output: two-space indentation, {@code \n}, {@code "key" : value}, {@code []}. */
  static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /** Writes {@code log} to {@code out}, which is flushed but not closed. */
  static void write(SarifLog log, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(printer());
      log(g, log);
    }
  }

  private static void log(JsonGenerator g, SarifLog log) throws IOException {
    g.writeStartObject();
    string(g, "$schema", log.schema());
    string(g, "version", log.version());
    list(g, "runs", log.runs());
    g.writeEndObject();
  }

  private static void run(JsonGenerator g, Run run) throws IOException {
    g.writeStartObject();
    object(g, "tool", run.tool());
    list(g, "invocations", run.invocations());
    object(g, "automationDetails", run.automationDetails());
    string(g, "columnKind", run.columnKind());
    if (run.originalUriBaseIds() != null) {
      g.writeFieldName("originalUriBaseIds");
      g.writeStartObject();
      for (Map.Entry<String, ArtifactLocation> e : run.originalUriBaseIds().entrySet()) {
        object(g, e.getKey(), e.getValue()); // null values are left out too
      }
      g.writeEndObject();
    }
    list(g, "results", run.results());
    g.writeEndObject();
  }

  private static void tool(JsonGenerator g, Tool tool) throws IOException {
    g.writeStartObject();
    object(g, "driver", tool.driver());
    g.writeEndObject();
  }

  private static void toolComponent(JsonGenerator g, ToolComponent c) throws IOException {
    g.writeStartObject();
    string(g, "name", c.name());
    string(g, "semanticVersion", c.semanticVersion());
    string(g, "informationUri", c.informationUri());
    list(g, "rules", c.rules());
    g.writeEndObject();
  }

  private static void descriptor(JsonGenerator g, ReportingDescriptor d) throws IOException {
    g.writeStartObject();
    string(g, "id", d.id());
    string(g, "name", d.name());
    object(g, "shortDescription", d.shortDescription());
    object(g, "fullDescription", d.fullDescription());
    object(g, "help", d.help());
    string(g, "helpUri", d.helpUri());
    object(g, "defaultConfiguration", d.defaultConfiguration());
    object(g, "properties", d.properties());
    g.writeEndObject();
  }

  private static void multiformat(JsonGenerator g, MultiformatMessageString m) throws IOException {
    g.writeStartObject();
    string(g, "text", m.text());
    string(g, "markdown", m.markdown());
    g.writeEndObject();
  }

  private static void configuration(JsonGenerator g, ReportingConfiguration c) throws IOException {
    g.writeStartObject();
    string(g, "level", c.level());
    g.writeEndObject();
  }

  private static void ruleProperties(JsonGenerator g, RuleProperties p) throws IOException {
    g.writeStartObject();
    list(g, "tags", p.tags());
    string(g, "precision", p.precision());
    string(g, "security-severity", p.securitySeverity());
    string(g, "problem.severity", p.problemSeverity());
    g.writeEndObject();
  }

  private static void invocation(JsonGenerator g, Invocation i) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", i.executionSuccessful());
    integer(g, "exitCode", i.exitCode());
    list(g, "toolExecutionNotifications", i.toolExecutionNotifications());
    g.writeEndObject();
  }

  private static void notification(JsonGenerator g, Notification n) throws IOException {
    g.writeStartObject();
    string(g, "level", n.level());
    object(g, "message", n.message());
    list(g, "locations", n.locations());
    object(g, "descriptor", n.descriptor());
    object(g, "associatedRule", n.associatedRule());
    g.writeEndObject();
  }

  private static void reference(JsonGenerator g, ReportingDescriptorReference r) throws IOException {
    g.writeStartObject();
    string(g, "id", r.id());
    integer(g, "index", r.index());
    g.writeEndObject();
  }

  private static void automationDetails(JsonGenerator g, RunAutomationDetails d) throws IOException {
    g.writeStartObject();
    string(g, "id", d.id());
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, Result r) throws IOException {
    g.writeStartObject();
    string(g, "ruleId", r.ruleId());
    integer(g, "ruleIndex", r.ruleIndex());
    string(g, "level", r.level());
    object(g, "message", r.message());
    list(g, "locations", r.locations());
    list(g, "relatedLocations", r.relatedLocations());
    if (r.partialFingerprints() != null) {
      g.writeFieldName("partialFingerprints");
      g.writeStartObject();
      for (Map.Entry<String, String> e : r.partialFingerprints().entrySet()) {
        string(g, e.getKey(), e.getValue()); // null values are left out too
      }
      g.writeEndObject();
    }
    list(g, "suppressions", r.suppressions());
    string(g, "baselineState", r.baselineState());
    list(g, "fixes", r.fixes());
    g.writeEndObject();
  }

  private static void suppression(JsonGenerator g, Suppression s) throws IOException {
    g.writeStartObject();
    string(g, "kind", s.kind());
    string(g, "justification", s.justification());
    g.writeEndObject();
  }

  private static void fix(JsonGenerator g, Fix f) throws IOException {
    g.writeStartObject();
    object(g, "description", f.description());
    list(g, "artifactChanges", f.artifactChanges());
    g.writeEndObject();
  }

  private static void artifactChange(JsonGenerator g, ArtifactChange c) throws IOException {
    g.writeStartObject();
    object(g, "artifactLocation", c.artifactLocation());
    list(g, "replacements", c.replacements());
    g.writeEndObject();
  }

  private static void replacement(JsonGenerator g, Replacement r) throws IOException {
    g.writeStartObject();
    object(g, "deletedRegion", r.deletedRegion());
    object(g, "insertedContent", r.insertedContent());
    g.writeEndObject();
  }

  private static void content(JsonGenerator g, ArtifactContent c) throws IOException {
    g.writeStartObject();
    string(g, "text", c.text());
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, Location l) throws IOException {
    g.writeStartObject();
    integer(g, "id", l.id());
    object(g, "physicalLocation", l.physicalLocation());
    object(g, "message", l.message());
    g.writeEndObject();
  }

  private static void physicalLocation(JsonGenerator g, PhysicalLocation p) throws IOException {
    g.writeStartObject();
    object(g, "artifactLocation", p.artifactLocation());
    object(g, "region", p.region());
    g.writeEndObject();
  }

  private static void artifactLocation(JsonGenerator g, ArtifactLocation a) throws IOException {
    g.writeStartObject();
    string(g, "uri", a.uri());
    string(g, "uriBaseId", a.uriBaseId());
    object(g, "description", a.description());
    g.writeEndObject();
  }

  private static void region(JsonGenerator g, Region r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("startLine", r.startLine());
    g.writeNumberField("startColumn", r.startColumn());
    g.writeNumberField("endLine", r.endLine());
    g.writeNumberField("endColumn", r.endColumn());
    g.writeEndObject();
  }

  private static void message(JsonGenerator g, Message m) throws IOException {
    g.writeStartObject();
    string(g, "text", m.text());
    g.writeEndObject();
  }

  // ---- members: null ones are left out, as @JsonInclude(NON_NULL) does -------------------------------------------

  private static void string(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void integer(JsonGenerator g, String name, Integer value) throws IOException {
    if (value != null) {
      g.writeNumberField(name, value.intValue());
    }
  }

  private static void object(JsonGenerator g, String name, Object value) throws IOException {
    if (value != null) {
      g.writeFieldName(name);
      value(g, value);
    }
  }

  /** A list member; a null element is written as null, as databind writes list elements. */
  private static void list(JsonGenerator g, String name, List<?> values) throws IOException {
    if (values == null) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    for (Object value : values) {
      value(g, value);
    }
    g.writeEndArray();
  }

  /** One value of the model, by its type: a chain of type tests rather than a table of lambdas to link. */
  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Location l) {
      location(g, l);
    } else if (v instanceof Message m) {
      message(g, m);
    } else if (v instanceof PhysicalLocation p) {
      physicalLocation(g, p);
    } else if (v instanceof ArtifactLocation a) {
      artifactLocation(g, a);
    } else if (v instanceof Region r) {
      region(g, r);
    } else if (v instanceof Result r) {
      result(g, r);
    } else if (v instanceof MultiformatMessageString m) {
      multiformat(g, m);
    } else if (v instanceof ReportingDescriptor d) {
      descriptor(g, d);
    } else if (v instanceof ReportingConfiguration c) {
      configuration(g, c);
    } else if (v instanceof RuleProperties p) {
      ruleProperties(g, p);
    } else if (v instanceof Notification n) {
      notification(g, n);
    } else if (v instanceof ReportingDescriptorReference r) {
      reference(g, r);
    } else if (v instanceof Suppression s) {
      suppression(g, s);
    } else if (v instanceof Fix f) {
      fix(g, f);
    } else if (v instanceof ArtifactChange c) {
      artifactChange(g, c);
    } else if (v instanceof Replacement r) {
      replacement(g, r);
    } else if (v instanceof ArtifactContent c) {
      content(g, c);
    } else if (v instanceof Invocation i) {
      invocation(g, i);
    } else if (v instanceof RunAutomationDetails d) {
      automationDetails(g, d);
    } else if (v instanceof ToolComponent c) {
      toolComponent(g, c);
    } else if (v instanceof Tool t) {
      tool(g, t);
    } else if (v instanceof Run r) {
      run(g, r);
    } else {
      throw new IllegalArgumentException("not part of the SARIF model: " + v.getClass().getName());
    }
  }
}
