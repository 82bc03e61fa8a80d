package io.vnetlint.sarif;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.RuleMetadata;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Everything one SARIF file is written from.
 *
 * @param toolVersion vnetlint's version, written as {@code driver.semanticVersion}
 * @param rules the whole rule catalogue in catalogue order; every rule is listed in {@code driver.rules}, also
 *     those without results (a finding of a rule missing here still gets its rule entry, appended at the end)
 * @param findings the findings to report, in any order (the writer sorts them)
 * @param diagnostics parse errors, warnings and "not checked" messages; they become tool execution notifications
 * @param exitCode the process exit code, reported in the invocation
 * @param executionSuccessful false when the scan itself failed (not when it found problems)
 * @param rootUri {@code %SRCROOT%}: the repository root (or the scan root outside a repository) as an absolute
 *     {@code file:} URI ending with {@code /}, or null when the output should not name an absolute path; a missing
 *     final {@code /} is added
 * @param automationId GitHub's {@code automationDetails.id} ({@code category/run}); null means {@code vnetlint/}
 * @param sources the texts of the scanned files, for {@code primaryLocationLineHash}; null means none
 * @param statuses suppressions and baseline states per finding; null means none
 * @param pathPrefix the scan root's path relative to {@code rootUri}, with forward slashes ({@code infra/network});
 *     it is put in front of every scan-relative path, so that artifact URIs are relative to the repository root as
 *     GitHub code scanning expects; null or empty when {@code rootUri} is the scan root
 */
public record SarifInput(
    String toolVersion,
    List<RuleMetadata> rules,
    List<Finding> findings,
    List<Diagnostic> diagnostics,
    int exitCode,
    boolean executionSuccessful,
    URI rootUri,
    String automationId,
    SourceProvider sources,
    FindingStatus.Lookup statuses,
    String pathPrefix) {

  public static final String DEFAULT_AUTOMATION_ID = "vnetlint/";

  /** Without suppressions or a baseline. */
  public SarifInput(String toolVersion, List<RuleMetadata> rules, List<Finding> findings,
      List<Diagnostic> diagnostics, int exitCode, boolean executionSuccessful, URI rootUri, String automationId,
      SourceProvider sources) {
    this(toolVersion, rules, findings, diagnostics, exitCode, executionSuccessful, rootUri, automationId, sources,
        null, null);
  }

  /** Artifact URIs relative to the scan root ({@code rootUri} is the scan root). */
  public SarifInput(String toolVersion, List<RuleMetadata> rules, List<Finding> findings,
      List<Diagnostic> diagnostics, int exitCode, boolean executionSuccessful, URI rootUri, String automationId,
      SourceProvider sources, FindingStatus.Lookup statuses) {
    this(toolVersion, rules, findings, diagnostics, exitCode, executionSuccessful, rootUri, automationId, sources,
        statuses, null);
  }

  public SarifInput {
    Objects.requireNonNull(toolVersion, "toolVersion");
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    diagnostics = List.copyOf(diagnostics);
    if (rootUri != null) {
      if (!rootUri.isAbsolute()) {
        throw new IllegalArgumentException("rootUri must be an absolute URI: " + rootUri);
      }
      if (rootUri.getRawPath() != null && !rootUri.getRawPath().endsWith("/")) {
        rootUri = URI.create(rootUri.toASCIIString() + "/");
      }
    }
    if (automationId == null || automationId.isBlank()) {
      automationId = DEFAULT_AUTOMATION_ID;
    }
    if (sources == null) {
      sources = SourceProvider.none();
    }
    if (statuses == null) {
      statuses = FindingStatus.Lookup.none();
    }
    pathPrefix = normalizePrefix(pathPrefix);
  }

  /** {@code ./infra/net/} → {@code infra/net}; "" for none. */
  private static String normalizePrefix(String prefix) {
    if (prefix == null) {
      return "";
    }
    String p = prefix.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.equals(".")) {
      return "";
    }
    if (p.startsWith("/") || p.equals("..") || p.startsWith("../") || p.contains("/../") || p.endsWith("/..")) {
      throw new IllegalArgumentException("pathPrefix must be a relative path inside the root: " + prefix);
    }
    return p;
  }
}
