package io.vnetlint.rules.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the classes of a package in a class path entry (a directory of compiled classes or a jar). */
public final class ClassScan {
  private ClassScan() {}

  /** Where a class was loaded from: target/classes or a jar. */
  public static Path codeSourceOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The class path entries of this JVM. */
  public static List<Path> classPath() {
    List<Path> out = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        out.add(Path.of(entry));
      }
    }
    return out;
  }

  /** The binary names of the classes under {@code packagePrefix} (e.g. "io.vnetlint.rules") in one entry. */
  public static List<String> classNames(Path entry, String packagePrefix) {
    String dir = packagePrefix.replace('.', '/') + "/";
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(entry)) {
        Path base = entry.resolve(dir);
        if (!Files.isDirectory(base)) {
          return names;
        }
        try (Stream<Path> files = Files.walk(base)) {
          files.filter(p -> p.toString().endsWith(".class"))
              .forEach(p -> names.add(toClassName(entry.relativize(p).toString().replace(File.separatorChar, '/'))));
        }
      } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
        try (JarFile jar = new JarFile(entry.toFile())) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(dir) && name.endsWith(".class")) {
              names.add(toClassName(name));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.removeIf(n -> n.endsWith("module-info") || n.endsWith("package-info"));
    names.sort(null);
    return names;
  }

  private static String toClassName(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }

  /** Loads a class without initializing it. */
  public static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ClassScan.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("cannot load " + name + ": " + e, e);
    }
  }
}
