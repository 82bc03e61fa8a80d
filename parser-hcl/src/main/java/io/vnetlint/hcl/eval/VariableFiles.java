package io.vnetlint.hcl.eval;

import io.vnetlint.hcl.syntax.Attribute;
import io.vnetlint.hcl.syntax.BodyItem;
import io.vnetlint.hcl.syntax.ConfigFile;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.Value;
import io.vnetlint.model.json.JsonSyntaxException;
import io.vnetlint.model.json.PositionedJsonReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Variable definition files: {@code .tfvars} (HCL) and {@code .tfvars.json}. */
public final class VariableFiles {
  private VariableFiles() {}

  /** One file's assignments: a constant HCL attribute, or a JSON member, per variable name. */
  public sealed interface Source {
    String display();

    /** An HCL {@code .tfvars} file. */
    record Hcl(String display, ConfigFile file) implements Source {}

    /** A {@code .tfvars.json} file: its top-level object. */
    record Json(String display, Value.Obj object) implements Source {}
  }

  /** One assignment: the value (evaluated lazily for HCL) and where it is written. */
  record Assignment(String name, SourceRange range, java.util.function.Supplier<Value> value) {}

  static Map<String, Assignment> assignments(Source source, Evaluation ev) {
    Map<String, Assignment> out = new LinkedHashMap<>();
    if (source instanceof Source.Hcl h) {
      for (BodyItem item : h.file().body().items()) {
        if (item instanceof Attribute a) {
          out.put(a.name(), new Assignment(a.name(), a.expr().range(),
              () -> ev.boundary(() -> ev.expressions.eval(a.expr(), Scope.constant()), a.expr().range())));
        } else {
          ev.warn("tfvars-block", "a variable definitions file holds only assignments; this block is ignored",
              item.range());
        }
      }
    } else if (source instanceof Source.Json j) {
      for (Value.Member m : j.object().members()) {
        out.put(m.key(), new Assignment(m.key(), m.value().range(), m::value));
      }
    }
    return out;
  }

  /** Reads a {@code .tfvars.json} file; a problem becomes a positioned error and an empty result. */
  public static Optional<Source> json(SourceText text, java.util.List<Diagnostic> diagnostics) {
    try {
      Value root = PositionedJsonReader.read(text);
      if (root instanceof Value.Obj o) {
        return Optional.of(new Source.Json(text.path(), o));
      }
      diagnostics.add(Diagnostic.error("tfvars-json", "a .tfvars.json file must hold a JSON object",
          SourceRange.fileStart(text.path())));
    } catch (JsonSyntaxException e) {
      diagnostics.add(Diagnostic.error("parse-error", e.getMessage(), e.range()));
    }
    return Optional.empty();
  }

  /** Whether a file name is one Terraform loads automatically from the root module's directory. */
  public static boolean isAutoLoaded(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.equals("terraform.tfvars") || n.equals("terraform.tfvars.json") || n.endsWith(".auto.tfvars")
        || n.endsWith(".auto.tfvars.json");
  }

  /**
   * Terraform's loading order: {@code terraform.tfvars}, then {@code terraform.tfvars.json}, then
   * {@code *.auto.tfvars} and {@code *.auto.tfvars.json} in lexical order of their names.
   */
  public static int order(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.equals("terraform.tfvars")) {
      return 0;
    }
    return n.equals("terraform.tfvars.json") ? 1 : 2;
  }
}
