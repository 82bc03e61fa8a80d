package io.vnetlint.arm;

import io.vnetlint.arm.expr.ExpressionEvaluator;
import io.vnetlint.arm.expr.ExpressionParser;
import io.vnetlint.arm.expr.RuntimeFacts;
import io.vnetlint.arm.mapper.NetworkMapper;
import io.vnetlint.arm.template.Diagnostics;
import io.vnetlint.arm.template.ExpressionSyntaxCheck;
import io.vnetlint.arm.template.LinkedTemplates;
import io.vnetlint.arm.template.ParameterFile;
import io.vnetlint.arm.template.Placement;
import io.vnetlint.arm.template.TemplateRun;
import io.vnetlint.arm.template.TemplateScope;
import io.vnetlint.arm.template.TreeEvaluator;
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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ARM JSON front end: finds deployment templates among the scan's {@code .json} files, evaluates each once per
 * deployment variant, and maps the Microsoft.Network resources to typed records.
 *
 * <p>Deployment variants: a template {@code main.json} is analyzed once per parameter file next to it
 * ({@code main.parameters.json}, {@code main.parameters.<env>.json}), each run with that file's values and
 * {@code Origin(main.json, <parameter file>)}; without such files, once with the parameters' defaults. Parameter
 * files given explicitly ({@link ScanInput#parameterFiles()}) replace that pairing: every template is analyzed once
 * per explicit parameter file, and the configuration file's per-template parameter files
 * ({@link ScanInput#templateParameters()}) replace both for the templates they name.
 *
 * <p>Linked templates: a deployment with {@code templateLink.relativePath} deploys the file at that path from the
 * referring template's directory, if it lies inside the scan root (symbolic links resolved), with the parameters the
 * deployment passes; such a file is then not analyzed on its own (unless named explicitly). Other links are warnings.
 *
 * <p>A template with an expression syntax error is reported (ERROR) and contributes no resources, as Azure would
 * reject it. Parameter files are never analyzed as templates. Other JSON files are ignored quietly, unless the user named
 * them or they look like ARM input (their text mentions the template or parameter schema): then a file that cannot
 * be read or parsed gets a positioned error.
 */
public final class ArmFrontEnd implements FrontEnd {

  public ArmFrontEnd() {
    // stateless between loads
  }

  @Override
  public String name() {
    return "arm";
  }

  @Override
  public Result load(ScanInput input) {
    return new Session(input).run();
  }

  /** One load: the files, the shared expression cache, the results. */
  private static final class Session {
    private final ScanInput input;
    private final ScanFiles files;
    private final TreeEvaluator tree = new TreeEvaluator(new ExpressionEvaluator(new ExpressionParser()));
    private final Set<Path> explicit = new HashSet<>();
    private final List<AzureResource> resources = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<String> filesRead = new LinkedHashSet<>();
    private final SensitiveRanges sensitive = new SensitiveRanges();
    /** The scan's JSON files by directory (the key may be null), for pairing templates with parameter files. */
    private final Map<Path, List<Path>> jsonByDirectory = new java.util.HashMap<>();

    Session(ScanInput input) {
      this.input = input;
      this.files = new ScanFiles(input.root());
      for (Path p : input.explicitFiles()) {
        explicit.add(p.normalize());
      }
    }

    FrontEnd.Result run() {
      List<ScanFiles.Document> templates = new ArrayList<>();
      Set<Path> jsonFiles = new LinkedHashSet<>();
      for (Path file : input.files()) {
        if (isJson(file)) {
          jsonFiles.add(file.normalize());
        }
      }
      files.prefetch(List.copyOf(jsonFiles), explicit::contains);
      jsonByDirectory.clear();
      for (Path file : jsonFiles) {
        jsonByDirectory.computeIfAbsent(file.getParent(), d -> new ArrayList<>()).add(file);
      }
      for (Path file : jsonFiles) {
        boolean named = explicit.contains(file);
        Optional<ScanFiles.Document> doc = files.document(file, named);
        if (doc.isEmpty()) {
          continue;
        }
        switch (kindOf(doc.get().root())) {
          case TEMPLATE -> templates.add(doc.get());
          case PARAMETERS -> { } // used with its template
          case OTHER -> {
            if (named && !isTerraformJson(file, doc.get().root())) {
              diagnostics.add(Diagnostic.warning("not-an-arm-template",
                  "not an ARM template: its $schema is not a deploymentTemplate schema",
                  SourceRange.fileStart(doc.get().display())));
            }
          }
        }
      }
      List<ScanFiles.Document> explicitParameters = new ArrayList<>();
      for (Path p : input.parameterFiles()) {
        parameterFile(p.normalize()).ifPresent(explicitParameters::add);
      }
      Set<Path> linkedByOthers = linkedByOthers(templates);
      for (ScanFiles.Document template : templates) {
        if (linkedByOthers.contains(template.path()) && !explicit.contains(template.path())) {
          continue; // deployed by the templates that link it, with their parameters
        }
        List<ScanFiles.Document> variants = input.parameterFiles().isEmpty()
            ? pairedParameterFiles(template.path()) : explicitParameters;
        List<Path> configured = input.templateParameters().get(template.path().normalize());
        if (configured != null) {
          variants = new ArrayList<>();
          for (Path p : configured) {
            parameterFile(p.normalize()).ifPresent(variants::add);
          }
        }
        evaluate(template, variants);
      }
      diagnostics.addAll(0, files.diagnostics());
      for (Diagnostic d : diagnostics) {
        filesRead.add(d.range().file());
      }
      List<String> read = new ArrayList<>();
      for (Path file : input.files()) {
        if (filesRead.contains(ScanInput.display(file))) {
          read.add(ScanInput.display(file));
        }
      }
      for (String f : filesRead) {
        if (!read.contains(f)) {
          read.add(f);
        }
      }
      return new FrontEnd.Result(resources, diagnostics, read, sensitive.all());
    }

    private void evaluate(ScanFiles.Document template, List<ScanFiles.Document> parameterFiles) {
      filesRead.add(template.display());
      Diagnostics found = new Diagnostics();
      Value.Obj root = (Value.Obj) template.root();
      ExpressionSyntaxCheck.check(root, template.text(), tree.expressions().parser(), found);
      sensitive.template(root);
      if (!found.all().isEmpty()) {
        // Azure rejects a template with a broken expression; like an unreadable file, it contributes nothing
        diagnostics.addAll(found.all());
        return;
      }
      List<ScanFiles.Document> variants = new ArrayList<>(parameterFiles);
      if (variants.isEmpty()) {
        variants.add(null);
      }
      for (ScanFiles.Document parameters : variants) {
        Map<String, Value> supplied = parameters == null ? Map.of() : ParameterFile.values(parameters.root());
        if (parameters != null) {
          filesRead.add(parameters.display());
          sensitive.parameterFile(root, supplied);
        }
        Origin origin = new Origin(template.display(), parameters == null ? null : parameters.display());
        RuntimeFacts facts = new RuntimeFacts();
        // a committed parameter file holds its values as written, securestring or not
        supplied.forEach((name, value) -> facts.literalSites()
            .add(value.range(), io.vnetlint.model.Secret.Literal.Kind.VALUES_FILE, name, false));
        TemplateScope scope = new TemplateScope(root, supplied, null, Placement.UNKNOWN, tree, facts);
        TemplateRun run = new TemplateRun(tree, found, origin, NetworkMapper::handles, this::linkedTemplate);
        try (Deadline deadline = Deadline.start()) {
          run.run(root, scope);
          List<AzureResource> mapped = NetworkMapper.map(run.resources(), facts);
          if (mapped.size() > Limits.MAX_RESOURCES_PER_FILE) {
            found.add(Diagnostic.error("limit-exceeded", "the template produces " + mapped.size()
                + " resources, more than the limit of " + Limits.MAX_RESOURCES_PER_FILE + "; none is analyzed",
                SourceRange.fileStart(template.display())));
          } else {
            resources.addAll(mapped);
          }
          sensitive.resources(run.resources(), facts);
        } catch (Deadline.Exceeded e) {
          // a runaway evaluation: its resources would be partial, so none is analyzed
          found.add(e.diagnostic(template.display()));
        } catch (StackOverflowError e) {
          found.add(Diagnostic.error("too-deep", "the template is nested too deeply to evaluate",
              SourceRange.fileStart(template.display())));
        } catch (RuntimeException e) {
          found.add(Diagnostic.error("internal-error", "internal error while evaluating the template ("
              + e.getClass().getSimpleName() + at(e) + ")", SourceRange.fileStart(template.display())));
        }
      }
      diagnostics.addAll(found.all());
    }

    /**
     * A template linked with {@code templateLink.relativePath}: read like any scanned file, only inside the root,
     * and only when its expressions parse (Azure rejects the deployment otherwise).
     */
    private Optional<LinkedTemplates.Linked> linkedTemplate(String referrer, String relativePath, SourceRange at,
        Diagnostics out) {
      Optional<Path> target = LinkedTemplates.resolve(referrer, relativePath);
      if (target.isEmpty() || !files.insideRoot(target.get())) {
        out.add(Diagnostic.warning("linked-template", "the linked template '" + relativePath + "' is not analyzed: "
            + (target.isEmpty() ? "it is outside the scan root" : "it is not a file inside the scan root"), at));
        return Optional.empty();
      }
      Optional<ScanFiles.Document> doc = files.document(target.get(), true);
      if (doc.isEmpty()) {
        out.add(Diagnostic.warning("linked-template", "the linked template '" + relativePath
            + "' is not analyzed: it cannot be read", at));
        return Optional.empty();
      }
      if (!(doc.get().root() instanceof Value.Obj root) || kindOf(root) != Kind.TEMPLATE) {
        out.add(Diagnostic.warning("linked-template", "the linked template '" + relativePath
            + "' is not analyzed: it is not an ARM template", at));
        return Optional.empty();
      }
      Diagnostics syntax = new Diagnostics();
      ExpressionSyntaxCheck.check(root, doc.get().text(), tree.expressions().parser(), syntax);
      if (!syntax.all().isEmpty()) {
        syntax.all().forEach(out::add);
        return Optional.empty();
      }
      filesRead.add(doc.get().display());
      sensitive.template(root);
      return Optional.of(new LinkedTemplates.Linked(doc.get().display(), root));
    }

    /**
     * The templates that other analyzed templates deploy by a literal {@code templateLink.relativePath}: those
     * reachable by links from a template that nothing links. Templates that only link each other in a cycle stay
     * analyzed on their own.
     */
    private Set<Path> linkedByOthers(List<ScanFiles.Document> templates) {
      Map<Path, Set<Path>> links = new java.util.HashMap<>();
      Set<Path> linked = new HashSet<>();
      for (ScanFiles.Document t : templates) {
        Set<Path> targets = new HashSet<>();
        collectLinks(t.root(), t.display(), t.path(), targets);
        links.put(t.path(), targets);
        linked.addAll(targets);
      }
      java.util.Deque<Path> pending = new java.util.ArrayDeque<>();
      for (ScanFiles.Document t : templates) {
        if (!linked.contains(t.path())) {
          pending.add(t.path());
        }
      }
      Set<Path> reached = new HashSet<>();
      while (!pending.isEmpty()) {
        for (Path target : links.getOrDefault(pending.poll(), Set.of())) {
          if (reached.add(target)) {
            pending.add(target);
          }
        }
      }
      return reached;
    }

    private static void collectLinks(Value v, String referrer, Path self, Set<Path> out) {
      if (v instanceof Value.Obj o) {
        if (o.get("templateLink") instanceof Value.Obj link && link.get("relativePath") instanceof Value.Str p
            && !ExpressionParser.isExpression(p.value())) {
          LinkedTemplates.resolve(referrer, p.value()).filter(t -> !t.equals(self)).ifPresent(out::add);
        }
        for (Value.Member m : o.members()) {
          collectLinks(m.value(), referrer, self, out);
        }
      } else if (v instanceof Value.Arr a) {
        for (Value item : a.items()) {
          collectLinks(item, referrer, self, out);
        }
      }
    }

    /** Where an internal error happened in our code, for bug reports (never values from the template). */
    private static String at(RuntimeException e) {
      for (StackTraceElement frame : e.getStackTrace()) {
        if (frame.getClassName().startsWith("io.vnetlint.")) {
          String cls = frame.getClassName();
          return " at " + cls.substring(cls.lastIndexOf('.') + 1) + ":" + frame.getLineNumber();
        }
      }
      return "";
    }

    /** {@code <name>.parameters.json} and {@code <name>.parameters.<env>.json} beside {@code <name>.json}. */
    private List<ScanFiles.Document> pairedParameterFiles(Path template) {
      String fileName = template.getFileName().toString();
      String base = fileName.substring(0, fileName.length() - ".json".length()).toLowerCase(Locale.ROOT);
      Path dir = template.getParent();
      List<ScanFiles.Document> out = new ArrayList<>();
      // only the template's own directory: looking through every JSON file of the scan made this quadratic
      for (Path candidate : jsonByDirectory.getOrDefault(dir, List.of())) {
        if (candidate.equals(template)) {
          continue;
        }
        String name = candidate.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean plain = name.equals(base + ".parameters.json");
        boolean env = name.startsWith(base + ".parameters.") && name.endsWith(".json")
            && name.length() > (base + ".parameters.").length() + ".json".length();
        if (plain || env) {
          parameterFile(candidate).ifPresent(out::add);
        }
      }
      return out;
    }

    private Optional<ScanFiles.Document> parameterFile(Path file) {
      Optional<ScanFiles.Document> doc = files.document(file, true);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      Kind kind = kindOf(doc.get().root());
      if (kind == Kind.PARAMETERS || (kind == Kind.OTHER && ParameterFile.looksLikeParameterFile(doc.get().root()))) {
        return doc;
      }
      if (kind == Kind.OTHER) {
        diagnostics.add(Diagnostic.warning("not-a-parameter-file",
            "not an ARM parameter file: it has no \"parameters\" object", SourceRange.fileStart(doc.get().display())));
      }
      return Optional.empty();
    }

    private enum Kind { TEMPLATE, PARAMETERS, OTHER }

    private static Kind kindOf(Value root) {
      if (root instanceof Value.Obj o && o.get("$schema") instanceof Value.Str schema) {
        if (ScanFiles.TEMPLATE_MARKER.matcher(schema.value()).find()) {
          return Kind.TEMPLATE;
        }
        if (ScanFiles.PARAMETERS_MARKER.matcher(schema.value()).find()) {
          return Kind.PARAMETERS;
        }
      }
      return Kind.OTHER;
    }

    private static boolean isJson(Path file) {
      Path name = file.getFileName();
      return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Terraform's JSON syntax and plan/state files belong to the Terraform front end. */
    private static boolean isTerraformJson(Path file, Value root) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".tf.json") || name.endsWith(".tfvars.json")
          || (root instanceof Value.Obj o && (o.get("terraform_version") != null || o.get("format_version") != null));
    }
  }
}
