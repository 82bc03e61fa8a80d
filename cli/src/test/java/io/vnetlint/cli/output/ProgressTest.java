package io.vnetlint.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void disabledProgressPrintsNothing() {
    StringWriter err = new StringWriter();
    try (Progress p = Progress.start(new PrintWriter(err), false, "scanning 3 files")) {
      assertThat(p).isNotNull();
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void drawnProgressIsErasedWhenTheWorkEnds() throws InterruptedException {
    StringWriter err = new StringWriter();
    PrintWriter writer = new PrintWriter(err);
    Progress p = Progress.start(writer, "scanning 3 files", 0);
    // Wait for the first draw (no timing assertion: it just has to happen).
    while (true) {
      synchronized (p) {
        if (err.toString().contains("scanning")) {
          break;
        }
      }
      Thread.sleep(10);
    }
    p.close();
    String out = err.toString();
    assertThat(out).startsWith("\rvnetlint: scanning 3 files... ").endsWith("\r\u001b[2K");
    int length = out.length();
    Thread.sleep(50);
    assertThat(err.toString()).hasSize(length); // nothing drawn after close
  }
}
