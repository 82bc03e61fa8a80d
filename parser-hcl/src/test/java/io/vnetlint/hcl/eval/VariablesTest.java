package io.vnetlint.hcl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.SourceRange;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input variables of a root module: Terraform's precedence, conversions, missing values, sensitivity. */
class VariablesTest {
  @TempDir
  Path dir;

  private static final String MAIN = """
      variable "name" {
        default = "from-default"
      }
      resource "azurerm_resource_group" "rg" {
        name     = var.name
        location = "westeurope"
      }
      """;

  @Test
  void theDefaultApplies() {
    var run = new TfProject(dir).file("main.tf", MAIN).evaluate();
    assertThat(run.show("azurerm_resource_group.rg", "name")).isEqualTo("\"from-default\"");
  }

  @Test
  void precedenceFollowsTerraform() {
    TfProject p = new TfProject(dir).file("main.tf", MAIN);
    var env = Map.of("TF_VAR_name", "from-env");
    assertThat(p.evaluate(TfProject.inputs(List.of(), Map.of(), env, false))
        .show("azurerm_resource_group.rg", "name")).isEqualTo("\"from-env\"");

    p.file("terraform.tfvars", "name = \"from-tfvars\"\n");
    assertThat(p.evaluate(TfProject.inputs(List.of(), Map.of(), env, false))
        .show("azurerm_resource_group.rg", "name")).isEqualTo("\"from-tfvars\"");

    p.file("terraform.tfvars.json", "{\"name\": \"from-tfvars-json\"}");
    assertThat(p.evaluate(TfProject.inputs(List.of(), Map.of(), env, false))
        .show("azurerm_resource_group.rg", "name")).isEqualTo("\"from-tfvars-json\"");

    // *.auto.tfvars in lexical order: b after a
    p.file("b.auto.tfvars", "name = \"from-b-auto\"\n").file("a.auto.tfvars", "name = \"from-a-auto\"\n");
    assertThat(p.evaluate(TfProject.inputs(List.of(), Map.of(), env, false))
        .show("azurerm_resource_group.rg", "name")).isEqualTo("\"from-b-auto\"");

    p.file("env/prod.tfvars", "name = \"from-var-file\"\n");
    assertThat(p.evaluate(TfProject.inputs(List.of("env/prod.tfvars"), Map.of(), env, false))
        .show("azurerm_resource_group.rg", "name")).isEqualTo("\"from-var-file\"");

    assertThat(p.evaluate(TfProject.inputs(List.of("env/prod.tfvars"), Map.of("name", "from-cli"), env, false))
        .show("azurerm_resource_group.rg", "name")).isEqualTo("\"from-cli\"");
  }

  @Test
  void aVariableWithoutValueIsUnknown() {
    var run = new TfProject(dir).file("main.tf", """
        variable "space" {}
        resource "azurerm_virtual_network" "hub" {
          address_space = [var.space]
          name          = "hub-${var.space}"
        }
        """).evaluate();
    assertThat(run.show("azurerm_virtual_network.hub", "address_space"))
        .isEqualTo("[unknown(variable 'space' has no value)]");
    assertThat(run.show("azurerm_virtual_network.hub", "name")).isEqualTo("unknown(variable 'space' has no value)");
  }

  @Test
  void cliAndEnvironmentStringsAreParsedForStructuredTypesOnly() {
    TfProject p = new TfProject(dir).file("main.tf", """
        variable "spaces" { type = list(string) }
        variable "count_of" { type = number }
        variable "plain" {}
        resource "azurerm_virtual_network" "hub" {
          address_space = var.spaces
          name          = var.plain
          dns_servers   = [var.count_of + 1]
        }
        """);
    var run = p.evaluate(TfProject.inputs(List.of(), Map.of("spaces", "[\"10.0.0.0/16\", \"10.1.0.0/16\"]"),
        Map.of("TF_VAR_count_of", "2", "TF_VAR_plain", "[not, parsed]"), false));
    assertThat(run.show("azurerm_virtual_network.hub", "address_space"))
        .isEqualTo("[\"10.0.0.0/16\", \"10.1.0.0/16\"]");
    assertThat(run.show("azurerm_virtual_network.hub", "name")).isEqualTo("\"[not, parsed]\"");
    assertThat(run.show("azurerm_virtual_network.hub", "dns_servers")).isEqualTo("[3]");
  }

