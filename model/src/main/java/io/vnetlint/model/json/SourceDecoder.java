package io.vnetlint.model.json;

import io.vnetlint.model.Limits;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns file bytes into {@link SourceText}, with positioned errors for oversized and malformed files. */
public final class SourceDecoder {
  private SourceDecoder() {}

  /** The "file too large" error, checked before a file is read. */
  public static JsonSyntaxException tooLarge(String path, long size) {
    return new JsonSyntaxException(
        String.format(Locale.ROOT, "file too large: %,d bytes (limit %,d)", size, Limits.MAX_FILE_BYTES),
        SourceRange.fileStart(path));
  }

  public static SourceText decode(String path, byte[] bytes) throws JsonSyntaxException {
    if (bytes.length > Limits.MAX_FILE_BYTES) {
      throw tooLarge(path, bytes.length);
    }
    try {
      return SourceText.decode(path, bytes);
    } catch (CharacterCodingException e) {
      throw malformed(path, bytes);
    }
  }

  /** Finds the first malformed UTF-8 sequence and reports it at its line and column. */
  private static JsonSyntaxException malformed(String path, byte[] bytes) {
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF;
    if (!bom && bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF || (bytes[0] & 0xff) == 0xFE)) {
      return new JsonSyntaxException("malformed UTF-16 text", SourceRange.fileStart(path));
    }
    int skip = bom ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    int badByte = in.position();
    out.flip();
    String before = out.toString();
    SourceText prefix = SourceText.of(path, before);
    SourceRange at = prefix.range(before.length(), before.length());
    SourceRange range = new SourceRange(path, at.startLine(), at.startColumn(), at.endLine(), at.endColumn(),
        badByte, badByte + Math.max(1, result.isError() ? result.length() : 1));
    return new JsonSyntaxException(
        String.format(Locale.ROOT, "malformed UTF-8 at byte %,d (the file must be UTF-8, or UTF-16 with a byte order mark)",
            badByte),
        range);
  }
}
