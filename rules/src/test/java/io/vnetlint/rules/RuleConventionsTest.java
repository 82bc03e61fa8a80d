package io.vnetlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.rules.testing.Fixtures;
import io.vnetlint.rules.testing.Fixtures.Format;
import io.vnetlint.rules.testing.HelpMarkdown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The conventions of conventions.md, checked for every rule of the catalogue. */
class RuleConventionsTest {
  private static final Pattern ID = Pattern.compile("VNL\\d{3}");
  private static final Pattern UPPER_CAMEL = Pattern.compile("[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*");

  /**
   * Names describe the problem, not the fix ("no Use…/Avoid…"). The specification names three peering rules after
   * the flag they are about; the spec wins, so exactly these are allowed (SpecAgreementTest keeps this list in
   * step with rules.md).
   */
  static final Map<String, String> SPEC_NAMES_STARTING_WITH_A_VERB = Map.of(
      "VNL103", "UseRemoteGatewaysWithoutRemoteTransit",
      "VNL104", "UseRemoteGatewaysWithoutRemoteGateway",
      "VNL105", "UseRemoteGatewaysWithLocalGateway");

  /**
   * The only exemptions from "a bad fixture (and a bad help example) in every format", each with its reason. The ok
   * fixture and the good example are still required in the exempted format.
   *
   * <p>VNL210 ClassicNetworkResource: the azurerm provider has no resource type of the retired classic provider
   * (Microsoft.ClassicNetwork), so no Terraform configuration can declare one; its Terraform ok fixture shows the
   * Resource Manager resources that replace them.
   */
  static final Map<String, Format> NO_BAD_CASE_IN_FORMAT = Map.of("VNL210", Format.TERRAFORM);

  /** The package of each guide scenario, by the hundreds digit of the id. */
  static final Map<Character, String> PACKAGES = Map.of(
      '1', "peering", '2', "connection", '3', "p2s", '4', "multisite", '5', "transit",
      '6', "bgp", '7', "activeactive", '8', "lifecycle", '9', "hygiene");

  private static List<RuleMetadata> all() {
    return RuleCatalog.all().stream().map(Rule::metadata).toList();
  }

  @Test
  void idsAreWellFormedAndUnique() {
    Set<String> seen = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (RuleMetadata m : all()) {
      assertThat(m.id()).matches(ID);
      assertThat(seen.add(m.id())).as("duplicate id %s", m.id()).isTrue();
      assertThat(names.add(m.name())).as("duplicate name %s", m.name()).isTrue();
    }
  }

  @Test
  void namesDescribeTheProblem() {
    for (RuleMetadata m : all()) {
      assertThat(m.name()).as(m.id()).matches(UPPER_CAMEL);
      if (m.name().matches("(Use|Avoid|Prefer|Do|Dont|Never|Always)[A-Z].*")) {
        assertThat(SPEC_NAMES_STARTING_WITH_A_VERB.get(m.id()))
            .as("%s %s: name the problem, not the advice", m.id(), m.name()).isEqualTo(m.name());
      }
    }
  }

  @Test
  void classIsNamedAfterTheRuleInTheScenarioPackage() {
    for (Rule rule : RuleCatalog.all()) {
      RuleMetadata m = rule.metadata();
      assertThat(rule.getClass().getSimpleName()).isEqualTo(m.name());
      assertThat(rule.getClass().getPackageName())
          .isEqualTo("io.vnetlint.rules." + PACKAGES.get(m.id().charAt(3)));
    }
  }

