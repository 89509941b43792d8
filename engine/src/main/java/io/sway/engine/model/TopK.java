package io.sway.engine.model;

/**
 * Keeps the {@code k} best of a stream of (id, weight) pairs on primitive arrays: a binary min-heap
 * whose root is the worst kept pair, so each offer costs {@code O(log k)} and nothing is sorted
 * but the {@code k} winners. Better means a larger weight, and on equal weights a smaller id, so
 * the selection is deterministic. Reusable: {@link #clear()} between streams. Not thread-safe.
 */
final class TopK {
  private final int capacity;
  private final int[] ids;
  private final double[] weights;
  private int size;

  TopK(int capacity) {
    this.capacity = capacity;
    this.ids = new int[capacity];
    this.weights = new double[capacity];
  }

  void clear() {
    size = 0;
  }

  int size() {
    return size;
  }

  void offer(int id, double weight) {
    if (size < capacity) {
      ids[size] = id;
      weights[size] = weight;
      siftUp(size++);
    } else if (capacity > 0 && better(id, weight, ids[0], weights[0])) {
      ids[0] = id;
      weights[0] = weight;
      siftDown(0);
    }
  }

  /**
   * Writes the kept pairs best first into {@code outIds} and {@code outWeights} from {@code at},
   * and empties this selection.
   *
   * @return the number of pairs written
   */
  int drainBestFirst(int[] outIds, double[] outWeights, int at) {
    int count = size;
    for (int i = count - 1; i >= 0; i--) {
      outIds[at + i] = ids[0];
      outWeights[at + i] = weights[0];
      size--;
      if (size > 0) {
        ids[0] = ids[size];
        weights[0] = weights[size];
        siftDown(0);
      }
    }
    return count;
  }

  private static boolean better(int id, double weight, int otherId, double otherWeight) {
    return weight > otherWeight || (weight == otherWeight && id < otherId);
  }

  private void siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!better(ids[parent], weights[parent], ids[i], weights[i])) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void siftDown(int i) {
    while (true) {
      int left = 2 * i + 1;
      if (left >= size) {
        return;
      }
      int worst = left;
      int right = left + 1;
      if (right < size && better(ids[left], weights[left], ids[right], weights[right])) {
        worst = right;
      }
      if (!better(ids[i], weights[i], ids[worst], weights[worst])) {
        return;
      }
      swap(i, worst);
      i = worst;
    }
  }

  private void swap(int i, int j) {
    int id = ids[i];
    ids[i] = ids[j];
    ids[j] = id;
    double weight = weights[i];
    weights[i] = weights[j];
    weights[j] = weight;
  }
}
