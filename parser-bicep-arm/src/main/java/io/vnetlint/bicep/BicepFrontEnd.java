package io.vnetlint.bicep;

import io.vnetlint.arm.expr.RuntimeFacts;
import io.vnetlint.arm.mapper.NetworkMapper;
import io.vnetlint.arm.mapper.RawResource;
import io.vnetlint.bicep.eval.Deployment;
import io.vnetlint.bicep.eval.FileEvaluation;
import io.vnetlint.bicep.eval.ModuleFiles;
import io.vnetlint.bicep.syntax.Expr;
import io.vnetlint.bicep.syntax.Program;
import io.vnetlint.bicep.syntax.Statement;
import io.vnetlint.model.Deadline;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.Limits;
import io.vnetlint.model.Origin;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.AzureResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Bicep front end: parses the scan's {@code .bicep} and {@code .bicepparam} files, evaluates every Bicep file
 * that is not only a module of another scanned file — once per params file that {@code using}s it (a deployment
 * variant, {@code Origin(main.bicep, main.bicepparam)}), else once with the parameters' defaults — and maps the
 * Microsoft.Network resources with the ARM mapper. Syntax errors are ERROR diagnostics and such a file contributes
 * no resources.
 */
public final class BicepFrontEnd implements FrontEnd {
  private static final List<String> SECRET_PROPERTIES = List.of("sharedKey", "radiusServerSecret");

  public BicepFrontEnd() {
    // stateless between loads
  }

  @Override
  public String name() {
    return "bicep";
  }

  @Override
  public Result load(ScanInput input) {
    List<AzureResource> resources = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<String> filesRead = new LinkedHashSet<>();
    Set<SourceRange> sensitive = new LinkedHashSet<>();
    try {
      run(input, resources, diagnostics, filesRead, sensitive);
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.add(Diagnostic.error("internal-error", "internal error in the Bicep front end ("
          + e.getClass().getSimpleName() + ")", SourceRange.fileStart(".")));
    }
    return new Result(resources, diagnostics, List.copyOf(filesRead), List.copyOf(sensitive));
  }

  private static boolean hasExtension(Path p, String ext) {
    Path name = p.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(ext);
  }

  private void run(ScanInput input, List<AzureResource> resources, List<Diagnostic> diagnostics,
      Set<String> filesRead, Set<SourceRange> sensitive) {
    ModuleFiles files = new ModuleFiles(input.root());
    Map<Path, ModuleFiles.Parsed> bicep = new LinkedHashMap<>();
    Map<Path, ModuleFiles.Parsed> params = new LinkedHashMap<>();
    files.prefetch(input.files().stream()
        .filter(f -> hasExtension(f.normalize(), ".bicep") || hasExtension(f.normalize(), ".bicepparam")).toList());
    for (Path file : input.files()) {
      Path p = file.normalize();
      if (hasExtension(p, ".bicep")) {
        bicep.put(p, read(files, p, diagnostics, filesRead));
      } else if (hasExtension(p, ".bicepparam")) {
        params.put(p, read(files, p, diagnostics, filesRead));
      }
    }
    for (Path file : input.parameterFiles()) {
      Path p = file.normalize();
      if (hasExtension(p, ".bicepparam") && !params.containsKey(p)) {
        params.put(p, read(files, p, diagnostics, filesRead));
      }
    }
    Set<Path> modules = new LinkedHashSet<>();
    Map<Path, Set<Path>> uses = new HashMap<>();
    for (Map.Entry<Path, ModuleFiles.Parsed> e : bicep.entrySet()) {
      ModuleFiles.Parsed parsed = e.getValue();
      if (parsed.readError() == null) {
        for (Statement.ModuleDecl m : parsed.result().program().statementsOf(Statement.ModuleDecl.class)) {
          if (m.path() instanceof Expr.StringExpr s && s.literalValue() != null) {
            files.resolve(parsed.display(), s.literalValue()).ifPresent(target -> {
              modules.add(target.normalize());
              uses.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(target.normalize());
              filesRead.add(ScanInput.display(target));
            });
          }
        }
      }
    }
    Map<Path, List<ModuleFiles.Parsed>> variants = new HashMap<>();
    for (ModuleFiles.Parsed parsed : params.values()) {
      if (!parsed.usable()) {
        continue;
      }
      Optional<Path> target = usingTarget(files, parsed);
      if (target.isEmpty()) {
        outsideUsing(parsed).ifPresent(diagnostics::add);
        continue;
      }
      if (!bicep.containsKey(target.get())) {
        diagnostics.add(Diagnostic.warning("using-not-found", "the Bicep file this params file uses is not in the scan",
            parsed.result().program().statementsOf(Statement.UsingDecl.class).get(0).range()));
        continue;
      }
      variants.computeIfAbsent(target.get(), k -> new ArrayList<>()).add(parsed);
    }
    Set<Path> entries = entryFiles(bicep.keySet(), modules, variants.keySet(), uses);
    for (Map.Entry<Path, ModuleFiles.Parsed> e : bicep.entrySet()) {
      ModuleFiles.Parsed parsed = e.getValue();
      if (!parsed.usable() || !entries.contains(e.getKey())) {
        continue;
      }
      List<ModuleFiles.Parsed> runs = new ArrayList<>(variants.getOrDefault(e.getKey(), List.of()));
      if (runs.isEmpty()) {
        runs.add(null);
      }
      for (ModuleFiles.Parsed paramsFile : runs) {
        evaluate(files, parsed, paramsFile, resources, diagnostics, sensitive);
      }
    }
  }

