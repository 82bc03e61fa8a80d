package io.vnetlint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  private static final SourceRange AT = new SourceRange("main.tf", 3, 5, 3, 9, 20, 24);

  @AfterEach
  void budgetBack() {
    System.clearProperty(Deadline.BUDGET_PROPERTY);
  }

  @Test
  void withoutAStartedBudgetCheckDoesNothing() {
    System.setProperty(Deadline.BUDGET_PROPERTY, "0");
    assertThatCode(() -> Deadline.check(AT)).doesNotThrowAnyException();
  }

  @Test
  void aSpentBudgetIsAPositionedErrorForTheFile() {
    System.setProperty(Deadline.BUDGET_PROPERTY, "0");
    try (Deadline d = Deadline.start()) {
      assertThatThrownBy(() -> Deadline.check(AT)).isInstanceOfSatisfying(Deadline.Exceeded.class, e -> {
        Diagnostic diagnostic = e.diagnostic("main.tf");
        assertThat(diagnostic.kind()).isEqualTo(Diagnostic.Kind.ERROR);
        assertThat(diagnostic.oneLine())
            .isEqualTo("main.tf:3:5: evaluation took longer than the limit of 0.0 s; the file is not analyzed");
      });
    }
    // closed: the next file starts afresh, and outside a file nothing is checked
    assertThatCode(() -> Deadline.check(AT)).doesNotThrowAnyException();
  }

  @Test
  void theDefaultBudgetIsTheLimitAndANestedStartKeepsTheOuterBudget() {
    assertThat(Deadline.budget()).isEqualTo(Limits.FILE_TIME_BUDGET);
    try (Deadline outer = Deadline.start()) {
      System.setProperty(Deadline.BUDGET_PROPERTY, "0");
      try (Deadline inner = Deadline.start()) {
        assertThatCode(() -> Deadline.check(AT)).doesNotThrowAnyException();
      }
      assertThatCode(() -> Deadline.check(AT)).doesNotThrowAnyException();
    }
  }

  @Test
  void numbersBeyondTheExponentLimitAreOutOfRange() {
    assertThat(Limits.numberInRange(new BigDecimal("1e1000"))).isFalse();
    assertThat(Limits.numberInRange(new BigDecimal("1e999"))).isTrue();
    assertThat(Limits.numberInRange(new BigDecimal("1e-1002"))).isFalse();
    assertThat(Limits.numberInRange(new BigDecimal("1e999999999"))).isFalse();
    assertThat(Limits.numberInRange(BigDecimal.ZERO)).isTrue();
    assertThat(Limits.numberInRange(new BigDecimal("2147483647"))).isTrue();
  }
}
