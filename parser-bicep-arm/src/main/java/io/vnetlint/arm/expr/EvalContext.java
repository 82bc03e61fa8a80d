package io.vnetlint.arm.expr;

/** Where an expression is evaluated: its template and the copy loop indexes in effect. */
public record EvalContext(TemplateContext template, CopyBindings copies) {
  public EvalContext withCopies(CopyBindings c) {
    return new EvalContext(template, c);
  }
}
