package io.vnetlint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every secret of src/test/resources/canaries (shared keys, RADIUS secrets, ExpressRoute authorization keys,
 * sensitive variables, secure parameters and their values in parameter files, .tfvars and .bicepparam) is a unique
 * canary; no output of any command or format — stdout, stderr, report files, the written baseline — may contain one.
 */
class SecretCanaryTest {
  private static final Pattern CANARY = Pattern.compile("cnry[A-Za-z0-9]+");

  @TempDir Path dir;

  @Test
  void noCanaryInAnyOutput() throws IOException {
    Path fixtures = Path.of("src/test/resources/canaries").toAbsolutePath();
    Set<String> canaries = new TreeSet<>();
    // plan/ is scanned on its own: a plan scanned with .tf files stands for their root module
    Path sources = dir.resolve("sources");
    Path plan = dir.resolve("plan");
    try (Stream<Path> files = Files.walk(fixtures)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".md")).toList()) {
        Path relative = fixtures.relativize(f);
        Path target = relative.startsWith("plan") ? plan.resolve(relative.getFileName().toString())
            : sources.resolve(relative.toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
        Matcher m = CANARY.matcher(Files.readString(f));
        while (m.find()) {
          canaries.add(m.group());
        }
      }
    }
    assertThat(canaries).hasSizeGreaterThanOrEqualTo(15);
    String cliVar = "cnryCommandLineVarK2D5";
    canaries.add(cliVar);

    List<String> printed = new ArrayList<>();
    Path reports = Files.createDirectories(dir.resolve("reports"));
    for (Path root : List.of(sources, plan)) {
      String[] common = {"--root", root.toString(), "--no-config", "--color", "never", "--var", "psk=" + cliVar};
      for (String format : List.of("text", "json", "sarif", "github")) {
        for (boolean verbose : new boolean[] {false, true}) {
          Path out = reports.resolve(root.getFileName() + format + verbose);
          HostileRun run = HostileRun.of(concat(new String[] {"scan", root.toString(), "--format", format,
              "--output", out.toString(), verbose ? "--verbose" : "--quiet"}, common));
          printed.add(run.out() + run.err() + Files.readString(out, StandardCharsets.UTF_8));
          HostileRun toStdout = HostileRun.of(concat(new String[] {"scan", root.toString(), "--format", format,
              verbose ? "--verbose" : "--fail-on=never"}, common));
          printed.add(toStdout.out() + toStdout.err());
        }
      }
      Path baseline = reports.resolve(root.getFileName() + "-baseline.json");
      HostileRun write = HostileRun.of(concat(new String[] {"scan", root.toString(), "--write-baseline",
          baseline.toString()}, common));
      printed.add(write.out() + write.err() + Files.readString(baseline, StandardCharsets.UTF_8));
      HostileRun withBaseline = HostileRun.of(concat(new String[] {"scan", root.toString(), "--baseline",
          baseline.toString(), "--verbose"}, common));
      printed.add(withBaseline.out() + withBaseline.err());
      for (String format : List.of("mermaid", "dot", "json")) {
        HostileRun graph = HostileRun.of(concat(new String[] {"graph", root.toString(), "--format", format}, common));
        printed.add(graph.out() + graph.err());
      }
    }

    String all = String.join("\n", printed);
    // the scan found what the fixtures are built for, next to the secrets, so code frames were printed around them
    for (String expected : List.of("VNL203", "a-to-b", "tf-a-to-b", "bicep-a-to-b", "vgw-tf-b", "hub-to-peer",
        "\"sharedKey\": *****", "shared_key                      = *****", "\"shared_key\": *****")) {
      assertThat(all.contains(expected)).as("the outputs show %s", expected).isTrue();
    }
    for (String canary : canaries) {
      String tail = canary.substring(4);
      int at = Math.max(all.indexOf(canary), all.indexOf(tail));
      assertThat(at).as("secret %s printed: ...%s...", canary,
          at < 0 ? "" : all.substring(Math.max(0, at - 400), Math.min(all.length(), at + 100))).isEqualTo(-1);
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
