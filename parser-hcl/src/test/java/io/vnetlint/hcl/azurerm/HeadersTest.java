package io.vnetlint.hcl.azurerm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadersTest {

  @Test
  void instanceKeysOfAnAddress() {
    assertThat(Headers.instanceKeys("azurerm_subnet.s")).isEmpty();
    assertThat(Headers.instanceKeys("azurerm_subnet.s[0]")).isEqualTo("[0]");
    assertThat(Headers.instanceKeys("module.m[\"a\"].module.n.azurerm_subnet.s[\"gw\"]")).isEqualTo("[\"a\"][\"gw\"]");
    assertThat(Headers.instanceKeys("azurerm_subnet.s[\"a]b.c\"]")).isEqualTo("[\"a]b.c\"]");
    assertThat(Headers.instanceKeys("azurerm_subnet.s[\"say \\\"hi\\\"\"]")).isEqualTo("[\"say \\\"hi\\\"\"]");
  }
}
