package io.sway.engine;

/** The argument checks the engine's records share, each failing with a message naming the value. */
public final class Checks {
  private Checks() {}

  /** Requires an array named {@code name} to have {@code expected} entries. */
  public static void requireLength(String name, int actual, int expected) {
    if (actual != expected) {
      throw new IllegalArgumentException(
          name + " must have " + expected + " entries, had " + actual);
    }
  }
}
