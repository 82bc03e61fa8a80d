package io.vnetlint.hcl;

import io.vnetlint.hcl.azurerm.AzurermMapper;
import io.vnetlint.hcl.azurerm.SecretRanges;
import io.vnetlint.hcl.eval.ConfigIndex;
import io.vnetlint.hcl.eval.Evaluation;
import io.vnetlint.hcl.eval.ModuleConfig;
import io.vnetlint.hcl.eval.ModuleLoader;
import io.vnetlint.hcl.eval.SourceFiles;
import io.vnetlint.hcl.eval.TfValues;
import io.vnetlint.hcl.eval.VariableFiles;
import io.vnetlint.hcl.plan.PlanReader;
import io.vnetlint.hcl.plan.PlanResult;
import io.vnetlint.hcl.plan.ResourceChange;
import io.vnetlint.hcl.syntax.Attribute;
import io.vnetlint.hcl.syntax.Block;
import io.vnetlint.hcl.syntax.ConfigFile;
import io.vnetlint.hcl.syntax.TemplateExpr;
import io.vnetlint.model.Deadline;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.Limits;
import io.vnetlint.model.Origin;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.change.Change;
import io.vnetlint.model.change.Move;
import io.vnetlint.model.json.JsonSyntaxException;
import io.vnetlint.model.json.SourceDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Terraform front end: {@code .tf} and {@code .tfvars} files, and plan JSON ({@code terraform show -json}).
 *
 * <p>A module is a directory. Root modules are the scanned directories with {@code .tf} files that no other
 * scanned module calls; each is evaluated with its {@code terraform.tfvars} and {@code *.auto.tfvars}, the
 * {@code --var-file}s, {@code --var}s and {@code TF_VAR_*} environment variables, following module calls into
 * local modules and into modules {@code terraform init} downloaded under {@code .terraform/modules}. The resource
 * instances found are mapped by the azurerm mapper.
 *
 * <p>A file with a syntax error is reported (ERROR) and contributes nothing, as Terraform would refuse the whole
 * module; the module's other files are still evaluated, so one broken file does not hide the findings of the rest
 * (references into the broken file become unknown).
 *
 * <p>Plan files: their resources are re-pointed at the {@code resource} blocks of the root module in the same
 * directory (or of the only root module in the scan), by address without instance keys. A plan describes the same
 * resources as the configuration it was made from, with more known values, so the plan's resources replace the
 * evaluated resources of that root module instead of being added twice.
 */
public final class TerraformFrontEnd implements FrontEnd {

  public TerraformFrontEnd() {
    // stateless between loads
  }

  @Override
  public String name() {
    return "terraform";
  }

  @Override
  public Result load(ScanInput input) {
    try {
      return new Session(input).run();
    } catch (RuntimeException | StackOverflowError e) {
      // a defect of ours must not end the scan; the message names no value
      return new Result(List.of(), List.of(Diagnostic.error("internal-error", "internal error in the Terraform"
          + " front end (" + e.getClass().getSimpleName() + ")", SourceRange.fileStart("."))), List.of());
    }
  }

  private static final class Session {
    private final ScanInput input;
    private final SourceFiles files;
    private final ModuleLoader loader;
    private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
    private final Set<SourceRange> sensitive = new LinkedHashSet<>();
    private final io.vnetlint.hcl.eval.SecretSources secretSources = new io.vnetlint.hcl.eval.SecretSources();
    private final Set<String> planFilesRead = new LinkedHashSet<>();

    Session(ScanInput input) {
      this.input = input;
      this.files = new SourceFiles(input.root(), input.terraform().allowOutsideRoot());
      this.loader = new ModuleLoader(files, input.terraform().allowOutsideRoot());
    }

