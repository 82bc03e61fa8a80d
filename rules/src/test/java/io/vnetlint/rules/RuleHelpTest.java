package io.vnetlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnetlint.rules.peering.PeeredAddressSpaceOverlap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The help markdown is read when first asked for, and reads the same text the eager version read. */
class RuleHelpTest {

  /** Annotated like a rule, with no help file next to it. */
  @RuleInfo(id = "VNL999", name = "NoHelpFile", level = Level.NOTE, shortDescription = "s", fullDescription = "f",
      scenario = "none")
  static final class NoHelpFile {}

  @Test
  void metadataIsReadWithoutTheHelpFileWhichIsOnlyNeededWhenAskedFor() {
    RuleMetadata m = RuleMetadata.of(NoHelpFile.class);

    assertThat(m.id()).isEqualTo("VNL999");
    assertThat(m.name()).isEqualTo("NoHelpFile");
    assertThat(m).isEqualTo(RuleMetadata.of(NoHelpFile.class)).hasSameHashCodeAs(RuleMetadata.of(NoHelpFile.class));
    assertThatThrownBy(m::helpMarkdown)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NoHelpFile.md is missing");
  }

  @Test
  void lazyHelpIsTheStrippedResourceNextToTheRuleClass() throws IOException {
    String expected;
    try (InputStream in = PeeredAddressSpaceOverlap.class.getResourceAsStream("PeeredAddressSpaceOverlap.md")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    RuleMetadata m = RuleMetadata.of(PeeredAddressSpaceOverlap.class);

    assertThat(m.helpMarkdown()).isEqualTo(expected).startsWith("## What it checks");
    assertThat(m.helpText()).doesNotContain("```").contains("What it checks");
    assertThat(new PeeredAddressSpaceOverlap().metadata().helpMarkdown()).isSameAs(m.helpMarkdown());
  }

  @Test
  void headingMarkersAreRemovedAsTheRegexDid() {
    for (String line : List.of("## What it checks", "# a", "#a", "#", "", " ## a", "##", "## ", "###  two spaces",
        "a ## b", "#\t a", "##x y", "#### deep", "é## x")) {
      assertThat(RuleMetadata.withoutHeadingMarker(line)).as(line).isEqualTo(line.replaceFirst("^#+ ", ""));
    }
  }

  @Test
  void givenHelpIsKeptAsGiven() {
    RuleMetadata m = new RuleMetadata("VNL998", "Given", Level.NOTE, "s", "f", "scenario", "", List.of("network"),
        "high", "", "0.1.0", "## What it checks\n`x`");

    assertThat(m.help()).isEqualTo(RuleHelp.of("## What it checks\n`x`"));
    assertThat(m.helpMarkdown()).isEqualTo("## What it checks\n`x`");
    assertThat(m.helpText()).isEqualTo("What it checks\nx");
  }
}
