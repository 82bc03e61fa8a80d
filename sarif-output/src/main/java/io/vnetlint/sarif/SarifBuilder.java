package io.vnetlint.sarif;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.RuleMetadata;
import io.vnetlint.sarif.model.ArtifactChange;
import io.vnetlint.sarif.model.ArtifactContent;
import io.vnetlint.sarif.model.ArtifactLocation;
import io.vnetlint.sarif.model.Fix;
import io.vnetlint.sarif.model.Invocation;
import io.vnetlint.sarif.model.Location;
import io.vnetlint.sarif.model.Message;
import io.vnetlint.sarif.model.MultiformatMessageString;
import io.vnetlint.sarif.model.Notification;
import io.vnetlint.sarif.model.PhysicalLocation;
import io.vnetlint.sarif.model.Region;
import io.vnetlint.sarif.model.Replacement;
import io.vnetlint.sarif.model.ReportingConfiguration;
import io.vnetlint.sarif.model.ReportingDescriptor;
import io.vnetlint.sarif.model.ReportingDescriptorReference;
import io.vnetlint.sarif.model.Result;
import io.vnetlint.sarif.model.RuleProperties;
import io.vnetlint.sarif.model.Run;
import io.vnetlint.sarif.model.RunAutomationDetails;
import io.vnetlint.sarif.model.SarifLog;
import io.vnetlint.sarif.model.Suppression;
import io.vnetlint.sarif.model.Tool;
import io.vnetlint.sarif.model.ToolComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds the SARIF object model for one {@link SarifInput}; one instance per write (it caches line hashes). */
final class SarifBuilder {
  static final String TOOL_NAME = "vnetlint";
  static final String INFORMATION_URI = "https://github.com/vnetlint/vnetlint";
  static final String SRCROOT = "%SRCROOT%";
  static final String LINE_HASH_KEY = "primaryLocationLineHash";

  /** Findings in source order, then by everything else they carry, so equal inputs give equal output. */
  private static final Comparator<Finding> FINDING_ORDER = Finding.ORDER
      .thenComparing((Finding f) -> f.messageWithVariant())
      .thenComparingInt(f -> f.primary().range().endLine())
      .thenComparingInt(f -> f.primary().range().endColumn())
      .thenComparing(Finding::level)
      .thenComparing(f -> String.join("\u0000", f.identity()))
      .thenComparing(f -> f.related().toString());

  private static final Comparator<Diagnostic> DIAGNOSTIC_ORDER = Comparator
      .comparing((Diagnostic d) -> d.range() == null ? "" : d.range().file())
      .thenComparingInt(d -> d.range() == null ? 0 : d.range().startLine())
      .thenComparingInt(d -> d.range() == null ? 0 : d.range().startColumn())
      .thenComparing(Diagnostic::kind)
      .thenComparing(d -> nullToEmpty(d.code()))
      .thenComparing(d -> nullToEmpty(d.ruleId()))
      .thenComparing(d -> nullToEmpty(d.message()))
      .thenComparing(d -> d.range() == null ? "" : d.range().toString());

  private final SarifInput input;
  private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
  private final List<RuleMetadata> rules = new ArrayList<>();
  private final Map<String, Optional<LineHashes>> lineHashes = new HashMap<>();

  SarifBuilder(SarifInput input) {
    this.input = input;
  }

  SarifLog build() {
    input.rules().forEach(this::addRule);
    List<Finding> findings = input.findings().stream().sorted(FINDING_ORDER).toList();
    findings.forEach(f -> addRule(f.rule()));

    List<Result> results = findings.stream().map(this::result).toList();
    List<Notification> notifications = input.diagnostics().stream()
        .sorted(DIAGNOSTIC_ORDER)
        .map(this::notification)
        .toList();

    ToolComponent driver = new ToolComponent(
        TOOL_NAME, input.toolVersion(), INFORMATION_URI, rules.stream().map(SarifBuilder::descriptor).toList());
    Invocation invocation = new Invocation(
        input.executionSuccessful(), input.exitCode(), notifications.isEmpty() ? null : notifications);
    return SarifLog.of(new Run(
        new Tool(driver),
        List.of(invocation),
        new RunAutomationDetails(input.automationId()),
        Run.UTF16_CODE_UNITS,
        Map.of(SRCROOT, srcRoot()),
        results));
  }

