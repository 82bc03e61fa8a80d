package io.vnetlint.hcl.eval.functions;

import static io.vnetlint.hcl.eval.functions.Fn.call;
import static io.vnetlint.hcl.eval.functions.Fn.eval;
import static io.vnetlint.hcl.eval.functions.Fn.list;
import static io.vnetlint.hcl.eval.functions.Fn.map;
import static io.vnetlint.hcl.eval.functions.Fn.n;
import static io.vnetlint.hcl.eval.functions.Fn.s;
import static io.vnetlint.hcl.eval.functions.Fn.strs;
import static io.vnetlint.hcl.eval.functions.Fn.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What holds for every function: unknown and sensitive propagation, unsupported functions, error reporting. */
class FunctionLibraryTest {

  @Test
  void unsupportedFunctionsAreUnknownNamingTheFunction() {
    assertThat(eval("file", s("cert.pem"))).isEqualTo("unknown(function file() is not evaluated)");
    assertThat(eval("timestamp")).isEqualTo("unknown(function timestamp() is not evaluated)");
  }

  @Test
  void anUnknownArgumentMakesTheResultUnknownWithItsReason() {
    assertThat(eval("cidrsubnet", unknown("variable 'space' has no value"), n(8), n(1)))
        .isEqualTo("unknown(variable 'space' has no value)");
    assertThat(eval("upper", unknown("data source"))).isEqualTo("unknown(data source)");
    assertThat(eval("keys", unknown("u"))).isEqualTo("unknown(u)");
  }

  @Test
  void aResourceReferenceIsNotAKnownString() {
    Value ref = new Value.Ref(new io.vnetlint.model.ResourceRef.ByAddress("azurerm_virtual_network.hub",
        "azurerm_virtual_network"), Fn.AT);
    assertThat(eval("upper", ref)).isEqualTo(
        "unknown(the id of azurerm_virtual_network.hub is known after apply)");
    assertThat(call("concat", list(ref), strs("x"))).isInstanceOf(Value.Arr.class);
  }

  @Test
  void sensitiveArgumentsGiveSensitiveResults() {
    Value secret = s("key").asSensitive();
    assertThat(call("upper", secret).sensitive()).isTrue();
    assertThat(call("format", s("%s-x"), secret).sensitive()).isTrue();
    // content functions see marks inside collections
    assertThat(call("join", s(","), list(s("a"), secret)).sensitive()).isTrue();
    assertThat(call("jsonencode", map("k", secret)).sensitive()).isTrue();
    // structural functions keep the marks on the elements they move
    Value concatenated = call("concat", list(secret), strs("b"));
    assertThat(concatenated.sensitive()).isFalse();
    assertThat(((Value.Arr) concatenated).items().get(0).sensitive()).isTrue();
    assertThat(call("concat", list(s("a")).asSensitive()).sensitive()).isTrue();
    assertThat(call("upper", s("a")).sensitive()).isFalse();
  }

  @Test
  void sensitiveAndNonsensitive() {
    assertThat(call("sensitive", s("x")).sensitive()).isTrue();
    assertThat(call("nonsensitive", s("x").asSensitive()).sensitive()).isFalse();
    assertThat(call("sensitive", unknown("u")).sensitive()).isTrue();
  }

  @Test
  void errorsAreReportedWithoutSensitiveDetails() {
    List<String> errors = new ArrayList<>();
    Value v = FunctionLibrary.standard().call("cidrhost", List.of(s("10.0.0.0/24"), n(300)), Fn.AT, errors::add);
    assertThat(v).isInstanceOf(Value.Unknown.class);
    assertThat(errors).containsExactly(
        "call to function \"cidrhost\" failed: prefix of 24 does not accommodate a host numbered 300");

    errors.clear();
    FunctionLibrary.standard().call("cidrhost", List.of(s("not-a-cidr-secret").asSensitive(), n(1)), Fn.AT,
        errors::add);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).doesNotContain("secret").contains("sensitive");
  }

  @Test
  void arityIsChecked() {
    assertThat(eval("cidrsubnet", s("10.0.0.0/8"), n(8)))
        .isEqualTo("unknown(call to function \"cidrsubnet\": not enough function arguments)");
    assertThat(eval("upper", s("a"), s("b")))
        .isEqualTo("unknown(call to function \"upper\": too many function arguments)");
  }

  @Test
  void resultsArePositionedAtTheCall() {
    assertThat(call("upper", s("a")).range()).isEqualTo(Fn.AT);
  }
}
