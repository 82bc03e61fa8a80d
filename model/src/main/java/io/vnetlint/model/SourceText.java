package io.vnetlint.model;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The decoded text of one source file, with the tables that turn a character offset into a {@link SourceRange}.
 * Front ends work on character offsets; this class is the one place that knows lines, UTF-16 columns and the
 * byte offsets of the stored encoding.
 */
public final class SourceText {
  private final String path;
  private final String text;
  private final Encoding encoding;
  private final int[] lineStarts;
  private final long[] lineStartBytes;
  /** Byte offset before every CHECKPOINT-th character, so long (minified) lines do not make range() quadratic. */
  private final long[] checkpointBytes;

  private static final int CHECKPOINT = 256;

  /** How the file was stored, which decides how character offsets map to byte offsets. */
  public enum Encoding {
    UTF8(0), UTF8_BOM(3), UTF16LE_BOM(2), UTF16BE_BOM(2);

    final int bomBytes;

    Encoding(int bomBytes) {
      this.bomBytes = bomBytes;
    }
  }

  private SourceText(String path, String text, Encoding encoding) {
    this.path = path;
    this.text = text;
    this.encoding = encoding;
    // One pass over a char array: this runs over every byte of the scan (28 MB for the corpus), and String.charAt's
    // per-call checks cost more than the work itself in a short-lived JVM that never reaches the optimizing compiler.
    char[] chars = text.toCharArray();
    int n = chars.length;
    boolean utf16 = encoding == Encoding.UTF16LE_BOM || encoding == Encoding.UTF16BE_BOM;
    int[] starts = new int[Math.max(16, n / 32)];
    long[] startBytes = new long[starts.length];
    int lines = 1;
    long bytes = encoding.bomBytes;
    startBytes[0] = bytes;
    checkpointBytes = new long[n / CHECKPOINT + 1];
    for (int i = 0; i < n; i++) {
      if (i % CHECKPOINT == 0) {
        checkpointBytes[i / CHECKPOINT] = bytes;
      }
      char c = chars[i];
      bytes += utf16 ? 2 : c < 0x80 ? 1 : utf8Length(chars, i);
      if (c == '\n' || (c == '\r' && (i + 1 >= n || chars[i + 1] != '\n'))) {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
          startBytes = Arrays.copyOf(startBytes, lines * 2);
        }
        starts[lines] = i + 1;
        startBytes[lines] = bytes;
        lines++;
      }
    }
    if (n % CHECKPOINT == 0) {
      // The end of a text whose length is a multiple of CHECKPOINT is a checkpoint too (byteOffset reads it).
      checkpointBytes[n / CHECKPOINT] = bytes;
    }
    lineStarts = Arrays.copyOf(starts, lines);
    lineStartBytes = Arrays.copyOf(startBytes, lines);
  }

  /** The UTF-8 length of a char that is not ASCII, as {@link #byteLength} counts it. */
  private static int utf8Length(char[] chars, int i) {
    char c = chars[i];
    if (c < 0x800) {
      return 2;
    }
    if (Character.isHighSurrogate(c)) {
      return 4; // the pair's low surrogate then counts 0
    }
    if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(chars[i - 1])) {
      return 0;
    }
    return 3;
  }

  /** Wraps text that is already decoded (tests, in-memory inputs); byte offsets are those of UTF-8. */
  public static SourceText of(String path, String text) {
    return new SourceText(path, text, Encoding.UTF8);
  }

  /**
   * Decodes file content: UTF-8 with or without BOM, UTF-16 with BOM. Malformed UTF-8 is an error that the caller
   * reports with the file's position; we never guess another encoding.
   */
  public static SourceText decode(String path, byte[] bytes) throws CharacterCodingException {
    Encoding encoding = Encoding.UTF8;
    Charset charset = StandardCharsets.UTF_8;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      encoding = Encoding.UTF8_BOM;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      encoding = Encoding.UTF16LE_BOM;
      charset = StandardCharsets.UTF_16LE;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      encoding = Encoding.UTF16BE_BOM;
      charset = StandardCharsets.UTF_16BE;
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text = decoder
        .decode(ByteBuffer.wrap(bytes, encoding.bomBytes, bytes.length - encoding.bomBytes))
        .toString();
    return new SourceText(path, text, encoding);
  }

  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  public Encoding encoding() {
    return encoding;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The text of a 1-based line, without its line break. */
  public String line(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  /** The 1-based line that holds the character at {@code offset}. */
  public int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, Math.min(Math.max(offset, 0), text.length()));
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The character offset of a 1-based line and UTF-16 column. */
  public int offsetOf(int line, int column) {
    return lineStarts[line - 1] + column - 1;
  }

  /** The range from character offset {@code start} (inclusive) to {@code end} (exclusive). */
  public SourceRange range(int start, int end) {
    start = Math.min(Math.max(start, 0), text.length());
    end = Math.min(Math.max(end, start), text.length());
    int startLine = lineOf(start);
    int endLine = lineOf(end);
    return new SourceRange(
        path,
        startLine,
        start - lineStarts[startLine - 1] + 1,
        endLine,
        end - lineStarts[endLine - 1] + 1,
        byteOffset(startLine, start),
        byteOffset(endLine, end));
  }

  private long byteOffset(int line, int offset) {
    int from = lineStarts[line - 1];
    long bytes = lineStartBytes[line - 1];
    int checkpoint = offset / CHECKPOINT * CHECKPOINT;
    if (checkpoint > from) {
      from = checkpoint;
      bytes = checkpointBytes[checkpoint / CHECKPOINT];
    }
    for (int i = from; i < offset; i++) {
      bytes += byteLength(text, i);
    }
    return bytes;
  }

  private int byteLength(String s, int i) {
    char c = s.charAt(i);
    if (encoding == Encoding.UTF16LE_BOM || encoding == Encoding.UTF16BE_BOM) {
      return 2;
    }
    if (c < 0x80) {
      return 1;
    }
    if (c < 0x800) {
      return 2;
    }
    if (Character.isHighSurrogate(c)) {
      return 4; // the pair's low surrogate then counts 0
    }
    if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
      return 0;
    }
    return 3;
  }
}
