package io.vnetlint.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  @Test
  void masksRangesTheFrontEndsMarkedSensitive() {
    Redactor r = new Redactor(List.of(new SourceRange("a.json", 3, 18, 3, 24, 0, 0)));
    assertThat(r.redact("a.json", 3, "      \"foo\":    \"abcdef\",")).isEqualTo("      \"foo\":    \"******\",");
    assertThat(r.redact("b.json", 3, "      \"foo\":    \"abcdef\",")).contains("abcdef");
  }

  @Test
  void showsABareReferenceToASensitiveValue() {
    // "  shared_key = var.shared_key_west": the expression is sensitive, but it holds no literal.
    Redactor r = new Redactor(List.of(new SourceRange("a.tf", 1, 16, 1, 35, 0, 0)));
    assertThat(r.redact("a.tf", 1, "  shared_key = var.shared_key_west")).isEqualTo("  shared_key = var.shared_key_west");
    Redactor literal = new Redactor(List.of(new SourceRange("a.tf", 1, 16, 1, 21, 0, 0)));
    assertThat(literal.redact("a.tf", 1, "  shared_key = \"abc\"")).isEqualTo("  shared_key = *****");
  }

  @Test
  void masksSecretLookingAttributesEvenWithoutAMark() {
    Redactor r = new Redactor(List.of());
    assertThat(r.redact("a.json", 1, "  \"sharedKey\": \"p@ss w0rd\",")).isEqualTo("  \"sharedKey\": \"*********\",");
    assertThat(r.redact("a.tf", 1, "  shared_key = \"abc\"")).isEqualTo("  shared_key = \"***\"");
    assertThat(r.redact("a.bicep", 1, "    sharedKey: 'abc'")).isEqualTo("    sharedKey: '***'");
    assertThat(r.redact("a.json", 1, "  \"name\": \"vnet-hub\"")).isEqualTo("  \"name\": \"vnet-hub\"");
  }
}
