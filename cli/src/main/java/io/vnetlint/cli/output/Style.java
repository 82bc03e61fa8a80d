package io.vnetlint.cli.output;

import io.vnetlint.rules.Level;

/** ANSI styling that turns itself off when colour is not wanted (not a terminal, NO_COLOR, --color never). */
public record Style(boolean enabled) {
  private static final String RESET = "\u001b[0m";

  public static Style plain() {
    return new Style(false);
  }

  /**
   * Colour for {@code --color auto}: only on an interactive terminal, and never when NO_COLOR is set to anything
   * (https://no-color.org).
   */
  public static Style auto() {
    String noColor = System.getenv("NO_COLOR");
    boolean wanted = System.console() != null && (noColor == null || noColor.isEmpty())
        && !"dumb".equals(System.getenv("TERM"));
    return new Style(wanted);
  }

  public String bold(String s) {
    return wrap("1", s);
  }

  public String dim(String s) {
    return wrap("2", s);
  }

  public String blue(String s) {
    return wrap("1;34", s);
  }

  public String green(String s) {
    return wrap("1;32", s);
  }

  public String level(Level level, String s) {
    return switch (level) {
      case ERROR -> wrap("1;31", s);
      case WARNING -> wrap("1;33", s);
      case NOTE -> wrap("1;36", s);
    };
  }

  private String wrap(String code, String s) {
    return enabled ? "\u001b[" + code + "m" + s + RESET : s;
  }
}
