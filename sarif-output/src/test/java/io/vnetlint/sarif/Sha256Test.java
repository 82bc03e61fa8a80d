package io.vnetlint.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fingerprints' own SHA-256 agrees with the platform's. */
class Sha256Test {

  @Test
  void standardVectors() {
    // FIPS 180-4 examples and the empty message
    assertThat(hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
        .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  }

  @Test
  void agreesWithMessageDigestOnEveryLengthAroundTheBlockBoundaries() throws Exception {
    Random random = new Random(256);
    for (int length = 0; length <= 300; length++) {
      for (int sample = 0; sample < 3; sample++) {
        byte[] message = new byte[length];
        random.nextBytes(message);
        assertThat(Sha256.digest(message)).as("length %d", length)
            .isEqualTo(MessageDigest.getInstance("SHA-256").digest(message));
      }
    }
    byte[] large = new byte[1_000_003];
    random.nextBytes(large);
    assertThat(Sha256.digest(large)).isEqualTo(MessageDigest.getInstance("SHA-256").digest(large));
  }

  private static String hex(String text) {
    return HexFormat.of().formatHex(Sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
