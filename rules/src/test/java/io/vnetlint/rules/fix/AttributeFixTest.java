package io.vnetlint.rules.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Field;
import io.vnetlint.model.Origin;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.ResourceHeader;
import io.vnetlint.rules.Fix;
import io.vnetlint.rules.ProposedFix;
import io.vnetlint.rules.SourceTexts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * When {@link AttributeFix} proposes an edit and when the text confirms it. The texts are small in-memory files;
 * the ranges are those the front ends give (an attribute from its key to the end of its value).
 */
class AttributeFixTest {
  private static final AttributeFix.Names ALLOCATION =
      AttributeFix.Names.of("publicIPAllocationMethod", "allocation_method");

  private static final String TF = """
      resource "azurerm_public_ip" "gw" {
        name              = "gw-pip"
        allocation_method = "Dynamic"
      }
        resource "azurerm_public_ip" "indented" {
      }
      """;

  private static final String BICEP = """
      resource pip 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
        name: 'gw-pip'
        properties: {
          publicIPAllocationMethod: 'Dynamic'
        }
      }
      """;

  private static SourceTexts texts(Map<String, String> files) {
    return file -> Optional.ofNullable(files.get(file)).map(t -> SourceText.of(file, t));
  }

  /** The range of {@code needle} in {@code text}, as a front end gives it. */
  private static SourceRange rangeOf(String file, String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as(needle).isNotNegative();
    return SourceText.of(file, text).range(at, at + needle.length());
  }

  private static PublicIp pip(String file, SourceRange header, Field<String> allocation) {
    return new PublicIp(
        new ResourceHeader(ResourceId.of("Microsoft.Network/publicIPAddresses", "gw-pip"), "gw", "gw-pip", header,
            Origin.of(file), Field.absent()),
        Field.of("Standard", header), allocation, Field.absent(), Field.absent());
  }

  @Test
  void aTerraformLiteralIsReplacedByTheNewLiteral() {
    SourceRange attr = rangeOf("main.tf", TF, "allocation_method = \"Dynamic\"");
    PublicIp pip = pip("main.tf", rangeOf("main.tf", TF, "resource \"azurerm_public_ip\" \"gw\" {"),
        Field.of("Dynamic", attr));
    Fix fix = AttributeFix.set(pip, pip.allocationMethod(), ALLOCATION, "Static", "make it static").orElseThrow()
        .confirm(texts(Map.of("main.tf", TF))).orElseThrow();
    assertThat(Fix.apply(SourceText.of("main.tf", TF), fix.replacements()))
        .contains("allocation_method = \"Static\"").doesNotContain("Dynamic");
    assertThat(fix.description()).isEqualTo("make it static");
  }

  @Test
  void aBicepLiteralUsesSingleQuotes() {
    SourceRange attr = rangeOf("main.bicep", BICEP, "publicIPAllocationMethod: 'Dynamic'");
    PublicIp pip = pip("main.bicep", rangeOf("main.bicep", BICEP, "name: 'gw-pip'"), Field.of("Dynamic", attr));
    Fix fix = AttributeFix.set(pip, pip.allocationMethod(), ALLOCATION, "Static", "d").orElseThrow()
        .confirm(texts(Map.of("main.bicep", BICEP))).orElseThrow();
    assertThat(fix.replacements()).singleElement().satisfies(r -> assertThat(r.inserted()).isEqualTo("'Static'"));
  }

  @Test
  void aValueWrittenElsewhereGetsNoProposal() {
    // the known value's range is in another file (a tfvars file, a parameter file, a calling module)
    SourceRange elsewhere = rangeOf("other.tf", TF, "allocation_method = \"Dynamic\"");
    PublicIp pip = pip("main.tf", rangeOf("main.tf", TF, "resource \"azurerm_public_ip\" \"gw\" {"),
        Field.of("Dynamic", elsewhere));
    assertThat(AttributeFix.set(pip, pip.allocationMethod(), ALLOCATION, "Static", "d")).isEmpty();
  }

  @Test
  void aRangeThatDoesNotHoldTheLiteralIsNotConfirmed() {
    // the mapper says "Dynamic" but the range holds something else: a variable, or a file changed since
    String text = TF.replace("allocation_method = \"Dynamic\"", "allocation_method = var.allocation");
    SourceRange attr = rangeOf("main.tf", text, "allocation_method = var.allocation");
    PublicIp pip = pip("main.tf", rangeOf("main.tf", text, "resource \"azurerm_public_ip\" \"gw\" {"),
        Field.of("Dynamic", attr));
    Optional<ProposedFix> proposal = AttributeFix.set(pip, pip.allocationMethod(), ALLOCATION, "Static", "d");
    assertThat(proposal).isPresent();
    assertThat(proposal.get().confirm(texts(Map.of("main.tf", text)))).isEmpty();
    assertThat(proposal.get().confirm(SourceTexts.NONE)).as("no text, no fix").isEmpty();
  }

