package io.sway.engine.model;

/** Validation of config values, each failure an {@link InvalidConfigException} naming the key. */
final class ConfigChecks {
  private ConfigChecks() {}

  /** {@code value} finite and {@code > 0}. */
  static void requirePositive(String key, double value) {
    requireFinite(key, value);
    if (!(value > 0.0)) {
      throw invalid(key, "must be > 0", value);
    }
  }

  /** {@code value} finite and {@code >= 0}. */
  static void requireNonNegative(String key, double value) {
    requireFinite(key, value);
    if (!(value >= 0.0)) {
      throw invalid(key, "must be >= 0", value);
    }
  }

  /** {@code value} in the closed interval {@code [min, max]}. */
  static void requireBetween(String key, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw invalid(key, "must be in [" + format(min) + ", " + format(max) + "]", value);
    }
  }

  /** {@code value} in the open interval {@code (min, max)}. */
  static void requireStrictlyBetween(String key, double value, double min, double max) {
    if (!(value > min && value < max)) {
      throw invalid(key, "must be in (" + format(min) + ", " + format(max) + ")", value);
    }
  }

  /** {@code value} in {@code [min, max)}. */
  static void requireAtLeastAndBelow(String key, double value, double min, double max) {
    if (!(value >= min && value < max)) {
      throw invalid(key, "must be in [" + format(min) + ", " + format(max) + ")", value);
    }
  }

  /** {@code value} finite and {@code > min}. */
  static void requireAbove(String key, double value, double min) {
    requireFinite(key, value);
    if (!(value > min)) {
      throw invalid(key, "must be > " + format(min), value);
    }
  }

  /** {@code value} in {@code [min, max]}. */
  static void requireBetween(String key, int value, int min, int max) {
    if (value < min || value > max) {
      throw invalid(key, "must be in [" + min + ", " + max + "]", value);
    }
  }

  /** {@code value >= min}. */
  static void requireAtLeast(String key, int value, int min) {
    if (value < min) {
      throw invalid(key, "must be >= " + min, value);
    }
  }

  static void requireFinite(String key, double value) {
    if (!Double.isFinite(value)) {
      throw invalid(key, "must be a finite number", value);
    }
  }

  static InvalidConfigException invalid(String key, String requirement, double value) {
    return new InvalidConfigException(key, key + " " + requirement + ", was " + format(value));
  }

  static InvalidConfigException invalid(String key, String requirement, Object value) {
    return new InvalidConfigException(key, key + " " + requirement + ", was " + value);
  }

  /** A number as a user wrote it: {@code -1}, not {@code -1.0}; {@code 0.25}; {@code NaN}. */
  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
