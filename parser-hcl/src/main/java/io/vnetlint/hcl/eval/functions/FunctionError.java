package io.vnetlint.hcl.eval.functions;

/** A call Terraform itself would reject ("Call to function ... failed: ..."): the result becomes unknown. */
final class FunctionError extends RuntimeException {
  FunctionError(String message) {
    super(message, null, false, false);
  }
}