  @Test
  void objectTypesGetTheDefaultsOfOptionalAttributes() {
    var run = new TfProject(dir).file("main.tf", """
        variable "subnets" {
          type = map(object({
            prefixes  = list(string)
            delegated = optional(bool, false)
            nsg       = optional(string)
          }))
          default = {
            app = { prefixes = ["10.0.1.0/24"] }
            db  = { prefixes = ["10.0.2.0/24"], delegated = true, nsg = null }
          }
        }
        resource "azurerm_subnet" "s" {
          for_each         = var.subnets
          name             = each.key
          address_prefixes = each.value.prefixes
          delegated        = each.value.delegated
          has_nsg          = each.value.nsg != null
        }
        """).evaluate();
    assertThat(run.show("azurerm_subnet.s[\"app\"]", "delegated")).isEqualTo("false");
    assertThat(run.show("azurerm_subnet.s[\"db\"]", "delegated")).isEqualTo("true");
    assertThat(run.show("azurerm_subnet.s[\"app\"]", "has_nsg")).isEqualTo("false");
    assertThat(run.warnings()).isEmpty();
  }

  @Test
  void nullableFalseReplacesNullWithTheDefault() {
    var run = new TfProject(dir).file("main.tf", """
        variable "a" {
          default  = "x"
          nullable = false
        }
        variable "b" {
          default = "y"
        }
        resource "azurerm_resource_group" "rg" {
          name     = var.a
          location = var.b
        }
        """).file("terraform.tfvars", "a = null\nb = null\n").evaluate();
    assertThat(run.show("azurerm_resource_group.rg", "name")).isEqualTo("\"x\"");
    assertThat(run.show("azurerm_resource_group.rg", "location")).isEqualTo("null");
  }

  @Test
  void sensitiveVariablesMarkValuesAndTheirSourceText() {
    TfProject p = new TfProject(dir).file("main.tf", """
        variable "psk" {
          sensitive = true
          default   = "default-secret"
        }
        variable "tags" {
          sensitive = true
          type      = map(string)
        }
        resource "azurerm_virtual_network_gateway_connection" "c" {
          shared_key = var.psk
          tags       = var.tags
          name       = "c"
        }
        """).file("terraform.tfvars", "psk = \"tfvars-secret\"\ntags = { owner = \"x\" }\n");
    var run = p.evaluate();
    assertThat(run.value("azurerm_virtual_network_gateway_connection.c", "shared_key").sensitive()).isTrue();
    assertThat(run.value("azurerm_virtual_network_gateway_connection.c", "name").sensitive()).isFalse();
    assertThat(run.show("azurerm_virtual_network_gateway_connection.c", "tags"))
        .isEqualTo("sensitive({owner = sensitive(\"x\")})");
    List<SourceRange> secrets = run.result().sensitiveRanges();
    assertThat(secrets).extracting(SourceRange::toString)
        .contains("main.tf:3:15-3:31", "terraform.tfvars:1:7-1:22", "terraform.tfvars:2:8-2:23");
  }

  @Test
  void undeclaredVariablesAreReported() {
    var run = new TfProject(dir).file("main.tf", """
        resource "azurerm_resource_group" "rg" {
          name = var.nope
        }
        """).evaluate();
    assertThat(run.show("azurerm_resource_group.rg", "name"))
        .isEqualTo("unknown(reference to undeclared input variable \"nope\")");
    assertThat(run.warnings()).containsExactly("reference to undeclared input variable \"nope\"");
  }
}
