package io.sway.engine.model;

/**
 * A model setting with a bad value or an unknown name. The message names the setting by its dotted
 * key in the config file ({@code amplification.priorStrength}) and the value given, so that a user
 * sees what to fix: {@code "amplification.priorStrength must be > 0, was -1"}.
 */
public final class InvalidConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;

  InvalidConfigException(String key, String message) {
    super(message);
    this.key = key;
  }

  /** The dotted key of the offending setting, e.g. {@code amplification.priorStrength}. */
  public String key() {
    return key;
  }
}
