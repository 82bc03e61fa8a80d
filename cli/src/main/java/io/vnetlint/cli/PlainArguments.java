package io.vnetlint.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a subcommand's arguments without picocli, when they are plain: building picocli's model of a command from
 * its annotations and running it was about 40% of a small scan's start-up.
 *
 * <p>Plain means that every word is an option of the command, the value of the option before it, or a positional
 * parameter, so that the result is exactly what picocli 4.7.7 makes of the same words with the command's
 * annotations. Whatever picocli could read differently, or would answer with an error, help or usage, is not plain
 * ({@link NotPlain}) and is left to picocli, which stays the only source of those messages: {@code -h}, {@code -V},
 * {@code --}, unknown or clustered short options ({@code -qv}, {@code -fjson}), words starting with {@code @}
 * (picocli's argument files) or {@code -} where a value or parameter is expected, empty words, a missing value, a
 * flag with {@code =value}, a single-valued option given twice, a map value that is not {@code NAME=VALUE} or that
 * holds a double quote (picocli splits those around quotes), and any {@code picocli.*} system property (quote
 * trimming, converters, tracing).
 */
public final class PlainArguments {
  /** How an option takes values; picocli's default arity for the field's type. */
  public enum Kind {
    /** A boolean field: no value, sets true. */
    FLAG,
    /** A single-valued field: exactly one value, at most once. */
    VALUE,
    /** A collection field: one value each time, repeatable. */
    VALUES,
    /** A map field: one {@code NAME=VALUE} each time, repeatable. */
    KEY_VALUES
  }

  /** An option of a command: its names as in its {@code @Option} annotation; the last one is its key. */
  public record Option(Kind kind, List<String> names) {
    public Option {
      names = List.copyOf(names);
    }

    public String key() {
      return names.get(names.size() - 1);
    }
  }

  /** The words are not plain: picocli must read them. Thrown without a stack trace, it is not an error. */
  public static final class NotPlain extends Exception {
    private static final long serialVersionUID = 1L;

    NotPlain() {
      super(null, null, false, false);
    }
  }

  /** What plain words said: each option's values by key, in order, and the positional parameters in order. */
  public record Parsed(Map<String, List<String>> values, List<String> positionals) {
    public boolean flag(String key) {
      return values.containsKey(key);
    }

    /** The value of a single-valued option, or null when it was not given. */
    public String value(String key) {
      List<String> given = values.get(key);
      return given == null ? null : given.get(0);
    }

    public List<String> values(String key) {
      return values.getOrDefault(key, List.of());
    }

    /** A map option's values split at their first '=', as picocli does. */
    public Map<String, String> keyValues(String key) {
      Map<String, String> map = new LinkedHashMap<>();
      for (String pair : values(key)) {
        int at = pair.indexOf('=');
        map.put(pair.substring(0, at), pair.substring(at + 1));
      }
      return map;
    }
  }

  private PlainArguments() {
  }

  public static Option flag(String... names) {
    return new Option(Kind.FLAG, List.of(names));
  }

  public static Option value(String... names) {
    return new Option(Kind.VALUE, List.of(names));
  }

  public static Option values(String... names) {
    return new Option(Kind.VALUES, List.of(names));
  }

  public static Option keyValues(String... names) {
    return new Option(Kind.KEY_VALUES, List.of(names));
  }

  /** Reads the words after the subcommand's name, for a command with these options and any number of parameters. */
  public static Parsed parse(List<Option> options, List<String> words) throws NotPlain {
    if (picocliConfigured()) {
      throw new NotPlain();
    }
    Map<String, Option> byName = new HashMap<>();
    for (Option option : options) {
      for (String name : option.names()) {
        byName.put(name, option);
      }
    }
    Map<String, List<String>> values = new HashMap<>();
    List<String> positionals = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals("--")) {
        // picocli's end of options: the rest are parameters (the pre-commit hook passes its files this way).
        // @files are still expanded there, and a word starting with '-' is taken as it is: both left to picocli.
        for (String rest : words.subList(i + 1, words.size())) {
          positionals.add(plainValue(rest));
        }
        break;
      }
      if (!word.startsWith("-")) {
        positionals.add(plainValue(word));
        continue;
      }
      // picocli splits "--name=value" at the first '=' when the part before it is an option's name.
      int separator = word.indexOf('=');
      String name = separator > 0 ? word.substring(0, separator) : word;
      Option option = byName.get(name);
      if (option == null) {
        throw new NotPlain(); // help, version, unknown, clustered or attached short options, "-", numbers
      }
      List<String> given = values.get(option.key());
      boolean repeated = given != null;
      if (given == null) {
        given = new ArrayList<>();
        values.put(option.key(), given);
      }
      if (option.kind() == Kind.FLAG) {
        if (separator > 0 || repeated) {
          throw new NotPlain();
        }
        given.add("true");
        continue;
      }
      if (option.kind() == Kind.VALUE && repeated) {
        throw new NotPlain(); // picocli: "should be specified only once"
      }
      String value;
      if (separator > 0) {
        value = word.substring(separator + 1);
      } else if (i + 1 < words.size()) {
        value = words.get(++i);
      } else {
        throw new NotPlain(); // picocli: "Missing required parameter"
      }
      plainValue(value);
      if (option.kind() == Kind.KEY_VALUES && (value.indexOf('=') <= 0 || value.indexOf('"') >= 0)) {
        throw new NotPlain();
      }
      given.add(value);
    }
    return new Parsed(values, positionals);
  }

  /** A value as picocli's {@code Path} converter ({@code Paths.get}) makes it, when it accepts it; null for null. */
  public static Path path(String value) throws NotPlain {
    if (value == null) {
      return null;
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new NotPlain();
    }
  }

  public static List<Path> paths(List<String> values) throws NotPlain {
    List<Path> paths = new ArrayList<>();
    for (String value : values) {
      paths.add(path(value));
    }
    return paths;
  }

  /** An enum constant by its exact name, as picocli's enum converter (case-sensitive, the default). */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String value) throws NotPlain {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    throw new NotPlain();
  }

  /** A word that picocli takes as a value or parameter as it is: not empty, not an option, not an argument file. */
  private static String plainValue(String word) throws NotPlain {
    if (word.isEmpty() || word.startsWith("-") || word.startsWith("@")) {
      throw new NotPlain();
    }
    return word;
  }

  /** picocli's behaviour can be changed with system properties (picocli.trimQuotes, picocli.trace, ...). */
  private static boolean picocliConfigured() {
    for (Object property : System.getProperties().keySet()) {
      if (property instanceof String name && name.startsWith("picocli.")) {
        return true;
      }
    }
    return false;
  }
}
