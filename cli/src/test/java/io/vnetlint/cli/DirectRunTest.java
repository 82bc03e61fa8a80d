package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Main#run} runs plain {@code scan} and {@code graph} command lines without picocli: same exit code, same
 * bytes on stdout and stderr as picocli's path.
 */
class DirectRunTest {
  @TempDir
  static Path temp;

  static Stream<List<String>> commandLines() {
    String root = CliRun.projectRoot().toString();
    String examples = CliRun.projectRoot().resolve("examples").toString();
    String hubSpoke = CliRun.projectRoot().resolve("examples/hub-spoke").toString();
    return Stream.of(
        List.of("scan", "--root", root, examples, "--color", "never"),
        List.of("scan", "--root", root, examples, "--format", "json"),
        List.of("scan", "--root", root, examples, "-f", "sarif"),
        List.of("scan", "--root", root, examples, "--format=github", "-q"),
        List.of("scan", "--root", root, examples, "--fail-on", "never", "-v", "--color", "never"),
        List.of("scan", "--root", root, hubSpoke, "--no-config", "--var", "a=b"),
        List.of("scan", "--root", root, root + "/no-such-dir"),
        List.of("scan", "--root", root, examples, "-o", temp.resolve("missing/dir/out.txt").toString()),
        List.of("graph", "--root", root, examples),
        List.of("graph", "--root", root, hubSpoke, "-f", "dot"));
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void plainCommandLinesPrintWhatPicocliPrints(List<String> commandLine) {
    String[] args = commandLine.toArray(String[]::new);
    assertThat(Main.direct(args)).as("read without picocli").isPresent();

    List<Object> direct = capture(args, false);
    List<Object> picocli = capture(args, true);

    assertThat(direct).isEqualTo(picocli);
  }

  /** Exit code, stdout and stderr. */
  private static List<Object> capture(String[] args, boolean withPicocli) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    int code = withPicocli ? Main.withPicocli(args, outWriter, errWriter) : Main.run(args, outWriter, errWriter);
    outWriter.flush();
    errWriter.flush();
    List<Object> result = new ArrayList<>();
    result.add(code);
    result.add(out.toString());
    result.add(err.toString());
    return result;
  }
}
