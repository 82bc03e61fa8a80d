package io.vnetlint.cli;

import io.vnetlint.cli.config.Config;
import io.vnetlint.cli.config.ConfigException;
import io.vnetlint.cli.config.ConfigLoader;
import io.vnetlint.model.ScanRoot;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the scan and graph commands resolve the same way from their options: the scan root, the configuration file,
 * files named on the command line, and where the report goes. Problems are printed to {@code err} as one line each.
 */
public final class CommandInputs {
  private CommandInputs() {}

  /**
   * The scan root: {@code root} (--root); else the current directory when every path is inside it; else the single
   * path given (its directory for a file). Null after an error.
   */
  public static Path chooseRoot(Path root, List<Path> paths, PrintWriter err) throws IOException {
    if (root != null) {
      if (!Files.isDirectory(root)) {
        err.println("vnetlint: --root " + root + " is not a directory");
        return null;
      }
      return root.toRealPath();
    }
    Path cwd = Path.of("").toAbsolutePath().toRealPath();
    if (paths.stream().allMatch(p -> p.toAbsolutePath().normalize().startsWith(cwd))) {
      return cwd;
    }
    if (paths.size() == 1 && Files.exists(paths.get(0))) {
      Path only = paths.get(0).toRealPath();
      return Files.isDirectory(only) ? only : only.getParent();
    }
    err.println("vnetlint: the paths are not inside the current directory; choose a common --root");
    return null;
  }

  /**
   * The configuration: none with --no-config, {@code configFile} (--config), else the .vnetlint.yaml found from the
   * deepest directory holding every path. Null after an error.
   */
  public static Config loadConfig(boolean noConfig, Path configFile, List<Path> paths, Path scanRoot,
      PrintWriter err) throws IOException {
    if (noConfig) {
      return Config.NONE;
    }
    Path file = configFile;
    if (file == null) {
      file = ConfigLoader.find(commonDirectory(paths, scanRoot)).orElse(null);
      if (file == null) {
        return Config.NONE;
      }
    } else if (!Files.isRegularFile(file)) {
      err.println("vnetlint: --config " + file + ": no such file");
      return null;
    }
    try {
      return ConfigLoader.load(file);
    } catch (ConfigException e) {
      err.println(ConfigSettings.display(file) + ":" + e.line() + ":" + e.column() + ": error: " + e.getMessage());
      return null;
    }
  }

  /** Where the search for .vnetlint.yaml starts: the deepest directory that holds every path. */
  private static Path commonDirectory(List<Path> paths, Path scanRoot) {
    Path common = null;
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
      if (dir == null) {
        return scanRoot;
      }
      if (common == null) {
        common = dir;
      } else {
        while (common != null && !dir.startsWith(common)) {
          common = common.getParent();
        }
      }
    }
    return common == null ? scanRoot : common;
  }

  /**
   * Adds the files named on the command line ({@code what}: "parameter file", "variable file") to {@code into},
   * relative to the scan root; false when one does not exist or leaves the root (symlinks followed).
   */
  public static boolean filesInsideRoot(List<Path> given, Path scanRoot, String what, List<Path> into,
      PrintWriter err) throws IOException {
    boolean ok = true;
    ScanRoot guard = new ScanRoot(scanRoot);
    for (Path p : given) {
      Path real = p.toAbsolutePath().normalize();
      if (!Files.isRegularFile(real) || !guard.contains(real)) {
        err.println("vnetlint: " + what + " " + p + " does not exist or is outside the scan root " + scanRoot);
        ok = false;
        continue;
      }
      into.add(scanRoot.relativize(real.toRealPath()));
    }
    return ok;
  }

  /** The discovered files plus the parameter files named for the scan that discovery did not list. */
  public static List<Path> withParameterFiles(List<Path> discovered, List<Path> parameters,
      Map<Path, List<Path>> templateParameters) {
    List<Path> files = new ArrayList<>(discovered);
    List<Path> allParameters = new ArrayList<>(parameters);
    templateParameters.values().forEach(allParameters::addAll);
    for (Path p : allParameters) {
      if (!files.contains(p)) {
        files.add(p);
      }
    }
    return files;
  }

  /** The report's destination: {@code output} (created with its directories), else stdout, left open on close. */
  public static Writer openOutput(Path output, PrintWriter stdout) throws IOException {
    if (output == null) {
      return new Writer() {
        @Override
        public void write(char[] cbuf, int off, int len) {
          stdout.write(cbuf, off, len);
        }

        @Override
        public void flush() {
          stdout.flush();
        }

        @Override
        public void close() {
          stdout.flush(); // stdout stays open
        }
      };
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8);
  }
}
