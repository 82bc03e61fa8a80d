package io.vnetlint.arm;

import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.azure.AzureResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: writes files into a scan root and loads them with the ARM front end. */
public final class ArmScan {
  public static final String SCHEMA =
      "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
  public static final String PARAMETERS_SCHEMA =
      "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#";

  private final Path root;
  private final List<Path> files = new ArrayList<>();
  private final List<Path> explicit = new ArrayList<>();
  private final List<Path> parameterFiles = new ArrayList<>();

  public ArmScan(Path root) {
    this.root = root;
  }

  /** A template with the given top-level members (JSON text without the outer braces). */
  public static String template(String members) {
    return "{\n  \"$schema\": \"" + SCHEMA + "\",\n  \"contentVersion\": \"1.0.0.0\",\n" + members + "\n}\n";
  }

  public ArmScan write(String name, String content) {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  public ArmScan write(String name, byte[] content) {
    try {
      Path file = root.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.add(Path.of(name));
    return this;
  }

  public ArmScan explicit(String name) {
    explicit.add(Path.of(name));
    return this;
  }

  public ArmScan parameters(String name) {
    parameterFiles.add(Path.of(name));
    return this;
  }

  public FrontEnd.Result load() {
    return new ArmFrontEnd().load(new ScanInput(root, files, explicit, parameterFiles));
  }

  public static <T extends AzureResource> List<T> all(FrontEnd.Result result, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (AzureResource r : result.resources()) {
      if (type.isInstance(r)) {
        out.add(type.cast(r));
      }
    }
    return out;
  }

  public static <T extends AzureResource> T only(FrontEnd.Result result, Class<T> type) {
    List<T> all = all(result, type);
    if (all.size() != 1) {
      throw new AssertionError("expected one " + type.getSimpleName() + ", got " + all + " / " + result.diagnostics());
    }
    return all.get(0);
  }
}
