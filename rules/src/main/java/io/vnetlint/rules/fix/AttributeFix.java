package io.vnetlint.rules.fix;

import io.vnetlint.model.Field;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.rules.ProposedFix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fixes that set one attribute to a literal. The proposal is made only where the edit can be exact:
 *
 * <ul>
 *   <li>a known value written in the resource's own file, on one line, as a plain literal right after the
 *       attribute's own key ({@code "enableBgp": false}, {@code enableBgp: false}, {@code bgp_enabled = false});
 *       a value from a parameter, variable, expression, module input, parameter file or tfvars file does not match
 *       and gets no fix (the front ends' ranges cover the attribute from key to value);</li>
 *   <li>an absent attribute of a Terraform resource, inserted as the first line of the block with the block's
 *       indentation plus two spaces ({@code terraform fmt} re-aligns the {@code =} if it wants);</li>
 *   <li>booleans and strings of letters, digits, '.', '_' and '-' only, so no quoting or escaping is involved.</li>
 * </ul>
 *
 * Everything else, including an absent ARM or Bicep attribute (whose insertion point and indentation we do not
 * know), gets no fix. What is proposed is still confirmed against the text ({@link ProposedFix#confirm}).
 */
public final class AttributeFix {
  private AttributeFix() {}

  private static final Pattern SAFE_STRING = Pattern.compile("[A-Za-z0-9._-]+");

  /**
   * An attribute's name in ARM and Bicep (null: no fix there), and its names in the azurerm provider. A written attribute is fixed
   * under any of its Terraform names; an absent one is inserted only when there is just one name, because with two
   * (v4's {@code enable_bgp}, v5's {@code bgp_enabled}) the provider version decides which one is valid.
   */
  public record Names(String arm, List<String> terraform) {
    public Names {
      terraform = List.copyOf(terraform);
    }

    public static Names of(String arm, String... terraform) {
      return new Names(arm, List.of(terraform));
    }

    /** An attribute that is fixed in Terraform only (in ARM and Bicep it changes together with another one). */
    public static Names terraformOnly(String... terraform) {
      return new Names(null, List.of(terraform));
    }
  }

  /** The source syntax of a file, by its name; a plan or {@code .tf.json} file is none of them. */
  enum Syntax {
    ARM, BICEP, TERRAFORM;

    static Optional<Syntax> of(String file) {
      if (file.endsWith(".tf.json")) {
        return Optional.empty();
      }
      if (file.endsWith(".json")) {
        return Optional.of(ARM);
      }
      if (file.endsWith(".bicep")) {
        return Optional.of(BICEP);
      }
      if (file.endsWith(".tf")) {
        return Optional.of(TERRAFORM);
      }
      return Optional.empty();
    }

    /** The literal text of a boolean or a safe string; empty for anything else. */
    Optional<String> literal(Object value) {
      if (value instanceof Boolean b) {
        return Optional.of(b.toString());
      }
      if (value instanceof String s && SAFE_STRING.matcher(s).matches()) {
        return Optional.of(this == BICEP ? "'" + s + "'" : "\"" + s + "\"");
      }
      return Optional.empty();
    }
  }

  /** Sets {@code field} of {@code owner} to {@code value} (a Boolean or a String). */
  public static Optional<ProposedFix> set(
      AzureResource owner, Field<?> field, Names names, Object value, String description) {
    return edit(owner, field, names, value).map(e -> new ProposedFix(description, List.of(e)));
  }

  /**
   * Sets {@code field} and, in ARM and Bicep, the member {@code siblingKey} of the same object that is written with
   * the same literal (a gateway SKU's {@code tier} next to its {@code name}); in Terraform the attribute alone. When
   * the sibling is missing or written otherwise there is no fix.
   */
  public static Optional<ProposedFix> setWithSibling(
      AzureResource owner, Field<?> field, Names names, String siblingKey, Object value, String description) {
    Optional<ProposedFix.Edit> main = edit(owner, field, names, value);
    if (main.isEmpty() || !(field instanceof Field.Known<?> known)) {
      return Optional.empty();
    }
    Optional<Syntax> syntax = Syntax.of(known.range().file());
    if (syntax.isEmpty() || syntax.get() == Syntax.TERRAFORM) {
      return main.map(e -> new ProposedFix(description, List.of(e)));
    }
    Optional<String> old = syntax.get().literal(known.value());
    Optional<String> replacement = syntax.get().literal(value);
    if (old.isEmpty() || replacement.isEmpty()) {
      return Optional.empty();
    }
    String key = syntax.get() == Syntax.ARM
        ? "\"(?i:" + Pattern.quote(siblingKey) + ")\""
        : "'?" + Pattern.quote(siblingKey) + "'?";
    // the object is flat (no braces inside) and the sibling is a key: at the start, or after a comma or a line
    Pattern sibling = Pattern.compile("(?s)(?:[^{}]*[,\\s])?" + key + "\\s*:\\s*(?<old>" + Pattern.quote(old.get())
        + ")(?:[\\s,][^{}]*)?");
    ProposedFix.Edit tier = new ProposedFix.Edit(
        owner, known.range(), sibling, replacement.get(), ProposedFix.Scope.OBJECT);
    return Optional.of(new ProposedFix(description, List.of(main.get(), tier)));
  }

  /** One fix made of several attribute changes, proposed only when every one of them can be made. */
  public static Optional<ProposedFix> all(String description, List<Optional<ProposedFix>> parts) {
    List<ProposedFix.Edit> edits = new ArrayList<>();
    for (Optional<ProposedFix> part : parts) {
      if (part.isEmpty()) {
        return Optional.empty();
      }
      edits.addAll(part.get().edits());
    }
    return edits.isEmpty() ? Optional.empty() : Optional.of(new ProposedFix(description, edits));
  }

  /** The edit that sets one attribute, when it can be exact. */
  static Optional<ProposedFix.Edit> edit(AzureResource owner, Field<?> field, Names names, Object value) {
    String ownFile = owner.header().origin().file();
    if (field instanceof Field.Known<?> known) {
      SourceRange at = known.range();
      Optional<Syntax> syntax = Syntax.of(at.file());
      if (!at.file().equals(ownFile) || at.startLine() != at.endLine() || syntax.isEmpty()
          || (syntax.get() != Syntax.TERRAFORM && names.arm() == null)) {
        return Optional.empty();
      }
      Optional<String> old = syntax.get().literal(known.value());
      Optional<String> replacement = syntax.get().literal(value);
      if (old.isEmpty() || replacement.isEmpty()) {
        return Optional.empty();
      }
      String valuePattern = "(?<old>" + Pattern.quote(old.get()) + ")";
      Pattern pattern = switch (syntax.get()) {
        // ARM property names are case-insensitive
        case ARM -> Pattern.compile("\"(?i:" + Pattern.quote(names.arm()) + ")\"\\s*:\\s*" + valuePattern);
        case BICEP -> Pattern.compile("'?" + Pattern.quote(names.arm()) + "'?\\s*:\\s*" + valuePattern);
        case TERRAFORM -> Pattern.compile("(?:" + String.join("|", names.terraform().stream().map(Pattern::quote)
            .toList()) + ")\\s*=\\s*" + valuePattern);
      };
      return Optional.of(new ProposedFix.Edit(owner, at, pattern, replacement.get(), ProposedFix.Scope.RANGE));
    }
    if (field instanceof Field.Absent<?>) {
      SourceRange header = owner.header().range();
      if (Syntax.of(header.file()).filter(s -> s == Syntax.TERRAFORM).isEmpty() || !header.file().equals(ownFile)
          || names.terraform().size() != 1) {
        return Optional.empty();
      }
      Optional<String> literal = Syntax.TERRAFORM.literal(value);
      if (literal.isEmpty()) {
        return Optional.empty();
      }
      // the whole header line, indented with spaces exactly as far as the range says, ending with the brace
      String indent = " ".repeat(header.startColumn() - 1);
      Pattern pattern = Pattern.compile(
          indent + "resource\\s+\"[A-Za-z0-9_]+\"\\s+\"[A-Za-z0-9_-]+\"\\s*\\{(?<old>)[ \\t]*");
      String line = "\n" + indent + "  " + names.terraform().get(0) + " = " + literal.get();
      return Optional.of(new ProposedFix.Edit(owner, header, pattern, line, ProposedFix.Scope.LINES));
    }
    return Optional.empty();
  }
}
