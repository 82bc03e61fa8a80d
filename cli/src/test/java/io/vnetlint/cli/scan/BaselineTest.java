package io.vnetlint.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a baseline from git: only candidate files under the scan root, nothing written, the copy deleted. */
class BaselineTest {
  @TempDir
  Path temp;

  @Test
  void exportsTheRevisionBelowTheScanRootAndDeletesItOnClose() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("repo"));
    Assumptions.assumeTrue(git(repo, "init", "-q") == 0, "git is not installed");
    Files.createDirectories(repo.resolve("infra/hub"));
    Files.writeString(repo.resolve("infra/hub/main.tf"), "# first\n");
    Files.writeString(repo.resolve("infra/README.md"), "not scanned\n");
    Files.createDirectories(repo.resolve("other"));
    Files.writeString(repo.resolve("other/outside.tf"), "# outside the scan root\n");
    git(repo, "add", "-A");
    git(repo, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", "one");
    Files.writeString(repo.resolve("infra/hub/main.tf"), "# second\n");

    Path root = repo.resolve("infra").toRealPath();
    Path exported;
    try (Baseline base = Baseline.open("HEAD", root, List.of(Path.of("")))) {
      exported = base.root();
      assertThat(base.temporary()).isTrue();
      assertThat(Files.readString(exported.resolve("hub/main.tf"))).isEqualTo("# first\n");
      assertThat(exported.resolve("README.md")).doesNotExist();
      assertThat(exported.resolve("../other/outside.tf").normalize()).doesNotExist();
    }
    assertThat(exported).doesNotExist();
    assertThat(Files.readString(repo.resolve("infra/hub/main.tf"))).isEqualTo("# second\n");
  }

  @Test
  void aDirectoryIsUsedAsItIsAndKept() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("old"));
    try (Baseline base = Baseline.open(dir.toString(), temp, List.of())) {
      assertThat(base.temporary()).isFalse();
      assertThat(base.root()).isEqualTo(dir.toRealPath());
    }
    assertThat(dir).exists();
  }

  @Test
  void optionLikeRevisionsAreRefused() {
    assertThatThrownBy(() -> Baseline.open("--output=/tmp/x", temp, List.of()))
        .isInstanceOf(Baseline.BaselineException.class);
  }

  private static int git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (java.io.IOException e) {
      return -1;
    }
  }
}
