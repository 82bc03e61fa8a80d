package io.vnetlint.hcl.eval.functions;

import static io.vnetlint.hcl.eval.functions.Fn.b;
import static io.vnetlint.hcl.eval.functions.Fn.eval;
import static io.vnetlint.hcl.eval.functions.Fn.list;
import static io.vnetlint.hcl.eval.functions.Fn.map;
import static io.vnetlint.hcl.eval.functions.Fn.n;
import static io.vnetlint.hcl.eval.functions.Fn.nul;
import static io.vnetlint.hcl.eval.functions.Fn.s;
import static io.vnetlint.hcl.eval.functions.Fn.strs;
import static io.vnetlint.hcl.eval.functions.Fn.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Terraform's documented examples for the string functions, {@code format} and the regex functions. */
class StringFunctionsTest {

  @Test
  void formatDocumentedExamples() {
    assertThat(eval("format", s("Hello, %s!"), s("Ander"))).isEqualTo("\"Hello, Ander!\"");
    assertThat(eval("format", s("There are %d lights"), n(4))).isEqualTo("\"There are 4 lights\"");
    assertThat(eval("format", s("%#v"), s("hello"))).isEqualTo("\"\"hello\"\"");
    assertThat(eval("format", s("%#v"), b(true))).isEqualTo("\"true\"");
    assertThat(eval("format", s("%#v"), n(1))).isEqualTo("\"1\"");
    assertThat(eval("format", s("%#v"), map("a", n(1)))).isEqualTo("\"{\"a\":1}\"");
    assertThat(eval("format", s("%#v"), list(b(true)))).isEqualTo("\"[true]\"");
    assertThat(eval("format", s("%#v"), nul())).isEqualTo("\"null\"");
  }

  @Test
  void formatVerbsAndFlags() {
    assertThat(eval("format", s("snet-%02d"), n(3))).isEqualTo("\"snet-03\"");
    assertThat(eval("format", s("%03d|%-4d|%4d|%+d"), n(-5), n(7), n(7), n(7))).isEqualTo("\"-05|7   |   7|+7\"");
    assertThat(eval("format", s("%v %v %v"), s("a"), n("1.5"), b(false))).isEqualTo("\"a 1.5 false\"");
    assertThat(eval("format", s("%v"), strs("a"))).isEqualTo("\"[\"a\"]\"");
    assertThat(eval("format", s("%q"), s("x\"y"))).isEqualTo("\"\"x\\\"y\"\"");
    assertThat(eval("format", s("%t"), b(true))).isEqualTo("\"true\"");
    assertThat(eval("format", s("%x %X %o %b"), n(255), n(255), n(8), n(5))).isEqualTo("\"ff FF 10 101\"");
    assertThat(eval("format", s("%.2f"), n("3.14159"))).isEqualTo("\"3.14\"");
    assertThat(eval("format", s("%s=%[1]s"), s("k"))).isEqualTo("\"k=k\"");
    assertThat(eval("format", s("%.3s"), s("abcdef"))).isEqualTo("\"abc\"");
    assertThat(eval("format", s("100%%"))).isEqualTo("\"100%\"");
    assertThat(eval("format", s("%s"), n(10))).isEqualTo("\"10\"");
  }

  @Test
  void formatErrorsAndUnknowns() {
    assertThat(eval("format", s("%d"), n("1.5"))).startsWith("unknown(call to function \"format\" failed:");
    assertThat(eval("format", s("%s %s"), s("a"))).startsWith("unknown(call to function \"format\" failed:");
    assertThat(eval("format", s("%s"), s("a"), s("b"))).startsWith("unknown(call to function \"format\" failed:");
    assertThat(eval("format", s("%s"), nul())).startsWith("unknown(call to function \"format\" failed:");
    assertThat(eval("format", s("%e"), n(1))).isEqualTo("unknown(format verb %e is not evaluated)");
    assertThat(eval("format", s("%s-%s"), s("a"), unknown("later"))).isEqualTo("unknown(later)");
  }

  @Test
  void formatlist() {
    assertThat(eval("formatlist", s("Hello, %s!"), strs("Valentina", "Ander", "Olivia", "Sam")))
        .isEqualTo("[\"Hello, Valentina!\", \"Hello, Ander!\", \"Hello, Olivia!\", \"Hello, Sam!\"]");
    assertThat(eval("formatlist", s("%s, %s!"), s("Salutations"), strs("Valentina", "Ander")))
        .isEqualTo("[\"Salutations, Valentina!\", \"Salutations, Ander!\"]");
  }

  @Test
  void joinSplit() {
    assertThat(eval("join", s("-"), strs("foo", "bar", "baz"))).isEqualTo("\"foo-bar-baz\"");
    assertThat(eval("join", s(", "), strs("foo"))).isEqualTo("\"foo\"");
    assertThat(eval("join", s(","), strs("a"), list(n(1), b(true)))).isEqualTo("\"a,1,true\"");
    assertThat(eval("join", s(","), list(s("a"), unknown("u")))).isEqualTo("unknown(u)");
    assertThat(eval("split", s(","), s("foo,bar,baz"))).isEqualTo("[\"foo\", \"bar\", \"baz\"]");
    assertThat(eval("split", s(","), s("foo"))).isEqualTo("[\"foo\"]");
    assertThat(eval("split", s(","), s(""))).isEqualTo("[\"\"]");
    assertThat(eval("split", s(""), s("ab"))).isEqualTo("[\"a\", \"b\"]");
  }

