package io.vnetlint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A rule's help markdown. Only SARIF, {@code explain} and the catalogue print it, so the help that ships next to a
 * rule class is read when first asked for, not when the rule is loaded: a text scan never pays for reading 60 help
 * files out of the jar.
 */
public sealed interface RuleHelp {

  /** The help text with its fixed sections (see {@link RuleMetadata#HELP_SECTIONS}); may be null for given help. */
  String markdown();

  /** Help given as text, as tests and other tools build it. */
  static RuleHelp of(String markdown) {
    return new Given(markdown);
  }

  /** The help in {@code <SimpleName>.md} next to {@code ruleClass}, read on first use. */
  static RuleHelp nextTo(Class<?> ruleClass) {
    return new NextToClass(ruleClass);
  }

  /** Help given as text. */
  record Given(String markdown) implements RuleHelp {}

  /** Help read from the resource next to a class; equal when it is the same class, so equality never reads it. */
  record NextToClass(Class<?> ruleClass) implements RuleHelp {
    private static final ClassValue<String> TEXT = new ClassValue<>() {
      @Override
      protected String computeValue(Class<?> type) {
        return read(type);
      }
    };

    public NextToClass {
      if (ruleClass == null) {
        throw new IllegalArgumentException("ruleClass is null");
      }
    }

    @Override
    public String markdown() {
      return TEXT.get(ruleClass);
    }

    private static String read(Class<?> ruleClass) {
      String resource = ruleClass.getSimpleName() + ".md";
      try (InputStream in = ruleClass.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("help text " + resource + " is missing next to " + ruleClass.getName());
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
