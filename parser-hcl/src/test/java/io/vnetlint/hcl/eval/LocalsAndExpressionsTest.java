package io.vnetlint.hcl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locals, operators, conditionals, for expressions, splats, templates, heredocs, try/can, function calls. */
class LocalsAndExpressionsTest {
  @TempDir
  Path dir;

  /** Evaluates {@code expr} as the argument {@code v} of a resource, with {@code locals} in scope. */
  private String eval(String locals, String expr) {
    var run = new TfProject(dir).file("main.tf", "locals {\n" + locals + "\n}\n"
        + "resource \"t\" \"x\" {\n  v = " + expr + "\n}\n").evaluate();
    return run.show("t.x", "v");
  }

  @Test
  void localsReferToEachOtherInAnyOrder() {
    assertThat(eval("b = local.a * 2\na = 21", "local.b")).isEqualTo("42");
  }

  @Test
  void aCycleIsUnknownAndReported() {
    var run = new TfProject(dir).file("main.tf", """
        locals {
          a = local.b
          b = local.a
        }
        resource "t" "x" {
          v = local.a
        }
        """).evaluate();
    assertThat(run.show("t.x", "v")).startsWith("unknown(cycle: local.");
  }

  @Test
  void operatorsAndConditionals() {
    assertThat(eval("", "1 + 2 * 3 - 4 / 2")).isEqualTo("5");
    assertThat(eval("", "7 % 3")).isEqualTo("1");
    assertThat(eval("", "-7 % 3")).isEqualTo("-1");
    assertThat(eval("", "\"5\" + 1")).isEqualTo("6");
    assertThat(eval("", "1 == \"1\"")).isEqualTo("false");
    assertThat(eval("", "[1, 2] == [1, 2]")).isEqualTo("true");
    assertThat(eval("", "!(1 < 2) || 3 >= 3")).isEqualTo("true");
    assertThat(eval("", "true ? \"a\" : \"b\"")).isEqualTo("\"a\"");
    assertThat(eval("n = null", "local.n == null ? \"none\" : local.n.x")).isEqualTo("\"none\"");
    // && short-circuits as in HCL 2.22+, so the right side may be invalid when the left decides
    assertThat(eval("n = null", "local.n != null && local.n.x")).isEqualTo("false");
    assertThat(eval("", "1 / 0")).startsWith("unknown(can't divide by zero");
  }

  @Test
  void unknownsPropagateWithTheirReason() {
    String vars = "u = data.azurerm_client_config.c.tenant_id";
    assertThat(eval(vars, "\"x-${local.u}\""))
        .isEqualTo("unknown(data source data.azurerm_client_config.c is read when Terraform runs)");
    assertThat(eval(vars, "local.u == \"a\" ? 1 : 2")).startsWith("unknown(data source");
    assertThat(eval(vars, "[local.u, \"b\"]")).startsWith("[unknown(data source");
    assertThat(eval(vars, "length([local.u, \"b\"])")).isEqualTo("2");
  }

  @Test
  void forExpressions() {
    String l = "m = { b = 2, a = 1 }\nl = [\"x\", \"y\", \"x\"]";
    assertThat(eval(l, "[for k, v in local.m : \"${k}=${v}\"]")).isEqualTo("[\"a=1\", \"b=2\"]");
    assertThat(eval(l, "[for i, v in local.l : i if v == \"x\"]")).isEqualTo("[0, 2]");
    assertThat(eval(l, "{ for v in local.l : v => upper(v)... }")).isEqualTo("{x = [\"X\", \"X\"], y = [\"Y\"]}");
    assertThat(eval(l, "{ for k, v in local.m : v => k }")).isEqualTo("{1 = \"a\", 2 = \"b\"}");
    assertThat(eval(l, "{ for v in local.l : v => 1 }")).startsWith("unknown(duplicate object key \"x\"");
  }

  @Test
  void splats() {
    String l = "s = [{ n = \"a\", p = [\"1\"] }, { n = \"b\", p = [\"2\"] }]\none = { n = \"c\" }";
    assertThat(eval(l, "local.s[*].n")).isEqualTo("[\"a\", \"b\"]");
    assertThat(eval(l, "local.s.*.n")).isEqualTo("[\"a\", \"b\"]");
    // full splat: the index applies to each element; attribute splat: to the result
    assertThat(eval(l, "local.s[*].p[0]")).isEqualTo("[\"1\", \"2\"]");
    assertThat(eval(l, "local.s.*.p[0]")).isEqualTo("[\"1\"]");
    assertThat(eval(l, "local.one[*].n")).isEqualTo("[\"c\"]");
    assertThat(eval("z = null", "local.z[*].n")).isEqualTo("[]");
  }

