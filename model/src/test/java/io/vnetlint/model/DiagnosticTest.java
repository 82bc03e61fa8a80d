package io.vnetlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** equals and hashCode are written out; they must still compare every component, as the record's did. */
class DiagnosticTest {
  private static final SourceRange R = new SourceRange("a.json", 2, 3, 4, 5, 6, 7);
  private static final Diagnostic D = new Diagnostic(Diagnostic.Kind.NOT_CHECKED, "not-checked", "m", R, "VNL101");

  @Test
  void equalWhenEveryComponentIs() {
    Diagnostic same = new Diagnostic(Diagnostic.Kind.NOT_CHECKED, "not-checked", "m",
        new SourceRange("a.json", 2, 3, 4, 5, 6, 7), "VNL101");
    assertThat(D).isEqualTo(same).hasSameHashCodeAs(same);
    Diagnostic nulls = new Diagnostic(null, null, null, null, null);
    assertThat(nulls).isEqualTo(new Diagnostic(null, null, null, null, null));
  }

  @Test
  void differentInAnyComponentIsNotEqual() {
    List<Diagnostic> others = List.of(
        new Diagnostic(Diagnostic.Kind.WARNING, "not-checked", "m", R, "VNL101"),
        new Diagnostic(Diagnostic.Kind.NOT_CHECKED, "other", "m", R, "VNL101"),
        new Diagnostic(Diagnostic.Kind.NOT_CHECKED, "not-checked", "n", R, "VNL101"),
        new Diagnostic(Diagnostic.Kind.NOT_CHECKED, "not-checked", "m", new SourceRange("b.json", 2, 3, 4, 5, 6, 7),
            "VNL101"),
        new Diagnostic(Diagnostic.Kind.NOT_CHECKED, "not-checked", "m", R, "VNL102"),
        new Diagnostic(Diagnostic.Kind.NOT_CHECKED, "not-checked", "m", R, null));
    for (Diagnostic other : others) {
      assertThat(D).as(other.toString()).isNotEqualTo(other);
      assertThat(other).as(other.toString()).isNotEqualTo(D);
      assertThat(D.hashCode()).as(other.toString()).isNotEqualTo(other.hashCode());
    }
    assertThat(D).isNotEqualTo(D.oneLine()).isNotEqualTo(null);
  }
}
