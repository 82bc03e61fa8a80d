package io.vnetlint.hcl.eval;

import io.vnetlint.hcl.syntax.ConfigFile;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.Value;
import io.vnetlint.model.json.JsonSyntaxException;
import io.vnetlint.model.json.PositionedJsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and loads the modules that module calls name, without any network access: local paths
 * ({@code ./modules/spoke}) relative to the calling module, and registry or git sources only where
 * {@code terraform init} already downloaded them ({@code .terraform/modules/modules.json} of the root module).
 * Nothing outside the scan root is read unless allowed.
 */
public final class ModuleLoader {

  /** Where a module call leads. */
  public sealed interface Resolution {
    record Found(Path dir) implements Resolution {}

    /** The module cannot be read; {@code warn} when the configuration or the scan should be looked at. */
    record Unavailable(String reason, boolean warn) implements Resolution {}
  }

  private final SourceFiles files;
  private final boolean allowOutsideRoot;
  private final Map<Path, ModuleConfig> configs = new HashMap<>();
  private final Map<Path, Map<String, String>> manifests = new HashMap<>();

  public ModuleLoader(SourceFiles files, boolean allowOutsideRoot) {
    this.files = files;
    this.allowOutsideRoot = allowOutsideRoot;
  }

  public SourceFiles files() {
    return files;
  }

  public static boolean isLocalSource(String source) {
    return source.startsWith("./") || source.startsWith("../") || source.startsWith(".\\")
        || source.startsWith("..\\") || source.equals(".") || source.equals("..");
  }

  /**
   * Resolves a call's {@code source}.
   *
   * @param callerDir the directory of the calling module
   * @param rootDir the root module's directory (where {@code .terraform/modules} lives)
   * @param key the call's key in {@code modules.json}: module call names from the root, joined by dots
   */
  public Resolution resolve(Path callerDir, Path rootDir, String key, String source) {
    Path dir;
    try {
      if (isLocalSource(source)) {
        dir = callerDir.resolve(source.replace('\\', '/')).normalize();
      } else {
        String manifestDir = manifest(rootDir).get(key);
        if (manifestDir == null) {
          return new Resolution.Unavailable("module source " + source + " is not available locally"
              + " (not downloaded under .terraform/modules; vnetlint never downloads modules)", true);
        }
        dir = rootDir.resolve(manifestDir.replace('\\', '/')).normalize();
      }
    } catch (java.nio.file.InvalidPathException e) {
      // a NUL or another character no file name has (found by fuzzing); the source is not echoed
      return new Resolution.Unavailable("the module source is not a valid path", true);
    }
    if (!allowOutsideRoot && !files.insideRoot(dir)) {
      return new Resolution.Unavailable("module source " + source + " is outside the scan root (use"
          + " --allow-outside-root to follow it)", true);
    }
    if (!Files.isDirectory(dir)) {
      return new Resolution.Unavailable("module source " + source + " is not a directory", isLocalSource(source));
    }
    return new Resolution.Found(dir);
  }

  /** The module in {@code dir}, its {@code .tf} files read from disk (also under {@code .terraform}). */
  public ModuleConfig load(Path dir) {
    Path d = dir.toAbsolutePath().normalize();
    ModuleConfig cached = configs.get(d);
    if (cached != null) {
      return cached;
    }
    List<ConfigFile> parsed = new ArrayList<>();
    for (Path f : files.terraformFiles(d)) {
      files.parse(f).ifPresent(p -> parsed.add(p.result().file()));
    }
    List<Value.Obj> json = new ArrayList<>();
    for (Path f : files.terraformJsonFiles(d)) {
      files.parseJson(f).ifPresent(v -> {
        if (v instanceof Value.Obj o) {
          json.add(o);
        }
      });
    }
    ModuleConfig config = ModuleConfig.of(d, files.display(d), parsed, json);
    configs.put(d, config);
    return config;
  }

  /** Registers a module built from files the front end already parsed (root modules). */
  public void register(ModuleConfig config) {
    configs.put(config.dir(), config);
  }

  /** {@code Key -> Dir} of {@code .terraform/modules/modules.json}; empty when absent or unreadable. */
  private Map<String, String> manifest(Path rootDir) {
    return manifests.computeIfAbsent(rootDir, d -> {
      Map<String, String> out = new HashMap<>();
      Path file = d.resolve(".terraform").resolve("modules").resolve("modules.json");
      if (!Files.isRegularFile(file) || (!allowOutsideRoot && !files.insideRoot(file))) {
        return out;
      }
      try {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Value json = PositionedJsonReader.read(SourceText.of(files.display(file), text));
        if (json instanceof Value.Obj o && o.get("Modules") instanceof Value.Arr modules) {
          for (Value m : modules.items()) {
            if (m instanceof Value.Obj entry && entry.get("Key") instanceof Value.Str k
                && entry.get("Dir") instanceof Value.Str dirValue) {
              out.put(k.value(), dirValue.value());
            }
          }
        }
      } catch (IOException | JsonSyntaxException | RuntimeException e) {
        // an unreadable manifest means no downloaded modules; calls to them become unknown
      }
      return out;
    });
  }

  /** The root-relative display of a module directory. */
  public Optional<String> display(Path dir) {
    return Optional.of(files.display(dir));
  }
}
