package io.vnetlint.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnetlint.rules.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private static final Path FILE = Path.of("/repo/.vnetlint.yaml");

  private static Config parse(String text) throws ConfigException {
    return ConfigLoader.parse(FILE, text);
  }

  private static ConfigException error(String text) {
    try {
      parse(text);
    } catch (ConfigException e) {
      return e;
    }
    throw new AssertionError("expected a configuration error for:\n" + text);
  }

  @Test
  void starterFileIsValidAndChangesNothing() throws Exception {
    Config c = parse(StarterConfig.TEXT);
    assertThat(c.failOn()).isEqualTo("error");
    assertThat(c.enabledRules()).isNull();
    assertThat(c.disabledRules()).isEmpty();
    assertThat(c.levels()).isEmpty();
    assertThat(c.exclude()).isEmpty();
    assertThat(c.varFiles()).isEmpty();
    assertThat(c.armParameters()).isEmpty();
  }

  @Test
  void emptyFileIsTheDefaults() throws Exception {
    Config c = parse("# nothing yet\n");
    assertThat(c.failOn()).isNull();
    assertThat(c.runs("VNL101")).isTrue();
  }

  @Test
  void readsEverySetting() throws Exception {
    Config c = parse("""
        fail-on: warning
        rules:
          enable: [VNL101, PeeredAddressSpaceOverlap, VNL102, VNL902]
          disable: VNL102
          levels:
            VNL902: note
        exclude: ["legacy/**", "**/*.draft.json"]
        terraform:
          var-files: [envs/prod.tfvars]
          vars:
            location: westeurope
            count: 3
        arm:
          parameters:
            hub/azuredeploy.json: [hub/prod.parameters.json, hub/dev.parameters.json]
            spoke/main.json: spoke/main.parameters.json
        """);
    assertThat(c.failOn()).isEqualTo("warning");
    assertThat(c.enabledRules()).containsExactlyInAnyOrder("VNL101", "VNL102", "VNL902");
    assertThat(c.runs("VNL101")).isTrue();
    assertThat(c.runs("VNL102")).isFalse();
    assertThat(c.runs("VNL103")).isFalse();
    assertThat(c.levels()).containsEntry("VNL902", Level.NOTE);
    assertThat(c.exclude()).containsExactly("legacy/**", "**/*.draft.json");
    assertThat(c.varFiles()).containsExactly(Path.of("/repo/envs/prod.tfvars"));
    assertThat(c.vars()).containsEntry("location", "westeurope").containsEntry("count", "3");
    assertThat(c.armParameters()).containsEntry(Path.of("/repo/hub/azuredeploy.json"),
        List.of(Path.of("/repo/hub/prod.parameters.json"), Path.of("/repo/hub/dev.parameters.json")));
    assertThat(c.armParameters()).containsEntry(Path.of("/repo/spoke/main.json"),
        List.of(Path.of("/repo/spoke/main.parameters.json")));
  }

  @Test
  void unknownKeyIsPositionedWithTheClosestKnownKey() {
    ConfigException e = error("""
        fail-on: error
        rulez:
          disable: []
        """);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.getMessage()).isEqualTo("unknown key 'rulez' (did you mean 'rules'?)");
  }

  @Test
  void unknownNestedKeyNamesItsPath() {
    ConfigException e = error("""
        rules:
          levels: {}
          disabel: [VNL101]
        """);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.getMessage()).isEqualTo("unknown key 'rules.disabel' (did you mean 'rules.disable'?)");
  }

  @Test
  void unknownRuleSuggestsTheClosestId() {
    ConfigException e = error("rules:\n  disable: [VNL101, VNL1O2]\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(21);
    assertThat(e.getMessage()).contains("unknown rule 'VNL1O2'").contains("did you mean 'VNL102'?");
  }

  @Test
  void badValuesAreErrors() {
    assertThat(error("fail-on: eror\n").getMessage())
        .isEqualTo("fail-on must be one of error, warning, note, never, not 'eror'");
    assertThat(error("rules:\n  levels:\n    VNL101: severe\n").getMessage())
        .isEqualTo("the level of VNL101 must be one of error, warning, note, not 'severe'");
    assertThat(error("rules: [VNL101]\n").getMessage()).isEqualTo("rules must be a mapping, not a list");
    assertThat(error("exclude:\n  - {a: b}\n").getMessage())
        .isEqualTo("the items of exclude must be strings, not a mapping");
    assertThat(error("exclude: ['a/[b']\n").getMessage()).startsWith("bad glob 'a/[b'");
    assertThat(error("terraform:\n  vars:\n    tags: [a]\n").getMessage())
        .startsWith("terraform.vars.tags must be a value");
  }

  @Test
  void yamlSyntaxErrorsArePositioned() {
    ConfigException e = error("rules:\n  levels:\n    VNL101: note\n   bad: x\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).startsWith("not valid YAML: ");
    assertThat(error("fail-on: error\nfail-on: warning\n").getMessage()).isEqualTo("duplicate key 'fail-on'");
  }

  @Test
  void findLooksUpToTheRepositoryRoot(@TempDir Path tmp) throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Path deep = Files.createDirectories(repo.resolve("infra/network"));
    assertThat(ConfigLoader.find(deep)).isEmpty();
    Files.writeString(tmp.resolve(".vnetlint.yaml"), "fail-on: never\n"); // above the repository: not used
    assertThat(ConfigLoader.find(deep)).isEmpty();
    Files.writeString(repo.resolve(".vnetlint.yaml"), "fail-on: note\n");
    assertThat(ConfigLoader.find(deep)).contains(repo.resolve(".vnetlint.yaml"));
    Files.writeString(deep.resolve(".vnetlint.yaml"), "fail-on: note\n");
    assertThat(ConfigLoader.find(deep)).contains(deep.resolve(".vnetlint.yaml"));
  }

  @Test
  void didYouMeanCountsSwappedLettersAsOneEdit() {
    assertThat(DidYouMean.closest("scna", List.of("scan", "rules", "explain", "init"))).contains("scan");
    assertThat(DidYouMean.closest("xyz", List.of("scan", "rules"))).isEmpty();
  }
}
