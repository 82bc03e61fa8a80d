package io.vnetlint.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.Secret;
import io.vnetlint.model.azure.Connection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the Terraform front end says a shared key is written as a literal ({@link Secret#literal()}): attribute,
 * variable default, .tfvars, local, module argument; and where it says it is not (sensitive default, environment,
 * unknown). The value itself is never read by the test either: only the place.
 */
class SharedKeyLiteralsTest {
  @TempDir
  Path dir;

  private static final String CONNECTION = """
      resource "azurerm_virtual_network_gateway_connection" "c" {
        name                       = "onprem"
        location                   = "westeurope"
        resource_group_name        = "rg"
        type                       = "IPsec"
        virtual_network_gateway_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/gw"
        local_network_gateway_id   = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/localNetworkGateways/lng"
        shared_key                 = %s
      }
      """;

  private void write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private Optional<Secret.Literal> literal(ScanInput.TerraformInputs inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).forEach(p -> files.add(dir.relativize(p)));
    }
    files.sort(null);
    FrontEnd.Result r = new TerraformFrontEnd().load(new ScanInput(dir, files, List.of(), List.of(), inputs));
    Connection c = r.resources().stream().filter(Connection.class::isInstance).map(Connection.class::cast)
        .findFirst().orElseThrow();
    return c.sharedKey().known().orElseThrow().literal();
  }

  private Optional<Secret.Literal> literal() throws IOException {
    return literal(ScanInput.TerraformInputs.NONE);
  }

  @Test
  void stringLiteralInTheAttribute() throws IOException {
    write("main.tf", CONNECTION.formatted("\"K3y-in-attribute\""));
    Secret.Literal l = literal().orElseThrow();
    assertThat(l.kind()).isEqualTo(Secret.Literal.Kind.STRING_LITERAL);
    assertThat(l.range().where()).isEqualTo("main.tf:8:32");
    assertThat(l.describe()).isEqualTo("a string literal in main.tf");
  }

  @Test
  void defaultOfAVariableInAnotherFile() throws IOException {
    write("variables.tf", """
        variable "shared_key" {
          type    = string
          default = "K3y-in-default"
        }
        """);
    write("main.tf", CONNECTION.formatted("var.shared_key"));
    Secret.Literal l = literal().orElseThrow();
    assertThat(l.kind()).isEqualTo(Secret.Literal.Kind.VARIABLE_DEFAULT);
    assertThat(l.name()).isEqualTo("shared_key");
    assertThat(l.range().where()).isEqualTo("variables.tf:3:13");
    assertThat(l.describe()).isEqualTo("the literal default of variable 'shared_key' in variables.tf");
  }

  @Test
  void defaultOfASensitiveVariableIsNotReportedAsLiteral() throws IOException {
    write("main.tf", """
        variable "shared_key" {
          type      = string
          sensitive = true
          default   = "K3y-in-sensitive-default"
        }
        """ + CONNECTION.formatted("var.shared_key"));
    assertThat(literal()).isEmpty();
  }

  @Test
  void valueInATfvarsFileEvenForASensitiveVariable() throws IOException {
    write("main.tf", """
        variable "shared_key" {
          type      = string
          sensitive = true
        }
        """ + CONNECTION.formatted("var.shared_key"));
    write("terraform.tfvars", "shared_key = \"K3y-in-tfvars\"\n");
    Secret.Literal l = literal().orElseThrow();
    assertThat(l.kind()).isEqualTo(Secret.Literal.Kind.VALUES_FILE);
    assertThat(l.range().where()).isEqualTo("terraform.tfvars:1:14");
    assertThat(l.describe()).isEqualTo("the literal value of 'shared_key' in terraform.tfvars");
  }

  @Test
  void valueFromTheEnvironmentIsNotInSource() throws IOException {
    write("main.tf", """
        variable "shared_key" {
          type = string
        }
        """ + CONNECTION.formatted("var.shared_key"));
    ScanInput.TerraformInputs env = new ScanInput.TerraformInputs(List.of(), Map.of(),
        Map.of("TF_VAR_shared_key", "K3y-from-env"), false);
    assertThat(literal(env)).isEmpty();
  }

  @Test
  void literalInALocalAndInAModuleArgument() throws IOException {
    write("main.tf", """
        locals {
          psk = "K3y-in-local"
        }
        module "vpn" {
          source = "./vpn"
          key    = "K3y-in-module-argument"
        }
        """ + CONNECTION.formatted("local.psk"));
    write("vpn/main.tf", """
        variable "key" {
          type = string
        }
        """ + CONNECTION.formatted("var.key"));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).forEach(p -> files.add(dir.relativize(p)));
    }
    files.sort(null);
    FrontEnd.Result r = new TerraformFrontEnd().load(new ScanInput(dir, files, List.of(), List.of(),
        ScanInput.TerraformInputs.NONE));
    List<String> where = r.resources().stream().filter(Connection.class::isInstance).map(Connection.class::cast)
        .map(c -> c.header().address() + " " + c.sharedKey().known().orElseThrow().literal().orElseThrow()
            .range().where())
        .sorted().toList();
    assertThat(where).containsExactly(
        "azurerm_virtual_network_gateway_connection.c main.tf:2:9",
        "module.vpn.azurerm_virtual_network_gateway_connection.c main.tf:6:12");
  }

  @Test
  void literalDefaultIsMaskedInOutputs() throws IOException {
    write("variables.tf", """
        variable "shared_key" {
          default = "K3y-in-default"
        }
        """);
    write("main.tf", CONNECTION.formatted("var.shared_key"));
    List<Path> files = List.of(Path.of("main.tf"), Path.of("variables.tf"));
    FrontEnd.Result r = new TerraformFrontEnd().load(new ScanInput(dir, files, List.of(), List.of(),
        ScanInput.TerraformInputs.NONE));
    assertThat(r.sensitiveRanges()).extracting(s -> s.where()).contains("variables.tf:2:13");
  }
}
