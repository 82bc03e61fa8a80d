package io.vnetlint.rules;

import java.util.List;

/** Renders {@code RuleIndex.java}: the {@link RuleInfo} annotations of the catalogue's rules as code. */
final class RuleIndexSource {
  /** Where the index lives, relative to the repository root. */
  static final String PATH = "rules/src/main/java/io/vnetlint/rules/RuleIndex.java";

  private RuleIndexSource() {}

  static String render(List<Class<?>> ruleClasses) {
    StringBuilder sb = new StringBuilder();
    sb.append("""
        package io.vnetlint.rules;

        import java.util.List;

        /**
         * GENERATED from the {@link RuleInfo} annotations of the rules in {@link RuleCatalog}: do not edit. Regenerate
         * with {@code mvn -B -pl rules -am test -Dtest=CatalogMarkdownTest -Dsurefire.failIfNoSpecifiedTests=false
         * -Dvnetlint.updateCatalog=true}; {@code CatalogMarkdownTest} fails when this file is stale. The
         * annotations stay the source of truth: a rule class missing here is read from its annotation.
         */
        final class RuleIndex {
          private RuleIndex() {}

          /** The metadata of {@code ruleClass} as its annotation says, or null when the class is not indexed. */
          static RuleMetadata of(Class<?> ruleClass) {
            return switch (ruleClass.getName()) {
        """);
    for (Class<?> c : ruleClasses) {
      RuleMetadata m = RuleMetadata.fromAnnotation(c);
      sb.append("      case ").append(literal(c.getName())).append(" -> new RuleMetadata(\n");
      sb.append("          ").append(literal(m.id())).append(", ").append(literal(m.name())).append(", Level.")
          .append(m.level().name()).append(",\n");
      sb.append("          ").append(wrapped(m.shortDescription())).append(",\n");
      sb.append("          ").append(wrapped(m.fullDescription())).append(",\n");
      sb.append("          ").append(wrapped(m.scenario())).append(",\n");
      sb.append("          ").append(wrapped(m.guideStep())).append(",\n");
      sb.append("          List.of(");
      for (int i = 0; i < m.tags().size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(literal(m.tags().get(i)));
      }
      sb.append("),\n          ").append(literal(m.precision())).append(", ").append(literal(m.securitySeverity()))
          .append(", ").append(literal(m.since())).append(",\n");
      sb.append("          RuleHelp.nextTo(ruleClass));\n");
    }
    sb.append("""
              default -> null;
            };
          }
        }
        """);
    return sb.toString();
  }

  /** A string literal cut after spaces into pieces joined with {@code +}, so that no line is longer than 120. */
  static String wrapped(String s) {
    StringBuilder sb = new StringBuilder();
    int from = 0;
    while (s.length() - from > 90) {
      int cut = s.lastIndexOf(' ', from + 90);
      if (cut <= from) {
        break;
      }
      sb.append(literal(s.substring(from, cut + 1))).append("\n          + ");
      from = cut + 1;
    }
    return sb.append(literal(s.substring(from))).toString();
  }

  /** A Java string literal; anything outside printable ASCII is escaped. */
  static String literal(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
