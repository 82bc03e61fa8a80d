package io.vnetlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a secret is written ({@link Secret.Literal}, {@link LiteralSites}) and placeholders, without the value. */
class SecretLiteralTest {
  private static SourceRange at(String file, int line, int col, int endCol) {
    return new SourceRange(file, line, col, line, endCol, 0, 0);
  }

  @Test
  void theValueNeverShowsAndEqualityIgnoresWhereItIsWritten() {
    Secret a = new Secret("Canary-1", new Secret.Literal(at("v.tf", 3, 13, 23), Secret.Literal.Kind.STRING_LITERAL, null));
    assertThat(a.toString()).doesNotContain("Canary");
    assertThat(a.literal().orElseThrow().toString()).doesNotContain("Canary");
    assertThat(a).isEqualTo(new Secret("Canary-1"));
    assertThat(new Secret("Canary-1").literal()).isEmpty();
  }

  @Test
  void describesThePlaceNotTheValue() {
    assertThat(new Secret.Literal(at("variables.tf", 3, 13, 23), Secret.Literal.Kind.VARIABLE_DEFAULT, "psk")
        .describe()).isEqualTo("the literal default of variable 'psk' in variables.tf");
    assertThat(new Secret.Literal(at("main.json", 9, 5, 9), Secret.Literal.Kind.PARAMETER_DEFAULT, "sharedKey")
        .describe()).isEqualTo("the literal default of parameter 'sharedKey' in main.json");
    assertThat(new Secret.Literal(at("prod.tfvars", 1, 9, 19), Secret.Literal.Kind.VALUES_FILE, "psk")
        .describe()).isEqualTo("the literal value of 'psk' in prod.tfvars");
    assertThat(new Secret.Literal(at("main.bicep", 4, 16, 26), Secret.Literal.Kind.STRING_LITERAL, "")
        .describe()).isEqualTo("a string literal in main.bicep");
  }

  @Test
  void theInnermostSiteDecidesAndMarkedDefaultsAreNotLiterals() {
    LiteralSites sites = new LiteralSites();
    sites.add(at("variables.tf", 3, 13, 30), Secret.Literal.Kind.VARIABLE_DEFAULT, "plain", false);
    sites.add(at("variables.tf", 8, 13, 30), Secret.Literal.Kind.VARIABLE_DEFAULT, "hidden", true);
    sites.add(at("terraform.tfvars", 1, 1, 40), Secret.Literal.Kind.VALUES_FILE, "outer", false);
    sites.add(at("terraform.tfvars", 1, 14, 30), Secret.Literal.Kind.VALUES_FILE, "inner", false);
    sites.add(at("<environment TF_VAR_x>", 1, 1, 5), Secret.Literal.Kind.VALUES_FILE, "x", false);

    assertThat(sites.literalAt(at("variables.tf", 3, 13, 30), false).orElseThrow().name()).isEqualTo("plain");
    assertThat(sites.literalAt(at("variables.tf", 8, 13, 30), true)).isEmpty();
    assertThat(sites.literalAt(at("terraform.tfvars", 1, 15, 20), false).orElseThrow().name()).isEqualTo("inner");
    // no site: a plain literal, unless it is sensitive (computed from a secret input)
    assertThat(sites.literalAt(at("main.tf", 5, 3, 9), false).orElseThrow().kind())
        .isEqualTo(Secret.Literal.Kind.STRING_LITERAL);
    assertThat(sites.literalAt(at("main.tf", 5, 3, 9), true)).isEmpty();
    // the command line and the environment are not source
    assertThat(sites.literalAt(at("<environment TF_VAR_x>", 1, 1, 5), false)).isEmpty();
    assertThat(sites.literalAt(null, false)).isEmpty();
  }

  @Test
  void placeholders() {
    assertThat(new Secret("GEN-PASSWORD").looksLikePlaceholder()).isTrue();
    assertThat(new Secret("GEN-UNIQUE").looksLikePlaceholder()).isTrue();
    assertThat(new Secret("<your-shared-key>").looksLikePlaceholder()).isTrue();
    assertThat(new Secret("{{ psk }}").looksLikePlaceholder()).isTrue();
    assertThat(new Secret("__SHARED_KEY__").looksLikePlaceholder()).isTrue();
    assertThat(new Secret("Abc123<x>").looksLikePlaceholder()).isFalse();
    assertThat(new Secret("GEN-unique-but-lower").looksLikePlaceholder()).isFalse();
    assertThat(new Secret("Vnet1Vnet2Key7fQ2zR").looksLikePlaceholder()).isFalse();
  }
}
