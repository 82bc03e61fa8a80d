package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/** The root object of a SARIF file (§3.13). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$schema", "version", "runs"})
public record SarifLog(@JsonProperty("$schema") String schema, String version, List<Run> runs) {

  /** The schema URI GitHub's documentation uses. */
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  public static final String VERSION = "2.1.0";

  public SarifLog {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(version, "version");
    runs = List.copyOf(runs);
  }

  public static SarifLog of(Run run) {
    return new SarifLog(SCHEMA, VERSION, List.of(run));
  }
}
