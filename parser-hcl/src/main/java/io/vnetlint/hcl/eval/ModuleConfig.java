package io.vnetlint.hcl.eval;

import io.vnetlint.hcl.syntax.Attribute;
import io.vnetlint.hcl.syntax.Block;
import io.vnetlint.hcl.syntax.BodyItem;
import io.vnetlint.hcl.syntax.ConfigFile;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declarations of one Terraform module: every {@code .tf} file of one directory, merged. A name declared twice
 * is reported (Terraform rejects it) and the first declaration kept.
 *
 * @param dir the directory, absolute and normalized
 * @param display the directory relative to the scan root, with forward slashes ("" for the root itself)
 */
public record ModuleConfig(
    Path dir,
    String display,
    List<ConfigFile> files,
    Map<String, Block> variables,
    Map<String, Attribute> locals,
    Map<String, Block> resources,
    Map<String, Block> dataSources,
    Map<String, Block> moduleCalls,
    Map<String, Block> outputs,
    Map<String, Value.Member> jsonLocals,
    List<Diagnostic> diagnostics) {

  /** Collects the declarations of the files of one directory (files with syntax errors are left out by the caller). */
  public static ModuleConfig of(Path dir, String display, List<ConfigFile> files) {
    return of(dir, display, files, List.of());
  }

  /**
   * As {@link #of(Path, String, List)}, with the top-level objects of the directory's {@code .tf.json} files (the
   * Terraform JSON syntax). Of those only {@code locals} are read (configurations keep large constant tables
   * there); other JSON declarations are reported as not analyzed.
   */
  public static ModuleConfig of(Path dir, String display, List<ConfigFile> files, List<Value.Obj> jsonFiles) {
    Map<String, Block> variables = new LinkedHashMap<>();
    Map<String, Attribute> locals = new LinkedHashMap<>();
    Map<String, Block> resources = new LinkedHashMap<>();
    Map<String, Block> data = new LinkedHashMap<>();
    Map<String, Block> modules = new LinkedHashMap<>();
    Map<String, Block> outputs = new LinkedHashMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (ConfigFile file : files) {
      for (BodyItem item : file.body().items()) {
        if (!(item instanceof Block block)) {
          continue; // top-level attributes are not Terraform configuration
        }
        List<String> labels = block.labelValues();
        switch (block.type()) {
          case "variable" -> declare(variables, labels, 1, block, "variable", diagnostics);
          case "resource" -> declare(resources, labels, 2, block, "resource", diagnostics);
          case "data" -> declare(data, labels, 2, block, "data source", diagnostics);
          case "module" -> declare(modules, labels, 1, block, "module call", diagnostics);
          case "output" -> declare(outputs, labels, 1, block, "output", diagnostics);
          case "locals" -> {
            for (Attribute a : block.body().attributes()) {
              if (locals.containsKey(a.name())) {
                diagnostics.add(Diagnostic.warning("duplicate-declaration", "duplicate local value \"" + a.name()
                    + "\": a local value is declared once per module; the first declaration is used", a.nameRange()));
              } else {
                locals.put(a.name(), a);
              }
            }
          }
          default -> {
            // terraform, provider, moved, import, removed, check: nothing the analysis needs
          }
        }
      }
    }
    Map<String, Value.Member> jsonLocals = new LinkedHashMap<>();
    for (Value.Obj json : jsonFiles) {
      for (Value.Member top : json.members()) {
        if (top.key().equals("locals")) {
          List<Value> blocks = top.value() instanceof Value.Arr a ? a.items() : List.of(top.value());
          for (Value b : blocks) {
            if (b instanceof Value.Obj o) {
              for (Value.Member m : o.members()) {
                if (locals.containsKey(m.key()) || jsonLocals.containsKey(m.key())) {
                  diagnostics.add(Diagnostic.warning("duplicate-declaration", "duplicate local value \"" + m.key()
                      + "\": the first declaration is used", m.keyRange()));
                } else {
                  jsonLocals.put(m.key(), m);
                }
              }
            }
          }
        } else if (!top.key().equals("//") && !top.key().equals("terraform") && !top.key().equals("provider")) {
          diagnostics.add(Diagnostic.warning("tf-json", "\"" + top.key() + "\" declarations in Terraform JSON"
              + " syntax are not analyzed (only locals are read)", top.keyRange()));
        }
      }
    }
    return new ModuleConfig(dir, display, List.copyOf(files), variables, locals, resources, data, modules, outputs,
        jsonLocals, diagnostics);
  }

  private static void declare(Map<String, Block> into, List<String> labels, int count, Block block, String what,
      List<Diagnostic> diagnostics) {
    if (labels.size() != count) {
      diagnostics.add(Diagnostic.warning("malformed-declaration", "a " + what + " block takes " + count
          + (count == 1 ? " label" : " labels") + "; this one is ignored", block.headerRange()));
      return;
    }
    String key = String.join(".", labels);
    if (into.containsKey(key)) {
      diagnostics.add(Diagnostic.warning("duplicate-declaration", "duplicate " + what + " \"" + key
          + "\": the first declaration is used", block.headerRange()));
      return;
    }
    into.put(key, block);
  }
}
