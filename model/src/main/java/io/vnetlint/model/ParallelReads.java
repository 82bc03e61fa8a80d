package io.vnetlint.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Whether the front ends read and parse a batch of files on all cores. Starting the fork/join pool and its threads
 * costs more than it saves for the few files of a small project, so a small batch is left to the ordinary
 * one-file-at-a-time reads. Either way each file is read by the same code, so the results are the same. The choice
 * depends on the number of files only: looking at their sizes would touch files (or, through a linked directory,
 * places outside the scan root) before the readers' containment checks.
 */
public final class ParallelReads {
  /** From this many files on, a batch is read in parallel. */
  public static final int MIN_FILES = 8;

  private ParallelReads() {}

  /** True when reading {@code files} is worth a parallel stream. */
  public static boolean worthIt(List<Path> files) {
    return files.size() >= MIN_FILES;
  }
}
