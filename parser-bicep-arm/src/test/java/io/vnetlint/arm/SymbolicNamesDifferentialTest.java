package io.vnetlint.arm;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ScanInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A differential oracle from the Bicep compiler: each Bicep sample is compiled twice, to a classic template
 * ({@code main.json}, resources as an array) and to languageVersion 2.0 ({@code main.symbolicnames.json},
 * resources by symbolic name). Both must give the same typed resources, apart from where they are written.
 */
class SymbolicNamesDifferentialTest {

  /** The resources as text, without positions and file names, which legitimately differ. */
  private static List<String> normalized(Path root, Path file) {
    FrontEnd.Result result = new ArmFrontEnd().load(ScanInput.of(root, List.of(file)));
    String name = Pattern.quote(ScanInput.display(file));
    List<String> out = new ArrayList<>();
    result.resources().forEach(r -> out.add(r.toString()
        .replaceAll(name + ":\\d+:\\d+-\\d+:\\d+", "@")
        .replaceAll("\\{unknown@[^}]*\\}", "{unknown}")
        .replaceAll(name, "FILE")));
    return out;
  }

  @Test
  void classicAndSymbolicNameCompilationsGiveTheSameResources() throws IOException {
    String shared = System.getProperty("vnetlint.shared");
    Assumptions.assumeTrue(shared != null);
    Path bicep = Paths.get(shared, "corpus", "Azure__bicep");
    Assumptions.assumeTrue(Files.isDirectory(bicep));
    List<Path> pairs = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(bicep)) {
      walk.filter(p -> p.getFileName().toString().equals("main.symbolicnames.json"))
          .filter(p -> Files.exists(p.resolveSibling("main.json")))
          .sorted()
          .forEach(pairs::add);
    }
    assertThat(pairs).hasSizeGreaterThan(50);
    int compared = 0;
    int withResources = 0;
    for (Path symbolic : pairs) {
      Path dir = symbolic.getParent();
      List<String> classic = normalized(dir, Path.of("main.json"));
      List<String> lv2 = normalized(dir, Path.of("main.symbolicnames.json"));
      assertThat(lv2).as(bicep.relativize(dir).toString()).containsExactlyInAnyOrderElementsOf(classic);
      compared++;
      if (!classic.isEmpty()) {
        withResources++;
      }
    }
    System.out.printf("symbolic-name differential: %d pairs compared, %d with network resources%n", compared,
        withResources);
  }
}