  private void addRule(RuleMetadata rule) {
    if (!ruleIndex.containsKey(rule.id())) {
      ruleIndex.put(rule.id(), rules.size());
      rules.add(rule);
    }
  }

  private ArtifactLocation srcRoot() {
    if (input.rootUri() != null) {
      return new ArtifactLocation(input.rootUri().toASCIIString(), null, null);
    }
    return new ArtifactLocation(null, null,
        new Message("The scanned directory; result locations are relative to it."));
  }

  static ReportingDescriptor descriptor(RuleMetadata rule) {
    String shortDescription = firstNonBlank(rule.shortDescription(), rule.name(), rule.id());
    String fullDescription = firstNonBlank(rule.fullDescription(), shortDescription);
    boolean hasHelp = rule.helpMarkdown() != null && !rule.helpMarkdown().isBlank();
    String helpMarkdown = hasHelp ? rule.helpMarkdown() : fullDescription;
    String helpText = firstNonBlank(hasHelp ? rule.helpText() : "", fullDescription);
    String helpUri = rule.helpUri();
    if (!helpMarkdown.contains(helpUri)) {
      // GitHub shows help.markdown but not helpUri, so the link goes into the markdown as well.
      helpMarkdown = helpMarkdown + "\n\n[" + rule.id() + " in the vnetlint rule catalogue](" + helpUri + ")";
    }
    boolean security = rule.isSecurityRule();
    List<String> tags = new ArrayList<>(rule.tags());
    if (security && !tags.contains("security")) {
      tags.add(0, "security"); // GitHub lists a rule with security-severity under security alerts by this tag
    }
    RuleProperties properties = new RuleProperties(
        GitHubLimits.tags(tags),
        emptyToNull(rule.precision()),
        security ? rule.securitySeverity() : null,
        security ? null : problemSeverity(rule.level()));
    return new ReportingDescriptor(
        rule.id(),
        GitHubLimits.truncate(rule.name(), GitHubLimits.MAX_NAME),
        MultiformatMessageString.text(GitHubLimits.truncate(shortDescription, GitHubLimits.MAX_DESCRIPTION)),
        MultiformatMessageString.text(GitHubLimits.truncate(fullDescription, GitHubLimits.MAX_DESCRIPTION)),
        new MultiformatMessageString(helpText, helpMarkdown),
        helpUri,
        new ReportingConfiguration(rule.level().sarifName()),
        properties);
  }

