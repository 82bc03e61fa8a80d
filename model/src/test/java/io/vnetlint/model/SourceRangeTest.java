package io.vnetlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** equals and hashCode are written out; they must still compare every component, as the record's did. */
class SourceRangeTest {
  private static final SourceRange R = new SourceRange("a.json", 2, 3, 4, 5, 6, 7);

  @Test
  void equalWhenEveryComponentIs() {
    SourceRange same = new SourceRange("a.json", 2, 3, 4, 5, 6, 7);
    assertThat(R).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(new SourceRange(null, 1, 1, 1, 1, 0, 0)).isEqualTo(new SourceRange(null, 1, 1, 1, 1, 0, 0));
  }

  @Test
  void differentInAnyComponentIsNotEqual() {
    List<SourceRange> others = List.of(
        new SourceRange("b.json", 2, 3, 4, 5, 6, 7),
        new SourceRange("a.json", 1, 3, 4, 5, 6, 7),
        new SourceRange("a.json", 2, 4, 4, 5, 6, 7),
        new SourceRange("a.json", 2, 3, 5, 5, 6, 7),
        new SourceRange("a.json", 2, 3, 4, 6, 6, 7),
        new SourceRange("a.json", 2, 3, 4, 5, 5, 7),
        new SourceRange("a.json", 2, 3, 4, 5, 6, 8),
        new SourceRange(null, 2, 3, 4, 5, 6, 7));
    for (SourceRange other : others) {
      assertThat(R).as(other.toString()).isNotEqualTo(other);
      assertThat(other).as(other.toString()).isNotEqualTo(R);
      assertThat(R.hashCode()).as(other.toString()).isNotEqualTo(other.hashCode());
    }
    assertThat(R).isNotEqualTo("a.json:2:3-4:5").isNotEqualTo(null);
  }
}
