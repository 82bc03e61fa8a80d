package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format github}: workflow commands that GitHub Actions turns into annotations. */
class GithubFormatTest {
  private static final Pattern COMMAND = Pattern.compile(
      "::(error|warning|notice) file=([^,:]+),line=(\\d+)(?:,col=(\\d+))?,endLine=(\\d+)(?:,endColumn=(\\d+))?"
          + ",title=(VNL\\d{3}) (\\w+)::(.+)");

  /** The bundled examples copied into a repository whose scan root is a subfolder. */
  @Test
  void everyFindingIsOneAnnotationNamedFromTheRepositoryRoot(@TempDir Path dir) throws IOException {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    copy(CliRun.projectRoot().resolve("examples"), repo.resolve("infra"));
    Path scanRoot = repo.resolve("infra");

    CliRun github = CliRun.of("scan", "--root", scanRoot.toString(), scanRoot.toString(), "--format", "github");
    CliRun json = CliRun.of("scan", "--root", scanRoot.toString(), scanRoot.toString(), "--format", "json");

    assertThat(github.exitCode()).as(github.err()).isEqualTo(1);
    List<String> lines = Arrays.asList(github.out().split("\n"));
    List<String> commands = lines.stream().filter(l -> l.startsWith("::")).toList();
    JsonNode findings = new ObjectMapper().readTree(json.out()).get("findings");
    assertThat(commands).hasSize(findings.size());
    for (int i = 0; i < commands.size(); i++) {
      Matcher m = COMMAND.matcher(commands.get(i));
      assertThat(m.matches()).as(commands.get(i)).isTrue();
      JsonNode f = findings.get(i);
      JsonNode loc = f.get("location");
      String level = f.get("level").asText();
      assertThat(m.group(1)).isEqualTo(level.equals("note") ? "notice" : level);
      assertThat(m.group(2)).isEqualTo("infra/" + loc.get("file").asText());
      assertThat(Files.isRegularFile(repo.resolve(m.group(2)))).isTrue();
      assertThat(Integer.parseInt(m.group(3))).isEqualTo(loc.get("startLine").asInt());
      assertThat(Integer.parseInt(m.group(5))).isEqualTo(loc.get("endLine").asInt());
      assertThat(m.group(7)).isEqualTo(f.get("ruleId").asText());
      assertThat(m.group(8)).isEqualTo(f.get("ruleName").asText());
      if (f.has("parameterFile")) {
        // the parameter file is named from the repository root too, like the annotation's file
        assertThat(m.group(9)).contains("(with parameters from infra/" + f.get("parameterFile").asText() + ")");
      }
    }
    assertThat(findings).anyMatch(f -> f.has("parameterFile"));
    assertThat(commands).anyMatch(c -> c.startsWith("::warning ") && c.contains("title=VNL902 "))
        .anyMatch(c -> c.startsWith("::error ") && c.contains("title=VNL203 "));
    // Nothing but commands and the closing summary line; the example's shared keys are never printed.
    assertThat(lines).last().asString().startsWith("vnetlint: " + findings.size() + " finding(s)");
    assertThat(lines).hasSize(commands.size() + 1);
    assertThat(github.out() + github.err()).doesNotContain("example-key");
  }

  @Test
  void unreadableInputIsAnErrorAnnotationAndExitsTwo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("broken.json"), """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "resources": [ {
        """);
    CliRun run = CliRun.of("scan", "--root", dir.toString(), dir.toString(), "--format", "github");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).containsPattern("(?m)^::error file=broken\\.json,line=\\d+,.*title=vnetlint input error \\(");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