  /** GitHub's {@code problem.severity} for rules that are not security rules. */
  static String problemSeverity(Level level) {
    return switch (level) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "recommendation";
    };
  }

  private Result result(Finding finding) {
    SourceRange primary = finding.primary().range();
    List<Location> related = new ArrayList<>();
    for (io.vnetlint.rules.Location location : finding.related()) {
      String message = location.message();
      related.add(new Location(
          related.size() + 1,
          physicalLocation(location.range()),
          message == null || message.isBlank() ? null : new Message(message)));
    }
    Map<String, String> fingerprints = new TreeMap<>();
    lineHash(primary).ifPresent(hash -> fingerprints.put(LINE_HASH_KEY, hash));
    fingerprints.put(StableFingerprint.KEY, StableFingerprint.of(finding));
    String text = finding.messageWithVariant(input.pathPrefix().isEmpty() ? "" : input.pathPrefix() + "/");
    FindingStatus status = input.statuses().of(finding);
    if (status == null) {
      status = FindingStatus.NONE;
    }
    return new Result(
        finding.ruleId(),
        ruleIndex.get(finding.ruleId()),
        finding.level().sarifName(),
        new Message(withRelatedLinks(text == null || text.isBlank() ? finding.rule().shortDescription() : text,
            related)),
        List.of(new Location(null, physicalLocation(primary), null)),
        related.isEmpty() ? null : related,
        new TreeMap<>(fingerprints),
        status.suppressionJustification() == null ? null
            : List.of(new Suppression(Suppression.IN_SOURCE, status.suppressionJustification())),
        status.baselineState() == null ? null : status.baselineState().sarifName(),
        finding.fixes().stream().map(this::fix).toList());
  }

  /**
   * The message with an embedded link to each related location ({@code (see [its message](1), ...)}, before a final
   * period): GitHub code scanning and the SARIF viewers for VS Code and Visual Studio turn {@code [text](id)} into a
   * link that jumps to the related location with that id. Brackets and backslashes in the link text are escaped, as
   * SARIF requires of embedded link text.
   */
  static String withRelatedLinks(String text, List<Location> related) {
    if (related.isEmpty()) {
      return text;
    }
    boolean sentence = text.endsWith(".");
    StringBuilder sb = new StringBuilder(sentence ? text.substring(0, text.length() - 1) : text).append(" (see ");
    for (Location location : related) {
      if (location.id() > 1) {
        sb.append(", ");
      }
      String label = location.message() == null ? "related location " + location.id() : location.message().text();
      sb.append('[').append(escapeLinkText(label)).append("](").append(location.id()).append(')');
    }
    return sb.append(sentence ? ")." : ")").toString();
  }

  private static String escapeLinkText(String label) {
    StringBuilder sb = new StringBuilder(label.length());
    for (char c : label.toCharArray()) {
      if (c == '\\' || c == '[' || c == ']') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** A fix with one artifact change per file, in the order the files first appear. */
  private Fix fix(io.vnetlint.rules.Fix fix) {
    Map<String, List<Replacement>> byFile = new LinkedHashMap<>();
    for (io.vnetlint.rules.Fix.Replacement r : fix.replacements()) {
      byFile.computeIfAbsent(r.deleted().file(), f -> new ArrayList<>())
          .add(new Replacement(deletedRegion(r.deleted()), new ArtifactContent(r.inserted())));
    }
    List<ArtifactChange> changes = new ArrayList<>();
    byFile.forEach((file, replacements) -> changes.add(new ArtifactChange(
        artifactLocation(file), replacements)));
    return new Fix(new Message(fix.description()), changes);
  }

  /** Exactly the range, unlike {@link #region}: an empty region is an insertion point. */
  static Region deletedRegion(SourceRange range) {
    return new Region(range.startLine(), range.startColumn(), range.endLine(), range.endColumn());
  }

  private Optional<String> lineHash(SourceRange range) {
    return lineHashes
        .computeIfAbsent(range.file(), file -> input.sources().text(file).map(LineHashes::of))
        .flatMap(hashes -> hashes.line(range.startLine()));
  }

  private Notification notification(Diagnostic diagnostic) {
    String level = switch (diagnostic.kind()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOT_CHECKED -> "note";
    };
    ReportingDescriptorReference associatedRule = diagnostic.ruleId() == null
        ? null
        : new ReportingDescriptorReference(diagnostic.ruleId(), ruleIndex.get(diagnostic.ruleId()));
    return new Notification(
        level,
        new Message(diagnostic.message() == null ? nullToEmpty(diagnostic.code()) : diagnostic.message()),
        diagnostic.range() == null ? null : List.of(new Location(null, physicalLocation(diagnostic.range()), null)),
        diagnostic.code() == null ? null : new ReportingDescriptorReference(diagnostic.code(), null),
        associatedRule);
  }

  private PhysicalLocation physicalLocation(SourceRange range) {
    return new PhysicalLocation(artifactLocation(range.file()), region(range));
  }

  /** A scan-relative file as a URI relative to {@code %SRCROOT%}: the path prefix first, when there is one. */
  private ArtifactLocation artifactLocation(String file) {
    String relative = file.replace('\\', '/');
    while (relative.startsWith("./")) {
      relative = relative.substring(2);
    }
    String path = input.pathPrefix().isEmpty() ? relative : input.pathPrefix() + "/" + relative;
    return new ArtifactLocation(ArtifactUris.relative(path), SRCROOT, null);
  }

  /** The range as a region; an empty range grows to one character so that viewers show something. */
  static Region region(SourceRange range) {
    boolean empty = range.startLine() == range.endLine() && range.startColumn() == range.endColumn();
    return new Region(
        range.startLine(),
        range.startColumn(),
        range.endLine(),
        empty ? range.startColumn() + 1 : range.endColumn());
  }

  private static String firstNonBlank(String... candidates) {
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        return c;
      }
    }
    return "";
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
