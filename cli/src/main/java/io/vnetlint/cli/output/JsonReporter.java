package io.vnetlint.cli.output;

import io.vnetlint.cli.controls.Triage;
import io.vnetlint.cli.scan.ScanResult;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Fix;
import io.vnetlint.rules.Location;
import io.vnetlint.sarif.StableFingerprint;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * vnetlint's own JSON output: findings and input diagnostics with full ranges, for scripts that want something
 * simpler than SARIF. Version 1 of this format; fields are only ever added.
 */
public final class JsonReporter {

  public void report(ScanResult result, int exitCode, Writer out) throws IOException {
    report(result, null, exitCode, out);
  }

  /**
   * @param controls the status of every finding in {@code result} (suppressed, baselined); null: all active
   */
  public void report(ScanResult result, Triage.Outcome controls, int exitCode, Writer out) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", 1);
    List<Object> findings = new ArrayList<>();
    List<Triage.Triaged> triaged = controls != null ? controls.findings()
        : result.findings().stream().map(f -> new Triage.Triaged(f, Triage.Status.ACTIVE, null)).toList();
    int active = 0;
    for (Triage.Triaged t : triaged) {
      Finding f = t.finding();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ruleId", f.ruleId());
      m.put("ruleName", f.rule().name());
      m.put("level", f.level().sarifName());
      m.put("message", f.messageWithVariant());
      m.put("location", range(f.primary().range()));
      List<Object> related = new ArrayList<>();
      for (Location l : f.related()) {
        Map<String, Object> r = range(l.range());
        r.put("message", l.message());
        related.add(r);
      }
      m.put("related", related);
      List<Object> fixes = new ArrayList<>();
      for (Fix fix : f.fixes()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("description", fix.description());
        List<Object> replacements = new ArrayList<>();
        for (Fix.Replacement r : fix.replacements()) {
          Map<String, Object> deleted = range(r.deleted());
          deleted.put("insertedText", r.inserted());
          replacements.add(deleted);
        }
        x.put("replacements", replacements);
        fixes.add(x);
      }
      m.put("fixes", fixes);
      if (f.origin().variant() != null) {
        m.put("parameterFile", f.origin().variant());
      }
      m.put("status", t.status().name().toLowerCase(Locale.ROOT));
      if (t.justification() != null) {
        m.put("justification", t.justification());
      }
      m.put("fingerprint", StableFingerprint.of(f));
      active += t.status() == Triage.Status.ACTIVE ? 1 : 0;
      findings.add(m);
    }
    root.put("findings", findings);
    List<Object> diagnostics = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", d.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      m.put("code", d.code());
      if (d.ruleId() != null) {
        m.put("ruleId", d.ruleId());
      }
      m.put("message", d.message());
      m.put("location", range(d.range()));
      diagnostics.add(m);
    }
    root.put("diagnostics", diagnostics);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("filesScanned", result.filesScanned().size());
    summary.put("resources", result.graph().resources().size());
    summary.put("findings", active);
    summary.put("suppressed", triaged.stream().filter(t -> t.status() == Triage.Status.SUPPRESSED).count());
    summary.put("baselined", triaged.stream().filter(t -> t.status() == Triage.Status.BASELINED).count());
    if (controls != null && controls.baselineUsed()) {
      summary.put("baselineGone", controls.baselineGone());
    }
    summary.put("notChecked", result.notCheckedCount());
    summary.put("exitCode", exitCode);
    root.put("summary", summary);
    JsonTree.write(root, out);
    out.flush();
  }

  private static Map<String, Object> range(SourceRange r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", r.file());
    m.put("startLine", r.startLine());
    m.put("startColumn", r.startColumn());
    m.put("endLine", r.endLine());
    m.put("endColumn", r.endColumn());
    return m;
  }
}