  /**
   * The files deployed on their own: those no scanned file uses as a module (or with a params file of their own),
   * then, in order, any file none of those reaches — the members of a module cycle (a file that uses itself, a uses
   * b uses a), which would otherwise vanish from the scan without a word; deployed, the cycle is reported where it
   * closes.
   */
  private static Set<Path> entryFiles(Set<Path> all, Set<Path> modules, Set<Path> withParams,
      Map<Path, Set<Path>> uses) {
    Set<Path> entries = new LinkedHashSet<>();
    Set<Path> reached = new HashSet<>();
    for (boolean cyclesToo : new boolean[] {false, true}) {
      for (Path file : all) {
        if (!reached.contains(file) && (cyclesToo || !modules.contains(file) || withParams.contains(file))) {
          entries.add(file);
          java.util.Deque<Path> pending = new java.util.ArrayDeque<>(List.of(file));
          while (!pending.isEmpty()) {
            Path next = pending.pop();
            if (reached.add(next)) {
              pending.addAll(uses.getOrDefault(next, Set.of()));
            }
          }
        } else if (!cyclesToo && withParams.contains(file)) {
          entries.add(file);
        }
      }
    }
    return entries;
  }

  private static ModuleFiles.Parsed read(ModuleFiles files, Path p, List<Diagnostic> diagnostics,
      Set<String> filesRead) {
    ModuleFiles.Parsed parsed = files.read(p);
    filesRead.add(parsed.display());
    if (parsed.readError() != null) {
      diagnostics.add(parsed.readError());
    } else {
      diagnostics.addAll(parsed.result().diagnostics());
    }
    return parsed;
  }

