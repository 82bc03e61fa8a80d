package io.vnetlint.model;

import java.nio.file.Path;
import java.util.List;

/**
 * What a front end is asked to read.
 *
 * @param root the scan root; every path a front end opens must resolve inside it
 * @param files the candidate files found by discovery, relative to {@code root}, in a stable order
 * @param explicitFiles the files the user named on the command line (a subset of {@code files}); a front end
 *     reports problems with these even when it cannot tell whether they are meant for it (an empty {@code x.json})
 * @param parameterFiles ARM parameter files given with {@code --parameters}, relative to {@code root}
 */
public record ScanInput(Path root, List<Path> files, List<Path> explicitFiles, List<Path> parameterFiles) {
  public ScanInput {
    files = List.copyOf(files);
    explicitFiles = List.copyOf(explicitFiles);
    parameterFiles = List.copyOf(parameterFiles);
  }

  /** Every file under {@code root}, none explicit, no parameter files: the usual directory scan. */
  public static ScanInput of(Path root, List<Path> files) {
    return new ScanInput(root, files, List.of(), List.of());
  }

  /** The scan-relative path with forward slashes: how every report names a file. */
  public static String display(Path relative) {
    return relative.toString().replace('\\', '/');
  }
}
