package io.vnetlint.cli;

import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleCatalog;
import io.vnetlint.rules.RuleMetadata;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vnetlint rules}: the catalogue as a table. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "List the rules: id, level, name and what each finds.")
final class RulesCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int nameWidth = "NAME".length();
    for (Rule r : RuleCatalog.all()) {
      nameWidth = Math.max(nameWidth, r.metadata().name().length());
    }
    String format = "%-7s %-8s %-" + nameWidth + "s  %s%n";
    out.printf(format, "ID", "LEVEL", "NAME", "DESCRIPTION");
    for (Rule r : RuleCatalog.all()) {
      RuleMetadata m = r.metadata();
      out.printf(format, m.id(), m.level().sarifName(), m.name(), m.shortDescription());
    }
    out.flush();
    return 0;
  }
}
