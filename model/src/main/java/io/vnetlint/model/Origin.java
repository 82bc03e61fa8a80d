package io.vnetlint.model;

/**
 * Where a resource was declared: the file, and the deployment variant when a template is analyzed once per
 * parameter file ({@code variant} is then the parameter file's path; null when the file is analyzed once).
 */
public record Origin(String file, String variant) {

  public static Origin of(String file) {
    return new Origin(file, null);
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

  /** "main.json" or "main.json with main.parameters.prod.json". */
  public String describe() {
    return variant == null ? file : file + " with " + variant;
  }
}
