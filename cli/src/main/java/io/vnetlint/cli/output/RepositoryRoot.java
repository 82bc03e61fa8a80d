package io.vnetlint.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the repository root is, relative to which GitHub expects annotation paths: the Actions workspace when the
 * scan root lies inside it, else the nearest directory at or above the scan root that holds a {@code .git} entry
 * (only its existence is checked; nothing outside the scan root is read), else the scan root itself.
 */
public final class RepositoryRoot {
  private RepositoryRoot() {}

  /**
   * The scan root's path relative to the repository root, with forward slashes ("" when they are the same).
   *
   * @param githubWorkspace the value of {@code GITHUB_WORKSPACE}, or null outside Actions
   */
  public static String prefixOf(Path scanRoot, String githubWorkspace) {
    Path root = scanRoot.toAbsolutePath().normalize();
    return of(root, githubWorkspace).relativize(root).toString().replace('\\', '/');
  }

  /**
   * The repository root as an absolute, normalized path: the scan root itself when no workspace or {@code .git}
   * encloses it. SARIF's {@code %SRCROOT%} points here, so that artifact URIs are repository-relative.
   *
   * @param githubWorkspace the value of {@code GITHUB_WORKSPACE}, or null outside Actions
   */
  public static Path of(Path scanRoot, String githubWorkspace) {
    Path root = scanRoot.toAbsolutePath().normalize();
    Path repository = workspace(root, githubWorkspace);
    if (repository == null) {
      repository = gitAncestor(root);
    }
    return repository == null ? root : repository;
  }

  private static Path workspace(Path root, String githubWorkspace) {
    if (githubWorkspace == null || githubWorkspace.isBlank()) {
      return null;
    }
    try {
      Path ws = Path.of(githubWorkspace).toAbsolutePath().normalize();
      if (Files.isDirectory(ws)) {
        ws = ws.toRealPath();
      }
      return root.startsWith(ws) ? ws : null;
    } catch (IOException | RuntimeException e) {
      return null; // a workspace we cannot resolve is no workspace: fall back to .git
    }
  }

  private static Path gitAncestor(Path root) {
    for (Path p = root; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return p;
      }
    }
    return null;
  }
}
