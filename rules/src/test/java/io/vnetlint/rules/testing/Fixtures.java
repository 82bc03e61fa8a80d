package io.vnetlint.rules.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule fixtures under {@code src/test/resources/rules/<ID>/}: {@code bad-*} and {@code ok-*} files in three
 * formats, with inline expectations. A comment line {@code // expect: VNL103} (JSON, Bicep) or {@code # expect:
 * VNL103} (HCL) says that the next line that is not itself an expectation holds the primary location of a
 * finding of that rule; {@code expect-todo:} marks a known gap that is reported but does not fail.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The three source formats every rule has fixtures in. */
  public enum Format {
    ARM_JSON("json", "ARM JSON"),
    BICEP("bicep", "Bicep"),
    TERRAFORM("tf", "Terraform");

    public final String extension;
    public final String label;

    Format(String extension, String label) {
      this.extension = extension;
      this.label = label;
    }

    /** The fence language of this format's examples in help markdown. */
    public String fence() {
      return this == TERRAFORM ? "hcl" : extension;
    }

    public static Optional<Format> of(Path file) {
      String name = file.getFileName().toString();
      if (isParameterFile(file)) {
        return Optional.empty();
      }
      for (Format f : values()) {
        if (name.endsWith("." + f.extension)) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }
  }

  /** One expected (or known-missing) finding: a rule id at a 1-based line. */
  public record Expectation(String ruleId, int line, boolean todo, String file) {
    public Expectation(String ruleId, int line, boolean todo) {
      this(ruleId, line, todo, null);
    }

    /** {@code VNL103@12}; for an expectation in a sibling parameter file {@code x.parameters.json:VNL208@6}. */
    public String key() {
      return (file == null ? "" : file + ":") + ruleId + "@" + line;
    }
  }

  private static final Pattern EXPECT = Pattern.compile("^\\s*(?://|#)\\s*(expect|expect-todo):\\s*(.*?)\\s*$");
  private static final Pattern RULE_ID = Pattern.compile("VNL\\d{3}");

  /** The fixture root on the test class path (target/test-classes/rules). */
  public static Path root() {
    URL url = Fixtures.class.getResource("/rules");
    if (url == null) {
      throw new IllegalStateException("no rules/ fixture folder on the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fixture folders, one per rule, sorted. */
  public static List<Path> ruleFolders() {
    try (Stream<Path> s = Files.list(root())) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files of one folder, sorted (fixtures, parameter files and anything else). */
  public static List<Path> filesOf(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixtures of a folder: files of a known format, without parameter files. */
  public static List<Path> fixturesOf(Path folder) {
    return filesOf(folder).stream().filter(p -> Format.of(p).isPresent()).toList();
  }

  /** {@code main.parameters.json} is the parameter file of {@code main.json}, not a fixture. */
  public static boolean isParameterFile(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parameters.json");
  }

  public static Optional<Path> parameterFileOf(Path fixture) {
    String name = fixture.getFileName().toString();
    if (!name.endsWith(".json")) {
      return Optional.empty();
    }
    Path candidate = fixture.resolveSibling(name.substring(0, name.length() - 5) + ".parameters.json");
    return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
  }

  public static boolean isBad(Path fixture) {
    return fixture.getFileName().toString().startsWith("bad-");
  }

  public static boolean isOk(Path fixture) {
    return fixture.getFileName().toString().startsWith("ok-");
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The expectations written in a fixture. */
  public static List<Expectation> expectations(String text) {
    String[] lines = text.split("\n", -1);
    List<Expectation> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = EXPECT.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      int target = i + 1;
      while (target < lines.length && EXPECT.matcher(lines[target]).matches()) {
        target++;
      }
      Matcher ids = RULE_ID.matcher(m.group(2));
      boolean any = false;
      while (ids.find()) {
        out.add(new Expectation(ids.group(), target + 1, m.group(1).equals("expect-todo")));
        any = true;
      }
      if (!any) {
        throw new IllegalArgumentException("line " + (i + 1) + ": expectation without a rule id: " + lines[i]);
      }
    }
    return out;
  }

  /** The fixture text without its expectation lines, as help examples quote it. */
  public static String withoutExpectations(String text) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (!EXPECT.matcher(line).matches()) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }
}
