package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher's archiving run ({@code -Dvnetlint.cds.training=true}) renders the formats not asked for into
 * nothing: what the user sees (exit code, stdout, stderr, the -o file) stays exactly the same.
 */
@ResourceLock("system-properties")
class CdsTrainingTest {
  @TempDir
  Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void trainingChangesNothingTheUserSees(String format) throws Exception {
    String root = CliRun.projectRoot().toString();
    String examples = CliRun.projectRoot().resolve("examples").toString();
    String[] toStdout = {"scan", "--root", root, examples, "--color", "never", "-f", format};
    String[] toFile = {"scan", "--root", root, examples, "-f", format, "-o", temp.resolve("report").toString()};

    List<Object> plain = List.of(run(toStdout), run(toFile), Files.readString(temp.resolve("report")));
    Files.delete(temp.resolve("report"));
    List<Object> training;
    System.setProperty(ScanCommand.CDS_TRAINING, "true");
    try {
      training = List.of(run(toStdout), run(toFile), Files.readString(temp.resolve("report")));
    } finally {
      System.clearProperty(ScanCommand.CDS_TRAINING);
    }

    assertThat(training).isEqualTo(plain);
    assertThat(plain.get(0).toString()).as("the examples have findings").contains("exit=1");
  }

  /** Exit code, stdout and stderr in one string. */
  private static String run(String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return "exit=" + code + "\nstdout:\n" + out + "\nstderr:\n" + err;
  }
}