    Result run() {
      Map<Path, List<Path>> tf = new LinkedHashMap<>();
      Map<Path, List<Path>> tfvars = new LinkedHashMap<>();
      Map<Path, List<Path>> tfJson = new LinkedHashMap<>();
      List<Path> plans = new ArrayList<>();
      Set<Path> varFiles = new HashSet<>();
      for (Path p : input.terraform().varFiles()) {
        varFiles.add(files.root().resolve(p).normalize());
      }
      for (Path relative : input.files()) {
        Path file = files.root().resolve(relative).normalize();
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        Path dir = file.getParent();
        if (name.endsWith(".tf")) {
          tf.computeIfAbsent(dir, d -> new ArrayList<>()).add(file);
        } else if (name.endsWith(".tfvars") || name.endsWith(".tfvars.json")) {
          tfvars.computeIfAbsent(dir, d -> new ArrayList<>()).add(file);
        } else if (name.endsWith(".tf.json")) {
          tfJson.computeIfAbsent(dir, d -> new ArrayList<>()).add(file);
        } else if (name.endsWith(".json")) {
          plans.add(file);
        }
      }

      // parsing is most of the work: all files at once on all cores, then evaluated in the usual order
      files.prefetch(tf.values().stream().flatMap(List::stream).toList());
      Map<Path, ModuleConfig> modules = new LinkedHashMap<>();
      for (Map.Entry<Path, List<Path>> dir : tf.entrySet()) {
        List<ConfigFile> parsed = new ArrayList<>();
        for (Path f : dir.getValue().stream().sorted().toList()) {
          files.parse(f).ifPresent(p -> parsed.add(p.result().file()));
        }
        List<Value.Obj> json = new ArrayList<>();
        for (Path f : tfJson.getOrDefault(dir.getKey(), List.of()).stream().sorted().toList()) {
          files.parseJson(f).ifPresent(v -> {
            if (v instanceof Value.Obj o) {
              json.add(o);
            }
          });
        }
        ModuleConfig config = ModuleConfig.of(dir.getKey(), files.display(dir.getKey()), parsed, json);
        loader.register(config);
        modules.put(dir.getKey(), config);
      }

      Map<Path, PlanResult> planResults = new LinkedHashMap<>();
      for (Path plan : plans) {
        readPlan(plan).ifPresent(r -> planResults.put(plan, r));
      }
      Set<Path> roots = rootDirectories(modules);
      Set<Path> plannedRoots = new HashSet<>();
      List<TerraformResource> resources = new ArrayList<>();
      for (Map.Entry<Path, PlanResult> plan : planResults.entrySet()) {
        Path dir = plan.getKey().getParent();
        Optional<ModuleConfig> root = roots.contains(dir) ? Optional.of(modules.get(dir))
            : roots.size() == 1 ? Optional.of(modules.get(roots.iterator().next())) : Optional.empty();
        root.ifPresent(r -> plannedRoots.add(r.dir()));
        ConfigIndex index = root.map(r -> ConfigIndex.of(r, loader)).orElse(null);
        for (TerraformResource r : plan.getValue().resources()) {
          resources.add(index == null ? r : repoint(r, index));
        }
        diagnostics.addAll(plan.getValue().diagnostics());
        sensitive.addAll(plan.getValue().sensitiveRanges());
      }

      Set<Path> autoLoadedUsed = new HashSet<>();
      for (Path dir : roots) {
        List<VariableFiles.Source> sources = new ArrayList<>();
        List<Path> auto = tfvars.getOrDefault(dir, List.of()).stream()
            .filter(p -> VariableFiles.isAutoLoaded(p.getFileName().toString()))
            .sorted(Comparator.comparingInt((Path p) -> VariableFiles.order(p.getFileName().toString()))
                .thenComparing(p -> p.getFileName().toString()))
            .toList();
        for (Path p : auto) {
          autoLoadedUsed.add(p);
          variableFile(p).ifPresent(sources::add);
        }
        Evaluation evaluation = new Evaluation(loader, input.terraform(), AzurermMapper::handles);
        Evaluation.Result result;
        try (Deadline deadline = Deadline.start()) {
          try {
            evaluation.evaluateRoot(modules.get(dir), sources);
          } catch (Deadline.Exceeded e) {
            throw e;
          } catch (RuntimeException e) {
            diagnostics.add(Diagnostic.error("internal-error", "internal error while evaluating the module ("
                + e.getClass().getSimpleName() + at(e) + ")", SourceRange.fileStart(files.display(dir))));
          }
          result = evaluation.result();
        } catch (Deadline.Exceeded e) {
          // a runaway evaluation: the module's resources would be partial, so none is analyzed
          diagnostics.add(e.diagnostic(files.display(dir)));
          continue;
        }
        diagnostics.addAll(result.diagnostics());
        sensitive.addAll(result.sensitiveRanges());
        secretSources.addAll(evaluation.secretSources());
        if (result.resources().size() > Limits.MAX_RESOURCES_PER_FILE) {
          diagnostics.add(Diagnostic.error("limit-exceeded", "the module produces " + result.resources().size()
              + " resources, more than the limit of " + Limits.MAX_RESOURCES_PER_FILE + "; none is analyzed",
              SourceRange.fileStart(files.display(dir))));
        } else if (!plannedRoots.contains(dir)) {
          resources.addAll(result.resources());
        }
      }
      // variable files Terraform does not load by itself are still checked for syntax
      for (List<Path> dirFiles : tfvars.values()) {
        for (Path p : dirFiles) {
          if (!autoLoadedUsed.contains(p) && !varFiles.contains(p)) {
            variableFile(p);
          }
        }
      }

      List<Diagnostic> mapped = new ArrayList<>();
      List<AzureResource> typed = AzurermMapper.map(resources, secretSources, mapped);
      diagnostics.addAll(mapped);
      sensitive.addAll(SecretRanges.of(resources));
      // a shared key written as a literal elsewhere (a variable default, a .tfvars file) is masked there too
      for (AzureResource r : typed) {
        if (r instanceof io.vnetlint.model.azure.Connection c) {
          c.sharedKey().known().flatMap(io.vnetlint.model.Secret::literal).ifPresent(l -> sensitive.add(l.range()));
        }
      }

      List<Change> planned = new ArrayList<>();
      for (Map.Entry<Path, PlanResult> plan : planResults.entrySet()) {
        planned.addAll(plannedChanges(files.display(plan.getKey()), plan.getValue(), typed));
      }
      List<Move> moves = new ArrayList<>();
      for (Path dir : roots) {
        ModuleConfig root = modules.get(dir);
        List<Diagnostic> problems = new ArrayList<>();
        moves.addAll(MovedBlocks.of(root.files(), "terraform:" + (root.display().isEmpty() ? "." : root.display()),
            problems));
        diagnostics.addAll(problems);
      }

      List<Diagnostic> all = new ArrayList<>(files.diagnostics());
      all.addAll(diagnostics);
      List<SourceRange> secrets = new ArrayList<>();
      for (SourceRange r : sensitive) {
        if (r != null && !r.file().startsWith("<")) {
          secrets.add(r); // values given on the command line or in the environment are not in any file
        }
      }
      return new Result(typed, dedupe(all), filesRead(all), secrets, planned, moves);
    }

