package io.vnetlint.hcl.eval;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.hcl.syntax.ConfigFile;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A Terraform directory tree written to a temporary directory, evaluated like a root module. */
final class TfProject {
  final Path root;

  TfProject(Path root) {
    this.root = root;
  }

  TfProject file(String relative, String content) {
    try {
      Path p = root.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.writeString(p, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Run evaluate() {
    return evaluate(".", ScanInput.TerraformInputs.NONE);
  }

  Run evaluate(ScanInput.TerraformInputs inputs) {
    return evaluate(".", inputs);
  }

  /** Evaluates {@code dir} as a root module, producing instances of every resource type. */
  Run evaluate(String dir, ScanInput.TerraformInputs inputs) {
    SourceFiles files = new SourceFiles(root, inputs.allowOutsideRoot());
    ModuleLoader loader = new ModuleLoader(files, inputs.allowOutsideRoot());
    Path d = root.resolve(dir).normalize();
    List<ConfigFile> parsed = new ArrayList<>();
    for (Path f : files.terraformFiles(d)) {
      files.parse(f).ifPresent(p -> parsed.add(p.result().file()));
    }
    ModuleConfig config = ModuleConfig.of(d, files.display(d), parsed);
    loader.register(config);
    List<VariableFiles.Source> tfvars = new ArrayList<>();
    try (Stream<Path> list = Files.list(d)) {
      for (Path p : list.filter(p -> VariableFiles.isAutoLoaded(p.getFileName().toString()))
          .sorted(Comparator.comparingInt((Path p) -> VariableFiles.order(p.getFileName().toString()))
              .thenComparing(p -> p.getFileName().toString()))
          .toList()) {
        if (p.toString().endsWith(".json")) {
          List<Diagnostic> problems = new ArrayList<>();
          VariableFiles.json(io.vnetlint.model.SourceText.of(files.display(p), Files.readString(p)), problems)
              .ifPresent(tfvars::add);
        } else {
          files.parse(p).ifPresent(x -> tfvars.add(new VariableFiles.Source.Hcl(x.display(), x.result().file())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Evaluation evaluation = new Evaluation(loader, inputs, t -> true);
    evaluation.evaluateRoot(config, tfvars);
    List<Diagnostic> diagnostics = new ArrayList<>(files.diagnostics());
    diagnostics.addAll(evaluation.result().diagnostics());
    return new Run(evaluation.result(), diagnostics);
  }

  static ScanInput.TerraformInputs inputs(List<String> varFiles, Map<String, String> vars, Map<String, String> env,
      boolean allowOutsideRoot) {
    return new ScanInput.TerraformInputs(varFiles.stream().map(Path::of).toList(), vars, env, allowOutsideRoot);
  }

  /** The outcome, with lookups by address and by attribute path. */
  record Run(Evaluation.Result result, List<Diagnostic> diagnostics) {
    Map<String, TerraformResource> byAddress() {
      Map<String, TerraformResource> out = new LinkedHashMap<>();
      for (TerraformResource r : result.resources()) {
        out.put(r.address(), r);
      }
      return out;
    }

    List<String> addresses() {
      return result.resources().stream().map(TerraformResource::address).toList();
    }

    TerraformResource resource(String address) {
      TerraformResource r = byAddress().get(address);
      if (r == null) {
        throw new AssertionError("no resource " + address + "; found " + addresses());
      }
      return r;
    }

    /** A value of a resource by path: {@code name}, {@code subnet[1].address_prefixes}. */
    Value value(String address, String path) {
      Value v = resource(address).body();
      for (String step : path.split("\\.")) {
        String name = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
        v = TfValues.get((Value.Obj) v, name);
        if (v == null) {
          throw new AssertionError(address + " has no " + path);
        }
        if (step.contains("[")) {
          int i = Integer.parseInt(step.substring(step.indexOf('[') + 1, step.indexOf(']')));
          v = ((Value.Arr) v).items().get(i);
        }
      }
      return v;
    }

    String show(String address, String path) {
      return Show.show(value(address, path));
    }

    List<String> warnings() {
      return diagnostics.stream().filter(d -> d.kind() == Diagnostic.Kind.WARNING).map(Diagnostic::message).toList();
    }

    List<String> errors() {
      return diagnostics.stream().filter(d -> d.kind() == Diagnostic.Kind.ERROR).map(Diagnostic::oneLine).toList();
    }
  }
}
