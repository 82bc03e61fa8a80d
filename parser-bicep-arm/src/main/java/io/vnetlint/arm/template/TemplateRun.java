package io.vnetlint.arm.template;

import io.vnetlint.arm.expr.Conversions;
import io.vnetlint.arm.expr.CopyBindings;
import io.vnetlint.arm.expr.EvalContext;
import io.vnetlint.arm.mapper.RawResource;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Origin;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One evaluation of a template (one deployment variant): walks its resources — arrays or languageVersion 2.0
 * symbolic-name objects, copy loops, conditions, nested child resources and inline nested deployments — and
 * collects the evaluated declarations of the resource types the mapper wants.
 *
 * <p>We never guess: a resource whose condition or copy count is unknown is skipped with a warning.
 */
public final class TemplateRun {
  private static final String DEPLOYMENTS = "Microsoft.Resources/deployments";

  /** Members of a declaration that are not part of the resource's body. */
  private static final List<String> NOT_BODY =
      List.of("resources", "copy", "condition", "dependsOn", "comments", "metadata", "existing", "scope");

  private final TreeEvaluator tree;
  private final Diagnostics diagnostics;
  private final Origin origin;
  private final Predicate<String> wanted;
  private final LinkedTemplates linked;
  private final List<RawResource> resources = new ArrayList<>();
  /** The linked template files being evaluated, outermost first: a file that links itself again is a cycle. */
  private final java.util.Deque<String> linkChain = new java.util.ArrayDeque<>();
  /** How many deployment outputs are being evaluated inside each other. */
  private int outputsDepth;

  /** Linked templates are deeper than this are not followed (Azure's limit on nested deployments is far higher). */
  static final int MAX_LINK_DEPTH = io.vnetlint.model.Limits.MAX_DEPLOYMENT_DEPTH;

  /** The parent of a nested child resource. */
  private record Parent(String type, List<String> names, boolean namesKnown) {}

  /**
   * @param wanted the full resource types to collect (the mapper's types); others are walked only for their
   *     nested children and deployments
   */
  public TemplateRun(TreeEvaluator tree, Diagnostics diagnostics, Origin origin, Predicate<String> wanted) {
    this(tree, diagnostics, origin, wanted, LinkedTemplates.NONE);
  }

  /** @param linked reads the templates linked by {@code templateLink.relativePath} */
  public TemplateRun(TreeEvaluator tree, Diagnostics diagnostics, Origin origin, Predicate<String> wanted,
      LinkedTemplates linked) {
    this.tree = tree;
    this.diagnostics = diagnostics;
    this.origin = origin;
    this.wanted = wanted;
    this.linked = linked;
  }

  public List<RawResource> resources() {
    return Collections.unmodifiableList(resources);
  }

  /** Evaluates the resources of a top-level template in {@code scope}. */
  public void run(Value.Obj template, TemplateScope scope) {
    scope.deploymentOutputs(this::outputsOf);
    linkChain.push(template.range().file()); // a linked template that links this file again is a cycle
    try {
      run(template, scope, CopyBindings.NONE, scope.placement(), false);
    } finally {
      linkChain.pop();
    }
  }

  /**
   * Evaluates the resources of {@code template} in {@code scope}, declaring them at {@code placement}.
   * {@code evaluatedByParent} is true for an outer-scoped nested template: its parent evaluates all of its content
   * as a property value, including the templates of the inner-scoped deployments it contains.
   */
  private void run(Value.Obj template, TemplateScope scope, CopyBindings copies, Placement placement,
      boolean evaluatedByParent) {
    Value declared = template.get("resources");
    List<Value.Obj> declarations = new ArrayList<>();
    if (declared instanceof Value.Arr a) {
      for (Value item : a.items()) {
        if (item instanceof Value.Obj o) {
          declarations.add(o);
        }
      }
    } else if (declared instanceof Value.Obj symbolic) {
      for (Value.Member m : symbolic.members()) {
        if (m.value() instanceof Value.Obj o) {
          declarations.add(o);
        }
      }
    }
    EvalContext context = new EvalContext(scope, copies);
    for (Value.Obj declaration : declarations) {
      declare(declaration, context, scope, placement, null, evaluatedByParent);
    }
  }

