package io.vnetlint.hcl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import org.junit.jupiter.api.Test;

/** equals and hashCode of the instance keys are written out; they must still compare as the records did. */
class InstanceKeyTest {
  private static final SourceRange AT = SourceRange.fileStart("main.tf");

  @Test
  void keysAreEqualWhenTheirComponentsAre() {
    assertThat(new InstanceKey.None()).isEqualTo(InstanceKey.NONE).hasSameHashCodeAs(InstanceKey.NONE);
    assertThat(new InstanceKey.Index(2)).isEqualTo(new InstanceKey.Index(2)).hasSameHashCodeAs(new InstanceKey.Index(2))
        .isNotEqualTo(new InstanceKey.Index(3)).isNotEqualTo(InstanceKey.NONE);
    InstanceKey.Key a = new InstanceKey.Key("gw", new Value.Str("x", AT));
    InstanceKey.Key same = new InstanceKey.Key("gw", new Value.Str("x", AT));
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(new InstanceKey.Key("gw", new Value.Str("y", AT)))
        .isNotEqualTo(new InstanceKey.Key("hub", new Value.Str("x", AT)))
        .isNotEqualTo(new InstanceKey.Index(0))
        .isNotEqualTo(InstanceKey.NONE);
    assertThat(InstanceKey.NONE).isNotEqualTo(a).isNotEqualTo(new InstanceKey.Index(0));
  }
}
