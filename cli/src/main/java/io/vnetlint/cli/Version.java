package io.vnetlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven stamped into the build. */
public final class Version implements CommandLine.IVersionProvider {
  public static final String VALUE = load();

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to the default below
    }
    String v = p.getProperty("version", "0.0.0");
    return v.startsWith("${") ? "0.0.0" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"vnetlint " + VALUE};
  }
}