    /**
     * The plan's updates and replacements of resources the analysis knows, as changes: the {@code before} object
     * mapped on its own (its ranges point into the plan), the {@code after} the resource of the scan.
     */
    private static List<Change> plannedChanges(String planFile, PlanResult plan, List<AzureResource> typed) {
      Map<String, AzureResource> fromPlan = new LinkedHashMap<>();
      for (AzureResource r : typed) {
        Origin o = r.header().origin();
        if (planFile.equals(o.file()) || planFile.equals(o.variant())) {
          fromPlan.putIfAbsent(r.header().address(), r);
        }
      }
      List<Change> out = new ArrayList<>();
      for (ResourceChange rc : plan.changes()) {
        boolean updates = rc.actions().contains("update") || rc.isReplace();
        if (!updates || rc.type() == null || rc.name() == null || !AzurermMapper.handles(rc.type())
            || !(rc.before() instanceof Value.Obj before) || !fromPlan.containsKey(rc.address())) {
          continue;
        }
        TerraformResource old = new TerraformResource(rc.address(), rc.modulePath(), rc.type(), rc.name(), before,
            rc.range(), Origin.of(planFile), true);
        List<AzureResource> mappedBefore = AzurermMapper.map(List.of(old), new ArrayList<>());
        for (AzureResource b : mappedBefore) {
          if (b.header().address().equals(rc.address())) {
            out.add(new Change(b, fromPlan.get(rc.address()),
                new Change.Planned(rc.actions(), rc.replacePaths(), rc.range())));
            break;
          }
        }
      }
      return out;
    }

    /** The scanned module directories that another scanned module calls with a local source. */
    /**
     * The directories evaluated as root modules: those no scanned module calls, then, in order, any directory that
     * no root reaches — the members of a cycle of modules calling each other (a calls b, b calls a), which would
     * otherwise vanish from the scan without a word. Evaluated as a root, the cycle is reported where it closes.
     */
    private Set<Path> rootDirectories(Map<Path, ModuleConfig> modules) {
      Map<Path, Set<Path>> calls = moduleCalls(modules);
      Set<Path> called = new HashSet<>();
      calls.values().forEach(called::addAll);
      Set<Path> roots = new LinkedHashSet<>();
      Set<Path> reached = new HashSet<>();
      for (boolean cyclesToo : new boolean[] {false, true}) {
        for (Path dir : modules.keySet()) {
          if (!reached.contains(dir) && (cyclesToo || !called.contains(dir))) {
            roots.add(dir);
            java.util.Deque<Path> pending = new java.util.ArrayDeque<>(List.of(dir));
            while (!pending.isEmpty()) {
              Path next = pending.pop();
              if (reached.add(next)) {
                pending.addAll(calls.getOrDefault(next, Set.of()));
              }
            }
          }
        }
      }
      return roots;
    }

    /** For each scanned directory, the other scanned directories its local module calls name. */
    private Map<Path, Set<Path>> moduleCalls(Map<Path, ModuleConfig> modules) {
      Map<Path, Set<Path>> calls = new LinkedHashMap<>();
      for (ModuleConfig config : modules.values()) {
        Set<Path> called = calls.computeIfAbsent(config.dir(), d -> new LinkedHashSet<>());
        for (Block call : config.moduleCalls().values()) {
          Optional<Attribute> source = call.body().attribute("source");
          if (source.isPresent() && source.get().expr() instanceof TemplateExpr t && t.isStringLiteral()
              && ModuleLoader.isLocalSource(t.literalValue())) {
            Path target;
            try {
              target = config.dir().resolve(t.literalValue().replace('\\', '/')).normalize();
            } catch (java.nio.file.InvalidPathException e) {
              continue; // no file has this name; the evaluation reports the call
            }
            if (!target.equals(config.dir()) && modules.containsKey(target)) {
              called.add(target);
            }
          }
        }
      }
      return calls;
    }

