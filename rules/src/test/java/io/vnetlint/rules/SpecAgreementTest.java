package io.vnetlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The implemented rules agree with the specification in {@code ../shared/spec/rules.md}: ids, names, levels and
 * scenarios. Skipped when the shared folder is not there.
 */
class SpecAgreementTest {
  private static final Pattern ROW = Pattern.compile("^\\| (VNL\\d{3}) \\| (\\w+) \\| ([a-z/]+) \\|.*");
  private static final Pattern SECTION = Pattern.compile("^## (.+?)\\s*$");

  /** One rule as the specification lists it. */
  record SpecRule(String id, String name, List<String> levels, String scenario) {}

  private static Map<String, SpecRule> spec;

  @BeforeAll
  static void readSpec() throws IOException {
    String shared = System.getProperty("vnetlint.shared");
    Assumptions.assumeTrue(shared != null, "system property vnetlint.shared is not set");
    Path file = Path.of(shared, "spec", "rules.md");
    Assumptions.assumeTrue(Files.isRegularFile(file), file + " is not there");
    spec = parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  static Map<String, SpecRule> parse(List<String> lines) {
    Map<String, SpecRule> out = new LinkedHashMap<>();
    String scenario = "";
    for (String line : lines) {
      Matcher section = SECTION.matcher(line);
      if (section.matches()) {
        // "Scenario 1 and 4 — virtual network peering" → "Scenario 1 and 4: virtual network peering";
        // "Gateway subnet and SKU hygiene (facts the guide relies on)" → "Gateway subnet and SKU hygiene"
        scenario = section.group(1).replace(" — ", ": ").replaceAll("\\s*\\(.*\\)$", "");
        continue;
      }
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        out.put(row.group(1), new SpecRule(row.group(1), row.group(2), List.of(row.group(3).split("/")), scenario));
      }
    }
    return out;
  }

  @Test
  void theSpecificationWasRead() {
    assertThat(spec).as("rules parsed from rules.md").hasSizeGreaterThan(50).containsKeys("VNL101", "VNL908");
  }

  @Test
  void idsNamesLevelsAndScenariosMatch() {
    for (Rule rule : RuleCatalog.all()) {
      RuleMetadata m = rule.metadata();
      SpecRule s = spec.get(m.id());
      assertThat(s).as("%s is not in rules.md", m.id()).isNotNull();
      assertThat(m.name()).as(m.id() + " name").isEqualTo(s.name());
      // "error/warning" rules (VNL902) carry the most serious level; findings lower it case by case
      assertThat(m.level().sarifName()).as(m.id() + " level").isEqualTo(s.levels().get(0));
      assertThat(m.scenario()).as(m.id() + " scenario").isEqualTo(s.scenario());
    }
  }

  @Test
  void theNamesAllowedToStartWithAVerbAreTheSpecsOwn() {
    Map<String, String> specVerbs = new TreeMap<>();
    spec.values().stream().filter(s -> s.name().matches("(Use|Avoid|Prefer|Do|Dont|Never|Always)[A-Z].*"))
        .forEach(s -> specVerbs.put(s.id(), s.name()));
    assertThat(new TreeMap<>(RuleConventionsTest.SPEC_NAMES_STARTING_WITH_A_VERB)).isEqualTo(specVerbs);
  }
}
