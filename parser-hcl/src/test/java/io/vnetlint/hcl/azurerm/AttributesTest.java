package io.vnetlint.hcl.azurerm;

import static io.vnetlint.hcl.azurerm.Mapped.assertRange;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Field;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributesTest {

  private static final SourceRange KEY = new SourceRange("main.tf", 10, 3, 10, 23, 200, 220);

  private static Value.Obj body(Value value) {
    return new Value.Obj(List.of(new Value.Member("virtual_network_name", KEY, value)),
        new SourceRange("main.tf", 9, 1, 11, 2, 180, 260));
  }

  @Test
  void aValueWrittenElsewhereKeepsTheAttributeNameAsItsRange() {
    // a variable default or a referenced resource's argument: earlier in the file, or in another file
    Value earlier = new Value.Str("hub", new SourceRange("main.tf", 2, 10, 2, 15, 20, 25));
    assertRange(Attributes.string(body(earlier), "virtual_network_name"), 10, 3, 10, 23);
    Value elsewhere = new Value.Str("hub", new SourceRange("terraform.tfvars", 1, 8, 1, 13, 7, 12));
    assertThat(Attributes.string(body(elsewhere), "virtual_network_name").rangeOr(null).file()).isEqualTo("main.tf");
    Value here = new Value.Str("hub", new SourceRange("main.tf", 10, 26, 10, 31, 223, 228));
    assertRange(Attributes.string(body(here), "virtual_network_name"), 10, 3, 10, 31);
  }

  @Test
  void terraformConversions() {
    SourceRange at = new SourceRange("main.tf", 10, 26, 10, 31, 223, 228);
    assertThat(Attributes.string(body(new Value.Num(new BigDecimal("65010"), at)), "virtual_network_name").known())
        .contains("65010");
    assertThat(Attributes.integer(body(new Value.Str(" 42 ", at)), "virtual_network_name").known()).contains(42L);
    assertThat(Attributes.integer(body(new Value.Num(new BigDecimal("4.5"), at)), "virtual_network_name")
        .unknownReason()).contains("expected a whole number, found a number");
    assertThat(Attributes.bool(body(new Value.Str("True", at)), "virtual_network_name").unknownReason())
        .contains("expected a boolean, found a string");
    assertThat(Attributes.string(body(new Value.Null(at)), "virtual_network_name")).isEqualTo(Field.absent());
    assertThat(Attributes.string(body(new Value.Str("", at)), "virtual_network_name")).isEqualTo(Field.absent());
    assertThat(Attributes.string(body(new Value.Str("x", at, true)), "virtual_network_name").unknownReason())
        .contains(Attributes.SENSITIVE);
  }

  @Test
  void blocksAreListsOfObjectsOrOneObject() {
    SourceRange at = new SourceRange("main.tf", 10, 26, 10, 31, 223, 228);
    Value.Obj one = new Value.Obj(List.of(), at);
    assertThat(Attributes.blocks(body(new Value.Arr(List.of(one, one), at)), "virtual_network_name")).hasSize(2);
    assertThat(Attributes.blocks(body(one), "virtual_network_name")).hasSize(1);
    assertThat(Attributes.blocks(body(new Value.Unknown("for_each is unknown", at)), "virtual_network_name"))
        .isEmpty();
    assertThat(Attributes.block(body(new Value.Unknown("for_each is unknown", at)), "virtual_network_name")
        .unknownReason()).contains("for_each is unknown");
    assertThat(Attributes.block(body(new Value.Str("x", at)), "virtual_network_name").unknownReason())
        .contains("expected a 'virtual_network_name' block, found a string");
  }
}