  @Test
  void anUnknownValueOrAStringThatNeedsQuotingGetsNoProposal() {
    SourceRange attr = rangeOf("main.tf", TF, "allocation_method = \"Dynamic\"");
    PublicIp unknown = pip("main.tf", attr, Field.unknown("var.x has no value", attr));
    assertThat(AttributeFix.set(unknown, unknown.allocationMethod(), ALLOCATION, "Static", "d")).isEmpty();
    PublicIp known = pip("main.tf", attr, Field.of("Dynamic", attr));
    assertThat(AttributeFix.set(known, known.allocationMethod(), ALLOCATION, "Sta\"tic", "d")).isEmpty();
    assertThat(AttributeFix.set(known, known.allocationMethod(), ALLOCATION, "${var.x}", "d")).isEmpty();
  }

  @Test
  void anAbsentAttributeIsInsertedInTerraformWithTheBlocksIndentation() {
    PublicIp pip = pip("main.tf", rangeOf("main.tf", TF, "resource \"azurerm_public_ip\" \"gw\" {"),
        Field.absent());
    Fix fix = AttributeFix.set(pip, pip.allocationMethod(), ALLOCATION, "Static", "d").orElseThrow()
        .confirm(texts(Map.of("main.tf", TF))).orElseThrow();
    assertThat(Fix.apply(SourceText.of("main.tf", TF), fix.replacements())).startsWith("""
        resource "azurerm_public_ip" "gw" {
          allocation_method = "Static"
          name              = "gw-pip"
        """);
    // an indented block gets two more spaces than its header
    SourceRange indented = rangeOf("main.tf", TF, "resource \"azurerm_public_ip\" \"indented\" {");
    PublicIp inner = pip("main.tf", indented, Field.absent());
    Fix innerFix = AttributeFix.set(inner, inner.allocationMethod(), ALLOCATION, "Static", "d").orElseThrow()
        .confirm(texts(Map.of("main.tf", TF))).orElseThrow();
    assertThat(innerFix.replacements().get(0).inserted()).isEqualTo("\n    allocation_method = \"Static\"");
  }

  @Test
  void anAbsentAttributeGetsNoProposalInArmOrBicepOrWithTwoProviderNames() {
    PublicIp bicep = pip("main.bicep", rangeOf("main.bicep", BICEP, "name: 'gw-pip'"), Field.absent());
    assertThat(AttributeFix.set(bicep, bicep.allocationMethod(), ALLOCATION, "Static", "d")).isEmpty();
    PublicIp tf = pip("main.tf", rangeOf("main.tf", TF, "resource \"azurerm_public_ip\" \"gw\" {"), Field.absent());
    assertThat(AttributeFix.set(tf, tf.allocationMethod(), AttributeFix.Names.of("enableBgp", "bgp_enabled",
        "enable_bgp"), true, "d")).isEmpty();
  }

  @Test
  void aTerraformOnlyNameGetsNoProposalInBicep() {
    SourceRange attr = rangeOf("main.bicep", BICEP, "publicIPAllocationMethod: 'Dynamic'");
    PublicIp pip = pip("main.bicep", rangeOf("main.bicep", BICEP, "name: 'gw-pip'"), Field.of("Dynamic", attr));
    assertThat(AttributeFix.set(pip, pip.allocationMethod(), AttributeFix.Names.terraformOnly("allocation_method"),
        "Static", "d")).isEmpty();
  }

  @Test
  void aJoinedFixNeedsEveryPart() {
    SourceRange attr = rangeOf("main.tf", TF, "allocation_method = \"Dynamic\"");
    PublicIp pip = pip("main.tf", attr, Field.of("Dynamic", attr));
    Optional<ProposedFix> one = AttributeFix.set(pip, pip.allocationMethod(), ALLOCATION, "Static", "");
    assertThat(AttributeFix.all("both", List.of(one, Optional.empty()))).isEmpty();
    assertThat(AttributeFix.all("one", List.of(one))).get().satisfies(p -> assertThat(p.edits()).hasSize(1));
    // two edits of the same text overlap: the fix is refused rather than applied in an unclear order
    assertThat(AttributeFix.all("twice", List.of(one, one)).orElseThrow()
        .confirm(texts(Map.of("main.tf", TF)))).isEmpty();
  }

