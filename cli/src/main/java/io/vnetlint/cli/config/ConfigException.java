package io.vnetlint.cli.config;

/** A problem in a configuration file, at a 1-based line and column; the CLI prints it and exits with 2. */
public final class ConfigException extends Exception {
  private final int line;
  private final int column;

  public ConfigException(int line, int column, String message) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
