package io.vnetlint.arm.expr;

import java.math.BigInteger;
import java.util.List;

/** A parsed template language expression. Function names are kept as written; lookups ignore case. */
public sealed interface Expr {

  /** {@code name(args)}; {@code namespace} is set for user-defined functions ({@code ns.fn()}). */
  record Call(String namespace, String name, List<Expr> args) implements Expr {
    public Call {
      args = List.copyOf(args);
    }

    public String displayName() {
      return namespace == null ? name : namespace + "." + name;
    }
  }

  record StringLiteral(String value) implements Expr {}

  record IntegerLiteral(BigInteger value) implements Expr {}

  /** {@code target.name} */
  record Property(Expr target, String name) implements Expr {}

  /** {@code target[index]} */
  record Index(Expr target, Expr index) implements Expr {}
}
