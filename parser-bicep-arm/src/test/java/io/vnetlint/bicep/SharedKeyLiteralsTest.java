package io.vnetlint.bicep;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.arm.ArmFrontEnd;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.Secret;
import io.vnetlint.model.azure.Connection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the Bicep and ARM front ends say a shared key is written as a literal ({@link Secret#literal()}), per
 * deployment variant: parameter defaults (secure or not), .bicepparam values, ARM parameter files with a value or a
 * Key Vault reference, string literals. Keys are never read back, only their place.
 */
class SharedKeyLiteralsTest {
  @TempDir
  Path root;

  private static final String BICEP_CONNECTION = """
      resource c 'Microsoft.Network/connections@2023-11-01' = {
        name: 'onprem'
        location: 'westeurope'
        properties: {
          connectionType: 'IPsec'
          sharedKey: %s
        }
      }
      """;

  private static final String ARM_TEMPLATE = """
      {
        "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        "contentVersion": "1.0.0.0",
        "parameters": {
          "sharedKey": { "type": "%s"%s }
        },
        "resources": [
          {
            "type": "Microsoft.Network/connections",
            "apiVersion": "2023-11-01",
            "name": "onprem",
            "location": "westeurope",
            "properties": { "connectionType": "IPsec", "sharedKey": "[parameters('sharedKey')]" }
          }
        ]
      }
      """;

  private void write(String relative, String content) throws IOException {
    Files.writeString(root.resolve(relative), content);
  }

  private List<String> places(FrontEnd frontEnd) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile).sorted().forEach(p -> files.add(root.relativize(p)));
    }
    FrontEnd.Result r = frontEnd.load(ScanInput.of(root, files));
    return r.resources().stream().filter(Connection.class::isInstance).map(Connection.class::cast)
        .map(c -> c.header().origin().describe() + ": " + c.sharedKey().known()
            .flatMap(Secret::literal).map(l -> l.kind() + " " + l.describe() + " at " + l.range().where())
            .orElse(c.sharedKey().isUnknown() ? "unknown" : "not a literal"))
        .sorted().toList();
  }

  @Test
  void bicepParameterDefaultsAndStringLiterals() throws IOException {
    write("plain.bicep", "param key string = 'K3y-default'\n" + BICEP_CONNECTION.formatted("key"));
    write("secure.bicep", "@secure()\nparam key string = 'K3y-secure-default'\n" + BICEP_CONNECTION.formatted("key"));
    write("inline.bicep", BICEP_CONNECTION.formatted("'K3y-inline'"));
    write("input.bicep", "@secure()\nparam key string\n" + BICEP_CONNECTION.formatted("key"));
    assertThat(places(new BicepFrontEnd())).containsExactly(
        "inline.bicep: STRING_LITERAL a string literal in inline.bicep at inline.bicep:6:16",
        "input.bicep: unknown",
        "plain.bicep: PARAMETER_DEFAULT the literal default of parameter 'key' in plain.bicep at plain.bicep:1:20",
        "secure.bicep: not a literal");
  }

  @Test
  void bicepparamValuesAreLiteralsButGetSecretIsNot() throws IOException {
    write("main.bicep", "@secure()\nparam key string\n" + BICEP_CONNECTION.formatted("key"));
    write("dev.bicepparam", "using './main.bicep'\nparam key = 'K3y-in-bicepparam'\n");
    write("prod.bicepparam", "using './main.bicep'\nparam key = az.getSecret('sub', 'rg', 'kv', 'psk')\n");
    assertThat(places(new BicepFrontEnd())).containsExactly(
        "main.bicep with dev.bicepparam: VALUES_FILE the literal value of 'key' in dev.bicepparam at dev.bicepparam:2:13",
        "main.bicep with prod.bicepparam: unknown");
  }

  @Test
  void armParameterDefaultsByType() throws IOException {
    write("plain.json", ARM_TEMPLATE.formatted("string", ", \"defaultValue\": \"K3y-default\""));
    write("secure.json", ARM_TEMPLATE.formatted("securestring", ", \"defaultValue\": \"K3y-secure-default\""));
    assertThat(places(new ArmFrontEnd())).containsExactly(
        "plain.json: PARAMETER_DEFAULT the literal default of parameter 'sharedKey' in plain.json at plain.json:5:54",
        "secure.json: not a literal");
  }

  @Test
  void armParameterFileValueIsALiteralAndKeyVaultReferenceIsNot() throws IOException {
    write("main.json", ARM_TEMPLATE.formatted("securestring", ""));
    write("main.parameters.json", """
        {
          "parameters": { "sharedKey": { "value": "K3y-in-parameter-file" } }
        }
        """);
    write("kv.json", ARM_TEMPLATE.formatted("securestring", ""));
    write("kv.parameters.json", """
        {
          "parameters": { "sharedKey": { "reference": {
            "keyVault": { "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv" },
            "secretName": "psk" } } }
        }
        """);
    assertThat(places(new ArmFrontEnd())).containsExactly(
        "kv.json with kv.parameters.json: unknown",
        "main.json with main.parameters.json: VALUES_FILE the literal value of 'sharedKey' in main.parameters.json"
            + " at main.parameters.json:2:43");
  }
}
