package io.vnetlint.cli.config;

import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, reads and validates {@code .vnetlint.yaml}. Every problem is an error with the file's line and column:
 * unknown keys (with the closest known key suggested), values of the wrong type, unknown rules and levels, bad globs.
 */
public final class ConfigLoader {
  /** The file name looked for. */
  public static final String FILE_NAME = ".vnetlint.yaml";

  private static final List<String> TOP_KEYS = List.of("fail-on", "rules", "exclude", "terraform", "arm");
  private static final List<String> RULES_KEYS = List.of("enable", "disable", "levels");
  private static final List<String> TERRAFORM_KEYS = List.of("var-files", "vars");
  private static final List<String> ARM_KEYS = List.of("parameters");
  private static final List<String> FAIL_ON = List.of("error", "warning", "note", "never");
  private static final List<String> LEVELS = List.of("error", "warning", "note");

  private ConfigLoader() {}

  /**
   * The configuration file that applies to a scan of {@code start} (the directory holding every scanned path):
   * {@code .vnetlint.yaml} in {@code start} or the nearest parent that has one. The search stops at the first directory that holds {@code .git} (the repository
   * root, after looking there) or at the filesystem root.
   */
  public static Optional<Path> find(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    while (dir != null) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (Files.exists(dir.resolve(".git"))) {
        return Optional.empty();
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** Reads and validates a configuration file. */
  public static Config load(Path file) throws IOException, ConfigException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return parse(file.toAbsolutePath().normalize(), text);
  }

  /** Validates configuration text that was read from {@code file} (an absolute path). */
  public static Config parse(Path file, String text) throws ConfigException {
    YamlNode root = YamlReader.read(text);
    Path base = file.getParent();
    YamlNode.Mapping top = mapping(root, "the configuration");
    checkKeys(top, TOP_KEYS, "");

    String failOn = null;
    Set<String> enabled = null;
    Set<String> disabled = new LinkedHashSet<>();
    Map<String, Level> levels = new LinkedHashMap<>();
    List<String> exclude = new ArrayList<>();
    List<Path> varFiles = new ArrayList<>();
    Map<String, String> vars = new LinkedHashMap<>();
    Map<Path, List<Path>> armParameters = new LinkedHashMap<>();

    YamlNode.Entry e = top.entries().get("fail-on");
    if (e != null) {
      failOn = oneOf(e.value(), FAIL_ON, "fail-on");
    }
    e = top.entries().get("rules");
    if (e != null) {
      YamlNode.Mapping rules = mapping(e.value(), "rules");
      checkKeys(rules, RULES_KEYS, "rules.");
      YamlNode.Entry enable = rules.entries().get("enable");
      if (enable != null) {
        List<YamlNode.Scalar> items = stringList(enable.value(), "rules.enable");
        if (!(items.size() == 1 && "all".equalsIgnoreCase(items.get(0).text()))) {
          enabled = new LinkedHashSet<>();
          for (YamlNode.Scalar item : items) {
            enabled.add(ruleId(item));
          }
        }
      }
      YamlNode.Entry disable = rules.entries().get("disable");
      if (disable != null) {
        for (YamlNode.Scalar item : stringList(disable.value(), "rules.disable")) {
          disabled.add(ruleId(item));
        }
      }
      YamlNode.Entry levelsEntry = rules.entries().get("levels");
      if (levelsEntry != null) {
        YamlNode.Mapping m = mapping(levelsEntry.value(), "rules.levels");
        for (YamlNode.Entry level : m.entries().values()) {
          String id = ruleId(new YamlNode.Scalar(level.key(), level.line(), level.column()));
          levels.put(id, Level.parse(oneOf(level.value(), LEVELS, "the level of " + id)));
        }
      }
    }
    e = top.entries().get("exclude");
    if (e != null) {
      for (YamlNode.Scalar glob : stringList(e.value(), "exclude")) {
        try {
          FileSystems.getDefault().getPathMatcher("glob:" + glob.text());
        } catch (IllegalArgumentException bad) {
          throw new ConfigException(glob.line(), glob.column(), "bad glob '" + glob.text() + "': "
              + bad.getMessage().lines().findFirst().orElse(""));
        }
        exclude.add(glob.text());
      }
    }
    e = top.entries().get("terraform");
    if (e != null) {
      YamlNode.Mapping terraform = mapping(e.value(), "terraform");
      checkKeys(terraform, TERRAFORM_KEYS, "terraform.");
      YamlNode.Entry files = terraform.entries().get("var-files");
      if (files != null) {
        for (YamlNode.Scalar f : stringList(files.value(), "terraform.var-files")) {
          varFiles.add(path(base, f));
        }
      }
      YamlNode.Entry v = terraform.entries().get("vars");
      if (v != null) {
        YamlNode.Mapping m = mapping(v.value(), "terraform.vars");
        for (YamlNode.Entry var : m.entries().values()) {
          if (!(var.value() instanceof YamlNode.Scalar s) || s.text() == null) {
            throw new ConfigException(var.value().line(), var.value().column(),
                "terraform.vars." + var.key() + " must be a value (a string, number or boolean), not "
                    + var.value().describe());
          }
          vars.put(var.key(), s.text());
        }
      }
    }
    e = top.entries().get("arm");
    if (e != null) {
      YamlNode.Mapping arm = mapping(e.value(), "arm");
      checkKeys(arm, ARM_KEYS, "arm.");
      YamlNode.Entry p = arm.entries().get("parameters");
      if (p != null) {
        YamlNode.Mapping m = mapping(p.value(), "arm.parameters");
        for (YamlNode.Entry template : m.entries().values()) {
          List<Path> files = new ArrayList<>();
          YamlNode value = template.value();
          List<YamlNode.Scalar> items = value instanceof YamlNode.Scalar s && s.text() != null
              ? List.of(s) : stringList(value, "the parameter files of " + template.key());
          for (YamlNode.Scalar f : items) {
            files.add(path(base, f));
          }
          armParameters.put(
              path(base, new YamlNode.Scalar(template.key(), template.line(), template.column())), files);
        }
      }
    }
    return new Config(file, failOn, enabled, disabled, levels, exclude, varFiles, vars, armParameters);
  }

  private static YamlNode.Mapping mapping(YamlNode node, String what) throws ConfigException {
    if (node instanceof YamlNode.Mapping m) {
      return m;
    }
    if (node instanceof YamlNode.Scalar s && s.text() == null) {
      return new YamlNode.Mapping(Map.of(), s.line(), s.column()); // "rules:" with nothing under it
    }
    throw new ConfigException(node.line(), node.column(), what + " must be a mapping, not " + node.describe());
  }

  private static void checkKeys(YamlNode.Mapping m, List<String> known, String prefix) throws ConfigException {
    for (YamlNode.Entry entry : m.entries().values()) {
      if (!known.contains(entry.key())) {
        String hint = DidYouMean.closest(entry.key(), known)
            .map(k -> " (did you mean '" + prefix + k + "'?)")
            .orElse(" (known keys: " + String.join(", ", known) + ")");
        throw new ConfigException(entry.line(), entry.column(), "unknown key '" + prefix + entry.key() + "'" + hint);
      }
    }
  }

  /** A list of strings; a single string is accepted as a list of one. */
  private static List<YamlNode.Scalar> stringList(YamlNode node, String what) throws ConfigException {
    if (node instanceof YamlNode.Scalar s && s.text() != null) {
      return List.of(s);
    }
    if (node instanceof YamlNode.Scalar s) {
      return List.of(); // "disable:" with nothing
    }
    if (!(node instanceof YamlNode.Sequence seq)) {
      throw new ConfigException(node.line(), node.column(), what + " must be a list, not " + node.describe());
    }
    List<YamlNode.Scalar> out = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlNode.Scalar s) || s.text() == null) {
        throw new ConfigException(item.line(), item.column(),
            "the items of " + what + " must be strings, not " + item.describe());
      }
      out.add(s);
    }
    return out;
  }

  private static String oneOf(YamlNode node, List<String> allowed, String what) throws ConfigException {
    if (node instanceof YamlNode.Scalar s && s.text() != null
        && allowed.contains(s.text().toLowerCase(Locale.ROOT))) {
      return s.text().toLowerCase(Locale.ROOT);
    }
    throw new ConfigException(node.line(), node.column(),
        what + " must be one of " + String.join(", ", allowed) + ", not " + node.describe());
  }

  private static String ruleId(YamlNode.Scalar s) throws ConfigException {
    Optional<Rule> rule = RuleCatalog.byId(s.text());
    if (rule.isPresent()) {
      return rule.get().metadata().id();
    }
    List<String> names = new ArrayList<>();
    for (Rule r : RuleCatalog.all()) {
      names.add(r.metadata().id());
      names.add(r.metadata().name());
    }
    String hint = DidYouMean.closest(s.text(), names).map(n -> " (did you mean '" + n + "'?)")
        .orElse(" (`vnetlint rules` lists them)");
    throw new ConfigException(s.line(), s.column(), "unknown rule '" + s.text() + "'" + hint);
  }

  private static Path path(Path base, YamlNode.Scalar s) throws ConfigException {
    try {
      return base.resolve(s.text()).normalize();
    } catch (java.nio.file.InvalidPathException bad) {
      throw new ConfigException(s.line(), s.column(), "not a valid path: '" + s.text() + "'");
    }
  }
}
