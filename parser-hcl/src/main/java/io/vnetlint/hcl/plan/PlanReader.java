package io.vnetlint.hcl.plan;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Origin;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.Value;
import io.vnetlint.model.json.JsonSyntaxException;
import io.vnetlint.model.json.PositionedJsonReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code terraform show -json} output: the managed resources of {@code planned_values} (root module and
 * child modules, recursively) as {@link TerraformResource}s positioned in the plan file, and the
 * {@code resource_changes} as {@link ResourceChange}s.
 *
 * <p>Values the plan does not know ({@code true} in {@code after_unknown}) are unknown ("known after apply");
 * values it marks sensitive ({@code sensitive_values}, {@code after_sensitive}, {@code before_sensitive}) are
 * marked sensitive, and their ranges, wherever the file repeats them, are reported. Data sources are skipped.
 * Format versions 0.x and 1.x are read (terraform-json accepts {@code >= 0.1, < 2.0}); another major version is
 * an error, as the format's documentation asks.
 */
public final class PlanReader {
  private PlanReader() {}

  private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?.*");

  /** The plan in {@code text}; empty when the text is not a Terraform plan. Never throws for bad input. */
  public static Optional<PlanResult> read(SourceText text) {
    String s = text.text();
    if (!s.contains("\"format_version\"")
        || !(s.contains("\"planned_values\"") || s.contains("\"resource_changes\""))) {
      return Optional.empty();
    }
    Value root;
    try {
      root = PositionedJsonReader.read(text);
    } catch (JsonSyntaxException e) {
      return Optional.of(failed(Diagnostic.error("parse-error", e.getMessage(), e.range())));
    }
    if (!(root instanceof Value.Obj plan) || plan.member("format_version").isEmpty()
        || (plan.member("planned_values").isEmpty() && plan.member("resource_changes").isEmpty())) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PlanReader.Run(text, plan).read());
    } catch (RuntimeException e) {
      // a defect of ours must not end the scan; the message names no value
      return Optional.of(failed(Diagnostic.error("internal-error", "internal error while reading the plan ("
          + e.getClass().getSimpleName() + ")", SourceRange.fileStart(text.path()))));
    }
  }

  private static PlanResult failed(Diagnostic d) {
    return new PlanResult(List.of(), List.of(), List.of(d), List.of());
  }

  /** One plan being read. */
  private static final class Run {
    private final SourceText text;
    private final Value.Obj plan;
    private final Origin origin;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Sensitive sensitive = new Sensitive();
    /** The change of each managed resource instance (not deposed objects), for its unknown and sensitive masks. */
    private final Map<String, Value.Obj> changeByAddress = new HashMap<>();

    Run(SourceText text, Value.Obj plan) {
      this.text = text;
      this.plan = plan;
      this.origin = Origin.of(text.path());
    }

    PlanResult read() {
      Value.Member version = plan.member("format_version").orElseThrow();
      if (!supported(version.value())) {
        String shown = version.value() instanceof Value.Str str ? "'" + str.value() + "'" : version.value().kind();
        diagnostics.add(Diagnostic.error("unsupported-plan-version", "Terraform plan format version " + shown
            + " is not supported (versions 0.x and 1.x are)", range(version)));
        return new PlanResult(List.of(), List.of(), diagnostics, List.of());
      }
      List<ResourceChange> changes = changes();
      List<TerraformResource> resources = new ArrayList<>();
      Value planned = plan.get("planned_values");
      if (planned instanceof Value.Obj p && p.get("root_module") instanceof Value.Obj rootModule) {
        List<Entry> entries = new ArrayList<>();
        module(rootModule, "", entries);
        Map<String, String> instances = new HashMap<>();
        for (Entry e : entries) {
          instances.put(e.address(), e.type());
        }
        for (Entry e : entries) {
          resources.add(resource(e, instances));
        }
        p.member("outputs").ifPresent(outputs -> sensitiveOutputs(outputs.value()));
      } else if (planned != null && !(planned instanceof Value.Null)) {
        diagnostics.add(Diagnostic.warning("plan-shape", "'planned_values' has no 'root_module' object; "
            + "resources are read from 'resource_changes'", planned.range()));
        resourcesFromChanges(resources);
      } else {
        resourcesFromChanges(resources);
      }
      priorState();
      sensitiveVariables();
      sensitive.sweep(plan);
      return new PlanResult(resources, changes, diagnostics, sensitive.all());
    }

    private static boolean supported(Value version) {
      if (!(version instanceof Value.Str s)) {
        return false;
      }
      Matcher m = VERSION.matcher(s.value().strip());
      return m.matches() && (m.group(1).equals("0") || m.group(1).equals("1"));
    }

    // ---- planned values -------------------------------------------------------------------------------------

    /** A managed resource entry of the planned values, in its module instance. */
    private record Entry(Value.Obj entry, String modulePath, String address, String type, String name) {}

    /** The managed resources of one module of a values representation, and of its child modules. */
    private void module(Value.Obj module, String modulePath, List<Entry> out) {
      for (Value.Obj entry : objects(module, "resources")) {
        String address = string(entry, "address");
        String type = string(entry, "type");
        String name = string(entry, "name");
        if (address == null || type == null || name == null) {
          diagnostics.add(Diagnostic.warning("plan-shape", "a resource without address, type or name is skipped",
              start(entry.range())));
        } else if (isManaged(entry, address)) {
          out.add(new Entry(entry, modulePath, address, type, name));
        }
      }
      for (Value.Obj child : objects(module, "child_modules")) {
        String address = child.get("address") instanceof Value.Str a ? a.value() : null;
        if (address == null) {
          diagnostics.add(Diagnostic.warning("plan-shape", "a child module without an address is skipped",
              start(child.range())));
          continue;
        }
        module(child, address, out);
      }
    }

    private TerraformResource resource(Entry e, Map<String, String> instances) {
      Value.Obj change = changeByAddress.get(e.address());
      Value.Obj changeBody = change == null ? null : change.get("change") instanceof Value.Obj c ? c : null;
      Value values = e.entry().get("values");
      Value body = values instanceof Value.Obj ? values : new Value.Obj(List.of(), e.entry().range());
      body = PlanValues.withUnknowns(body, changeBody == null ? null : changeBody.get("after_unknown"));
      body = references(body, e.modulePath(), e.type(), e.name(), instances);
      body = PlanValues.masked(body, e.entry().get("sensitive_values"), sensitive);
      body = PlanValues.masked(body, changeBody == null ? null : changeBody.get("after_sensitive"), sensitive);
      return new TerraformResource(e.address(), e.modulePath(), e.type(), e.name(), asObject(body, e.entry()),
          headerRange(e.entry()), origin, true);
    }

    /** Unknown ids that the configuration says are references to one resource of the plan become references. */
    private Value references(Value body, String modulePath, String type, String name, Map<String, String> instances) {
      Value.Obj configuration = plan.get("configuration") instanceof Value.Obj c ? c : null;
      Value.Obj expressions = ConfigurationReferences.expressions(configuration, modulePath, type, name);
      return ConfigurationReferences.apply(body, expressions, modulePath, instances);
    }

    /** When there are no planned values, the resources are what the changes leave behind. */
    private void resourcesFromChanges(List<TerraformResource> out) {
      List<Value.Obj> remaining = new ArrayList<>();
      Map<String, String> instances = new HashMap<>();
      for (Value.Obj entry : objects(plan, "resource_changes")) {
        String address = string(entry, "address");
        String type = string(entry, "type");
        if (address != null && type != null && string(entry, "name") != null && isManaged(entry, address)
            && entry.member("deposed").isEmpty()
            && entry.get("change") instanceof Value.Obj change && change.get("after") instanceof Value.Obj) {
          remaining.add(entry);
          instances.put(address, type);
        }
      }
      for (Value.Obj entry : remaining) {
        Value.Obj change = (Value.Obj) entry.get("change");
        String type = string(entry, "type");
        String name = string(entry, "name");
        String modulePath = modulePathOf(entry);
        Value body = PlanValues.withUnknowns(change.get("after"), change.get("after_unknown"));
        body = references(body, modulePath, type, name, instances);
        body = PlanValues.masked(body, change.get("after_sensitive"), sensitive);
        out.add(new TerraformResource(string(entry, "address"), modulePath, type, name, asObject(body, entry),
            headerRange(entry), origin, true));
      }
    }

    // ---- changes ----------------------------------------------------------------------------------------------

    private List<ResourceChange> changes() {
      List<ResourceChange> out = new ArrayList<>();
      Value list = plan.get("resource_changes");
      if (list != null && !(list instanceof Value.Arr) && !(list instanceof Value.Null)) {
        diagnostics.add(Diagnostic.warning("plan-shape", "'resource_changes' is not a list; it is skipped",
            list.range()));
        return out;
      }
      for (Value.Obj entry : objects(plan, "resource_changes")) {
        String address = string(entry, "address");
        if (address == null || !(entry.get("change") instanceof Value.Obj change)) {
          diagnostics.add(Diagnostic.warning("plan-shape", "a resource change without address or change is "
              + "skipped", start(entry.range())));
          continue;
        }
        if (!isManaged(entry, address)) {
          continue;
        }
        if (entry.member("deposed").isEmpty()) {
          changeByAddress.putIfAbsent(address, entry);
        }
        List<String> actions = new ArrayList<>();
        if (change.get("actions") instanceof Value.Arr a) {
          for (Value action : a.items()) {
            if (action instanceof Value.Str s) {
              actions.add(s.value());
            }
          }
        }
        Value before = PlanValues.masked(orNull(change, "before"), change.get("before_sensitive"), sensitive);
        Value after = PlanValues.withUnknowns(orNull(change, "after"), change.get("after_unknown"));
        after = PlanValues.masked(after, change.get("after_sensitive"), sensitive);
        out.add(new ResourceChange(address, modulePathOf(entry), string(entry, "type"), string(entry, "name"), actions,
            before, after, replacePaths(change.get("replace_paths")), headerRange(entry)));
      }
      return out;
    }

    /** {@code [["ip_configuration", 0, "subnet_id"], ["vpn_type"]]} as {@code ip_configuration.0.subnet_id}, ... */
    private static List<String> replacePaths(Value paths) {
      List<String> out = new ArrayList<>();
      if (paths instanceof Value.Arr list) {
        for (Value path : list.items()) {
          if (path instanceof Value.Arr steps) {
            List<String> parts = new ArrayList<>();
            for (Value step : steps.items()) {
              if (step instanceof Value.Str s) {
                parts.add(s.value());
              } else if (step instanceof Value.Num n) {
                parts.add(n.value().toPlainString());
              }
            }
            if (!parts.isEmpty()) {
              out.add(String.join(".", parts));
            }
          }
        }
      }
      return out;
    }

    // ---- other places that hold sensitive values --------------------------------------------------------------

    /** The prior state's resources repeat today's values with their own sensitive masks. */
    private void priorState() {
      if (plan.get("prior_state") instanceof Value.Obj state && state.get("values") instanceof Value.Obj values
          && values.get("root_module") instanceof Value.Obj rootModule) {
        maskModule(rootModule);
      }
    }

    private void maskModule(Value.Obj module) {
      for (Value.Obj entry : objects(module, "resources")) {
        PlanValues.masked(entry.get("values"), entry.get("sensitive_values"), sensitive);
      }
      for (Value.Obj child : objects(module, "child_modules")) {
        maskModule(child);
      }
    }

    /** Outputs marked {@code "sensitive": true}. */
    private void sensitiveOutputs(Value outputs) {
      if (outputs instanceof Value.Obj o) {
        for (Value.Member m : o.members()) {
          if (m.value() instanceof Value.Obj output && output.get("sensitive") instanceof Value.Bool b && b.value()
              && output.get("value") != null) {
            PlanValues.sensitiveDeep(output.get("value"), sensitive);
          }
        }
      }
    }

    /** Root variables that the configuration declares sensitive: their values in {@code variables}. */
    private void sensitiveVariables() {
      if (!(plan.get("variables") instanceof Value.Obj variables)
          || !(plan.get("configuration") instanceof Value.Obj configuration)
          || !(configuration.get("root_module") instanceof Value.Obj rootModule)
          || !(rootModule.get("variables") instanceof Value.Obj declarations)) {
        return;
      }
      for (Value.Member declaration : declarations.members()) {
        if (declaration.value() instanceof Value.Obj d && d.get("sensitive") instanceof Value.Bool b && b.value()
            && variables.get(declaration.key()) instanceof Value.Obj variable && variable.get("value") != null) {
          PlanValues.sensitiveDeep(variable.get("value"), sensitive);
        }
      }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Managed resources only: data sources are read at plan time and describe nothing the plan deploys. */
    private static boolean isManaged(Value.Obj entry, String address) {
      if (entry.get("mode") instanceof Value.Str mode) {
        return mode.value().equals("managed");
      }
      return !address.startsWith("data.") && !address.contains(".data.");
    }

    private static String modulePathOf(Value.Obj change) {
      return change.get("module_address") instanceof Value.Str s ? s.value() : "";
    }

    /** Where a plan entry points: its {@code "address": ...} member, else the start of the entry. */
    private static SourceRange headerRange(Value.Obj entry) {
      return entry.member("address").map(PlanReader::range).orElse(start(entry.range()));
    }

    /** A body that the masks turned into something else (a wholly unknown object) has no attributes we can read. */
    private static Value.Obj asObject(Value body, Value.Obj entry) {
      return body instanceof Value.Obj o ? o : new Value.Obj(List.of(), entry.range());
    }

    private static Value orNull(Value.Obj obj, String key) {
      Value v = obj.get(key);
      return v == null ? new Value.Null(obj.range()) : v;
    }

    private static String string(Value.Obj obj, String key) {
      return obj.get(key) instanceof Value.Str s ? s.value() : null;
    }

    private static List<Value.Obj> objects(Value.Obj obj, String key) {
      List<Value.Obj> out = new ArrayList<>();
      if (obj.get(key) instanceof Value.Arr a) {
        for (Value item : a.items()) {
          if (item instanceof Value.Obj o) {
            out.add(o);
          }
        }
      }
      return out;
    }
  }

  private static SourceRange range(Value.Member m) {
    return m.keyRange().to(m.value().range());
  }

  private static SourceRange start(SourceRange r) {
    return new SourceRange(r.file(), r.startLine(), r.startColumn(), r.startLine(), r.startColumn() + 1,
        r.startByte(), r.startByte() + 1);
  }
}
