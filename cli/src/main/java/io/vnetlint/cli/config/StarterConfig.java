package io.vnetlint.cli.config;

/** The commented {@code .vnetlint.yaml} that {@code vnetlint init} writes; every setting is shown, most commented. */
public final class StarterConfig {
  private StarterConfig() {}

  public static final String TEXT = """
      # vnetlint configuration (https://github.com/vnetlint/vnetlint/blob/main/docs/configuration.md).
      # vnetlint looks for this file in the scan root and its parents, up to the repository root (the directory with
      # .git). Paths are relative to this file's directory. Command-line options override these settings.

      # Exit with 1 when a finding is at or above this level: error, warning, note or never (--fail-on).
      fail-on: error

      rules:
        # Run only these rules (ids or names); "all" runs every rule.
        enable: [all]
        # Never run these rules.
        disable: []
        # Report a rule's findings at another level: error, warning or note.
        levels: {}
        #   VNL902: warning

      # Files not to scan (glob patterns, relative to this file's directory). Files named on the command line are
      # scanned all the same.
      exclude: []
      #  - "legacy/**"
      #  - "**/*.draft.json"

      terraform:
        # Variable files, as terraform plan -var-file (applied after terraform.tfvars and *.auto.tfvars).
        var-files: []
        # Variable values, as terraform plan -var.
        vars: {}
        #   location: westeurope

      arm:
        # Parameter files per template; the template is analyzed once per file. Without an entry, vnetlint uses the
        # parameter files next to the template (main.parameters.json, main.parameters.<env>.json).
        parameters: {}
        #   hub/azuredeploy.json: [hub/azuredeploy.parameters.prod.json, hub/azuredeploy.parameters.dev.json]
      """;
}
