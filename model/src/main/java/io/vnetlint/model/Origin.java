package io.vnetlint.model;

/**
 * Where a resource was declared.
 *
 * @param file the file that declared it
 * @param variant the deployment variant when a template is analyzed once per parameter file (the parameter file's
 *     path), or the plan a Terraform resource was read from; null when the file is analyzed once
 * @param unit the deployment unit: the set of files deployed together, inside which names and addresses are unique
 *     (an ARM template; a Terraform root module directory with its child modules; a plan file). Terraform
 *     addresses such as {@code azurerm_subnet.example} only mean something inside their unit.
 */
public record Origin(String file, String variant, String unit) {

  public Origin(String file, String variant) {
    this(file, variant, file);
  }

  public static Origin of(String file) {
    return new Origin(file, null, file);
  }

  /**
   * Whether resources of the two origins can be deployed together. Two variants of the same template are
   * alternatives (dev or prod), never together; across files we cannot tell, so everything links.
   */
  public boolean compatibleWith(Origin other) {
    if (file.equals(other.file)) {
      return variant == null ? other.variant == null : variant.equals(other.variant);
    }
    return true;
  }

  public boolean sameUnit(Origin other) {
    return unit.equals(other.unit);
  }

  /** "main.json" or "main.json with main.parameters.prod.json". */
  public String describe() {
    return variant == null ? file : file + " with " + variant;
  }
}
