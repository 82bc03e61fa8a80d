package io.vnetlint.rules;

import java.util.List;
import java.util.Locale;

/**
 * Renders the rule catalogue ({@code rules-catalog.md} at the top of the repository) from the rule metadata: a
 * table of all rules, then one section per rule with its descriptions and help. The file is generated, committed,
 * and checked for staleness by a test; {@link RuleMetadata#helpUri()} links to the section anchors.
 */
public final class CatalogMarkdown {
  private CatalogMarkdown() {}

  public static String render(List<Rule> rules) {
    StringBuilder md = new StringBuilder();
    md.append("# vnetlint rule catalogue\n\n");
    md.append("<!-- Generated from the rule metadata by io.vnetlint.rules.CatalogMarkdown. Do not edit: change the\n")
        .append("     rule class or its help markdown and run\n")
        .append("     mvn -B -pl rules -am test -Dtest=CatalogMarkdownTest -Dsurefire.failIfNoSpecifiedTests=false\n")
        .append("     -Dvnetlint.updateCatalog=true -->\n\n");
    md.append("vnetlint ships ").append(rules.size()).append(rules.size() == 1 ? " rule" : " rules")
        .append(". Levels: `error` — Azure rejects the deployment or the connection cannot work; `warning` — it ")
        .append("deploys but is very likely wrong; `note` — advisory. Suppress a rule by its id.\n\n");
    md.append("| id | name | level | scenario | checks |\n");
    md.append("|---|---|---|---|---|\n");
    for (Rule rule : rules) {
      RuleMetadata m = rule.metadata();
      md.append("| [").append(m.id()).append("](#").append(anchor(m)).append(") | ")
          .append(m.name()).append(" | ")
          .append(m.level().sarifName()).append(" | ")
          .append(cell(m.scenario())).append(" | ")
          .append(cell(m.shortDescription())).append(" |\n");
    }
    for (Rule rule : rules) {
      md.append('\n');
      section(md, rule.metadata());
    }
    return md.toString();
  }

  private static void section(StringBuilder md, RuleMetadata m) {
    md.append("## ").append(m.id()).append(' ').append(m.name()).append("\n\n");
    md.append("**").append(m.shortDescription()).append(".**\n\n");
    md.append("- Level: `").append(m.level().sarifName()).append("`\n");
    md.append("- Scenario: ").append(m.scenario()).append('\n');
    if (!m.guideStep().isEmpty()) {
      md.append("- Guide step: ").append(m.guideStep()).append('\n');
    }
    md.append("- Tags: ").append(String.join(", ", m.tags())).append('\n');
    md.append("- Precision: ").append(m.precision()).append('\n');
    if (m.isSecurityRule()) {
      md.append("- Security severity: ").append(m.securitySeverity()).append('\n');
    }
    md.append("- Since: ").append(m.since()).append("\n\n");
    md.append(m.fullDescription()).append("\n\n");
    md.append(demoteHeadings(m.helpMarkdown())).append('\n');
  }

  /** The help's {@code ##} sections become {@code ###} under the rule's own heading; code blocks stay as they are. */
  static String demoteHeadings(String markdown) {
    StringBuilder sb = new StringBuilder();
    boolean inFence = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        inFence = !inFence;
      }
      sb.append(!inFence && line.startsWith("#") ? "#" + line : line).append('\n');
    }
    return sb.toString().strip() + "\n";
  }

  /** The anchor GitHub derives from a rule's heading; {@link RuleMetadata#helpUri()} must point at it. */
  public static String anchor(RuleMetadata m) {
    return githubAnchor(m.id() + " " + m.name());
  }

  /** GitHub's heading slug: lower case, punctuation dropped, spaces to hyphens. */
  public static String githubAnchor(String heading) {
    StringBuilder sb = new StringBuilder();
    for (char c : heading.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        sb.append(c);
      } else if (c == ' ') {
        sb.append('-');
      }
    }
    return sb.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
