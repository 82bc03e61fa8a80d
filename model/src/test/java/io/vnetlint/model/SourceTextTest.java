package io.vnetlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {

  @Test
  void byteOffsetsOnALongLineCountMultiByteCharactersBeforeTheCheckpoint() throws Exception {
    // 300 two-byte characters, then an ASCII tail: the offset of the tail crosses a checkpoint
    String text = "é".repeat(300) + "abc";
    SourceText source = SourceText.decode("f.json", text.getBytes(StandardCharsets.UTF_8));
    SourceRange range = source.range(300, 303);
    assertThat(range.startLine()).isEqualTo(1);
    assertThat(range.startColumn()).isEqualTo(301);
    assertThat(range.startByte()).isEqualTo(600);
    assertThat(range.endByte()).isEqualTo(603);
  }

  @Test
  void theEndOfATextWhoseLengthIsAMultipleOfTheCheckpointDistanceHasItsByteOffset() {
    // Found by the HCL parser fuzz test: the range at the very end of a 256-character text had byte offset 0.
    SourceText text = SourceText.of("f.tf", "é".repeat(256));
    assertThat(text.range(256, 256).startByte()).isEqualTo(512);
    assertThat(text.range(0, 256).endByte()).isEqualTo(512);
    assertThat(SourceText.of("f.tf", "é".repeat(512)).range(512, 512).endByte()).isEqualTo(1024);
  }

  @Test
  void byteOffsetsCountTheByteOrderMarkAndLaterLines() throws Exception {
    byte[] body = ("x\n" + "€".repeat(500) + "y").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    SourceText source = SourceText.decode("f.json", bytes);
    SourceRange y = source.range(502, 503);
    assertThat(y.startLine()).isEqualTo(2);
    assertThat(y.startColumn()).isEqualTo(501);
    assertThat(y.startByte()).isEqualTo(3 + 2 + 500 * 3);
  }

  @Test
  void utf16FilesCountTwoBytesPerCodeUnit() throws Exception {
    byte[] body = ("a".repeat(700) + "z").getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    SourceText source = SourceText.decode("f.json", bytes);
    assertThat(source.range(700, 701).startByte()).isEqualTo(2 + 1400);
  }
}
