package io.vnetlint.rules.connection;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Secret;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.Optional;

/**
 * VNL208: a connection's pre-shared key is written as a literal in a committed file. The front ends say where
 * ({@link Secret#literal()}); the finding points there (the attribute, the variable or parameter default, the
 * values file) and names the place, never the key. Unknown keys (Key Vault, random_password, an input without a
 * value in source) and defaults of inputs marked sensitive or secure are not literals in source.
 */
@RuleInfo(
    id = "VNL208",
    name = "SharedKeyInSource",
    level = Level.WARNING,
    shortDescription = "A connection's shared key is written as a literal in source",
    fullDescription = "The pre-shared key of a connection is a literal in a committed file: a string in the "
        + "connection, a local or a module argument, the default of a Terraform variable not marked sensitive, the "
        + "default of an ARM parameter that is not securestring or of a Bicep parameter without @secure(), or a "
        + "value in a committed .tfvars, ARM parameter or .bicepparam file. Anyone who can read the repository can "
        + "read the key. The finding points where the literal is written; the key is never printed.",
    scenario = "Scenario 1: VNet-to-VNet and site-to-site connection objects",
    guideStep = "Scenario 1, validation step 4: the pre-shared keys of the connection objects",
    tags = {"security", "network", "vpn", "connection", "shared-key", "external/cwe/cwe-798"},
    precision = "high",
    securitySeverity = "7.5")
public final class SharedKeyInSource implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Connection c : graph.all(Connection.class)) {
      if (!(c.sharedKey() instanceof Field.Known<Secret> key) || key.value().isEmpty()) {
        continue; // unknown (Key Vault, random_password, an input without a value) or absent: not in source
      }
      Optional<Secret.Literal> literal = key.value().literal();
      if (literal.isEmpty() || key.value().looksLikePlaceholder()) {
        continue; // not in source, or a placeholder (GEN-PASSWORD, <your-key>) a pipeline replaces
      }
      SourceRange written = literal.get().range();
      String message = "shared key of " + c.describe() + " is " + literal.get().describe()
          + "; anyone who can read the repository can read it. Pass it at deployment time from a secret store "
          + "(a Key Vault reference, a sensitive variable or @secure() parameter without a default)";
      Findings.Report report = findings.report(c, "sharedKey", written, message);
      if (!inside(written, key.range())) {
        report.related(key.range(), "the shared key attribute of " + c.describe());
      }
    }
  }

  private static boolean inside(SourceRange inner, SourceRange outer) {
    return inner.file().equals(outer.file())
        && (inner.startLine() > outer.startLine()
            || (inner.startLine() == outer.startLine() && inner.startColumn() >= outer.startColumn()))
        && (inner.endLine() < outer.endLine()
            || (inner.endLine() == outer.endLine() && inner.endColumn() <= outer.endColumn()));
  }
}