  @Test
  void templatesWithDirectivesAndHeredocs() {
    assertThat(eval("l = [\"a\", \"b\"]", "\"%{for x in local.l}${x};%{endfor}\"")).isEqualTo("\"a;b;\"");
    assertThat(eval("f = true", "\"%{if local.f}yes%{else}no%{endif}\"")).isEqualTo("\"yes\"");
    assertThat(eval("n = 3", "\"n=${local.n} ${true}\"")).isEqualTo("\"n=3 true\"");
    assertThat(eval("", "<<-EOT\n    hello\n      world\n    EOT")).isEqualTo("\"hello\n  world\n\"");
    assertThat(eval("", "\"x${null}\"")).startsWith("unknown(invalid template interpolation value");
    assertThat(eval("", "\"${null}\"")).isEqualTo("null"); // unwrapped, as in HCL
    // a template that is one interpolation keeps the value's type
    assertThat(eval("l = [1]", "\"${local.l}\"")).isEqualTo("[1]");
  }

  @Test
  void indexAndAttributeErrorsAreReportedAndUnknown() {
    var run = new TfProject(dir).file("main.tf", """
        locals {
          m = { a = 1 }
        }
        resource "t" "x" {
          v = local.m.b
          w = [1][3]
        }
        """).evaluate();
    assertThat(run.show("t.x", "v")).startsWith("unknown(unsupported attribute");
    assertThat(run.show("t.x", "w")).startsWith("unknown(invalid index");
    assertThat(run.warnings()).hasSize(2);
  }

  @Test
  void tryAndCanCatchErrorsButNotUnknowns() {
    String l = "m = { a = 1 }\nu = data.x.y.z";
    assertThat(eval(l, "try(local.m.b, \"fallback\")")).isEqualTo("\"fallback\"");
    assertThat(eval(l, "try(local.m.a, \"fallback\")")).isEqualTo("1");
    assertThat(eval(l, "can(local.m.b)")).isEqualTo("false");
    assertThat(eval(l, "can(local.m.a)")).isEqualTo("true");
    assertThat(eval(l, "try(local.u, \"fallback\")")).startsWith("unknown(data source data.x.y");
    assertThat(eval(l, "try(cidrsubnet(\"10.0.0.0/24\", 9, 0), \"too small\")")).isEqualTo("\"too small\"");
    // an error inside try() is not reported
    var run = new TfProject(dir).file("main.tf", "resource \"t\" \"x\" {\n  v = try(tonumber(\"x\"), 0)\n}\n")
        .evaluate();
    assertThat(run.warnings()).isEmpty();
  }

  @Test
  void aBrokenLocalIsAnErrorToTryInItsReaders() {
    var run = new TfProject(dir).file("main.tf", """
        locals {
          broken = tonumber("x")
        }
        resource "t" "x" {
          v = try(local.broken, "fallback")
        }
        """).evaluate();
    assertThat(run.show("t.x", "v")).isEqualTo("\"fallback\"");
    // Terraform evaluates the local anyway: its error is reported once
    assertThat(run.warnings()).hasSize(1).allMatch(w -> w.contains("tonumber"));
  }

  @Test
  void functionsAndExpansion() {
    assertThat(eval("s = [\"10.0.0.0/16\"]", "cidrsubnet(local.s[0], 8, 2)")).isEqualTo("\"10.0.2.0/24\"");
    assertThat(eval("a = [[1], [2, 3]]", "concat(local.a...)")).isEqualTo("[1, 2, 3]");
    assertThat(eval("", "provider::azurerm::normalise_resource_id(\"x\")"))
        .isEqualTo("unknown(provider function provider::azurerm::normalise_resource_id() is not evaluated)");
    assertThat(eval("", "templatefile(\"x.tpl\", {})")).isEqualTo("unknown(function templatefile() is not evaluated)");
  }

  @Test
  void pathAndTerraformValues() {
    assertThat(eval("", "terraform.workspace")).isEqualTo("\"default\"");
    assertThat(eval("", "path.module")).isEqualTo("\".\"");
  }
}
