package io.vnetlint.model;

/**
 * A span of source text. Lines and columns are 1-based; columns count UTF-16 code units (what SARIF's
 * {@code utf16CodeUnits} column kind and most editors expect); {@code endColumn} is the column just after the
 * last character. Byte offsets are 0-based, end exclusive, into the file as stored on disk.
 *
 * @param file the file path relative to the scan root, with forward slashes
 */
public record SourceRange(
    String file, int startLine, int startColumn, int endLine, int endColumn, long startByte, long endByte) {

  public SourceRange {
    if (startLine < 1 || startColumn < 1 || endLine < startLine
        || (endLine == startLine && endColumn < startColumn)) {
      throw new IllegalArgumentException(
          "bad range " + file + " " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
    }
  }

  /** A range covering the first character of a file, for problems that concern the whole file. */
  public static SourceRange fileStart(String file) {
    return new SourceRange(file, 1, 1, 1, 1, 0, 0);
  }

  /** The smallest range covering both ranges (they must be in the same file). */
  public SourceRange to(SourceRange end) {
    return new SourceRange(file, startLine, startColumn, end.endLine, end.endColumn, startByte, end.endByte);
  }

  /** {@code file:line:column}, the form editors and terminals turn into links. */
  public String where() {
    return file + ":" + startLine + ":" + startColumn;
  }

  // Written out rather than generated: the first record equals/hashCode of a run links the ObjectMethods
  // bootstrap, and ranges are compared long before any other record is.
  @Override
  public boolean equals(Object o) {
    return o instanceof SourceRange r && startLine == r.startLine && startColumn == r.startColumn
        && endLine == r.endLine && endColumn == r.endColumn && startByte == r.startByte && endByte == r.endByte
        && java.util.Objects.equals(file, r.file);
  }

  @Override
  public int hashCode() {
    int h = java.util.Objects.hashCode(file);
    h = 31 * h + startLine;
    h = 31 * h + startColumn;
    h = 31 * h + endLine;
    h = 31 * h + endColumn;
    h = 31 * h + Long.hashCode(startByte);
    return 31 * h + Long.hashCode(endByte);
  }

  @Override
  public String toString() {
    return file + ":" + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
  }
}
