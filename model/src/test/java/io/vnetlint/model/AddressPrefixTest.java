package io.vnetlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPrefixTest {
  private static final SourceRange AT = SourceRange.fileStart("t.json");

  @ParameterizedTest
  @CsvSource({
      "10.0.0.0/16, 10.0.0.0/16, 16",
      "10.0.0.5/24, 10.0.0.0/24, 24",
      "' 10.1.0.0/24 ', 10.1.0.0/24, 24",
      "10.0.0.1, 10.0.0.1, 32",
      "fd00:db8::/48, fd00:db8::/48, 48",
      "0.0.0.0/0, 0.0.0.0/0, 0"})
  void parsesCidrNotation(String text, String block, int length) {
    AddressPrefix p = AddressPrefix.parse(text, AT).orElseThrow();
    assertThat(p.block().toString()).isEqualTo(block);
    assertThat(p.prefixLength()).isEqualTo(length);
  }

  /** "" once parsed as the loopback address: an empty parameter default became 127.0.0.1/32. */
  @ParameterizedTest
  @ValueSource(strings = {"", " ", "*", "/16", "10.1", "10.0.*.*", "1-2.3.4.5/16", "10.0.0.0/33", "abc"})
  void rejectsWhatAzureDoesNotAccept(String text) {
    assertThat(AddressPrefix.parse(text, AT)).isEmpty();
  }
}
