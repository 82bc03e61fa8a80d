package io.vnetlint.hcl.eval.functions;

import static io.vnetlint.hcl.eval.functions.Fn.b;
import static io.vnetlint.hcl.eval.functions.Fn.eval;
import static io.vnetlint.hcl.eval.functions.Fn.list;
import static io.vnetlint.hcl.eval.functions.Fn.map;
import static io.vnetlint.hcl.eval.functions.Fn.n;
import static io.vnetlint.hcl.eval.functions.Fn.nul;
import static io.vnetlint.hcl.eval.functions.Fn.s;
import static io.vnetlint.hcl.eval.functions.Fn.strs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Type conversions, JSON and base64, numeric functions: Terraform's documented examples. */
class ConversionAndEncodingTest {

  @Test
  void tostring() {
    assertThat(eval("tostring", s("hello"))).isEqualTo("\"hello\"");
    assertThat(eval("tostring", n(1))).isEqualTo("\"1\"");
    assertThat(eval("tostring", b(true))).isEqualTo("\"true\"");
    assertThat(eval("tostring", nul())).isEqualTo("null");
    assertThat(eval("tostring", list())).isEqualTo(
        "unknown(call to function \"tostring\" failed: cannot convert tuple to string)");
  }

  @Test
  void tonumberTobool() {
    assertThat(eval("tonumber", n(1))).isEqualTo("1");
    assertThat(eval("tonumber", s("1"))).isEqualTo("1");
    assertThat(eval("tonumber", s("1.5e2"))).isEqualTo("150");
    assertThat(eval("tonumber", nul())).isEqualTo("null");
    assertThat(eval("tonumber", s("no"))).startsWith("unknown(call to function \"tonumber\" failed: cannot convert");
    assertThat(eval("tobool", b(true))).isEqualTo("true");
    assertThat(eval("tobool", s("false"))).isEqualTo("false");
    assertThat(eval("tobool", nul())).isEqualTo("null");
    assertThat(eval("tobool", s("no"))).startsWith("unknown(call to function \"tobool\" failed:");
    assertThat(eval("tobool", n(1))).startsWith("unknown(call to function \"tobool\" failed:");
  }

  @Test
  void tolistTosetTomap() {
    assertThat(eval("tolist", strs("a", "b", "c"))).isEqualTo("[\"a\", \"b\", \"c\"]");
    assertThat(eval("tolist", list(s("a"), s("b"), n(3)))).isEqualTo("[\"a\", \"b\", \"3\"]");
    assertThat(eval("toset", strs("a", "b", "c"))).isEqualTo("[\"a\", \"b\", \"c\"]");
    assertThat(eval("toset", list(s("a"), s("b"), n(3)))).isEqualTo("[\"3\", \"a\", \"b\"]");
    assertThat(eval("toset", strs("c", "b", "b"))).isEqualTo("[\"b\", \"c\"]");
    assertThat(eval("toset", list(n(10), n(2), n(2)))).isEqualTo("[2, 10]");
    assertThat(eval("tomap", map("a", s("foo"), "b", b(true)))).isEqualTo("{a = \"foo\", b = \"true\"}");
    assertThat(eval("tomap", list())).startsWith("unknown(call to function \"tomap\" failed:");
  }

  @Test
  void jsonencode() {
    assertThat(eval("jsonencode", map("hello", s("world")))).isEqualTo("\"{\"hello\":\"world\"}\"");
    assertThat(eval("jsonencode", map("b", n(2), "a", list(n("1.5"), b(true), nul()))))
        .isEqualTo("\"{\"a\":[1.5,true,null],\"b\":2}\"");
    assertThat(eval("jsonencode", s("<&>\u2028"))).isEqualTo("\"\"\\u003c\\u0026\\u003e\\u2028\"\"");
  }

  @Test
  void jsondecode() {
    assertThat(eval("jsondecode", s("{\"hello\": \"world\"}"))).isEqualTo("{hello = \"world\"}");
    assertThat(eval("jsondecode", s("true"))).isEqualTo("true");
    assertThat(eval("jsondecode", s("[1, \"a\\u0041\", null, {\"x\": [1e2]}]")))
        .isEqualTo("[1, \"aA\", null, {x = [100]}]");
    assertThat(eval("jsondecode", s("{\"a\": 1"))).startsWith("unknown(call to function \"jsondecode\" failed:");
  }

  @Test
  void base64() {
    assertThat(eval("base64encode", s("Hello World"))).isEqualTo("\"SGVsbG8gV29ybGQ=\"");
    assertThat(eval("base64decode", s("SGVsbG8gV29ybGQ="))).isEqualTo("\"Hello World\"");
  }

  @Test
  void numeric() {
    assertThat(eval("abs", n(23))).isEqualTo("23");
    assertThat(eval("abs", n(0))).isEqualTo("0");
    assertThat(eval("abs", n("-12.4"))).isEqualTo("12.4");
    assertThat(eval("ceil", n(5))).isEqualTo("5");
    assertThat(eval("ceil", n("5.1"))).isEqualTo("6");
    assertThat(eval("floor", n(5))).isEqualTo("5");
    assertThat(eval("floor", n("4.9"))).isEqualTo("4");
    assertThat(eval("floor", n("-4.1"))).isEqualTo("-5");
    assertThat(eval("max", n(12), n(54), n(3))).isEqualTo("54");
    assertThat(eval("min", n(12), n(54), n(3))).isEqualTo("3");
    assertThat(eval("min", s("7"), n(9))).isEqualTo("7");
    assertThat(eval("max")).isEqualTo("unknown(call to function \"max\": not enough function arguments)");
    assertThat(eval("pow", n(3), n(2))).isEqualTo("9");
    assertThat(eval("pow", n(4), n(0))).isEqualTo("1");
    assertThat(eval("signum", n(-13))).isEqualTo("-1");
    assertThat(eval("parseint", s("100"), n(10))).isEqualTo("100");
    assertThat(eval("parseint", s("FF"), n(16))).isEqualTo("255");
    assertThat(eval("parseint", s("-10"), n(16))).isEqualTo("-16");
    assertThat(eval("parseint", s("zz"), n(10))).startsWith("unknown(call to function \"parseint\" failed:");
  }
}
