package io.vnetlint.rules;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where one rule reports. A report is a small builder: {@code findings.report(peering, "useRemoteGateways", range,
 * "...").related(otherRange, "remote peering 'b-to-a'")}; it is recorded when created, so it cannot be lost.
 */
public final class Findings {
  private final RuleMetadata rule;
  private final List<Report> reports = new ArrayList<>();
  private final List<Diagnostic> notChecked = new ArrayList<>();

  public Findings(RuleMetadata rule) {
    this.rule = rule;
  }

  /**
   * Reports a finding on {@code subject}.
   *
   * @param attribute the attribute path the finding is about ("properties.useRemoteGateways"), or "" for the
   *     resource as a whole; part of the stable fingerprint
   * @param at where the fix goes
   */
  public Report report(AzureResource subject, String attribute, SourceRange at, String message) {
    Report r = new Report(subject, attribute, at, message);
    reports.add(r);
    return r;
  }

  /** Records that the rule could not check {@code subject} because a value it needs is unknown. */
  public void notChecked(AzureResource subject, SourceRange at, String reason) {
    notChecked.add(Diagnostic.notChecked(
        rule.id(), rule.id() + " (" + rule.name() + ") not checked for " + subject.describe() + ": " + reason, at));
  }

  /** The findings, without fixes (no source text confirms them). */
  public List<Finding> results() {
    return results(SourceTexts.NONE, List.of());
  }

  /**
   * The findings, each with those of its proposed fixes that the source texts confirm and that are right for every
   * resource the edited text declares: a literal in a loop body, or in a template analyzed with several parameter
   * files, declares several resources, and editing it changes them all.
   *
   * @param resources every resource of the scan
   */
  public List<Finding> results(SourceTexts texts, List<AzureResource> resources) {
    Map<Report, List<Confirmed>> confirmed = new IdentityHashMap<>();
    Map<List<Fix.Replacement>, Set<AzureResource>> fixedOwners = new HashMap<>();
    for (Report r : reports) {
      List<Confirmed> list = new ArrayList<>();
      for (ProposedFix p : r.fixes) {
        p.confirm(texts).ifPresent(fix -> {
          list.add(new Confirmed(p, fix));
          Set<AzureResource> owners = fixedOwners.computeIfAbsent(
              fix.replacements(), k -> Collections.newSetFromMap(new IdentityHashMap<>()));
          p.edits().forEach(e -> owners.add(e.owner()));
        });
      }
      confirmed.put(r, list);
    }
    List<Finding> out = new ArrayList<>();
    for (Report r : reports) {
      List<Fix> fixes = new ArrayList<>();
      for (Confirmed c : confirmed.get(r)) {
        if (rightForEveryDeclared(c, fixedOwners.get(c.fix().replacements()), resources)) {
          fixes.add(c.fix());
        }
      }
      out.add(r.toFinding(fixes));
    }
    return out;
  }

  private record Confirmed(ProposedFix proposal, Fix fix) {}

  private static boolean rightForEveryDeclared(Confirmed c, Set<AzureResource> fixed, List<AzureResource> all) {
    for (ProposedFix.Edit e : c.proposal().edits()) {
      SourceRange declaration = e.owner().header().range();
      for (AzureResource r : all) {
        if (r.header().range().equals(declaration) && !fixed.contains(r)) {
          return false;
        }
      }
    }
    return true;
  }

  public List<Diagnostic> notCheckedDiagnostics() {
    return List.copyOf(notChecked);
  }

  /** A finding under construction. */
  public final class Report {
    private final AzureResource subject;
    private final String attribute;
    private final SourceRange at;
    private final String message;
    private final List<Location> related = new ArrayList<>();
    private final List<String> relatedIdentities = new ArrayList<>();
    private Level level = rule.level();
    private final List<ProposedFix> fixes = new ArrayList<>();

    private Report(AzureResource subject, String attribute, SourceRange at, String message) {
      this.subject = subject;
      this.attribute = attribute;
      this.at = at;
      this.message = message;
    }

    /** Adds a related location that belongs to another resource the finding depends on. */
    public Report related(AzureResource resource, SourceRange range, String role) {
      related.add(new Location(range, role));
      relatedIdentities.add(resource.header().address());
      return this;
    }

    /** Adds a related location on the subject itself. */
    public Report related(SourceRange range, String role) {
      related.add(new Location(range, role));
      return this;
    }

    /** Overrides the rule's level for this finding (for rules whose level depends on how bad it is). */
    public Report level(Level level) {
      this.level = level;
      return this;
    }

    /**
     * Proposes a fix; it reaches the finding only if the source text confirms it ({@link ProposedFix#confirm}).
     * Empty means the rule has no safe edit to offer.
     */
    public Report fix(Optional<ProposedFix> fix) {
      fix.ifPresent(fixes::add);
      return this;
    }

    private Finding toFinding(List<Fix> confirmed) {
      List<String> identity = new ArrayList<>();
      identity.add(rule.id());
      identity.add(subject.header().address());
      identity.add(attribute);
      relatedIdentities.stream().sorted().distinct().forEach(identity::add);
      return new Finding(rule, level, message, new Location(at, message), related, identity,
          subject.header().origin(), confirmed);
    }
  }
}
