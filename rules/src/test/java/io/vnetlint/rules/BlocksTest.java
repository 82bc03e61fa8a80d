package io.vnetlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Brace pairs ignore braces in strings, interpolations, comments and heredocs, and refuse unbalanced text. */
class BlocksTest {

  private static Blocks.Pair enclosing(String file, String text, String needle) {
    int at = text.indexOf(needle);
    return Blocks.of(file, text).orElseThrow().enclosing(at, at + needle.length()).orElseThrow();
  }

  @Test
  void jsonBracesInStringsAndCommentsDoNotCount() {
    String json = "{ \"a\": \"}{\", // }\n /* { */ \"b\": { \"x\": 1 } }";
    Blocks.Pair inner = enclosing("t.json", json, "\"x\"");
    assertThat(json.charAt(inner.open())).isEqualTo('{');
    assertThat(json.substring(inner.open(), inner.close() + 1)).isEqualTo("{ \"x\": 1 }");
    assertThat(enclosing("t.json", json, "\"a\"").open()).isZero();
  }

  @Test
  void terraformInterpolationsTemplatesAndHeredocs() {
    String tf = """
        resource "a" "b" {
          name = "${lookup(var.m, "k", "}")}-%{ if true }x%{ endif }"
          text = <<-EOT
            } not a brace {
          EOT
          # }
          flag = false
        }
        """;
    Blocks blocks = Blocks.of("main.tf", tf).orElseThrow();
    int header = tf.indexOf("resource");
    Blocks.Pair block = blocks.openingIn(header, tf.indexOf('\n')).orElseThrow();
    assertThat(tf.substring(block.close())).startsWith("}\n");
    assertThat(block.close()).isEqualTo(tf.lastIndexOf('}'));
  }

  @Test
  void bicepMultilineStringsAndInterpolations() {
    String bicep = "resource r 'x@1' = {\n  name: '${concat('a', '}')}'\n  d: '''\n}{\n'''\n  flag: false\n}\n";
    Blocks.Pair body = enclosing("main.bicep", bicep, "flag: false");
    assertThat(body.open()).isEqualTo(bicep.indexOf('{'));
    assertThat(body.close()).isEqualTo(bicep.lastIndexOf('}'));
  }

  @Test
  void unbalancedTextGivesNothing() {
    assertThat(Blocks.of("t.json", "{ \"a\": { }")).isEmpty();
    assertThat(Blocks.of("t.json", "{ } }")).isEmpty();
    assertThat(Blocks.of("t.json", "{ \"open string }")).isEmpty();
  }
}
