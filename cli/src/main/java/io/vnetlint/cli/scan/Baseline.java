package io.vnetlint.cli.scan;

import io.vnetlint.model.Limits;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The baseline of {@code --base}: a directory that holds the scanned paths as they were. Either another directory
 * given by the user (read as it is), or a git revision of the repository around the scan root, exported with
 * {@code git ls-tree} and {@code git cat-file} into a temporary directory. The working tree, the index and the
 * repository are never written; the temporary directory is deleted on {@link #close()}. The git commands run
 * locally: they read objects, they never fetch.
 *
 * @param root the baseline's counterpart of the scan root
 * @param name how messages name the baseline ("HEAD~1", "../old")
 */
public record Baseline(Path root, String name, boolean temporary) implements Closeable {

  /** A baseline that could not be read, with a message for the user. */
  public static final class BaselineException extends Exception {
    public BaselineException(String message) {
      super(message);
    }
  }

  /** Git object modes of regular files (symbolic links and submodules are not exported). */
  private static final List<String> FILE_MODES = List.of("100644", "100755");

  private static final long GIT_TIMEOUT_SECONDS = 120;

  /**
   * Opens {@code --base}: a directory when {@code base} names one, else a git revision of the repository that holds
   * {@code scanRoot}.
   *
   * @param paths the scanned paths relative to the scan root (only these are exported from git)
   */
  public static Baseline open(String base, Path scanRoot, List<Path> paths) throws BaselineException {
    Path dir = Path.of(base);
    if (Files.isDirectory(dir)) {
      try {
        return new Baseline(dir.toRealPath(), base, false);
      } catch (IOException e) {
        throw new BaselineException("--base " + base + ": cannot read the directory (" + e.getMessage() + ")");
      }
    }
    return fromGit(base, scanRoot, paths);
  }

  private static Baseline fromGit(String ref, Path scanRoot, List<Path> paths) throws BaselineException {
    if (ref.isEmpty() || ref.startsWith("-") || ref.contains("\n") || ref.contains("\0")) {
      throw new BaselineException("--base " + ref + ": neither a directory nor a git revision");
    }
    Path top;
    try {
      top = Path.of(new String(git(scanRoot, "rev-parse", "--show-toplevel"), StandardCharsets.UTF_8).strip())
          .toRealPath();
    } catch (IOException | BaselineException e) {
      throw new BaselineException("--base " + ref + ": not a directory, and the git repository around " + scanRoot
          + " cannot be read (" + e.getMessage() + ")");
    }
    String commit;
    try {
      commit = new String(git(top, "rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}"),
          StandardCharsets.UTF_8).strip();
    } catch (BaselineException e) {
      throw new BaselineException("--base " + ref + ": neither a directory nor a revision of the git repository "
          + top);
    }
    Path prefix = top.relativize(scanRoot);
    List<String> pathspecs = new ArrayList<>();
    for (Path p : paths) {
      Path inRepo = prefix.resolve(p).normalize();
      pathspecs.add(inRepo.toString().isEmpty() ? "." : inRepo.toString().replace('\\', '/'));
    }
    if (pathspecs.isEmpty()) {
      pathspecs.add(prefix.toString().isEmpty() ? "." : prefix.toString().replace('\\', '/'));
    }
    Path temp = null;
    try {
      temp = Files.createTempDirectory("vnetlint-base-");
      export(top, commit, prefix, pathspecs, temp);
      return new Baseline(temp, ref, true);
    } catch (IOException | BaselineException | RuntimeException e) {
      deleteTree(temp);
      if (e instanceof BaselineException b) {
        throw b;
      }
      throw new BaselineException("--base " + ref + ": cannot export the revision (" + e.getMessage() + ")");
    }
  }

  /** Writes the candidate files of the revision under {@code prefix} into {@code into}, relative to the prefix. */
  private static void export(Path top, String commit, Path prefix, List<String> pathspecs, Path into)
      throws IOException, BaselineException {
    List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-z", "-l", "--full-tree", commit, "--"));
    for (String spec : pathspecs) {
      args.add(":(literal)" + spec);
    }
    String listing = new String(git(top, args.toArray(String[]::new)), StandardCharsets.UTF_8);
    List<String[]> blobs = new ArrayList<>();
    for (String entry : listing.split("\0")) {
      int tab = entry.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      String path = entry.substring(tab + 1);
      String[] fields = entry.substring(0, tab).trim().split(" +");
      if (fields.length != 4 || !FILE_MODES.contains(fields[0]) || !fields[1].equals("blob")
          || !fields[3].matches("\\d{1,18}") || Long.parseLong(fields[3]) > Limits.MAX_FILE_BYTES) {
        continue; // links, submodules and files too large to scan
      }
      Path inRepo = Path.of(path).normalize();
      boolean atTop = prefix.toString().isEmpty();
      if ((!atTop && !inRepo.startsWith(prefix)) || inRepo.isAbsolute() || path.contains("..")) {
        continue;
      }
      Path relative = atTop ? inRepo : prefix.relativize(inRepo);
      if (!FileDiscovery.isCandidate(relative) || inSkippedDirectory(relative)) {
        continue;
      }
      Path target = into.resolve(relative).normalize();
      if (!target.startsWith(into)) {
        continue;
      }
      blobs.add(new String[] {fields[2], target.toString()});
    }
    catFiles(top, blobs);
  }

  /**
   * Writes the blobs with one {@code git cat-file --batch}: the object ids go in on a thread of their own while the
   * contents come out, so that neither pipe can fill up and block the other.
   */
  private static void catFiles(Path top, List<String[]> blobs) throws IOException, BaselineException {
    if (blobs.isEmpty()) {
      return;
    }
    ProcessBuilder pb = new ProcessBuilder("git", "-C", top.toString(), "-c", "core.fsmonitor=false", "cat-file",
        "--batch").redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
    Process process = pb.start();
    Thread writer = new Thread(() -> {
      try (OutputStream in = process.getOutputStream()) {
        for (String[] blob : blobs) {
          in.write((blob[0] + "\n").getBytes(StandardCharsets.US_ASCII));
        }
      } catch (IOException e) {
        // the reader sees the missing output and reports it
      }
    }, "vnetlint-git-cat-file");
    writer.setDaemon(true);
    writer.start();
    try (InputStream out = new java.io.BufferedInputStream(process.getInputStream())) {
      for (String[] blob : blobs) {
        String header = readLine(out);
        String[] parts = header.split(" ");
        if (parts.length != 3 || !parts[0].equals(blob[0]) || !parts[1].equals("blob")) {
          throw new BaselineException("git cat-file returned an unexpected object for " + blob[0]);
        }
        int size = Integer.parseInt(parts[2]);
        byte[] content = out.readNBytes(size);
        if (content.length != size || out.read() != '\n') {
          throw new BaselineException("git cat-file output ended early");
        }
        Path target = Path.of(blob[1]);
        Files.createDirectories(target.getParent());
        Files.write(target, content);
      }
    } finally {
      process.destroy();
    }
  }

  private static String readLine(InputStream in) throws IOException, BaselineException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0 || sb.length() > 200) {
        throw new BaselineException("git cat-file output ended early");
      }
      sb.append((char) c);
    }
    return sb.toString();
  }

  private static boolean inSkippedDirectory(Path relative) {
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      if (FileDiscovery.SKIPPED_DIRECTORIES.contains(relative.getName(i).toString())) {
        return true;
      }
    }
    return false;
  }

  /** Runs a local git command and returns its standard output; a non-zero exit is an exception. */
  private static byte[] git(Path dir, String... args) throws BaselineException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "core.fsmonitor=false"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    pb.environment().put("GIT_OPTIONAL_LOCKS", "0"); // reading must not even refresh the index
    try {
      Process process = pb.start();
      process.getOutputStream().close();
      byte[] out = readLimited(process.getInputStream());
      if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new BaselineException("git " + args[0] + " did not finish");
      }
      if (process.exitValue() != 0) {
        // git's own first line says why ("detected dubious ownership", "not a git repository", ...)
        String why = new String(process.getErrorStream().readNBytes(2000), StandardCharsets.UTF_8).strip();
        why = why.isEmpty() ? "" : ": " + why.lines().findFirst().orElse("");
        throw new BaselineException("git " + args[0] + " failed (exit " + process.exitValue() + ")" + why);
      }
      return out;
    } catch (IOException e) {
      throw new BaselineException("cannot run git (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BaselineException("interrupted while running git");
    }
  }

  /** The output of git, refused beyond the size the front ends would read anyway (listings included). */
  private static byte[] readLimited(InputStream in) throws IOException, BaselineException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      total += n;
      if (total > 4 * Limits.MAX_FILE_BYTES) {
        in.transferTo(OutputStream.nullOutputStream());
        throw new BaselineException("git output too large");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Deletes the exported copy; a directory given by the user is left alone. */
  @Override
  public void close() {
    if (temporary) {
      deleteTree(root);
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover temporary directory is not worth failing the scan for
    }
  }
}
