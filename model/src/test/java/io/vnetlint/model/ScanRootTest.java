package io.vnetlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanRootTest {
  @TempDir Path base;

  @Test
  void lexicalAndRealPathsMustBothStayInside() throws IOException {
    Path root = Files.createDirectories(base.resolve("root"));
    Path outside = Files.createDirectories(base.resolve("outside"));
    Files.writeString(outside.resolve("secret.tf"), "x");
    Files.writeString(root.resolve("main.tf"), "x");
    Files.createSymbolicLink(root.resolve("out.tf"), outside.resolve("secret.tf"));
    Files.createSymbolicLink(root.resolve("outdir"), outside);
    Files.createSymbolicLink(root.resolve("in.tf"), root.resolve("main.tf"));
    Files.createSymbolicLink(root.resolve("dangling.tf"), root.resolve("missing.tf"));
    Files.createSymbolicLink(root.resolve("loop1"), root.resolve("loop2"));
    Files.createSymbolicLink(root.resolve("loop2"), root.resolve("loop1"));
    ScanRoot scanRoot = new ScanRoot(root);

    assertThat(scanRoot.contains(Path.of("main.tf"))).isTrue();
    assertThat(scanRoot.contains(root.resolve("main.tf"))).isTrue();
    assertThat(scanRoot.contains(Path.of("in.tf"))).isTrue();
    assertThat(scanRoot.contains(Path.of("not-yet.tf"))).as("nothing there: judged lexically").isTrue();
    assertThat(scanRoot.contains(Path.of("../outside/secret.tf"))).isFalse();
    assertThat(scanRoot.contains(Path.of("sub/../../outside/secret.tf"))).isFalse();
    assertThat(scanRoot.contains(outside.resolve("secret.tf"))).isFalse();
    assertThat(scanRoot.contains(Path.of("out.tf"))).isFalse();
    assertThat(scanRoot.contains(Path.of("outdir/secret.tf"))).isFalse();
    assertThat(scanRoot.contains(Path.of("outdir"))).isFalse();
    assertThat(scanRoot.contains(Path.of("dangling.tf"))).isFalse();
    assertThat(scanRoot.contains(Path.of("loop1"))).isFalse();
  }

  @Test
  void aRootReachedThroughASymlinkIsItsRealPath() throws IOException {
    Path real = Files.createDirectories(base.resolve("real"));
    Files.writeString(real.resolve("main.tf"), "x");
    Path link = Files.createSymbolicLink(base.resolve("link"), real);
    ScanRoot scanRoot = new ScanRoot(link);
    assertThat(scanRoot.contains(Path.of("main.tf"))).isTrue();
    assertThat(scanRoot.contains(real.resolve("main.tf"))).isTrue();
    assertThat(scanRoot.realPath()).isEqualTo(real.toRealPath());
  }
}
