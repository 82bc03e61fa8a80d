package io.vnetlint.model;

/** Input limits that keep a hostile or broken file from exhausting memory or stack. */
public final class Limits {
  private Limits() {}

  /** Larger files are reported ("file too large") and skipped. */
  public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  /** Deeper nesting of objects, arrays or expressions is reported and the file skipped. */
  public static final int MAX_NESTING = 500;
}