  private static final String ARM_WITH_VARIABLE = """
      {
        "variables": {
          "pipProperties": { "publicIPAllocationMethod": "Dynamic" }
        },
        "resources": [
          {
            "type": "Microsoft.Network/publicIPAddresses",
            "name": "gw-pip",
            "properties": "[variables('pipProperties')]"
          },
          {
            "type": "Microsoft.Network/publicIPAddresses",
            "name": "other-pip",
            "properties": { "publicIPAllocationMethod": "Dynamic" }
          }
        ]
      }
      """;

  @Test
  void aValueFromAVariablesObjectIsNotEdited() {
    // the mapper followed variables('pipProperties') to the literal: editing it would change every user of it
    SourceRange inVariable = rangeOf("main.json", ARM_WITH_VARIABLE, "\"publicIPAllocationMethod\": \"Dynamic\"");
    PublicIp pip = pip("main.json", rangeOf("main.json", ARM_WITH_VARIABLE, "\"name\": \"gw-pip\""),
        Field.of("Dynamic", inVariable));
    ProposedFix proposal = AttributeFix.set(pip, pip.allocationMethod(), ALLOCATION, "Static", "d").orElseThrow();
    assertThat(proposal.confirm(texts(Map.of("main.json", ARM_WITH_VARIABLE)))).isEmpty();
    // the same literal inside the resource's own object is edited
    int second = ARM_WITH_VARIABLE.lastIndexOf("\"publicIPAllocationMethod\": \"Dynamic\"");
    SourceRange own = SourceText.of("main.json", ARM_WITH_VARIABLE)
        .range(second, second + "\"publicIPAllocationMethod\": \"Dynamic\"".length());
    PublicIp other = pip("main.json", rangeOf("main.json", ARM_WITH_VARIABLE, "\"name\": \"other-pip\""),
        Field.of("Dynamic", own));
    assertThat(AttributeFix.set(other, other.allocationMethod(), ALLOCATION, "Static", "d").orElseThrow()
        .confirm(texts(Map.of("main.json", ARM_WITH_VARIABLE)))).isPresent();
  }

  private static Optional<Fix> skuAndTier(String skuObject) {
    String json = """
        {
          "resources": [
            {
              "name": "gw",
              "sku": %s
            }
          ]
        }
        """.formatted(skuObject);
    SourceRange name = rangeOf("main.json", json, "\"name\": \"VpnGw2\"");
    PublicIp owner = new PublicIp(
        new ResourceHeader(ResourceId.of("Microsoft.Network/virtualNetworkGateways", "gw"), "gw", "gw",
            rangeOf("main.json", json, "\"name\": \"gw\""), Origin.of("main.json"), Field.absent()),
        Field.of("VpnGw2", name), Field.absent(), Field.absent(), Field.absent());
    return AttributeFix.setWithSibling(owner, owner.sku(), AttributeFix.Names.of("name", "sku"), "tier", "VpnGw2AZ",
        "d").flatMap(p -> p.confirm(texts(Map.of("main.json", json))));
  }

  @Test
  void aSkuNameChangesWithItsTier() {
    assertThat(skuAndTier("{ \"name\": \"VpnGw2\", \"tier\": \"VpnGw2\" }")).get()
        .satisfies(fix -> assertThat(fix.replacements()).extracting(Fix.Replacement::inserted)
            .containsExactly("\"VpnGw2AZ\"", "\"VpnGw2AZ\""));
    assertThat(skuAndTier("{\n \"tier\": \"VpnGw2\",\n \"name\": \"VpnGw2\"\n}")).isPresent();
  }

  @Test
  void aSkuWhoseTierIsMissingOrNotTheSameLiteralGetsNoFix() {
    assertThat(skuAndTier("{ \"name\": \"VpnGw2\" }")).isEmpty();
    assertThat(skuAndTier("{ \"name\": \"VpnGw2\", \"tier\": \"[parameters('tier')]\" }")).isEmpty();
    assertThat(skuAndTier("{ \"name\": \"VpnGw2\", \"tier\": \"VpnGw3\" }")).isEmpty();
    assertThat(skuAndTier("{ \"name\": \"VpnGw2\", \"x\": { \"tier\": \"VpnGw2\" } }")).isEmpty();
  }
}