    private Optional<VariableFiles.Source> variableFile(Path p) {
      String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".json")) {
        Optional<SourceText> text = readJson(p);
        if (text.isEmpty()) {
          return Optional.empty();
        }
        List<Diagnostic> problems = new ArrayList<>();
        Optional<VariableFiles.Source> source = VariableFiles.json(text.get(), problems);
        diagnostics.addAll(problems);
        return source;
      }
      return files.parse(p).map(parsed -> new VariableFiles.Source.Hcl(parsed.display(), parsed.result().file()));
    }

    private Optional<PlanResult> readPlan(Path p) {
      Optional<SourceText> text = readJsonQuietly(p);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<PlanResult> plan = PlanReader.read(text.get());
      plan.ifPresent(x -> planFilesRead.add(text.get().path()));
      return plan;
    }

    /** A JSON file that must be readable (a variable file): problems are reported. */
    private Optional<SourceText> readJson(Path p) {
      String display = files.display(p);
      files.filesRead().add(display);
      try {
        if (!files.insideRoot(p)) {
          diagnostics.add(Diagnostic.error("outside-root", "file is outside the scan root",
              SourceRange.fileStart(display)));
          return Optional.empty();
        }
        return Optional.of(SourceDecoder.decode(display, Files.readAllBytes(p)));
      } catch (JsonSyntaxException e) {
        diagnostics.add(Diagnostic.error("parse-error", e.getMessage(), e.range()));
      } catch (IOException e) {
        diagnostics.add(Diagnostic.error("read-error", "cannot read the file (" + e.getClass().getSimpleName()
            + ")", SourceRange.fileStart(display)));
      }
      return Optional.empty();
    }

    /** Any JSON file of the scan, which may or may not be a plan: only plans are reported on. */
    private Optional<SourceText> readJsonQuietly(Path p) {
      try {
        if (!files.insideRoot(p) || Files.size(p) > Limits.MAX_FILE_BYTES) {
          return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(p);
        String peek = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!peek.contains("format_version") && !new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains("\"format_version\"")) {
          return Optional.empty();
        }
        return Optional.of(SourceDecoder.decode(files.display(p), bytes));
      } catch (IOException | JsonSyntaxException e) {
        return Optional.empty();
      }
    }

    /**
     * A plan resource pointed at its {@code resource} block: the header, and the arguments written in the block
     * (key at the attribute name, value at its expression; nested block types at their keyword).
     */
    private static TerraformResource repoint(TerraformResource r, ConfigIndex index) {
      Optional<Block> found = index.block(r.address());
      if (found.isEmpty()) {
        return r;
      }
      Block block = found.get();
      List<Value.Member> members = new ArrayList<>();
      for (Value.Member m : r.body().members()) {
        Optional<Attribute> attribute = block.body().attribute(m.key());
        if (attribute.isPresent()) {
          members.add(new Value.Member(m.key(), attribute.get().nameRange(),
              TfValues.at(m.value(), attribute.get().expr().range())));
          continue;
        }
        List<Block> nested = block.body().blocks(m.key());
        if (!nested.isEmpty()) {
          members.add(new Value.Member(m.key(), nested.get(0).typeRange(), m.value()));
          continue;
        }
        members.add(m);
      }
      Value.Obj body = new Value.Obj(members, block.range(), r.body().sensitive());
      return new TerraformResource(r.address(), r.modulePath(), r.type(), r.name(), body, block.headerRange(),
          new Origin(block.range().file(), r.origin().file(), r.origin().unit()), true);
    }

    private static List<Diagnostic> dedupe(List<Diagnostic> all) {
      return new ArrayList<>(new LinkedHashSet<>(all));
    }

    private List<String> filesRead(List<Diagnostic> all) {
      Set<String> read = new LinkedHashSet<>(files.filesRead());
      read.addAll(planFilesRead);
      for (Diagnostic d : all) {
        if (!d.range().file().equals(".")) {
          read.add(d.range().file());
        }
      }
      List<String> ordered = new ArrayList<>();
      for (Path p : input.files()) {
        String display = ScanInput.display(p.normalize());
        if (read.contains(display)) {
          ordered.add(display);
        }
      }
      for (String f : read) {
        if (!ordered.contains(f)) {
          ordered.add(f);
        }
      }
      return ordered;
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
  }
}
