package io.vnetlint.rules;

import java.util.List;

/**
 * A rule's metadata in the form the outputs use: the {@link RuleInfo} annotation plus the help markdown.
 *
 * @param help the help text with its fixed sections (see {@link #HELP_SECTIONS}); read lazily for shipped rules
 */
public record RuleMetadata(
    String id,
    String name,
    Level level,
    String shortDescription,
    String fullDescription,
    String scenario,
    String guideStep,
    List<String> tags,
    String precision,
    String securitySeverity,
    String since,
    RuleHelp help) {

  /** The sections every help text has, in this order. */
  public static final List<String> HELP_SECTIONS = List.of(
      "What it checks",
      "Why it matters",
      "Guide reference",
      "Bad example",
      "Good example",
      "How to fix",
      "References");

  public static final String DOCS_BASE =
      "https://github.com/vnetlint/vnetlint/blob/main/rules-catalog.md#";

  public RuleMetadata {
    tags = List.copyOf(tags);
    if (help == null) {
      help = RuleHelp.of(null);
    }
  }

  /** Metadata with the help given as text. */
  public RuleMetadata(
      String id,
      String name,
      Level level,
      String shortDescription,
      String fullDescription,
      String scenario,
      String guideStep,
      List<String> tags,
      String precision,
      String securitySeverity,
      String since,
      String helpMarkdown) {
    this(id, name, level, shortDescription, fullDescription, scenario, guideStep, tags, precision, securitySeverity,
        since, RuleHelp.of(helpMarkdown));
  }

  /**
   * The metadata of a rule class: its {@link RuleInfo} annotation, taken from {@link RuleIndex} (the annotations of
   * the shipped rules, rendered to code) when the class is there. Reading the annotations at run time costs about
   * 10 ms of start-up in a JVM where nothing else has read an annotation yet (the JDK generates a proxy class and
   * parses each class's annotations), more than the rest of a small scan's rule work. The help markdown next to the
   * class is read when first asked for.
   */
  public static RuleMetadata of(Class<?> ruleClass) {
    RuleMetadata indexed = RuleIndex.of(ruleClass);
    return indexed != null ? indexed : fromAnnotation(ruleClass);
  }

  /** Reads the annotation on a rule class. */
  static RuleMetadata fromAnnotation(Class<?> ruleClass) {
    RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(ruleClass.getName() + " has no @RuleInfo");
    }
    return new RuleMetadata(
        info.id(),
        info.name(),
        info.level(),
        info.shortDescription(),
        info.fullDescription(),
        info.scenario(),
        info.guideStep(),
        List.of(info.tags()),
        info.precision(),
        info.securitySeverity(),
        info.since(),
        RuleHelp.nextTo(ruleClass));
  }

  /** The help text with its fixed sections (see {@link #HELP_SECTIONS}). */
  public String helpMarkdown() {
    return help.markdown();
  }

  public boolean isSecurityRule() {
    return !securitySeverity.isEmpty();
  }

  /** Where the rule is documented: its anchor in the catalogue. */
  public String helpUri() {
    return DOCS_BASE + id.toLowerCase(java.util.Locale.ROOT) + "-" + name.toLowerCase(java.util.Locale.ROOT);
  }

  /** The help as plain text: the markdown with code fences and emphasis markers removed. */
  public String helpText() {
    StringBuilder sb = new StringBuilder();
    for (String line : helpMarkdown().split("\n", -1)) {
      if (line.startsWith("```")) {
        continue;
      }
      String plain = withoutHeadingMarker(line).replace("**", "").replace("`", "");
      sb.append(plain).append('\n');
    }
    return sb.toString().strip();
  }

  /** {@code line} without a leading {@code #+ } (what {@code replaceFirst("^#+ ", "")} did, without a regex). */
  static String withoutHeadingMarker(String line) {
    int hashes = 0;
    while (hashes < line.length() && line.charAt(hashes) == '#') {
      hashes++;
    }
    return hashes > 0 && hashes < line.length() && line.charAt(hashes) == ' ' ? line.substring(hashes + 1) : line;
  }
}
