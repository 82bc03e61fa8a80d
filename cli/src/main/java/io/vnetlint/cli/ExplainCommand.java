package io.vnetlint.cli;

import io.vnetlint.rules.RuleCatalog;
import io.vnetlint.rules.RuleMetadata;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vnetlint explain VNL101}: a rule's full help. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "Show the help of one rule: what it checks, why, examples and how to fix.")
final class ExplainCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(paramLabel = "RULE", description = "A rule id (VNL101) or name (PeeredAddressSpaceOverlap).")
  String rule;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    var found = RuleCatalog.byId(rule);
    if (found.isEmpty()) {
      java.util.List<String> known = new java.util.ArrayList<>();
      RuleCatalog.all().forEach(r -> {
        known.add(r.metadata().id());
        known.add(r.metadata().name());
      });
      String hint = io.vnetlint.cli.config.DidYouMean.closest(rule, known)
          .map(s -> "did you mean '" + s + "'? ").orElse("");
      spec.commandLine().getErr().println("vnetlint: unknown rule '" + rule + "' (" + hint
          + "`vnetlint rules` lists them)");
      return Main.EXIT_INPUT_ERROR;
    }
    RuleMetadata m = found.get().metadata();
    out.println(m.id() + " " + m.name() + " (" + m.level().sarifName() + ")");
    out.println();
    out.println(m.fullDescription());
    out.println();
    out.println("Guide: " + m.scenario() + (m.guideStep().isEmpty() ? "" : " — " + m.guideStep()));
    out.println();
    out.println(m.helpMarkdown());
    out.println();
    out.println("Suppress one finding: a comment `vnetlint:ignore " + m.id() + " -- <reason>` (# or // in Terraform, "
        + "// in Bicep and ARM JSON) above the resource or attribute. Turn the rule off: rules.disable in "
        + ".vnetlint.yaml.");
    out.println("More: " + m.helpUri());
    out.flush();
    return 0;
  }
}
