package io.vnetlint.hcl.eval.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every built-in function is found by name in exactly one group (the groups' switches were once one table). */
class FunctionLookupTest {
  private static final List<String> BUILT_INS = List.of(
      "cidrsubnet", "cidrsubnets", "cidrhost", "cidrnetmask", "concat", "merge", "lookup", "element", "length",
      "keys", "values", "flatten", "distinct", "contains", "index", "coalesce", "coalescelist", "compact", "zipmap",
      "range", "one", "slice", "reverse", "sort", "setunion", "setintersection", "setsubtract", "alltrue", "anytrue",
      "sum", "chunklist", "format", "formatlist", "join", "split", "replace", "lower", "upper", "title", "trimspace",
      "trim", "trimprefix", "trimsuffix", "chomp", "substr", "startswith", "endswith", "strcontains", "strrev",
      "indent", "abs", "ceil", "floor", "signum", "max", "min", "pow", "parseint", "tostring", "tonumber", "tobool",
      "tolist", "toset", "tomap", "sensitive", "nonsensitive", "jsonencode", "jsondecode", "base64encode",
      "base64decode", "regex", "regexall");

  private static int groupsDefining(String name) {
    int n = 0;
    for (FunctionLibrary.Spec s : new FunctionLibrary.Spec[] {
        CidrFunctions.find(name), CollectionFunctions.find(name), StringFunctions.find(name),
        NumericFunctions.find(name), ConversionFunctions.find(name), EncodingFunctions.find(name),
        RegexFunctions.find(name)}) {
      n += s == null ? 0 : 1;
    }
    return n;
  }

  @Test
  void everyBuiltInIsFoundUnderItsOwnNameInExactlyOneGroup() {
    assertThat(BUILT_INS).hasSize(72).doesNotHaveDuplicates();
    for (String name : BUILT_INS) {
      assertThat(FunctionLibrary.standard().has(name)).as(name).isTrue();
      assertThat(FunctionLibrary.find(name).name()).isEqualTo(name);
      assertThat(groupsDefining(name)).as(name).isEqualTo(1);
    }
    assertThat(FunctionLibrary.standard().has("provider::azurerm::x")).isFalse();
    assertThat(FunctionLibrary.standard().has("CIDRHOST")).isFalse();
    assertThat(FunctionLibrary.standard().has("")).isFalse();
  }
}
