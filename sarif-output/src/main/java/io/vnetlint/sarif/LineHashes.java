package io.vnetlint.sarif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub's {@code primaryLocationLineHash} for every line of a file: a Java port of the rolling hash in
 * github/codeql-action {@code src/fingerprints.ts} (the {@code upload-sarif} action and the SARIF multitool's
 * {@code RollingHashPartialFingerprints} compute the same values).
 *
 * <p>The hash of a line covers the first {@value #BLOCK_SIZE} characters from the start of that line on, skipping
 * spaces and tabs, with CR and CRLF read as LF, followed by an end marker (65535) and zero padding. So it survives
 * re-indentation and moves, and changes when the line or the lines just after it change. Identical hashes are told
 * apart by an occurrence counter: {@code hex(hash) + ":" + n}. Arithmetic wraps around at 64 bits, as the original's
 * {@code Long} does; the hex form is that of the unsigned value without leading zeros.
 */
public final class LineHashes {
  static final int BLOCK_SIZE = 100;
  private static final long MOD = 37;
  private static final int END_OF_FILE = 65535;
  private static final long FIRST_MOD = firstMod();

  private final List<String> hashes;

  private LineHashes(List<String> hashes) {
    this.hashes = List.copyOf(hashes);
  }

  /** Hashes every line of {@code text} (the decoded file content, UTF-16 code units as in JavaScript). */
  public static LineHashes of(CharSequence text) {
    return new Hasher().run(text);
  }

  /** The hash of a 1-based line, or empty when the file has no such line. */
  public Optional<String> line(int lineNumber) {
    return lineNumber >= 1 && lineNumber <= hashes.size() ? Optional.of(hashes.get(lineNumber - 1)) : Optional.empty();
  }

  /** How many lines were hashed (a file ending with a line break has one more, empty, line). */
  public int lineCount() {
    return hashes.size();
  }

  private static long firstMod() {
    long m = 1;
    for (int i = 0; i < BLOCK_SIZE; i++) {
      m *= MOD;
    }
    return m;
  }

  /** The state of one pass over a file; field for field the closure variables of {@code hash()} in the original. */
  private static final class Hasher {
    private final int[] window = new int[BLOCK_SIZE];
    /** The line number whose first character sits at this window position, or -1. */
    private final int[] lineNumbers = new int[BLOCK_SIZE];
    private final Map<String, Integer> hashCounts = new HashMap<>();
    private final List<String> out = new ArrayList<>();
    private long hash;
    private int index;
    private int lineNumber;
    private boolean lineStart = true;
    private boolean prevCr;

    Hasher() {
      Arrays.fill(lineNumbers, -1);
    }

    LineHashes run(CharSequence text) {
      for (int i = 0; i < text.length(); i++) {
        processCharacter(text.charAt(i));
      }
      processCharacter(END_OF_FILE);
      for (int i = 0; i < BLOCK_SIZE; i++) {
        if (lineNumbers[index] != -1) {
          outputHash();
        }
        updateHash(0);
      }
      return new LineHashes(out);
    }

    private void processCharacter(int current) {
      // Spaces and tabs are skipped, and so is an LF right after a CR; note that a skipped space also ends
      // "right after a CR", exactly as in the original.
      if (current == ' ' || current == '\t' || (prevCr && current == '\n')) {
        prevCr = false;
        return;
      }
      if (current == '\r') {
        current = '\n';
        prevCr = true;
      } else {
        prevCr = false;
      }
      if (lineNumbers[index] != -1) {
        outputHash();
      }
      if (lineStart) {
        lineStart = false;
        lineNumber++;
        lineNumbers[index] = lineNumber;
      }
      if (current == '\n') {
        lineStart = true;
      }
      updateHash(current);
    }

    private void outputHash() {
      String value = Long.toHexString(hash);
      int count = hashCounts.merge(value, 1, Integer::sum);
      // Lines come out in order, one each, because their first characters entered the window in order.
      int line = lineNumbers[index];
      if (line != out.size() + 1) {
        throw new IllegalStateException("line hashes out of order: " + line + " after " + out.size());
      }
      out.add(value + ":" + count);
      lineNumbers[index] = -1;
    }

    private void updateHash(int current) {
      int begin = window[index];
      window[index] = current;
      hash = MOD * hash + current - FIRST_MOD * begin;
      index = (index + 1) % BLOCK_SIZE;
    }
  }
}
