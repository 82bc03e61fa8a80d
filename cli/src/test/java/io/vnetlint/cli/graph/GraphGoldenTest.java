package io.vnetlint.cli.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code vnetlint graph} on examples/ and on small topologies, compared with committed golden files in every format,
 * and checked for structurally valid Mermaid and DOT. Rewrite the golden files after an intended change with
 * {@code -Dvnetlint.updateGolden=true} and review the diff.
 */
class GraphGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/graph/golden");
  private static final Path FIXTURES = Path.of("src/test/resources/graph");

  static Stream<Arguments> cases() {
    Path project = projectRoot();
    Stream.Builder<Arguments> b = Stream.builder();
    for (String format : new String[] {"mermaid", "dot", "json"}) {
      b.add(Arguments.of("examples", format, project, project.resolve("examples")));
      for (String fixture : new String[] {"non-transitive", "transit", "expressroute", "unknown", "sensitive"}) {
        Path dir = FIXTURES.resolve(fixture).toAbsolutePath();
        b.add(Arguments.of(fixture, format, dir, dir));
      }
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void matchesGoldenFile(String name, String format, Path root, Path scan) throws Exception {
    String out = graph(root, scan, format);

    switch (format) {
      case "mermaid" -> assertThat(SyntaxCheck.mermaid(out)).isEmpty();
      case "dot" -> assertThat(SyntaxCheck.dot(out)).isEmpty();
      default -> assertThat(out).startsWith("{").endsWith("}\n");
    }
    String extension = switch (format) {
      case "mermaid" -> ".md";
      case "dot" -> ".dot";
      default -> ".json";
    };
    Path golden = GOLDEN.resolve(name + extension);
    if (Boolean.getBoolean("vnetlint.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, out, StandardCharsets.UTF_8);
    }
    assertThat(Files.isRegularFile(golden)).as(golden + " exists (write it with -Dvnetlint.updateGolden=true)")
        .isTrue();
    assertThat(out).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  static String graph(Path root, Path scan, String format) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"graph", "--root", root.toString(), scan.toString(), "--format", format},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).isEmpty();
    return out.toString();
  }

  static Path projectRoot() {
    String root = System.getProperty("vnetlint.projectRoot");
    return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
  }
}
