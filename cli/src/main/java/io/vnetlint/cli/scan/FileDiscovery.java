package io.vnetlint.cli.scan;

import io.vnetlint.model.ScanRoot;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the files to scan under the given paths. Directories are walked recursively in a stable order, skipping
 * tool and dependency folders. Symbolic links are followed only when their target stays inside the scan root, so
 * a scan never reads outside it.
 */
public final class FileDiscovery {
  /** Folders that never hold the user's own infrastructure code. */
  static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", ".terraform", ".hg", ".svn");

  private static final List<String> EXTENSIONS = List.of(".json", ".tf", ".tfvars", ".bicep", ".bicepparam");

  /** Files found, relative to the root, and problems with the given paths. */
  public record Discovered(List<Path> files, List<Path> explicitFiles, List<String> problems) {}

  private final Path realRoot;
  private final ScanRoot guard;

  public FileDiscovery(Path root) throws IOException {
    this.realRoot = root.toRealPath();
    this.guard = new ScanRoot(realRoot);
  }

  public Discovered discover(List<Path> paths) {
    Set<Path> files = new TreeSet<>();
    Set<Path> explicit = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (Path given : paths) {
      Path real;
      try {
        real = given.toRealPath();
      } catch (IOException e) {
        problems.add(given + ": no such file or directory");
        continue;
      }
      if (!real.startsWith(realRoot)) {
        problems.add(given + ": outside the scan root " + realRoot + " (use --root)");
        continue;
      }
      if (Files.isDirectory(real)) {
        walk(real, files);
      } else if (Files.isRegularFile(real)) {
        Path rel = realRoot.relativize(real);
        files.add(rel);
        explicit.add(rel);
      } else {
        problems.add(given + ": not a regular file or directory");
      }
    }
    return new Discovered(List.copyOf(files), List.copyOf(explicit), problems);
  }

  public static boolean isCandidate(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String ext : EXTENSIONS) {
      if (name.endsWith(ext)) {
        return true;
      }
    }
    return false;
  }

  private void walk(Path dir, Set<Path> out) {
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
              if (!d.equals(dir) && SKIPPED_DIRECTORIES.contains(d.getFileName().toString())) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return insideRoot(d) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
              if (attrs.isRegularFile() && isCandidate(f) && insideRoot(f)) {
                out.add(realRoot.relativize(f.toRealPath()));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              return FileVisitResult.CONTINUE; // unreadable entries and link loops are skipped
            }
          });
    } catch (IOException e) {
      // walkFileTree reports per-entry failures through visitFileFailed; nothing else is expected here
    }
  }

  private boolean insideRoot(Path p) {
    return guard.contains(p);
  }
}