  /** A warning for a {@code using} of a local file that leaves the scan root (which is not read). */
  private static Optional<Diagnostic> outsideUsing(ModuleFiles.Parsed params) {
    for (Statement.UsingDecl u : params.result().program().statementsOf(Statement.UsingDecl.class)) {
      if (u.path() instanceof Expr.StringExpr s && s.literalValue() != null) {
        String lower = s.literalValue().toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("br:") && !lower.startsWith("br/") && !lower.startsWith("ts:")
            && !lower.startsWith("ts/")) {
          return Optional.of(Diagnostic.warning("using-outside-root", "the Bicep file this params file uses ("
              + s.literalValue() + ") is outside the scan root and is not read", u.range()));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> usingTarget(ModuleFiles files, ModuleFiles.Parsed params) {
    for (Statement.UsingDecl u : params.result().program().statementsOf(Statement.UsingDecl.class)) {
      if (u.path() instanceof Expr.StringExpr s && s.literalValue() != null) {
        return files.resolve(params.display(), s.literalValue()).map(Path::normalize);
      }
    }
    return Optional.empty();
  }

  private static void evaluate(ModuleFiles files, ModuleFiles.Parsed bicep, ModuleFiles.Parsed paramsFile,
      List<AzureResource> resources, List<Diagnostic> diagnostics, Set<SourceRange> sensitive) {
    Origin origin = new Origin(bicep.display(), paramsFile == null ? null : paramsFile.display());
    Deployment deployment = new Deployment(origin, files);
    try (Deadline deadline = Deadline.start()) {
      Map<String, Value> supplied = new HashMap<>();
      if (paramsFile != null) {
        Program program = paramsFile.result().program();
        FileEvaluation paramsEvaluation = new FileEvaluation(deployment, paramsFile.display(), program, Map.of(),
            FileEvaluation.Placement.UNKNOWN, 0);
        for (Statement.ParamAssignment a : program.statementsOf(Statement.ParamAssignment.class)) {
          supplied.put(a.name().name(), paramsEvaluation.evaluate(a.value()));
          // a committed .bicepparam file holds its values as written, @secure() or not
          deployment.facts().literalSites().add(a.value().range(),
              io.vnetlint.model.Secret.Literal.Kind.VALUES_FILE, a.name().name(), false);
        }
      }
      FileEvaluation root = new FileEvaluation(deployment, bicep.display(), bicep.result().program(), supplied,
          FileEvaluation.Placement.UNKNOWN, 0);
      root.run();
      List<AzureResource> mapped = NetworkMapper.map(deployment.resources(), deployment.facts());
      if (mapped.size() > Limits.MAX_RESOURCES_PER_FILE) {
        diagnostics.add(Diagnostic.error("limit-exceeded", "the file produces " + mapped.size()
            + " resources, more than the limit of " + Limits.MAX_RESOURCES_PER_FILE + "; none is analyzed",
            SourceRange.fileStart(bicep.display())));
      } else {
        resources.addAll(mapped);
      }
      sensitive.addAll(deployment.sensitiveRanges());
      for (RawResource raw : deployment.resources()) {
        walk(raw.body(), false, deployment.facts(), sensitive);
      }
    } catch (Deadline.Exceeded e) {
      // a runaway evaluation: its resources would be partial, so none is analyzed
      diagnostics.add(e.diagnostic(bicep.display()));
    } catch (StackOverflowError e) {
      diagnostics.add(Diagnostic.error("too-deep", "the file is nested too deeply to evaluate",
          SourceRange.fileStart(bicep.display())));
    } catch (RuntimeException e) {
      diagnostics.add(Diagnostic.error("internal-error", "internal error while evaluating the file ("
          + e.getClass().getSimpleName() + at(e) + ")", SourceRange.fileStart(bicep.display())));
    }
    diagnostics.addAll(deployment.diagnostics());
  }

  private static String at(RuntimeException e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("io.vnetlint.")) {
        String cls = frame.getClassName();
        return " at " + cls.substring(cls.lastIndexOf('.') + 1) + ":" + frame.getLineNumber();
      }
    }
    return "";
  }

  /** Sensitive values and secret properties, where they are used and where they were written. */
  private static void walk(Value v, boolean secretProperty, RuntimeFacts facts, Set<SourceRange> out) {
    if (v.sensitive() || (secretProperty && !(v instanceof Value.Obj) && !(v instanceof Value.Arr))) {
      out.add(v.range());
      facts.origin(v).ifPresent(out::add);
    }
    if (v instanceof Value.Obj o) {
      for (Value.Member m : o.members()) {
        boolean secret = SECRET_PROPERTIES.stream().anyMatch(k -> k.equalsIgnoreCase(m.key()));
        walk(m.value(), secret || secretProperty, facts, out);
      }
    } else if (v instanceof Value.Arr a) {
      for (Value item : a.items()) {
        walk(item, secretProperty, facts, out);
      }
    }
  }
}
