package io.vnetlint.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.SourceRange;
import io.vnetlint.rules.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubReporterTest {

  @Test
  void oneLineRangeHasInclusiveEndColumn() {
    SourceRange r = new SourceRange("main.tf", 12, 3, 12, 20, 0, 0);
    assertThat(new GithubReporter("").command("error", r, "VNL203 SharedKeyMismatch", "keys differ"))
        .isEqualTo("::error file=main.tf,line=12,col=3,endLine=12,endColumn=19,title=VNL203 SharedKeyMismatch"
            + "::keys differ");
  }

  @Test
  void emptyRangeStillNamesItsColumn() {
    SourceRange r = SourceRange.fileStart("a.json");
    assertThat(new GithubReporter("").command("error", r, "t", "m"))
        .isEqualTo("::error file=a.json,line=1,col=1,endLine=1,endColumn=1,title=t::m");
  }

  @Test
  void multiLineRangeHasNoColumnsBecauseTheRunnerWouldDropThem() {
    SourceRange r = new SourceRange("infra/main.bicep", 4, 7, 9, 2, 0, 0);
    assertThat(new GithubReporter("").command("warning", r, "t", "m"))
        .isEqualTo("::warning file=infra/main.bicep,line=4,endLine=9,title=t::m");
  }

  @Test
  void pathsAreRelativeToTheRepositoryRoot() {
    SourceRange r = new SourceRange("hub/azuredeploy.json", 1, 1, 1, 2, 0, 0);
    assertThat(new GithubReporter("deploy/azure").command("notice", r, "t", "m"))
        .startsWith("::notice file=deploy/azure/hub/azuredeploy.json,");
    assertThat(new GithubReporter("deploy/azure/").command("notice", r, "t", "m"))
        .startsWith("::notice file=deploy/azure/hub/azuredeploy.json,");
  }

  @Test
  void dataEscapesPercentAndLineBreaks() {
    assertThat(GithubReporter.escapeData("100% of\r\nprefixes: a,b")).isEqualTo("100%25 of%0D%0Aprefixes: a,b");
  }

  @Test
  void propertiesAlsoEscapeColonAndComma() {
    assertThat(GithubReporter.escapeProperty("dir,x/a:b%.tf\n")).isEqualTo("dir%2Cx/a%3Ab%25.tf%0A");
  }

  @Test
  void escapedCommandStaysOneCommandWithItsOwnProperties() {
    SourceRange r = new SourceRange("odd,name:line=9.tf", 2, 1, 2, 5, 0, 0);
    String line = new GithubReporter("").command("error", r, "VNL1 A,B", "two\nlines ::error:: inside");
    assertThat(line).doesNotContain("\n").doesNotContain("\r");
    // Exactly the properties we wrote: a comma or colon in a value cannot start another one.
    String properties = line.substring("::error ".length(), line.indexOf("::", 2));
    assertThat(properties.split(",")).extracting(p -> p.substring(0, p.indexOf('=')))
        .containsExactly("file", "line", "col", "endLine", "endColumn", "title");
    assertThat(line).endsWith("::two%0Alines ::error:: inside");
  }

  @Test
  void levelsMapToGithubCommands() {
    assertThat(GithubReporter.commandName(Level.ERROR)).isEqualTo("error");
    assertThat(GithubReporter.commandName(Level.WARNING)).isEqualTo("warning");
    assertThat(GithubReporter.commandName(Level.NOTE)).isEqualTo("notice");
  }

  @Test
  void workspaceWinsOverGitWhenTheScanRootIsInsideIt(@TempDir Path dir) throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Path infra = Files.createDirectories(repo.resolve("infra/network"));
    assertThat(RepositoryRoot.prefixOf(infra, repo.toString())).isEqualTo("infra/network");
    assertThat(RepositoryRoot.prefixOf(infra, repo.resolve("infra").toString())).isEqualTo("network");
  }

  @Test
  void gitDirectoryOrFileMarksTheRootOutsideActions(@TempDir Path dir) throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.writeString(repo.resolve(".git"), "gitdir: /elsewhere\n"); // a worktree or submodule
    Path infra = Files.createDirectories(repo.resolve("infra"));
    assertThat(RepositoryRoot.prefixOf(infra, null)).isEqualTo("infra");
    assertThat(RepositoryRoot.prefixOf(repo, "")).isEmpty();
    // A workspace that does not contain the scan root is ignored.
    assertThat(RepositoryRoot.prefixOf(infra, dir.resolve("other").toString())).isEqualTo("infra");
  }

  @Test
  void withoutARepositoryTheScanRootIsTheRoot(@TempDir Path dir) throws Exception {
    Path infra = Files.createDirectories(dir.resolve("infra"));
    // @TempDir lives under the system temp folder, which is not inside a git repository on CI machines.
    org.junit.jupiter.api.Assumptions.assumeFalse(hasGitAncestor(dir), "temp folder is inside a git repository");
    assertThat(RepositoryRoot.prefixOf(infra, null)).isEmpty();
  }

  private static boolean hasGitAncestor(Path p) {
    for (Path q = p.toAbsolutePath(); q != null; q = q.getParent()) {
      if (Files.exists(q.resolve(".git"))) {
        return true;
      }
    }
    return false;
  }
}
