package io.vnetlint.arm.template;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the templates that deployments link with {@code templateLink.relativePath}: only files inside the scan root
 * (after resolving symbolic links), parsed and free of expression syntax errors.
 */
public interface LinkedTemplates {

  /** A linked template file: its display path (relative to the scan root) and its root object. */
  record Linked(String display, Value.Obj root) {}

  /**
   * The template at {@code relativePath} from the directory of {@code referrer} (a display path relative to the scan
   * root), or empty after adding a warning at {@code at} that says why it is not analyzed.
   */
  Optional<Linked> load(String referrer, String relativePath, SourceRange at, Diagnostics out);

  /** No files: every linked template is opaque. */
  LinkedTemplates NONE = (referrer, relativePath, at, out) -> Optional.empty();

  /** The linked file's path relative to the scan root, or empty when it leaves the root. */
  static Optional<Path> resolve(String referrer, String relativePath) {
    Path from = Path.of(referrer).getParent();
    Path target;
    try {
      target = (from == null ? Path.of(relativePath) : from.resolve(relativePath)).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
    if (target.isAbsolute() || target.startsWith("..") || target.toString().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(target);
  }
}
