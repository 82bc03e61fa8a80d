package io.vnetlint.rules.testing;

import io.vnetlint.arm.ArmFrontEnd;
import io.vnetlint.model.FrontEnd;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The front ends the fixture test runs: the ARM front end (a test dependency, always there), plus every other
 * {@link FrontEnd} implementation found on the test class path. The fixture test offers each fixture to all of
 * them and uses those that read it, so the Terraform and Bicep fixtures activate as soon as their front ends are on
 * the test class path, without a change here.
 */
public final class FrontEnds {
  private FrontEnds() {}

  private static List<FrontEnd> cached;

  public static synchronized List<FrontEnd> available() {
    if (cached == null) {
      List<FrontEnd> all = new ArrayList<>();
      all.add(new ArmFrontEnd());
      all.addAll(discoverOthers());
      cached = List.copyOf(all);
    }
    return cached;
  }

  private static List<FrontEnd> discoverOthers() {
    List<FrontEnd> out = new ArrayList<>();
    for (Path entry : ClassScan.classPath()) {
      for (String name : ClassScan.classNames(entry, "io.vnetlint")) {
        if (name.contains("$") || name.equals(ArmFrontEnd.class.getName())
            || name.startsWith("io.vnetlint.rules.") || name.startsWith("io.vnetlint.model.")) {
          continue;
        }
        Class<?> type;
        try {
          type = ClassScan.load(name);
        } catch (IllegalStateException e) {
          continue; // a class whose optional dependencies are missing cannot be a front end we can run
        }
        if (FrontEnd.class.isAssignableFrom(type) && !type.isInterface()
            && !Modifier.isAbstract(type.getModifiers()) && Modifier.isPublic(type.getModifiers())) {
          try {
            out.add((FrontEnd) type.getConstructor().newInstance());
          } catch (ReflectiveOperationException e) {
            // front ends that need configuration are not used by the fixture test
          }
        }
      }
    }
    out.sort((a, b) -> a.getClass().getName().compareTo(b.getClass().getName()));
    return out;
  }
}