  private void declare(Value.Obj declaration, EvalContext context, TemplateScope scope, Placement placement,
      Parent parent, boolean evaluatedByParent) {
    if (declaration.get("existing") instanceof Value.Bool existing && existing.value()) {
      return; // a reference to a resource deployed elsewhere, not a declaration
    }
    Optional<String> type = fullType(declaration, context, parent);
    if (type.isEmpty()) {
      return;
    }
    boolean deployment = type.get().equalsIgnoreCase(DEPLOYMENTS);
    boolean self = deployment || wanted.test(type.get());
    if (!self && !hasWantedChildren(declaration, context, type.get())) {
      return;
    }
    for (CopyBindings instance : instances(declaration, context, type.get())) {
      EvalContext here = context.withCopies(instance);
      if (!conditionHolds(declaration, here, type.get())) {
        continue;
      }
      Value.Member nameMember = declaration.member("name").orElse(null);
      Value name = nameMember == null ? null : tree.evaluate(nameMember.value(), here);
      SourceRange headerRange = nameMember == null ? startOf(declaration.range()) : memberRange(nameMember);
      Names names = names(type.get(), name, parent, nameMember, instance, headerRange);
      if (names == null) {
        continue;
      }
      if (deployment) {
        nestedDeployment(declaration, here, scope, placement, names, evaluatedByParent);
      } else if (self) {
        resources.add(new RawResource(type.get(), names.names, names.known, headerRange,
            body(declaration, here, name), origin, placement.subscription(), placement.resourceGroup()));
      }
      if (declaration.get("resources") instanceof Value.Arr children) {
        Parent me = new Parent(type.get(), names.names, names.known);
        for (Value child : children.items()) {
          if (child instanceof Value.Obj c) {
            declare(c, here, scope, placement, me, evaluatedByParent);
          }
        }
      }
    }
  }

  /** The full type: a nested child writes its type relative to the parent ({@code "subnets"}). */
  private Optional<String> fullType(Value.Obj declaration, EvalContext context, Parent parent) {
    Value raw = declaration.get("type");
    if (raw == null) {
      return Optional.empty();
    }
    Value type = tree.evaluate(raw, context);
    if (!(type instanceof Value.Str s) || s.value().isBlank()) {
      return Optional.empty();
    }
    String t = s.value().strip();
    if (parent != null && !t.contains("/")) {
      return Optional.of(parent.type() + "/" + t);
    }
    return Optional.of(t);
  }

