package io.vnetlint.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The one containment check every reader of scanned files uses: a path is inside the scan root when it is inside
 * lexically (after {@code ..} is resolved) and, once every symbolic link on the way is followed, its real path is
 * inside the real root too. A path that does not exist is judged lexically (nothing can be read through it).
 */
public final class ScanRoot {
  private final Path root;
  private final Path realRoot;

  public ScanRoot(Path root) {
    this.root = root.toAbsolutePath().normalize();
    Path real;
    try {
      real = this.root.toRealPath();
    } catch (IOException e) {
      real = this.root;
    }
    this.realRoot = real;
  }

  /** The root, absolute and normalized (not resolved through links). */
  public Path path() {
    return root;
  }

  /** The root with every symbolic link resolved. */
  public Path realPath() {
    return realRoot;
  }

  /** Whether {@code path} (absolute, or relative to the root) stays inside the root, symbolic links followed. */
  public boolean contains(Path path) {
    Path p = root.resolve(path).normalize();
    if (!p.startsWith(root) && !p.startsWith(realRoot)) {
      return false;
    }
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return true; // nothing there: nothing can be read through it, and callers report it as missing
    }
    try {
      return p.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false; // a dangling link or a link loop: it leads nowhere inside the root
    }
  }
}
