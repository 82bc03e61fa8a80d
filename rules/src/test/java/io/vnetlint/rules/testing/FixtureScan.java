package io.vnetlint.rules.testing;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.change.Change;
import io.vnetlint.model.change.ChangeSet;
import io.vnetlint.model.change.Move;
import io.vnetlint.model.change.ResourceMatching;
import io.vnetlint.rules.Analyzer;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.RuleCatalog;
import io.vnetlint.rules.SourceTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One fixture scanned on its own, the way the CLI scans a directory that holds just that file: every front end on
 * the test class path is offered the file (and its parameter file), the graph is built from what they read, and
 * all catalogue rules run over it. A fixture with a baseline ({@code bad-x.base.tf} next to {@code bad-x.tf}) is
 * scanned as the change from the baseline to the fixture: the baseline is read under the fixture's own name in a
 * directory of its own, as {@code --base} reads the same path at another revision.
 *
 * @param frontEnds the names of the front ends that read the fixture; empty when none did
 */
public record FixtureScan(
    Path fixture, List<String> frontEnds, List<Finding> findings, List<Diagnostic> diagnostics) {

  public static FixtureScan of(Path fixture) {
    Path dir = fixture.getParent();
    Path relative = dir.relativize(fixture);
    String display = ScanInput.display(relative);
    // A sibling <name>.parameters.json is scanned with it, as in a directory scan: the ARM front end pairs the two.
    List<Path> files = new ArrayList<>(List.of(relative));
    Fixtures.parameterFileOf(fixture).ifPresent(p -> files.add(dir.relativize(p)));
    ScanInput input = ScanInput.of(dir, files);
    List<String> used = new ArrayList<>();
    Loaded head = load(input, display, used);
    List<Diagnostic> diagnostics = new ArrayList<>(head.diagnostics);
    if (used.isEmpty()) {
      return new FixtureScan(fixture, List.of(), List.of(), diagnostics);
    }
    ResourceGraph graph = ResourceGraph.of(head.resources);
    ChangeSet changes = new ChangeSet(head.planned);
    Optional<Path> base = Fixtures.baseFileOf(fixture);
    if (base.isPresent()) {
      Loaded before = loadBase(base.get(), relative, display, Fixtures.parameterFileOf(fixture));
      diagnostics.addAll(before.diagnostics);
      changes = changes.plus(ResourceMatching.compare(ResourceGraph.of(before.resources), graph, head.moves,
          base.get().getFileName().toString()).changes());
    }
    Analyzer.Result analysis = new Analyzer(RuleCatalog.all()).run(graph, changes, texts(dir));
    diagnostics.addAll(analysis.diagnostics());
    return new FixtureScan(fixture, used, analysis.findings(), diagnostics);
  }

  /** What the front ends read from one input. */
  private record Loaded(
      List<AzureResource> resources, List<Diagnostic> diagnostics, List<Change> planned, List<Move> moves) {}

  private static Loaded load(ScanInput input, String display, List<String> used) {
    List<AzureResource> resources = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Change> planned = new ArrayList<>();
    List<Move> moves = new ArrayList<>();
    for (FrontEnd frontEnd : FrontEnds.available()) {
      FrontEnd.Result result = frontEnd.load(input);
      if (!result.filesRead().contains(display)) {
        continue;
      }
      used.add(frontEnd.name());
      resources.addAll(result.resources());
      diagnostics.addAll(result.diagnostics());
      planned.addAll(result.plannedChanges());
      moves.addAll(result.moves());
    }
    return new Loaded(resources, diagnostics, planned, moves);
  }

  /**
   * The baseline, copied under the fixture's name into a temporary directory and read from there, with the
   * fixture's parameter file (the parameters are not what changes).
   */
  private static Loaded loadBase(Path base, Path relative, String display, Optional<Path> parameters) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("vnetlint-fixture-base");
      Files.copy(base, dir.resolve(relative));
      List<Path> files = new ArrayList<>(List.of(relative));
      if (parameters.isPresent()) {
        Path p = relative.resolveSibling(parameters.get().getFileName().toString());
        Files.copy(parameters.get(), dir.resolve(p));
        files.add(p);
      }
      return load(ScanInput.of(dir, files), display, new ArrayList<>());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts of the fixture's folder, so proposed fixes are confirmed as in a CLI scan. */
  private static SourceTexts texts(Path dir) {
    return file -> {
      Path path = dir.resolve(file).normalize();
      if (!path.startsWith(dir) || !Files.isRegularFile(path)) {
        return Optional.empty();
      }
      try {
        return Optional.of(SourceText.decode(file, Files.readAllBytes(path)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  public boolean wasRead() {
    return !frontEnds.isEmpty();
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(d -> d.kind() == Diagnostic.Kind.ERROR).toList();
  }

  public List<Diagnostic> notChecked() {
    return diagnostics.stream().filter(d -> d.kind() == Diagnostic.Kind.NOT_CHECKED).toList();
  }

  /** The findings of one rule. */
  public List<Finding> findingsOf(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /** The only finding of a rule, for exact-range tests. */
  public Optional<Finding> single(String ruleId) {
    List<Finding> of = findingsOf(ruleId);
    return of.size() == 1 ? Optional.of(of.get(0)) : Optional.empty();
  }
}
