package io.vnetlint.cli.config;

import io.vnetlint.rules.Level;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated {@code .vnetlint.yaml}. Paths are absolute and normalized: the file names them relative to its own
 * directory. Command-line options override every setting.
 *
 * @param file the configuration file, or null for {@link #NONE}
 * @param failOn {@code error}, {@code warning}, {@code note} or {@code never}; null when not set
 * @param enabledRules the rule ids to run; null means every rule
 * @param disabledRules rule ids never to run (applied after {@code enabledRules})
 * @param levels a level per rule id, replacing the rule's own for every finding of that rule
 * @param exclude glob patterns ({@code java.nio} glob syntax) over paths relative to the file's directory
 * @param varFiles Terraform variable files, as {@code --var-file}
 * @param vars Terraform variable values, as {@code --var}
 * @param armParameters ARM parameter files per template
 */
public record Config(
    Path file,
    String failOn,
    Set<String> enabledRules,
    Set<String> disabledRules,
    Map<String, Level> levels,
    List<String> exclude,
    List<Path> varFiles,
    Map<String, String> vars,
    Map<Path, List<Path>> armParameters) {

  /** No configuration file: every default. */
  public static final Config NONE = new Config(
      null, null, null, Set.of(), Map.of(), List.of(), List.of(), Map.of(), Map.of());

  public Config {
    enabledRules = enabledRules == null ? null : Set.copyOf(enabledRules);
    disabledRules = Set.copyOf(disabledRules);
    levels = Map.copyOf(levels);
    exclude = List.copyOf(exclude);
    varFiles = List.copyOf(varFiles);
    vars = Collections.unmodifiableMap(new LinkedHashMap<>(vars));
    Map<Path, List<Path>> copy = new LinkedHashMap<>();
    armParameters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    armParameters = Collections.unmodifiableMap(copy);
  }

  /** The directory the file's relative paths start from. */
  public Path baseDirectory() {
    return file == null ? null : file.getParent();
  }

  /** Whether a rule runs under this configuration. */
  public boolean runs(String ruleId) {
    return (enabledRules == null || enabledRules.contains(ruleId)) && !disabledRules.contains(ruleId);
  }
}
