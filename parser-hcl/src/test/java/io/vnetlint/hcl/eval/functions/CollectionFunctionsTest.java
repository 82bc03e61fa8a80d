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

/** Terraform's documented examples for the collection functions, plus their errors and unknown handling. */
class CollectionFunctionsTest {

  @Test
  void concat() {
    assertThat(eval("concat", strs("a", ""), strs("b", "c"))).isEqualTo("[\"a\", \"\", \"b\", \"c\"]");
    assertThat(eval("concat")).isEqualTo("[]");
    // an unknown element stays an element; the list itself is known
    assertThat(eval("concat", list(unknown("x")), strs("b"))).isEqualTo("[unknown(x), \"b\"]");
    assertThat(eval("concat", s("a"), strs("b"))).startsWith("unknown(call to function \"concat\" failed:");
  }

  @Test
  void merge() {
    assertThat(eval("merge", map("a", s("b"), "c", s("d")), map("e", s("f"), "c", s("z"))))
        .isEqualTo("{a = \"b\", c = \"z\", e = \"f\"}");
    assertThat(eval("merge", map("a", s("b")), map("e", s("f")))).isEqualTo("{a = \"b\", e = \"f\"}");
    assertThat(eval("merge", map("a", n(1)), nul())).isEqualTo("{a = 1}");
    assertThat(eval("merge")).isEqualTo("{}");
  }

  @Test
  void lookup() {
    assertThat(eval("lookup", map("a", s("ay"), "b", s("bee")), s("a"), s("what?"))).isEqualTo("\"ay\"");
    assertThat(eval("lookup", map("a", s("ay"), "b", s("bee")), s("c"), s("what?"))).isEqualTo("\"what?\"");
    assertThat(eval("lookup", map("a", s("ay")), s("c"))).isEqualTo(
        "unknown(call to function \"lookup\" failed: lookup failed to find key \"c\")");
    // keys are case-sensitive in Terraform
    assertThat(eval("lookup", map("A", s("ay")), s("a"), s("none"))).isEqualTo("\"none\"");
    assertThat(eval("lookup", map("a", s("ay")), unknown("k"))).isEqualTo("unknown(k)");
  }

  @Test
  void elementWrapsAround() {
    assertThat(eval("element", strs("a", "b", "c"), n(1))).isEqualTo("\"b\"");
    assertThat(eval("element", strs("a", "b", "c"), n(3))).isEqualTo("\"a\"");
    assertThat(eval("element", strs("a", "b", "c"), n(-1))).isEqualTo("\"c\"");
    assertThat(eval("element", list(), n(0))).isEqualTo(
        "unknown(call to function \"element\" failed: cannot use element function with an empty list)");
  }

  @Test
  void length() {
    assertThat(eval("length", list())).isEqualTo("0");
    assertThat(eval("length", strs("a", "b"))).isEqualTo("2");
    assertThat(eval("length", map("a", s("b")))).isEqualTo("1");
    assertThat(eval("length", s("hello"))).isEqualTo("5");
    assertThat(eval("length", s("👾🕹️"))).isEqualTo("2"); // grapheme clusters, as documented
    assertThat(eval("length", list(unknown("x"), n(1)))).isEqualTo("2");
  }

  @Test
  void keysAndValuesInLexicalKeyOrder() {
    assertThat(eval("keys", map("a", n(1), "c", n(2), "d", n(3)))).isEqualTo("[\"a\", \"c\", \"d\"]");
    assertThat(eval("keys", map("z", n(1), "b", n(2)))).isEqualTo("[\"b\", \"z\"]");
    assertThat(eval("values", map("a", n(3), "c", n(2), "d", n(1)))).isEqualTo("[3, 2, 1]");
    assertThat(eval("values", map("z", s("last"), "b", s("first")))).isEqualTo("[\"first\", \"last\"]");
  }

  @Test
  void flatten() {
    assertThat(eval("flatten", list(strs("a", "b"), list(), strs("c")))).isEqualTo("[\"a\", \"b\", \"c\"]");
    assertThat(eval("flatten", list(list(strs("a", "b"), list()), strs("c")))).isEqualTo("[\"a\", \"b\", \"c\"]");
    assertThat(eval("flatten", list(map("a", n(1)), list(map("b", n(2))))))
        .isEqualTo("[{a = 1}, {b = 2}]");
    assertThat(eval("flatten", list(unknown("nested"), strs("c")))).isEqualTo("unknown(nested)");
  }

  @Test
  void distinctKeepsFirstOccurrence() {
    assertThat(eval("distinct", strs("a", "b", "a", "c", "d", "b"))).isEqualTo("[\"a\", \"b\", \"c\", \"d\"]");
    assertThat(eval("distinct", list(n(1), s("1"), n(1)))).isEqualTo("[1, \"1\"]");
  }

  @Test
  void contains() {
    assertThat(eval("contains", strs("a", "b", "c"), s("a"))).isEqualTo("true");
    assertThat(eval("contains", strs("a", "b", "c"), s("d"))).isEqualTo("false");
    assertThat(eval("contains", list(s("a"), unknown("later")), s("a"))).isEqualTo("true");
    assertThat(eval("contains", list(s("a"), unknown("later")), s("z"))).isEqualTo("unknown(later)");
  }

