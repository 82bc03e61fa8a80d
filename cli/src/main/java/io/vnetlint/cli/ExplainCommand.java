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
      spec.commandLine().getErr().println("vnetlint: unknown rule '" + rule + "' (`vnetlint rules` lists them)");
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
    out.println("More: " + m.helpUri());
    out.flush();
    return 0;
  }
}
