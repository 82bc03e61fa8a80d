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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Validates SARIF files written by an earlier step against the OASIS SARIF 2.1.0 schema: CI scans every repository
 * of the shared corpus with {@code scripts/corpus-audit.py} and runs this test on the output directory
 * ({@code -Dvnetlint.sarifDir=target/corpus-audit}). Skipped unless that property names a directory.
 */
class SarifFilesSchemaTest {

  @Test
  void everySarifFileValidatesAgainstTheOasisSchema() throws IOException {
    String dir = System.getProperty("vnetlint.sarifDir");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "vnetlint.sarifDir is not set to a directory");
    Path schemaFile = CliRun.shared().resolve("sarif/sarif-schema-2.1.0.json");
    assumeTrue(Files.isRegularFile(schemaFile), "needs ../shared/sarif/sarif-schema-2.1.0.json");

    ObjectMapper mapper = new ObjectMapper();
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
        .getSchema(mapper.readTree(schemaFile.toFile()), SchemaValidatorsConfig.builder().build());
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(dir))) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".sarif")).sorted().toList();
    }
    assertThat(files).as("SARIF files in " + dir).isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      JsonNode log = mapper.readTree(file.toFile());
      Set<ValidationMessage> errors = schema.validate(log);
      for (ValidationMessage e : errors) {
        problems.add(file.getFileName() + ": " + e.getMessage());
      }
      if (!log.path("runs").isArray() || log.path("runs").isEmpty()) {
        problems.add(file.getFileName() + ": no run");
      }
    }
    System.out.println("[sarif-schema] " + files.size() + " files checked in " + dir);
    assertThat(problems).as("schema violations").isEmpty();
  }
}
