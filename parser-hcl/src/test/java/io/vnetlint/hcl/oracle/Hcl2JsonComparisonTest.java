package io.vnetlint.hcl.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.hcl.oracle.Hcl2JsonGoldens.Golden;
import io.vnetlint.hcl.oracle.Hcl2JsonGoldens.HashiCorpRange;
import io.vnetlint.model.SourceText;
import org.junit.jupiter.api.Test;

/** How HashiCorp's error positions are read and compared with ours. */
class Hcl2JsonComparisonTest {

  @Test
  void errorRangesAreReadFromHashiCorpsMessageInOrder() {
    Golden golden = new Golden("probes", "a b.tf", "", null,
        "parse config: [a b.tf:1,6-7: Invalid character; This character is not used. a b.tf:1,21-2,1: Invalid "
            + "block definition; A block definition must have block content delimited by \"{\" and \"}\".]",
        null);
    assertThat(golden.rejected()).isTrue();
    assertThat(golden.errorRanges()).containsExactly(
        new HashiCorpRange(1, 6, 1, 7), new HashiCorpRange(1, 21, 2, 1));
  }

  @Test
  void hashiCorpPositionsCountLinesByLineFeedAndColumnsByGraphemeCluster() {
    assertThat(Hcl2JsonComparison.offsetOf("a\rb\nc", 1, 3)).as("a lone CR is a character").isEqualTo(2);
    assertThat(Hcl2JsonComparison.offsetOf("a\rb\nc", 2, 1)).isEqualTo(4);
    assertThat(Hcl2JsonComparison.offsetOf("x\r\ny", 2, 1)).isEqualTo(3);
    assertThat(Hcl2JsonComparison.offsetOf("e\u0301x", 1, 2)).as("e + combining accent is one column").isEqualTo(2);
    assertThat(Hcl2JsonComparison.offsetOf("\uD83D\uDE00=", 1, 2)).as("a surrogate pair is one column").isEqualTo(2);
    assertThat(Hcl2JsonComparison.offsetOf("ab", 1, 3)).as("just past the end").isEqualTo(2);
  }

  @Test
  void ourRangesAndHashiCorpsAreTheSameSpanDespiteDifferentColumnConventions() {
    SourceText text = SourceText.of("f.tf", "a = \"\uD83D\uDE00\" @\n");
    int at = text.text().indexOf('@');
    // Ours: UTF-16 column 10; HashiCorp's: the emoji is one cluster, so column 9.
    assertThat(Hcl2JsonComparison.sameSpan(text, text.range(at, at + 1), new HashiCorpRange(1, 9, 1, 10))).isTrue();
    assertThat(Hcl2JsonComparison.sameSpan(text, text.range(at, at + 1), new HashiCorpRange(1, 10, 1, 11))).isFalse();
  }
}