  private boolean hasWantedChildren(Value.Obj declaration, EvalContext context, String type) {
    if (!(declaration.get("resources") instanceof Value.Arr children)) {
      return false;
    }
    Parent probe = new Parent(type, List.of(), false);
    for (Value child : children.items()) {
      if (child instanceof Value.Obj c) {
        Optional<String> childType = fullType(c, context, probe);
        if (childType.isPresent() && (wanted.test(childType.get())
            || childType.get().equalsIgnoreCase(DEPLOYMENTS)
            || hasWantedChildren(c, context, childType.get()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** One binding per copy instance; none (with a warning) when the count is not known. */
  private List<CopyBindings> instances(Value.Obj declaration, EvalContext context, String type) {
    Value.Member copyMember = declaration.member("copy").orElse(null);
    if (copyMember == null || !(copyMember.value() instanceof Value.Obj copy)) {
      return List.of(context.copies());
    }
    Value loopName = copy.get("name") == null ? null : tree.evaluate(copy.get("name"), context);
    String loop = loopName instanceof Value.Str s ? s.value() : null;
    Value count = copy.get("count") == null ? null : tree.evaluate(copy.get("count"), context);
    Optional<Integer> n = count == null ? Optional.empty() : Conversions.smallInt(count);
    String what = describe(type, declaration, context);
    if (count instanceof Value.Unknown u) {
      diagnostics.add(Diagnostic.warning("copy-count-unknown",
          what + " is skipped: its copy count is not known (" + u.reason() + ")", memberRange(copyMember)));
      return List.of();
    }
    if (n.isPresent() && n.get() > TreeEvaluator.MAX_COPY) {
      // Azure rejects the template; a count of 2147483647 must not become that many instances either
      diagnostics.add(Diagnostic.error("limit-exceeded", what + " is skipped: its copy count is " + n.get()
          + ", more than the limit of " + TreeEvaluator.MAX_COPY + " (Azure's)", memberRange(copyMember)));
      return List.of();
    }
    if (n.isEmpty() || n.get() < 0) {
      diagnostics.add(Diagnostic.warning("copy-count-invalid", what + " is skipped: its copy count is "
          + (n.isEmpty() ? "not an integer" : n.get() + " (Azure allows 0 to " + TreeEvaluator.MAX_COPY + ")"),
          memberRange(copyMember)));
      return List.of();
    }
    List<CopyBindings> all = new ArrayList<>(n.get());
    for (int i = 0; i < n.get(); i++) {
      all.add(context.copies().withResourceLoop(loop, i));
    }
    return all;
  }

  private boolean conditionHolds(Value.Obj declaration, EvalContext context, String type) {
    Value.Member member = declaration.member("condition").orElse(null);
    if (member == null) {
      return true;
    }
    Value condition = tree.evaluate(member.value(), context);
    if (condition instanceof Value.Bool b) {
      return b.value();
    }
    String why = condition instanceof Value.Unknown u ? u.reason() : "it is " + condition.kind();
    diagnostics.add(Diagnostic.warning("condition-unknown",
        describe(type, declaration, context) + " is skipped: its condition cannot be evaluated (" + why + ")",
        memberRange(member)));
    return false;
  }

  /** The resource's full names; null (with a warning) when the written name does not fit the type. */
  private record Names(List<String> names, boolean known) {}

  private Names names(String type, Value name, Parent parent, Value.Member nameMember, CopyBindings instance,
      SourceRange headerRange) {
    int segments = type.split("/").length - 1;
    if (segments < 1) {
      return null;
    }
    List<String> parentNames = parent == null ? List.of() : parent.names();
    boolean parentKnown = parent == null || parent.namesKnown();
    if (name instanceof Value.Str s && !s.sensitive()) {
      List<String> parts = Arrays.asList(s.value().split("/", -1));
      List<String> full = null;
      if (parent != null && parts.size() == segments - parentNames.size()) {
        full = new ArrayList<>(parentNames);
        full.addAll(parts);
      } else if (parts.size() == segments) {
        full = parts;
      }
      if (full == null || full.stream().anyMatch(String::isBlank)) {
        diagnostics.add(Diagnostic.warning("name-type-mismatch", "resource name '" + s.value() + "' does not fit type "
            + type + " (it needs " + segments + " name segment" + (segments == 1 ? "" : "s") + ")",
            nameMember == null ? headerRange : memberRange(nameMember)));
        return null;
      }
      return new Names(full, parentKnown);
    }
    SourceRange where = nameMember == null ? headerRange : nameMember.value().range();
    Integer index = instance.index(null);
    String placeholder = "{unknown@" + where.where() + (index == null ? "" : "[" + index + "]") + "}";
    List<String> full = new ArrayList<>(parentNames);
    while (full.size() < segments) {
      full.add(placeholder);
    }
    if (full.size() > segments) {
      return null;
    }
    return new Names(full, false);
  }

  /** The evaluated declaration without loop, condition and children. */
  private Value.Obj body(Value.Obj declaration, EvalContext context, Value evaluatedName) {
    List<Value.Member> members = new ArrayList<>();
    for (Value.Member m : declaration.members()) {
      if (NOT_BODY.stream().anyMatch(k -> k.equalsIgnoreCase(m.key()))) {
        continue;
      }
      Value v = m.key().equalsIgnoreCase("name") && evaluatedName != null ? evaluatedName
          : tree.evaluate(m.value(), context);
      members.add(new Value.Member(m.key(), m.keyRange(), v));
    }
    return new Value.Obj(members, declaration.range());
  }

  // ---- nested deployments ------------------------------------------------------------------------------------

  /**
   * An inline nested deployment: its template is evaluated in the parent's scope ("outer", the default) or in its
   * own scope with the parameters the deployment passes ("inner"). Linked templates: see {@link #linkedDeployment}.
   */
  private void nestedDeployment(Value.Obj declaration, EvalContext context, TemplateScope scope,
      Placement current, Names names, boolean evaluatedByParent) {
    if (!(declaration.get("properties") instanceof Value.Obj properties)) {
      return;
    }
    String what = "deployment '" + names.names().get(names.names().size() - 1) + "'";
    Optional<Value.Member> link = properties.member("templateLink");
    if (link.isPresent()) {
      linkedDeployment(declaration, properties, link.get(), context, current, what);
      return;
    }
    Value.Member templateMember = properties.member("template").orElse(null);
    if (templateMember == null) {
      return;
    }
    if (!(templateMember.value() instanceof Value.Obj inner)) {
      diagnostics.add(Diagnostic.warning("nested-template-unsupported",
          what + " builds its template with an expression, which is not analyzed", memberRange(templateMember)));
      return;
    }
    Placement placement = placementOf(declaration, context, current);
    if (innerScope(properties, context)) {
      if (evaluatedByParent && tree.evaluateOnce(inner, context) instanceof Value.Obj once) {
        inner = once;
      }
      Map<String, Value> supplied = suppliedParameters(properties, context);
      String unsupplied = properties.get("parametersLink") != null
          ? what + " takes its parameters from a linked parameter file" : null;
      TemplateScope nested = new TemplateScope(inner, supplied, unsupplied, placement, tree,
          context.template().facts());
      nested.deploymentOutputs(this::outputsOf);
      run(inner, nested, CopyBindings.NONE, placement, false);
    } else {
      // "outer": the nested template's expressions see the parent's parameters, variables and scope functions
      run(inner, scope, context.copies(), placement, true);
    }
  }

  /** The parameter values a deployment passes to its template, evaluated in the caller's context. */
  private Map<String, Value> suppliedParameters(Value.Obj properties, EvalContext context) {
    Map<String, Value> supplied = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (properties.get("parameters") instanceof Value.Obj parameters) {
      for (Value.Member m : parameters.members()) {
        Value value = ParameterFile.supplied(m);
        if (value != null) {
          supplied.put(m.key(), value instanceof Value.Unknown ? value : tree.evaluate(value, context));
        }
      }
    }
    return supplied;
  }

  /**
   * A deployment of a linked template: with {@code relativePath}, the file next to the referring template (inside
   * the scan root) is evaluated in its own scope with the parameters the deployment passes, like an inner-scoped
   * nested template; any other link (a URI, a template spec id) is opaque.
   */
  private void linkedDeployment(Value.Obj declaration, Value.Obj properties, Value.Member link, EvalContext context,
      Placement current, String what) {
    SourceRange at = memberRange(link);
    Value relative = link.value() instanceof Value.Obj l && l.get("relativePath") != null
        ? tree.evaluate(l.get("relativePath"), context) : null;
    if (relative == null) {
      diagnostics.add(Diagnostic.warning("linked-template",
          what + " uses a linked template by URI or id, which is not analyzed", at));
      return;
    }
    if (!(relative instanceof Value.Str path) || path.value().isBlank()) {
      String why = relative instanceof Value.Unknown u ? u.reason() : "it is " + relative.kind();
      diagnostics.add(Diagnostic.warning("linked-template",
          what + " links a template whose relative path is not known (" + why + ")", at));
      return;
    }
    String referrer = declaration.range().file();
    if (linkChain.size() >= MAX_LINK_DEPTH) {
      diagnostics.add(Diagnostic.warning("linked-template",
          what + " is not analyzed: linked templates nest deeper than " + MAX_LINK_DEPTH + " levels", at));
      return;
    }
    Optional<LinkedTemplates.Linked> file = linked.load(referrer, path.value(), at, diagnostics);
    if (file.isEmpty()) {
      return;
    }
    if (file.get().display().equals(referrer) || linkChain.contains(file.get().display())) {
      diagnostics.add(Diagnostic.warning("linked-template-cycle",
          what + " links '" + file.get().display() + "', which is already being deployed by this chain", at));
      return;
    }
    Map<String, Value> supplied = suppliedParameters(properties, context);
    String unsupplied = properties.get("parametersLink") != null
        ? what + " takes its parameters from a linked parameter file" : null;
    Placement placement = placementOf(declaration, context, current);
    TemplateScope nested = new TemplateScope(file.get().root(), supplied, unsupplied, placement, tree,
        context.template().facts());
    nested.deploymentOutputs(this::outputsOf);
    linkChain.push(file.get().display());
    try {
      run(file.get().root(), nested, CopyBindings.NONE, placement, false);
    } finally {
      linkChain.pop();
    }
  }

  /**
   * The outputs of a deployment declared in {@code scope}'s template: its inline template's outputs evaluated in
   * the scope it runs in (its own with the parameters passed, or the caller's for "outer"), or those of a template
   * linked by relative path. Empty when the template is not available; problems are reported where the deployment
   * itself is evaluated.
   */
  private Optional<Value> outputsOf(Value.Obj declaration, TemplateScope scope) {
    if (!(declaration.get("properties") instanceof Value.Obj properties) || outputsDepth >= MAX_LINK_DEPTH) {
      return Optional.empty(); // too deep: templates whose outputs read each other's, through links
    }
    outputsDepth++;
    try {
      return outputsOf(declaration, properties, scope);
    } finally {
      outputsDepth--;
    }
  }

  private Optional<Value> outputsOf(Value.Obj declaration, Value.Obj properties, TemplateScope scope) {
    EvalContext context = new EvalContext(scope, CopyBindings.NONE);
    Value.Obj template;
    TemplateScope runsIn;
    if (properties.get("templateLink") instanceof Value.Obj link) {
      Value relative = link.get("relativePath") == null ? null : tree.evaluate(link.get("relativePath"), context);
      if (!(relative instanceof Value.Str path) || linkChain.size() >= MAX_LINK_DEPTH) {
        return Optional.empty();
      }
      Optional<LinkedTemplates.Linked> file = linked.load(declaration.range().file(), path.value(),
          declaration.range(), new Diagnostics());
      if (file.isEmpty() || linkChain.contains(file.get().display())) {
        return Optional.empty();
      }
      template = file.get().root();
      runsIn = nestedScope(template, declaration, properties, context, scope);
    } else if (properties.get("template") instanceof Value.Obj inner) {
      template = inner;
      runsIn = innerScope(properties, context) ? nestedScope(inner, declaration, properties, context, scope) : scope;
    } else {
      return Optional.empty();
    }
    if (!(template.get("outputs") instanceof Value.Obj outputs)) {
      return Optional.empty();
    }
    EvalContext in = new EvalContext(runsIn, CopyBindings.NONE);
    List<Value.Member> members = new ArrayList<>();
    for (Value.Member output : outputs.members()) {
      if (!(output.value() instanceof Value.Obj o)) {
        continue;
      }
      Value value;
      if (o.get("copy") instanceof Value.Obj copy && copy.get("count") != null && copy.get("input") != null) {
        value = outputCopy(copy, in);
      } else if (o.get("value") != null) {
        value = tree.evaluate(o.get("value"), in);
      } else {
        continue;
      }
      if (o.get("type") instanceof Value.Str t && (t.value().equalsIgnoreCase("securestring")
          || t.value().equalsIgnoreCase("secureobject"))) {
        value = runsIn.facts().sensitive(value);
      }
      List<Value.Member> body = new ArrayList<>();
      if (o.member("type").isPresent()) {
        body.add(o.member("type").get());
      }
      body.add(new Value.Member("value", output.keyRange(), value));
      members.add(new Value.Member(output.key(), output.keyRange(), new Value.Obj(body, o.range())));
    }
    return Optional.of(new Value.Obj(members, outputs.range()));
  }

  /** An output's copy loop: {@code input} once per index, with the unnamed {@code copyIndex()} bound. */
  private Value outputCopy(Value.Obj copy, EvalContext in) {
    Value count = tree.evaluate(copy.get("count"), in);
    Optional<Integer> n = Conversions.smallInt(count);
    if (count instanceof Value.Unknown u) {
      return new Value.Unknown(u.reason(), copy.range(), u.sensitive());
    }
    if (n.isEmpty() || n.get() < 0 || n.get() > TreeEvaluator.MAX_COPY) {
      return new Value.Unknown("the output's copy count is not an integer from 0 to " + TreeEvaluator.MAX_COPY,
          copy.range());
    }
    List<Value> items = new ArrayList<>(n.get());
    for (int i = 0; i < n.get(); i++) {
      items.add(tree.evaluate(copy.get("input"), in.withCopies(in.copies().withResourceLoop(null, i))));
    }
    return new Value.Arr(items, copy.range());
  }

  private TemplateScope nestedScope(Value.Obj template, Value.Obj declaration, Value.Obj properties,
      EvalContext context, TemplateScope caller) {
    String unsupplied = properties.get("parametersLink") != null
        ? "the deployment takes its parameters from a linked parameter file" : null;
    TemplateScope nested = new TemplateScope(template, suppliedParameters(properties, context), unsupplied,
        placementOf(declaration, context, caller.placement()), tree, context.template().facts());
    nested.deploymentOutputs(this::outputsOf);
    return nested;
  }

  private boolean innerScope(Value.Obj properties, EvalContext context) {
    if (properties.get("expressionEvaluationOptions") instanceof Value.Obj options && options.get("scope") != null) {
      Value scope = tree.evaluate(options.get("scope"), context);
      return scope instanceof Value.Str s && s.value().equalsIgnoreCase("inner");
    }
    return false;
  }

  /** A deployment's {@code resourceGroup} / {@code subscriptionId} retarget it; unknown values stay unknown. */
  private Placement placementOf(Value.Obj declaration, EvalContext context, Placement current) {
    String subscription = current.subscription();
    String group = current.resourceGroup();
    if (declaration.get("subscriptionId") != null) {
      subscription = knownName(tree.evaluate(declaration.get("subscriptionId"), context));
      if (declaration.get("resourceGroup") == null) {
        group = null;
      }
    }
    if (declaration.get("resourceGroup") != null) {
      group = knownName(tree.evaluate(declaration.get("resourceGroup"), context));
    }
    return new Placement(subscription, group);
  }

  private static String knownName(Value v) {
    return v instanceof Value.Str s && !s.value().isBlank() ? s.value() : null;
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  /** "resource Microsoft.Network/virtualNetworks 'hub'": the evaluated name when known, else as written. */
  private String describe(String type, Value.Obj declaration, EvalContext context) {
    Value written = declaration.get("name");
    Value name = written == null ? null : tree.evaluate(written, context);
    String text = name instanceof Value.Str s && !s.sensitive() ? s.value()
        : written instanceof Value.Str w ? w.value() : "?";
    return "resource " + type + " '" + text + "'";
  }

  /** From the key to the end of the value; the key alone when the value was moved elsewhere by evaluation. */
  public static SourceRange memberRange(Value.Member m) {
    SourceRange key = m.keyRange();
    SourceRange value = m.value().range();
    if (!key.file().equals(value.file())) {
      return key;
    }
    boolean after = value.endLine() > key.startLine()
        || (value.endLine() == key.startLine() && value.endColumn() >= key.startColumn());
    boolean near = value.startLine() > key.startLine()
        || (value.startLine() == key.startLine() && value.startColumn() >= key.startColumn());
    return after && near ? key.to(value) : key;
  }

  private static SourceRange startOf(SourceRange r) {
    return new SourceRange(r.file(), r.startLine(), r.startColumn(), r.startLine(), r.startColumn() + 1,
        r.startByte(), r.startByte() + 1);
  }
}
