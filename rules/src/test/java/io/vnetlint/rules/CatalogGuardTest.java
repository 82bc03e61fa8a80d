package io.vnetlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.rules.testing.ClassScan;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every rule class compiled into the rules packages is in {@link RuleCatalog#all()}. The scan must find at least as
 * many rules as the catalogue lists: a guard that scans the wrong place and finds nothing would pass on nothing.
 */
class CatalogGuardTest {

  @Test
  void everyRuleClassIsInTheCatalogue() {
    Path compiled = ClassScan.codeSourceOf(RuleCatalog.class);
    Set<String> found = new TreeSet<>();
    for (String name : ClassScan.classNames(compiled, "io.vnetlint.rules")) {
      Class<?> type = ClassScan.load(name);
      if (Rule.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
        found.add(name);
      }
    }
    Set<String> listed = new TreeSet<>();
    List<Rule> all = RuleCatalog.all();
    for (Rule r : all) {
      listed.add(r.getClass().getName());
    }

    assertThat(found).as("rule classes found in %s", compiled).hasSizeGreaterThanOrEqualTo(all.size());
    assertThat(found).as("rule classes missing from RuleCatalog.all()").isSubsetOf(listed);
    assertThat(listed).as("catalogue entries").hasSameSizeAs(all);
  }

  @Test
  void everyRuleHasItsAnnotationAndIsListedOnce() {
    List<Rule> all = RuleCatalog.all();
    assertThat(all).isNotEmpty();
    for (Rule r : all) {
      assertThat(r.getClass().getAnnotation(RuleInfo.class)).as(r.getClass().getName()).isNotNull();
      assertThat(RuleCatalog.byId(r.metadata().id()).map(Object::getClass)).contains(r.getClass());
      assertThat(RuleCatalog.byId(r.metadata().name()).map(Object::getClass)).contains(r.getClass());
    }
    assertThat(all.stream().map(r -> r.getClass()).distinct().count()).isEqualTo(all.size());
  }

  @Test
  void catalogueIsOrderedById() {
    List<String> ids = RuleCatalog.all().stream().map(r -> r.metadata().id()).toList();
    assertThat(ids).isSorted();
  }
}
