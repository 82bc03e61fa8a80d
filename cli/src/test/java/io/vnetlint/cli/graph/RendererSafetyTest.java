package io.vnetlint.cli.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vnetlint.cli.graph.Topology.Edge;
import io.vnetlint.cli.graph.Topology.EdgeKind;
import io.vnetlint.cli.graph.Topology.Node;
import io.vnetlint.cli.graph.Topology.NodeKind;
import io.vnetlint.cli.graph.Topology.Reach;
import io.vnetlint.cli.graph.Topology.Severity;
import io.vnetlint.cli.graph.Topology.Status;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names that try to break out of a label: quotes, brackets, pipes, markup, non-ASCII and control characters. */
class RendererSafetyTest {
  private static final String EVIL =
      "vnet\"] --> x[\"{{pwn}}|a|`b` <script>alert(1)</script> #35; \\ & ünï 漢字 🙂\t";

  private static Topology evil() {
    return new Topology(
        List.of(
            new Node("net_a", NodeKind.VIRTUAL_NETWORK, EVIL, "group \"quoted\" [x]", List.of("address space " + EVIL),
                Severity.ERROR, List.of("VNL101")),
            new Node("ext_b", NodeKind.EXTERNAL, EVIL, "", List.of("virtual network, not in the scan"),
                Severity.NONE, List.of()),
            new Node("lng_c", NodeKind.LOCAL_NETWORK_GATEWAY, "site", "group \"quoted\" [x]", List.of(),
                Severity.WARNING, List.of())),
        List.of(new Edge("net_a", "ext_b", EdgeKind.PEERING, EVIL, List.of(EVIL), Severity.WARNING, List.of("VNL102")),
            new Edge("net_a", "lng_c", EdgeKind.CONNECTION, "c", List.of(), Severity.NONE, List.of())),
        List.of(new Reach("net_a", "ext_b", Status.UNKNOWN, EVIL, List.of(EVIL), List.of())));
  }

  @Test
  void mermaidEscapesEveryLabel() {
    StringWriter out = new StringWriter();
    new MermaidRenderer().render(evil(), new PrintWriter(out));

    assertThat(SyntaxCheck.mermaid(out.toString())).isEmpty();
    String diagram = out.toString().substring(0, out.toString().indexOf("### Reachability"));
    assertThat(diagram).doesNotContain("<script>").doesNotContain("{{pwn}}").contains("#28450;#23383;");
    // The Markdown table cell neither breaks the table nor carries markup.
    String table = out.toString().substring(out.toString().indexOf("### Reachability"));
    assertThat(table).doesNotContain("<script>").contains("&lt;script&gt;").contains("\\|a\\|");
    for (String line : table.split("\n")) {
      if (line.startsWith("| ")) {
        assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(7);
      }
    }
  }

  @Test
  void dotEscapesEveryLabel() {
    StringWriter out = new StringWriter();
    new DotRenderer().render(evil(), new PrintWriter(out));

    assertThat(SyntaxCheck.dot(out.toString())).isEmpty();
    assertThat(out.toString()).contains("vnet\\\"]").contains("&#28450;&#23383;");
  }

  @Test
  void safeIdsAreAsciiWordsOnly() {
    assertThat(TopologyBuilder.safeId(EVIL)).matches("[A-Za-z0-9_]+");
    assertThat(TopologyBuilder.safeId("漢字")).isEqualTo("x");
    assertThat(TopologyBuilder.safeId("vnet-hub/peer.1")).isEqualTo("vnet_hub_peer_1");
  }

  /** Graphviz itself, where it is installed (the docs script needs it; mvn verify does not). */
  @Test
  void graphvizAcceptsTheDot(@TempDir Path tmp) throws Exception {
    assumeTrue(onPath("dot"), "Graphviz dot is not installed");
    StringWriter evil = new StringWriter();
    new DotRenderer().render(evil(), new PrintWriter(evil));
    String examples = GraphGoldenTest.graph(GraphGoldenTest.projectRoot(),
        GraphGoldenTest.projectRoot().resolve("examples"), "dot");
    for (String dot : List.of(evil.toString(), examples)) {
      Path in = tmp.resolve("g.dot");
      Files.writeString(in, dot, StandardCharsets.UTF_8);
      Process p = new ProcessBuilder("dot", "-Tsvg", "-o", tmp.resolve("g.svg").toString(), in.toString())
          .redirectErrorStream(true).start();
      String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(messages).isZero();
      assertThat(messages).as("Graphviz warnings").isEmpty();
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
