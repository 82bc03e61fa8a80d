package io.vnetlint.cli.controls;

import io.vnetlint.cli.scan.ScanResult;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceText;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleCatalog;
import io.vnetlint.sarif.FindingStatus;
import io.vnetlint.sarif.StableFingerprint;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sorts a scan's findings into active ones (reported, counted for the exit code), suppressed ones (a
 * {@code vnetlint:ignore} comment with a reason covers them) and baselined ones (the baseline has their
 * fingerprint), and reports suppression comments that are wrong: without a reason (they suppress nothing), naming an
 * unknown rule, or suppressing nothing (like ruff's RUF100). Those reports are tool warnings, not findings: they
 * do not change the exit code.
 */
public final class Triage {
  /** What became of a finding. */
  public enum Status { ACTIVE, SUPPRESSED, BASELINED }

  /** A finding with its status; {@code justification} is the suppression's reason. */
  public record Triaged(Finding finding, Status status, String justification) {}

  /**
   * The outcome.
   *
   * @param findings every finding, in the scan's order
   * @param diagnostics the warnings about suppression comments
   * @param baselineUsed whether a baseline was compared (then every unsuppressed finding is new or unchanged)
   * @param baselineGone the baseline's findings that no finding of this scan matched: fixed, or changed so much
   *     that they are new findings now (then they are active); the baseline can be refreshed
   */
  public record Outcome(List<Triaged> findings, List<Diagnostic> diagnostics, boolean baselineUsed,
      int baselineGone) {
    public Outcome {
      findings = List.copyOf(findings);
      diagnostics = List.copyOf(diagnostics);
    }

    public List<Finding> withStatus(Status status) {
      return findings.stream().filter(t -> t.status() == status).map(Triaged::finding).toList();
    }

    /** The statuses as SARIF writes them. */
    public FindingStatus.Lookup sarifStatuses() {
      Map<Finding, FindingStatus> byFinding = new IdentityHashMap<>();
      for (Triaged t : findings) {
        FindingStatus.BaselineState state = !baselineUsed || t.status() == Status.SUPPRESSED ? null
            : t.status() == Status.BASELINED ? FindingStatus.BaselineState.UNCHANGED : FindingStatus.BaselineState.NEW;
        byFinding.put(t.finding(), new FindingStatus(t.justification(), state));
      }
      return f -> byFinding.getOrDefault(f, FindingStatus.NONE);
    }
  }

  private Triage() {}

  /**
   * @param rulesRun the ids of the rules that ran: a suppression of a rule that did not run is not "unused"
   * @param baseline the baseline to compare with, or null
   */
  public static Outcome apply(ScanResult result, Set<String> rulesRun, FindingsBaseline baseline) {
    List<Suppression> suppressions = new ArrayList<>();
    for (String file : new LinkedHashSet<>(result.filesScanned())) {
      Optional<SourceText> text = result.sources().get(file);
      text.ifPresent(t -> suppressions.addAll(SuppressionComments.find(t)));
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    // The rule ids each suppression names, resolved; unknown ones reported once.
    List<Set<String>> resolved = new ArrayList<>();
    for (Suppression s : suppressions) {
      Set<String> ids = new LinkedHashSet<>();
      for (String id : s.ruleIds()) {
        Optional<Rule> rule = RuleCatalog.byId(id);
        if (rule.isPresent()) {
          ids.add(rule.get().metadata().id());
        } else {
          diagnostics.add(Diagnostic.warning("suppression-unknown-rule",
              "vnetlint:ignore names an unknown rule '" + id + "' (`vnetlint rules` lists them)", s.comment()));
        }
      }
      if (s.ruleIds().isEmpty()) {
        diagnostics.add(Diagnostic.warning("suppression-without-rule",
            "vnetlint:ignore must name the rules it suppresses: `vnetlint:ignore VNL102 -- reason`", s.comment()));
      } else if (!s.hasReason()) {
        diagnostics.add(Diagnostic.warning("suppression-without-reason",
            "vnetlint:ignore without a reason suppresses nothing; add one after `--`: `vnetlint:ignore "
                + String.join(",", s.ruleIds()) + " -- why this is fine`", s.comment()));
      }
      resolved.add(ids);
    }

    Map<String, Integer> remaining = baseline == null ? Map.of() : new java.util.HashMap<>(baseline.counts());
    List<Set<String>> used = new ArrayList<>();
    resolved.forEach(r -> used.add(new LinkedHashSet<>()));
    List<Triaged> out = new ArrayList<>();
    for (Finding f : result.findings()) {
      Suppression by = null;
      for (int i = 0; i < suppressions.size(); i++) {
        Suppression s = suppressions.get(i);
        if (s.hasReason() && resolved.get(i).contains(f.ruleId()) && s.covers(f.primary().range())) {
          used.get(i).add(f.ruleId());
          if (by == null) {
            by = s;
          }
        }
      }
      if (by != null) {
        out.add(new Triaged(f, Status.SUPPRESSED, by.reason()));
        continue;
      }
      // without a baseline nothing here needs the fingerprint (a SHA-256 per finding)
      String fingerprint = remaining.isEmpty() ? null : StableFingerprint.of(f);
      Integer left = fingerprint == null ? null : remaining.get(fingerprint);
      if (left != null && left > 0) {
        remaining.put(fingerprint, left - 1);
        out.add(new Triaged(f, Status.BASELINED, null));
      } else {
        out.add(new Triaged(f, Status.ACTIVE, null));
      }
    }
    for (int i = 0; i < suppressions.size(); i++) {
      Suppression s = suppressions.get(i);
      if (!s.hasReason()) {
        continue;
      }
      Set<String> usedHere = used.get(i);
      List<String> unused = resolved.get(i).stream()
          .filter(id -> rulesRun.contains(id) && !usedHere.contains(id))
          .toList();
      if (!unused.isEmpty()) {
        diagnostics.add(Diagnostic.warning("unused-suppression",
            "unused suppression: no " + String.join(", ", unused) + " finding starts in lines " + s.firstLine()
                + "-" + s.lastLine() + "; remove " + (unused.size() == 1 ? "it" : "them"), s.comment()));
      }
    }
    int gone = 0;
    for (int left : remaining.values()) {
      gone += left;
    }
    return new Outcome(out, diagnostics, baseline != null, gone);
  }
}
