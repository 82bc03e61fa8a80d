package io.vnetlint.cli;

import io.vnetlint.cli.config.Config;
import io.vnetlint.cli.scan.FileDiscovery;
import io.vnetlint.cli.scan.ScanResult;
import io.vnetlint.model.ScanInput;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Level;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the scan and graph commands apply a {@link Config}: excluded files, per-template parameters, level overrides.
 */
public final class ConfigSettings {
  private ConfigSettings() {}

  /**
   * Drops the files that match an exclude glob (matched against the path relative to the configuration file's
   * directory). Files named on the command line stay.
   */
  public static FileDiscovery.Discovered exclude(FileDiscovery.Discovered found, Path scanRoot, Config config) {
    if (config.exclude().isEmpty()) {
      return found;
    }
    List<PathMatcher> matchers = config.exclude().stream()
        .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
        .toList();
    Path base = config.baseDirectory();
    List<Path> kept = new ArrayList<>();
    for (Path file : found.files()) {
      Path abs = scanRoot.resolve(file).normalize();
      boolean excluded = false;
      if (!found.explicitFiles().contains(file) && abs.startsWith(base)) {
        Path relative = Path.of(ScanInput.display(base.relativize(abs)));
        excluded = matchers.stream().anyMatch(m -> m.matches(relative));
      }
      if (!excluded) {
        kept.add(file);
      }
    }
    return new FileDiscovery.Discovered(kept, found.explicitFiles(), found.problems());
  }

  /**
   * Fills {@code out} with the configuration's parameter files per template, relative to the scan root. Entries
   * outside the scan root or naming missing files are reported; returns false then.
   */
  public static boolean templateParameters(Config config, Path scanRoot, Map<Path, List<Path>> out, PrintWriter err)
      throws IOException {
    boolean ok = true;
    for (Map.Entry<Path, List<Path>> e : config.armParameters().entrySet()) {
      Path template = e.getKey();
      if (!template.startsWith(scanRoot)) {
        continue; // a template of another part of the repository: not in this scan
      }
      List<Path> relative = new ArrayList<>();
      for (Path p : e.getValue()) {
        if (!Files.isRegularFile(p) || !p.toRealPath().startsWith(scanRoot)) {
          err.println("vnetlint: " + display(config.file()) + ": parameter file " + p
              + " does not exist or is outside the scan root " + scanRoot);
          ok = false;
          continue;
        }
        relative.add(scanRoot.relativize(p.toRealPath()));
      }
      out.put(scanRoot.relativize(template), relative);
    }
    return ok;
  }

  /** The scan result with the configuration's level overrides applied to its findings. */
  public static ScanResult applyLevels(ScanResult result, Config config) {
    if (config.levels().isEmpty()) {
      return result;
    }
    List<Finding> findings = new ArrayList<>();
    for (Finding f : result.findings()) {
      Level level = config.levels().getOrDefault(f.ruleId(), f.level());
      findings.add(level == f.level() ? f
          : new Finding(f.rule(), level, f.message(), f.primary(), f.related(), f.identity(), f.origin(),
              f.fixes()));
    }
    return new ScanResult(result.graph(), findings, result.diagnostics(), result.filesScanned(),
        result.sensitiveRanges(), result.sources());
  }

  /** A file as the user knows it: relative to the current directory when inside it. */
  public static String display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? ScanInput.display(cwd.relativize(abs)) : abs.toString();
  }
}
