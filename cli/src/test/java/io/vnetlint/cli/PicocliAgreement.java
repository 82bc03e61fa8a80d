package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.cli.PlainArguments.Kind;
import io.vnetlint.cli.PlainArguments.Option;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Checks a {@link PlainArguments} reader against picocli, the reference: the same fields for the same words, and
 * an option table that matches the command's annotations.
 */
public final class PicocliAgreement {
  private final String name;
  private final Supplier<Object> newCommand;
  private final Function<List<String>, Optional<?>> plain;
  private final List<Option> options;

  public PicocliAgreement(String name, Supplier<Object> newCommand, Function<List<String>, Optional<?>> plain,
      List<Option> options) {
    this.name = name;
    this.newCommand = newCommand;
    this.plain = plain;
    this.options = options;
  }

  /** The command as picocli fills it for {@code vnetlint NAME words...}, through Main's top-level command. */
  public Object viaPicocli(List<String> words) {
    Object command = newCommand.get();
    CommandLine cli = new CommandLine(new Main());
    cli.addSubcommand(name, command);
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(words);
    cli.parseArgs(all.toArray(String[]::new));
    return command;
  }

  /** The command as the plain reader fills it, or empty when it leaves the words to picocli. */
  public Optional<?> viaPlain(List<String> words) {
    return plain.apply(words);
  }

  /** Asserts that the plain reader takes the words and sets every field exactly as picocli does. */
  public void assertSameAsPicocli(List<String> words) {
    Optional<?> fast = viaPlain(words);
    assertThat(fast).as("plain reading of %s", words).isPresent();
    assertThat(fields(fast.get())).as("fields for %s", words).isEqualTo(fields(viaPicocli(words)));
  }

  /** Every instance field but picocli's spec, by name; maps as entry lists, so that their order counts too. */
  public static Map<String, Object> fields(Object command) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Field field : command.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic() || field.getType() == CommandSpec.class) {
        continue;
      }
      field.setAccessible(true);
      try {
        Object value = field.get(command);
        fields.put(field.getName(), value instanceof Map<?, ?> map ? List.copyOf(map.entrySet()) : value);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    return fields;
  }

  /**
   * Asserts that the table knows every option of the command with picocli's names and arity, that picocli reads
   * the command with the default parser settings the plain reader assumes, and that help and version options are
   * left to picocli.
   */
  public void assertKnowsEveryOption() {
    CommandLine cli = new CommandLine(new Main());
    cli.addSubcommand(name, newCommand.get());
    CommandSpec spec = cli.getSubcommands().get(name).getCommandSpec();
    CommandLine.Model.ParserSpec parser = spec.parser();
    assertThat(parser.separator()).isEqualTo("=");
    assertThat(parser.endOfOptionsDelimiter()).isEqualTo("--");
    assertThat(parser.overwrittenOptionsAllowed()).isFalse();
    assertThat(parser.caseInsensitiveEnumValuesAllowed()).isFalse();
    assertThat(parser.abbreviatedOptionsAllowed()).isFalse();
    assertThat(parser.toggleBooleanFlags()).isFalse();
    assertThat(parser.unmatchedOptionsArePositionalParams()).isFalse();
    assertThat(parser.stopAtPositional()).isFalse();
    assertThat(parser.aritySatisfiedByAttachedOptionParam()).isFalse();
    assertThat(spec.subcommands()).isEmpty();
    assertThat(spec.argGroups()).isEmpty();

    Set<String> tableNames = new TreeSet<>();
    options.forEach(o -> tableNames.addAll(o.names()));
    Set<String> picocliNames = new TreeSet<>();
    for (OptionSpec option : spec.options()) {
      picocliNames.addAll(List.of(option.names()));
      if (option.usageHelp() || option.versionHelp()) {
        for (String optionName : option.names()) {
          assertThat(viaPlain(List.of(optionName))).as(optionName + " is left to picocli").isEmpty();
        }
        continue;
      }
      Option known = options.stream().filter(o -> o.names().contains(option.longestName())).findFirst()
          .orElseThrow(() -> new AssertionError("the plain reader does not know " + option.longestName()
              + ": add it to its option table"));
      assertThat(known.names()).as(option.longestName()).containsExactlyInAnyOrder(option.names());
      assertThat(known.kind()).as(option.longestName()).isEqualTo(kind(option));
      int arity = known.kind() == Kind.FLAG ? 0 : 1;
      assertThat(option.arity().min()).as("arity of " + option.longestName()).isEqualTo(arity);
      assertThat(option.arity().max()).as("arity of " + option.longestName()).isEqualTo(arity);
      assertThat(option.splitRegex()).as(option.longestName()).isEmpty();
      assertThat(option.negatable()).as(option.longestName()).isFalse();
      assertThat(option.interactive()).as(option.longestName()).isFalse();
      assertThat(option.converters()).as(option.longestName()).isEmpty();
      assertThat(option.parameterConsumer()).as(option.longestName()).isNull();
      assertThat(option.required()).as(option.longestName()).isFalse();
    }
    assertThat(tableNames).as("names the command does not have").isSubsetOf(picocliNames);

    assertThat(spec.positionalParameters()).hasSize(1);
    PositionalParamSpec paths = spec.positionalParameters().get(0);
    assertThat(paths.arity().min()).isZero();
    assertThat(paths.arity().max()).isEqualTo(Integer.MAX_VALUE);
    assertThat(paths.typeInfo().isCollection()).isTrue();
    assertThat(paths.typeInfo().getAuxiliaryTypes()).containsExactly(java.nio.file.Path.class);
    assertThat(paths.splitRegex()).isEmpty();
    assertThat(paths.converters()).isEmpty();
  }

  private static Kind kind(OptionSpec option) {
    if (option.typeInfo().isBoolean()) {
      return Kind.FLAG;
    }
    if (option.typeInfo().isMap()) {
      return Kind.KEY_VALUES;
    }
    return option.typeInfo().isCollection() ? Kind.VALUES : Kind.VALUE;
  }

  /**
   * Random word lists from a vocabulary of options, values and oddities: whenever the plain reader takes one,
   * picocli must take it too and agree on every field. Returns how many the plain reader took.
   */
  public int assertRandomWordsAgree(List<String> vocabulary, int lists, long seed) {
    Random random = new Random(seed);
    int taken = 0;
    for (int i = 0; i < lists; i++) {
      List<String> words = new ArrayList<>();
      int length = random.nextInt(7);
      for (int w = 0; w < length; w++) {
        words.add(vocabulary.get(random.nextInt(vocabulary.size())));
      }
      if (viaPlain(words).isPresent()) {
        taken++;
        assertSameAsPicocli(words);
      }
    }
    return taken;
  }
}
