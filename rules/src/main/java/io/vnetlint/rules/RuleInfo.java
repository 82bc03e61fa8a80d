package io.vnetlint.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a rule, on the rule's class (Error Prone's {@code @BugPattern} is the model). SARIF rule entries,
 * {@code vnetlint rules}, {@code vnetlint explain} and {@code rules-catalog.md} are all rendered from it and from the
 * help markdown that sits next to the class ({@code <ClassName>.md} in the same package).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Stable id, {@code VNL} and three digits. */
  String id();

  /** The problem the rule finds, in UpperCamelCase: {@code PeeredAddressSpaceOverlap}. */
  String name();

  Level level();

  /** One line, no trailing period. */
  String shortDescription();

  /** A few sentences: what fires the rule. */
  String fullDescription();

  /** The guide scenario the rule encodes, e.g. "Scenario 1 and 4: virtual network peering". */
  String scenario();

  /** The guide step, e.g. "Step 1: address spaces must not overlap"; empty when none. */
  String guideStep() default "";

  String[] tags() default {"network"};

  /** SARIF precision: very-high, high, medium or low. */
  String precision() default "high";

  /** GitHub security-severity ("0.1" to "10.0") for security rules; empty for the others. */
  String securitySeverity() default "";

  /** The vnetlint version that introduced the rule. */
  String since() default "0.1.0";
}
