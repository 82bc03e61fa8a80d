package io.vnetlint.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a front end is asked to read.
 *
 * @param root the scan root; every path a front end opens must resolve inside it
 * @param files the candidate files found by discovery, relative to {@code root}, in a stable order
 * @param explicitFiles the files the user named on the command line (a subset of {@code files}); a front end
 *     reports problems with these even when it cannot tell whether they are meant for it (an empty {@code x.json})
 * @param parameterFiles ARM parameter files given with {@code --parameters}, relative to {@code root}
 * @param terraform Terraform variable inputs and module policy
 * @param templateParameters ARM parameter files for particular templates (from the configuration file), all
 *     relative to {@code root}; a template listed here is analyzed once per listed file, whatever
 *     {@code parameterFiles} or the files next to it say
 */
public record ScanInput(
    Path root,
    List<Path> files,
    List<Path> explicitFiles,
    List<Path> parameterFiles,
    TerraformInputs terraform,
    Map<Path, List<Path>> templateParameters) {

  public ScanInput {
    files = List.copyOf(files);
    explicitFiles = List.copyOf(explicitFiles);
    parameterFiles = List.copyOf(parameterFiles);
    java.util.Map<Path, List<Path>> copy = new java.util.LinkedHashMap<>();
    templateParameters.forEach((template, parameters) -> copy.put(template, List.copyOf(parameters)));
    templateParameters = java.util.Collections.unmodifiableMap(copy);
  }

  public ScanInput(
      Path root, List<Path> files, List<Path> explicitFiles, List<Path> parameterFiles, TerraformInputs terraform) {
    this(root, files, explicitFiles, parameterFiles, terraform, Map.of());
  }

  public ScanInput(Path root, List<Path> files, List<Path> explicitFiles, List<Path> parameterFiles) {
    this(root, files, explicitFiles, parameterFiles, TerraformInputs.NONE);
  }

  /**
   * Terraform's own inputs, as {@code terraform plan} takes them.
   *
   * @param varFiles {@code --var-file} files relative to the root, applied after {@code terraform.tfvars} and
   *     {@code *.auto.tfvars}, in order
   * @param vars {@code --var name=value} pairs, applied last (values in HCL syntax, or raw strings)
   * @param environment the environment, for {@code TF_VAR_name} variables
   * @param allowOutsideRoot follow local module sources that leave the scan root ({@code --allow-outside-root})
   */
  public record TerraformInputs(
      List<Path> varFiles, Map<String, String> vars, Map<String, String> environment, boolean allowOutsideRoot) {
    public static final TerraformInputs NONE = new TerraformInputs(List.of(), Map.of(), Map.of(), false);

    public TerraformInputs {
      varFiles = List.copyOf(varFiles);
      vars = Map.copyOf(vars);
      environment = Map.copyOf(environment);
    }
  }

  /** Every file under {@code root}, none explicit, no parameter files: the usual directory scan. */
  public static ScanInput of(Path root, List<Path> files) {
    return new ScanInput(root, files, List.of(), List.of());
  }

  /** The scan-relative path with forward slashes: how every report names a file. */
  public static String display(Path relative) {
    return relative.toString().replace('\\', '/');
  }
}
