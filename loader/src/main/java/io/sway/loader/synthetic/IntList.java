package io.sway.loader.synthetic;

import java.util.Arrays;

/** A growable list of {@code int}, reused between accounts to avoid per-account garbage. */
final class IntList {
  private int[] values = new int[16];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int get(int i) {
    return values[i];
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }
}
