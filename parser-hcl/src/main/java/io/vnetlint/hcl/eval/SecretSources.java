package io.vnetlint.hcl.eval;

import io.vnetlint.model.LiteralSites;
import io.vnetlint.model.Secret;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the string values of evaluated resources were written: an attribute value takes the attribute's range, so
 * the place it came from (a variable default, a local, a .tfvars file) is kept beside it by identity, and the
 * variable defaults and variable files say what kind of place that is. Several root modules add up in one scan.
 */
public final class SecretSources {
  private final LiteralSites sites = new LiteralSites();
  private final Map<Value, SourceRange> origins = new IdentityHashMap<>();

  public SecretSources() {}

  SecretSources(LiteralSites sites, Map<Value, SourceRange> origins) {
    this.sites.addAll(sites);
    this.origins.putAll(origins);
  }

  public void addAll(SecretSources other) {
    sites.addAll(other.sites);
    origins.putAll(other.origins);
  }

  /** Where a secret's value is written as a literal; empty when it is not in source or is marked sensitive. */
  public Optional<Secret.Literal> literalOf(Value.Str value) {
    SourceRange written = origins.getOrDefault(value, value.range());
    return sites.literalAt(written, value.sensitive());
  }
}
