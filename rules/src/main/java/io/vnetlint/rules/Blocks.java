package io.vnetlint.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The brace pairs of a source file (ARM JSON, Bicep, Terraform), skipping strings, interpolations, comments and
 * heredocs, so that a fix can check that it edits text inside the declaration of the resource it means to change
 * (and not, say, a variable's object that the resource uses). Empty when the braces do not balance: then nothing is
 * known and no fix is made.
 */
final class Blocks {
  /** One {@code { ... }} pair: offsets of the opening and the closing brace. */
  record Pair(int open, int close) {}

  private final List<Pair> pairs;

  private Blocks(List<Pair> pairs) {
    this.pairs = pairs;
  }

  /** The innermost pair that encloses [start, end). */
  Optional<Pair> enclosing(int start, int end) {
    Pair best = null;
    for (Pair p : pairs) {
      if (p.open() < start && p.close() >= end && (best == null || p.open() > best.open())) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The first pair that opens inside [start, end): a Terraform block's brace on its header line. */
  Optional<Pair> openingIn(int start, int end) {
    Pair best = null;
    for (Pair p : pairs) {
      if (p.open() >= start && p.open() < end && (best == null || p.open() < best.open())) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  static Optional<Blocks> of(String file, String text) {
    boolean terraform = file.endsWith(".tf");
    boolean bicep = file.endsWith(".bicep");
    char quote = bicep ? '\'' : '"';
    boolean interpolation = terraform || bicep;
    List<Pair> pairs = new ArrayList<>();
    Deque<Integer> braces = new ArrayDeque<>(); // open offsets; -1 marks an interpolation's ${
    int i = 0;
    int n = text.length();
    boolean inString = false;
    while (i < n) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i += 2;
        } else if (c == quote) {
          inString = false;
          i++;
        } else if (interpolation && (c == '$' || terraform && c == '%') && i + 1 < n && text.charAt(i + 1) == '{') {
          braces.push(-1);
          inString = false;
          i += 2;
        } else if (c == '\n' && !bicep && !interpolation) {
          return Optional.empty(); // JSON strings do not span lines
        } else {
          i++;
        }
        continue;
      }
      if (c == quote) {
        if (bicep && text.startsWith("'''", i)) {
          int close = text.indexOf("'''", i + 3);
          if (close < 0) {
            return Optional.empty();
          }
          i = close + 3;
        } else {
          inString = true;
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/' || terraform && c == '#') {
        int eol = text.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        if (close < 0) {
          return Optional.empty();
        }
        i = close + 2;
      } else if (terraform && c == '<' && text.startsWith("<<", i)) {
        int heredocEnd = heredocEnd(text, i);
        if (heredocEnd < 0) {
          return Optional.empty();
        }
        i = heredocEnd;
      } else if (c == '{') {
        braces.push(i);
        i++;
      } else if (c == '}') {
        if (braces.isEmpty()) {
          return Optional.empty();
        }
        int open = braces.pop();
        if (open < 0) {
          inString = true; // the interpolation ends, the string goes on
        } else {
          pairs.add(new Pair(open, i));
        }
        i++;
      } else {
        i++;
      }
    }
    return braces.isEmpty() && !inString ? Optional.of(new Blocks(pairs)) : Optional.empty();
  }

  /** The offset after a Terraform heredoc ({@code <<EOT} or {@code <<-EOT} up to the line {@code EOT}), or -1. */
  private static int heredocEnd(String text, int at) {
    int i = at + 2;
    if (i < text.length() && text.charAt(i) == '-') {
      i++;
    }
    int idStart = i;
    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
      i++;
    }
    if (i == idStart) {
      return at + 2; // not a heredoc (a "<<" elsewhere); nothing to skip
    }
    String id = text.substring(idStart, i);
    int eol = text.indexOf('\n', i);
    while (eol >= 0) {
      int next = text.indexOf('\n', eol + 1);
      String line = text.substring(eol + 1, next < 0 ? text.length() : next).strip();
      if (line.equals(id)) {
        return next < 0 ? text.length() : next + 1;
      }
      eol = next;
    }
    return -1;
  }
}