  @Test
  void descriptionsAreFilledInAndShortOnesHaveNoTrailingPeriod() {
    for (RuleMetadata m : all()) {
      assertThat(m.shortDescription()).as(m.id()).isNotBlank().doesNotEndWith(".").doesNotContain("\n");
      assertThat(m.shortDescription().length()).as(m.id() + " short description length").isLessThanOrEqualTo(120);
      assertThat(m.fullDescription()).as(m.id()).isNotBlank().endsWith(".");
      assertThat(m.scenario()).as(m.id()).isNotBlank();
      assertThat(m.precision()).as(m.id()).isIn("very-high", "high", "medium", "low");
      assertThat(m.tags()).as(m.id()).isNotEmpty();
      if (m.isSecurityRule()) {
        assertThat(Double.parseDouble(m.securitySeverity())).isBetween(0.1, 10.0);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> helpHasAllSectionsInOrder() {
    return all().stream().map(m -> DynamicTest.dynamicTest(m.id(), () -> {
      HelpMarkdown help = HelpMarkdown.parse(m.helpMarkdown());
      assertThat(help.sectionNames()).as(m.id() + " help sections").isEqualTo(RuleMetadata.HELP_SECTIONS);
      for (String section : RuleMetadata.HELP_SECTIONS) {
        assertThat(help.section(section).strip()).as(m.id() + " section " + section).isNotEmpty();
      }
      assertThat(help.section("References")).as(m.id() + " references").contains("https://learn.microsoft.com/");
    }));
  }

  /** Help examples are quoted from the fixtures, so they cannot drift from what the rule does. */
  @TestFactory
  Stream<DynamicTest> helpExamplesAreTakenFromTheFixtures() {
    return all().stream().map(m -> DynamicTest.dynamicTest(m.id(), () -> {
      HelpMarkdown help = HelpMarkdown.parse(m.helpMarkdown());
      Path folder = Fixtures.root().resolve(m.id());
      checkExamples(m.id(), help.codeBlocks("Bad example"), folder, "bad-");
      checkExamples(m.id(), help.codeBlocks("Good example"), folder, "ok-");
    }));
  }

  private static void checkExamples(String id, List<HelpMarkdown.CodeBlock> blocks, Path folder, String prefix) {
    for (Format format : new Format[] {Format.BICEP, Format.TERRAFORM}) {
      if (prefix.equals("bad-") && NO_BAD_CASE_IN_FORMAT.get(id) == format) {
        continue;
      }
      assertThat(blocks).as(id + ": " + prefix + " example in " + format.fence())
          .anyMatch(b -> b.language().equals(format.fence()));
    }
    for (HelpMarkdown.CodeBlock block : blocks) {
      Format format = null;
      for (Format f : Format.values()) {
        if (f.fence().equals(block.language())) {
          format = f;
        }
      }
      assertThat(format).as(id + ": unknown example language " + block.language()).isNotNull();
      List<String> texts = new ArrayList<>();
      for (Path fixture : Fixtures.fixturesOf(folder)) {
        if (fixture.getFileName().toString().startsWith(prefix) && Format.of(fixture).orElseThrow() == format) {
          texts.add(Fixtures.withoutExpectations(Fixtures.read(fixture)));
        }
      }
      String snippet = block.code().strip();
      assertThat(texts).as(id + ": the " + block.language() + " example must appear verbatim in a " + prefix
          + "*." + format.extension + " fixture:\n" + snippet).anyMatch(t -> t.contains(snippet));
    }
  }

  @Test
  void everyRuleHasBadAndOkFixturesInAllFormats() throws Exception {
    for (RuleMetadata m : all()) {
      Path folder = Fixtures.root().resolve(m.id());
      assertThat(Files.isDirectory(folder)).as("fixture folder for " + m.id()).isTrue();
      List<Path> fixtures = Fixtures.fixturesOf(folder);
      for (Format format : Format.values()) {
        for (String prefix : new String[] {"bad-", "ok-"}) {
          if (prefix.equals("bad-") && NO_BAD_CASE_IN_FORMAT.get(m.id()) == format) {
            // an exemption must stay true: a bad fixture in that format means the exemption is stale
            assertThat(fixtures).as(m.id() + ": exempt from a bad-*." + format.extension + " fixture, but has one")
                .noneMatch(p -> p.getFileName().toString().startsWith(prefix)
                    && Format.of(p).orElseThrow() == format);
            continue;
          }
          assertThat(fixtures).as(m.id() + ": a " + prefix + "*." + format.extension + " fixture")
              .anyMatch(p -> p.getFileName().toString().startsWith(prefix) && Format.of(p).orElseThrow() == format);
        }
      }
    }
  }
}
