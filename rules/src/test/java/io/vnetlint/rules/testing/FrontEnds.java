package io.vnetlint.rules.testing;

import io.vnetlint.model.FrontEnd;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The front ends on the test class path. The rules module depends on no front end at compile time; the fixture
 * test runs each fixture through every front end that takes the file, so a format activates as soon as its front
 * end is on the test class path.
 */
public final class FrontEnds {
  private FrontEnds() {}

  private static List<FrontEnd> cached;

  public static synchronized List<FrontEnd> available() {
    if (cached == null) {
      cached = discover();
    }
    return cached;
  }

  private static List<FrontEnd> discover() {
    List<FrontEnd> out = new ArrayList<>();
    for (Path entry : ClassScan.classPath()) {
      for (String name : ClassScan.classNames(entry, "io.vnetlint")) {
        if (name.contains("$") || name.startsWith("io.vnetlint.rules.") || name.startsWith("io.vnetlint.model.")) {
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
    return List.copyOf(out);
  }
}