  @Test
  void replace() {
    assertThat(eval("replace", s("1 + 2 + 3"), s("+"), s("-"))).isEqualTo("\"1 - 2 - 3\"");
    assertThat(eval("replace", s("hello world"), s("/w.*d/"), s("everybody"))).isEqualTo("\"hello everybody\"");
    assertThat(eval("replace", s("10.0.1.0/24"), s("/(\\d+)\\.(\\d+)/"), s("$2.$1")))
        .isEqualTo("\"0.10.0.1/24\"");
    assertThat(eval("replace", s("abc"), s("/(?P<x>b)/"), s("[${x}]"))).isEqualTo("\"a[b]c\"");
    // Go's $1x is the group named "1x", which does not exist
    assertThat(eval("replace", s("abc"), s("/(b)/"), s("$1x"))).isEqualTo("\"ac\"");
    assertThat(eval("replace", s("a-b"), s("/(?<=a)-/"), s("+"))).startsWith("unknown(the regular expression uses");
  }

  @Test
  void caseTrimAndAffixes() {
    assertThat(eval("lower", s("HELLO"))).isEqualTo("\"hello\"");
    assertThat(eval("upper", s("алло!"))).isEqualTo("\"АЛЛО!\"");
    assertThat(eval("title", s("hello world"))).isEqualTo("\"Hello World\"");
    assertThat(eval("trimspace", s("  hello\n\n"))).isEqualTo("\"hello\"");
    assertThat(eval("trimspace", s("\u00a0x\u2003"))).isEqualTo("\"x\"");
    assertThat(eval("trim", s("?!hello?!"), s("!?"))).isEqualTo("\"hello\"");
    assertThat(eval("trimprefix", s("helloworld"), s("hello"))).isEqualTo("\"world\"");
    assertThat(eval("trimprefix", s("helloworld"), s("cat"))).isEqualTo("\"helloworld\"");
    assertThat(eval("trimsuffix", s("helloworld"), s("world"))).isEqualTo("\"hello\"");
    assertThat(eval("chomp", s("hello\r\n\n"))).isEqualTo("\"hello\"");
    assertThat(eval("startswith", s("hello world"), s("hello"))).isEqualTo("true");
    assertThat(eval("startswith", s("hello world"), s("world"))).isEqualTo("false");
    assertThat(eval("endswith", s("hello world"), s("world"))).isEqualTo("true");
    assertThat(eval("strcontains", s("hello world"), s("wor"))).isEqualTo("true");
    assertThat(eval("strrev", s("hello"))).isEqualTo("\"olleh\"");
  }

  @Test
  void substr() {
    assertThat(eval("substr", s("hello world"), n(1), n(4))).isEqualTo("\"ello\"");
    assertThat(eval("substr", s("🤔🤷"), n(0), n(1))).isEqualTo("\"🤔\"");
    assertThat(eval("substr", s("hello world"), n(-5), n(-1))).isEqualTo("\"world\"");
    assertThat(eval("substr", s("hello world"), n(6), n(10))).isEqualTo("\"world\"");
    assertThat(eval("substr", s("hello"), n(10), n(2))).isEqualTo("\"\"");
  }

  @Test
  void regex() {
    assertThat(eval("regex", s("[a-z]+"), s("53453453.345345aaabbbccc23454"))).isEqualTo("\"aaabbbccc\"");
    assertThat(eval("regex", s("(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)"), s("2019-02-01")))
        .isEqualTo("[\"2019\", \"02\", \"01\"]");
    assertThat(eval("regex", s("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?"),
        s("https://terraform.io/docs/")))
        .isEqualTo("{authority = \"terraform.io\", scheme = \"https\"}");
    assertThat(eval("regex", s("[a-z]+"), s("53453453.34534523454"))).isEqualTo(
        "unknown(call to function \"regex\" failed: pattern did not match any part of the given string)");
    assertThat(eval("regexall", s("[a-z]+"), s("1234abcd5678efgh9"))).isEqualTo("[\"abcd\", \"efgh\"]");
    assertThat(eval("length", io.vnetlint.hcl.eval.functions.Fn.call("regexall", s("[a-z]+"), s("123")))).isEqualTo("0");
    assertThat(eval("regex", s("^[[:alpha:]]+$"), s("abc"))).isEqualTo("\"abc\"");
    assertThat(eval("regex", s("^a$"), s("a\n"))).startsWith("unknown(call to function \"regex\" failed");
    assertThat(eval("regex", s("(a)\\1"), s("aa"))).startsWith("unknown(the regular expression uses");
  }
}
