package io.vnetlint.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDiscoveryTest {
  @TempDir Path tmp;

  private Path file(String relative) throws IOException {
    Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "{}");
    return p;
  }

  @Test
  void findsInfrastructureFilesInStableOrderAndSkipsToolFolders() throws IOException {
    Path root = tmp.resolve("repo");
    file("repo/b/main.bicep");
    file("repo/a/azuredeploy.json");
    file("repo/a/README.md");
    file("repo/network.tf");
    file("repo/.git/config.json");
    file("repo/node_modules/pkg/package.json");
    file("repo/.terraform/modules/x/main.tf");

    FileDiscovery.Discovered found = new FileDiscovery(root).discover(List.of(root));

    assertThat(found.files()).extracting(Path::toString)
        .containsExactly("a/azuredeploy.json", "b/main.bicep", "network.tf");
    assertThat(found.problems()).isEmpty();
  }

  @Test
  void neverFollowsALinkOutOfTheRoot() throws IOException {
    Path root = tmp.resolve("repo");
    file("repo/inside.json");
    Path outside = file("elsewhere/secret.json");
    Files.createSymbolicLink(root.resolve("link.json"), outside);
    Files.createSymbolicLink(root.resolve("linkdir"), outside.getParent());

    FileDiscovery.Discovered found = new FileDiscovery(root).discover(List.of(root));

    assertThat(found.files()).extracting(Path::toString).containsExactly("inside.json");
  }

  @Test
  void reportsPathsOutsideTheRootAndMissingPaths() throws IOException {
    Path root = tmp.resolve("repo");
    Files.createDirectories(root);
    Path outside = file("elsewhere/x.json");

    FileDiscovery.Discovered found =
        new FileDiscovery(root).discover(List.of(outside, root.resolve("missing.json")));

    assertThat(found.files()).isEmpty();
    assertThat(found.problems()).hasSize(2);
    assertThat(found.problems().get(0)).contains("outside the scan root");
    assertThat(found.problems().get(1)).contains("no such file");
  }

  @Test
  void explicitFilesAreMarked() throws IOException {
    Path root = tmp.resolve("repo");
    Path f = file("repo/x.json");
    FileDiscovery.Discovered found = new FileDiscovery(root).discover(List.of(f));
    assertThat(found.explicitFiles()).extracting(Path::toString).containsExactly("x.json");
  }
}
