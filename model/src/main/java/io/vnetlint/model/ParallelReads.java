package io.vnetlint.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Whether the front ends read and parse a batch of files on all cores. Starting the fork/join pool and its threads
 * costs more than it saves for the two or three files of a small project, so a small batch is left to the ordinary
 * one-file-at-a-time reads. Either way each file is read by the same code, so the results are the same.
 */
public final class ParallelReads {
  /** From this many files on, a batch is read in parallel whatever its size. */
  public static final int MIN_FILES = 8;

  /** A batch with fewer files is read in parallel when together they are at least this large. */
  public static final long MIN_BYTES = 512L * 1024;

  private ParallelReads() {}

  /** True when reading {@code files} (absolute, or relative to the working directory) is worth a parallel stream. */
  public static boolean worthIt(List<Path> files) {
    if (files.size() >= MIN_FILES) {
      return true;
    }
    if (files.size() < 2) {
      return false;
    }
    long bytes = 0;
    for (Path file : files) {
      try {
        // the link itself, never what it points to: a link may lead outside the scan root
        bytes += Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size();
      } catch (IOException | SecurityException e) {
        // unreadable: the read reports it; it adds no work worth a thread
      }
      if (bytes >= MIN_BYTES) {
        return true;
      }
    }
    return false;
  }
}