  @Test
  void coalesce() {
    assertThat(eval("coalesce", s("a"), s("b"))).isEqualTo("\"a\"");
    assertThat(eval("coalesce", s(""), s("b"))).isEqualTo("\"b\"");
    assertThat(eval("coalesce", n(1), n(2))).isEqualTo("1");
    assertThat(eval("coalesce", nul(), s("x"))).isEqualTo("\"x\"");
    // evaluated in order, as Terraform does: a known value before an unknown one wins
    assertThat(eval("coalesce", s("a"), unknown("u"))).isEqualTo("\"a\"");
    assertThat(eval("coalesce", unknown("u"), s("a"))).isEqualTo("unknown(u)");
    assertThat(eval("coalesce", s(""), nul())).isEqualTo(
        "unknown(call to function \"coalesce\" failed: no non-null, non-empty-string arguments)");
  }

  @Test
  void coalescelist() {
    assertThat(eval("coalescelist", strs("a", "b"), strs("c", "d"))).isEqualTo("[\"a\", \"b\"]");
    assertThat(eval("coalescelist", list(), strs("c", "d"))).isEqualTo("[\"c\", \"d\"]");
    assertThat(eval("coalescelist", list(), list())).startsWith("unknown(call to function \"coalescelist\" failed");
  }

  @Test
  void compact() {
    assertThat(eval("compact", list(s("a"), s(""), s("b"), nul(), s("c")))).isEqualTo("[\"a\", \"b\", \"c\"]");
  }

  @Test
  void zipmap() {
    assertThat(eval("zipmap", strs("a", "b"), list(n(1), n(2)))).isEqualTo("{a = 1, b = 2}");
    assertThat(eval("zipmap", strs("a", "b"), list(n(1)))).isEqualTo(
        "unknown(call to function \"zipmap\" failed: number of keys (2) does not match number of values (1))");
  }

  @Test
  void range() {
    assertThat(eval("range", n(3))).isEqualTo("[0, 1, 2]");
    assertThat(eval("range", n(1), n(4))).isEqualTo("[1, 2, 3]");
    assertThat(eval("range", n(1), n(8), n(2))).isEqualTo("[1, 3, 5, 7]");
    assertThat(eval("range", n(1), n(4), n("0.5"))).isEqualTo("[1, 1.5, 2, 2.5, 3, 3.5]");
    assertThat(eval("range", n(4), n(1))).isEqualTo("[4, 3, 2]");
    assertThat(eval("range", n(10), n(5), n(-2))).isEqualTo("[10, 8, 6]");
    assertThat(eval("range", n(0))).isEqualTo("[]");
    assertThat(eval("range", n(1), n(2), n(0))).isEqualTo(
        "unknown(call to function \"range\" failed: step must not be zero)");
    assertThat(eval("range", n(2000))).startsWith("unknown(call to function \"range\" failed: more than 1024");
  }

  @Test
  void one() {
    assertThat(eval("one", list())).isEqualTo("null");
    assertThat(eval("one", strs("hello"))).isEqualTo("\"hello\"");
    assertThat(eval("one", strs("hello", "goodbye"))).startsWith("unknown(call to function \"one\" failed:");
  }

  @Test
  void sliceReverseSort() {
    assertThat(eval("slice", strs("a", "b", "c", "d"), n(1), n(3))).isEqualTo("[\"b\", \"c\"]");
    assertThat(eval("slice", strs("a"), n(0), n(2))).startsWith("unknown(call to function \"slice\" failed:");
    assertThat(eval("reverse", list(n(1), n(2), n(3)))).isEqualTo("[3, 2, 1]");
    assertThat(eval("sort", strs("e", "d", "a", "x"))).isEqualTo("[\"a\", \"d\", \"e\", \"x\"]");
    // numbers are sorted as strings
    assertThat(eval("sort", list(n(3), n(10), n(1)))).isEqualTo("[\"1\", \"10\", \"3\"]");
  }

  @Test
  void setFunctions() {
    assertThat(eval("setunion", strs("a", "b"), strs("b", "c"), strs("d"))).isEqualTo("[\"a\", \"b\", \"c\", \"d\"]");
    assertThat(eval("setintersection", strs("a", "b"), strs("b", "c"), strs("b", "d"))).isEqualTo("[\"b\"]");
    assertThat(eval("setsubtract", strs("a", "b", "c"), strs("a", "c"))).isEqualTo("[\"b\"]");
  }

  @Test
  void alltrueAnytrue() {
    assertThat(eval("alltrue", list(s("true"), b(true)))).isEqualTo("true");
    assertThat(eval("alltrue", list(b(true), b(false)))).isEqualTo("false");
    assertThat(eval("alltrue", list())).isEqualTo("true");
    assertThat(eval("anytrue", list(s("true")))).isEqualTo("true");
    assertThat(eval("anytrue", list(b(true), b(false)))).isEqualTo("true");
    assertThat(eval("anytrue", list())).isEqualTo("false");
    assertThat(eval("alltrue", list(b(false), unknown("u")))).isEqualTo("false");
    assertThat(eval("alltrue", list(unknown("u"), b(false)))).isEqualTo("unknown(u)");
  }

  @Test
  void sumIndexChunklist() {
    assertThat(eval("sum", list(n(10), n(13), n(6), n(4)))).isEqualTo("33");
    assertThat(eval("sum", list(n("10.5"), n("0.25")))).isEqualTo("10.75");
    assertThat(eval("sum", list())).isEqualTo("unknown(call to function \"sum\" failed: cannot sum an empty list)");
    assertThat(eval("index", strs("a", "b", "c"), s("b"))).isEqualTo("1");
    assertThat(eval("chunklist", strs("a", "b", "c", "d", "e"), n(2)))
        .isEqualTo("[[\"a\", \"b\"], [\"c\", \"d\"], [\"e\"]]");
  }
}
