package io.vnetlint.bicep;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ScanInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BicepFrontEndTest {
  private static final String MAIN = """
      param prefix string = '10.0.0.0/16'
      @secure()
      param key string
      resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
        name: 'hub'
        properties: { addressSpace: { addressPrefixes: [ prefix ] } }
      }
      module spoke 'modules/spoke.bicep' = {
        name: 'spoke'
      }
      """;

  private static FrontEnd.Result load(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile).sorted().forEach(p -> files.add(root.relativize(p)));
    }
    return new BicepFrontEnd().load(ScanInput.of(root, files));
  }

  @Test
  void nameIsBicep() {
    assertThat(new BicepFrontEnd().name()).isEqualTo("bicep");
  }

  @Test
  void eachParamsFileIsAVariantAndModulesAreNotAnalyzedAlone(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("modules"));
    Files.writeString(root.resolve("main.bicep"), MAIN);
    Files.writeString(root.resolve("modules/spoke.bicep"), """
        resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
          name: 'spoke'
          properties: { addressSpace: { addressPrefixes: [ '10.1.0.0/16' ] } }
        }
        """);
    Files.writeString(root.resolve("dev.bicepparam"), """
        using './main.bicep'
        param prefix = '10.10.0.0/16'
        param key = 'DevSecret1'
        """);
    Files.writeString(root.resolve("prod.bicepparam"), """
        using 'main.bicep'
        param prefix = '10.20.0.0/16'
        param key = az.getSecret('sub', 'rg', 'kv', 'k')
        """);

    FrontEnd.Result result = load(root);

    assertThat(result.diagnostics()).noneMatch(d -> d.kind() == Diagnostic.Kind.ERROR);
    List<String> origins = result.resources().stream().map(r -> r.header().origin().describe()).distinct().sorted().toList();
    assertThat(origins).containsExactly("main.bicep with dev.bicepparam", "main.bicep with prod.bicepparam");
    // 2 variants x (hub + spoke from the module); the module file is not a root of its own
    assertThat(result.resources()).hasSize(4);
    assertThat(result.filesRead()).contains("main.bicep", "dev.bicepparam", "prod.bicepparam", "modules/spoke.bicep");
    // the secure value in dev.bicepparam is a sensitive range
    assertThat(result.sensitiveRanges()).anyMatch(r -> r.file().equals("dev.bicepparam") && r.startLine() == 3);
  }

  @Test
  void aFileWithASyntaxErrorContributesNothing(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("broken.bicep"), """
        resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
          name: 'hub'
          properties: {
        """);
    Files.writeString(root.resolve("ok.bicep"), """
        resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
          name: 'ok'
        }
        """);

    FrontEnd.Result result = load(root);

    assertThat(result.diagnostics()).anyMatch(d -> d.kind() == Diagnostic.Kind.ERROR
        && d.range().file().equals("broken.bicep"));
    assertThat(result.resources()).extracting(r -> r.header().origin())
        .allMatch(o -> o.file().equals("ok.bicep"));
    assertThat(result.resources()).hasSize(1);
  }
}
