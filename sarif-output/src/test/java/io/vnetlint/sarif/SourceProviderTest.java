package io.vnetlint.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceProviderTest {

  @Test
  void readsDecodedFilesInsideTheRootOnly(@TempDir Path tmp) throws IOException {
    Path root = Files.createDirectories(tmp.resolve("root"));
    Files.createDirectories(root.resolve("infra"));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(root.resolve("infra/main.tf"), concat(bom, "a = 1\n".getBytes(StandardCharsets.UTF_8)));
    Files.writeString(tmp.resolve("outside.tf"), "secret = 1\n");
    Files.write(root.resolve("bad.tf"), new byte[] {(byte) 0xC3, (byte) 0x28});

    SourceProvider sources = SourceProvider.fromRoot(root);
    assertThat(sources.text("infra/main.tf")).contains("a = 1\n"); // the BOM is not part of the text
    assertThat(sources.text("../outside.tf")).isEmpty();
    assertThat(sources.text("missing.tf")).isEmpty();
    assertThat(sources.text("infra")).isEmpty();
    assertThat(sources.text("bad.tf")).isEmpty(); // malformed UTF-8
  }

  @Test
  void doesNotFollowALinkOutOfTheRoot(@TempDir Path tmp) throws IOException {
    Path root = Files.createDirectories(tmp.resolve("root"));
    Path outside = Files.writeString(tmp.resolve("outside.tf"), "secret = 1\n");
    try {
      Files.createSymbolicLink(root.resolve("link.tf"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
    }
    assertThat(SourceProvider.fromRoot(root).text("link.tf")).isEmpty();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
