package io.vnetlint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The places of a deployment where an input gets a value written in source (variable and parameter defaults,
 * values files), collected by a front end while it evaluates, so that the mapper can say where a secret's value is
 * written ({@link Secret.Literal}). A value that comes from no such place but from a file is a plain string literal;
 * one from the command line or the environment (ranges of files named {@code <...>}) is not in source at all.
 */
public final class LiteralSites {

  /**
   * @param range the default or the value as written
   * @param marked the input is marked secret (Terraform {@code sensitive}, ARM {@code securestring}, Bicep
   *     {@code @secure()}) and the site is a default: the rule catalogue does not count such defaults as secrets
   *     written in source
   */
  public record Site(SourceRange range, Secret.Literal.Kind kind, String name, boolean marked) {}

  private final List<Site> sites = new ArrayList<>();

  public void add(SourceRange range, Secret.Literal.Kind kind, String name, boolean marked) {
    if (range != null && !synthetic(range)) {
      sites.add(new Site(range, kind, name, marked));
    }
  }

  public void addAll(LiteralSites other) {
    sites.addAll(other.sites);
  }

  /**
   * Where a string value written at {@code valueRange} is written as a literal; empty when it is not in source, or
   * is the default of an input marked secret.
   *
   * @param sensitive the value is marked sensitive: without a site it was computed from a secret input (a
   *     sensitive variable, a secure parameter), so it is not taken for a literal
   */
  public Optional<Secret.Literal> literalAt(SourceRange valueRange, boolean sensitive) {
    if (valueRange == null || synthetic(valueRange)) {
      return Optional.empty();
    }
    Site best = null;
    for (Site s : sites) {
      if (contains(s.range(), valueRange) && (best == null || contains(best.range(), s.range()))) {
        best = s;
      }
    }
    if (best == null) {
      return sensitive ? Optional.empty() : Optional.of(new Secret.Literal(valueRange, Secret.Literal.Kind.STRING_LITERAL, ""));
    }
    if (best.marked()) {
      return Optional.empty();
    }
    return Optional.of(new Secret.Literal(valueRange, best.kind(), best.name()));
  }

  private static boolean synthetic(SourceRange r) {
    return r.file().startsWith("<");
  }

  private static boolean contains(SourceRange outer, SourceRange inner) {
    if (!outer.file().equals(inner.file())) {
      return false;
    }
    boolean startsInside = outer.startLine() < inner.startLine()
        || (outer.startLine() == inner.startLine() && outer.startColumn() <= inner.startColumn());
    boolean endsInside = outer.endLine() > inner.endLine()
        || (outer.endLine() == inner.endLine() && outer.endColumn() >= inner.endColumn());
    return startsInside && endsInside;
  }
}
