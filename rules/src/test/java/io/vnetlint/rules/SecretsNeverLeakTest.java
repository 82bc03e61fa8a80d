package io.vnetlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.rules.testing.FixtureScan;
import io.vnetlint.rules.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * No shared key from the VNL203 fixtures appears in any finding message, related message, identity or diagnostic.
 * The keys are read from the fixtures themselves, and the test first checks they are there, so it cannot pass
 * because it looked for nothing.
 */
class SecretsNeverLeakTest {
  private static final List<String> KEYS = List.of("Vnet1Vnet2Key7fQ2zR", "Vnet2Vnet1Key9xK4wP");

  @Test
  void sharedKeysNeverAppearInOutput() {
    Path folder = Fixtures.root().resolve("VNL203");
    int scanned = 0;
    int findings = 0;
    for (Path fixture : Fixtures.fixturesOf(folder)) {
      String source = Fixtures.read(fixture)
          + Fixtures.parameterFileOf(fixture).map(Fixtures::read).orElse("");
      List<String> present = KEYS.stream().filter(source::contains).toList();
      assertThat(present).as(fixture + " carries a key to look for").isNotEmpty();
      FixtureScan scan = FixtureScan.of(fixture);
      if (!scan.wasRead()) {
        continue; // no front end for this format yet
      }
      scanned++;
      findings += scan.findings().size();
      for (String text : outputs(scan)) {
        for (String key : present) {
          assertThat(text).as(fixture.getFileName() + " output").doesNotContain(key);
        }
      }
    }
    Assumptions.assumeTrue(scanned > 0, "no front end read the VNL203 fixtures");
    assertThat(findings).as("findings whose messages were checked").isPositive();
  }

  private static List<String> outputs(FixtureScan scan) {
    List<String> texts = new ArrayList<>();
    for (Finding f : scan.findings()) {
      texts.add(f.message());
      texts.add(f.messageWithVariant());
      texts.add(f.primary().message());
      f.related().forEach(l -> texts.add(l.message()));
      texts.add(String.join("|", f.identity()));
      texts.add(f.toString());
    }
    for (Diagnostic d : scan.diagnostics()) {
      texts.add(d.message());
      texts.add(d.oneLine());
    }
    return texts;
  }
}
