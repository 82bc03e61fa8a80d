package io.vnetlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code rules-catalog.md} at the top of the repository is the rendering of the catalogue, and {@code RuleIndex.java}
 * the rendering of its annotations as code. Run with {@code -Dvnetlint.updateCatalog=true} to rewrite both after
 * changing a rule.
 */
class CatalogMarkdownTest {

  @Test
  void committedCatalogueIsUpToDate() throws IOException {
    String root = System.getProperty("vnetlint.projectRoot");
    Assumptions.assumeTrue(root != null && Files.isDirectory(Path.of(root)), "vnetlint.projectRoot is not set");
    Path file = Path.of(root, "rules-catalog.md");
    String rendered = CatalogMarkdown.render(RuleCatalog.all());
    if (Boolean.getBoolean("vnetlint.updateCatalog")) {
      Files.writeString(file, rendered, StandardCharsets.UTF_8);
      System.out.println("[catalog] wrote " + file);
    }
    assertThat(Files.isRegularFile(file)).as(file + " exists (generate it with -Dvnetlint.updateCatalog=true)")
        .isTrue();
    assertThat(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"))
        .as(file + " is stale: run mvn -B -pl rules -am test -Dtest=CatalogMarkdownTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dvnetlint.updateCatalog=true")
        .isEqualTo(rendered);
  }

  @Test
  void committedRuleIndexIsUpToDate() throws IOException {
    String root = System.getProperty("vnetlint.projectRoot");
    Assumptions.assumeTrue(root != null && Files.isDirectory(Path.of(root)), "vnetlint.projectRoot is not set");
    Path file = Path.of(root, RuleIndexSource.PATH);
    List<Class<?>> classes = new ArrayList<>();
    RuleCatalog.all().forEach(r -> classes.add(r.getClass()));
    String rendered = RuleIndexSource.render(classes);
    if (Boolean.getBoolean("vnetlint.updateCatalog")) {
      Files.writeString(file, rendered, StandardCharsets.UTF_8);
      System.out.println("[catalog] wrote " + file);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"))
        .as(file + " is stale: run mvn -B -pl rules -am test -Dtest=CatalogMarkdownTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dvnetlint.updateCatalog=true")
        .isEqualTo(rendered);
  }

  /** Whatever the files say, the metadata a scan uses is exactly what the annotations say. */
  @Test
  void indexedMetadataIsTheAnnotations() {
    List<Rule> all = RuleCatalog.all();
    for (Rule r : all) {
      RuleMetadata indexed = RuleIndex.of(r.getClass());
      assertThat(indexed).as(r.getClass().getName() + " is in RuleIndex (regenerate it)").isNotNull();
      assertThat(indexed).isEqualTo(RuleMetadata.fromAnnotation(r.getClass())).isEqualTo(r.metadata());
    }
    assertThat(RuleIndex.of(String.class)).isNull();
    assertThat(RuleIndexSource.literal("a\"b\\c\n\u00e9")).isEqualTo("\"a\\\"b\\\\c\\n\\u00e9\"");
  }

  @Test
  void helpUrisPointAtHeadingsOfTheCatalogue() {
    String rendered = CatalogMarkdown.render(RuleCatalog.all());
    Set<String> anchors = new HashSet<>();
    boolean inFence = false;
    for (String line : rendered.split("\n")) {
      if (line.startsWith("```")) {
        inFence = !inFence;
      }
      if (!inFence && line.startsWith("## ")) {
        anchors.add(CatalogMarkdown.githubAnchor(line.substring(3)));
      }
    }
    for (Rule rule : RuleCatalog.all()) {
      String uri = rule.metadata().helpUri();
      assertThat(uri).startsWith(RuleMetadata.DOCS_BASE);
      assertThat(anchors).as("anchor of " + uri).contains(uri.substring(uri.indexOf('#') + 1));
    }
    assertThat(anchors).contains("vnl101-peeredaddressspaceoverlap");
  }

  @Test
  void helpSectionsBecomeSubsectionsOfTheRule() {
    String rendered = CatalogMarkdown.render(RuleCatalog.all());
    assertThat(rendered).contains("## VNL101 PeeredAddressSpaceOverlap\n", "### What it checks\n")
        .doesNotContain("\n## What it checks");
    assertThat(CatalogMarkdown.demoteHeadings("## A\n```hcl\n# comment\n```\n")).isEqualTo(
        "### A\n```hcl\n# comment\n```\n");
  }
}
