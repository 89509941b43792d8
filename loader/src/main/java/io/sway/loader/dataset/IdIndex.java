package io.sway.loader.dataset;

import java.util.ArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * Dense indexes 0..n-1 for the ids of one kind (accounts, posts, persons), in the order they were
 * added, and back. A primitive-valued map keeps the cost near that of the id strings themselves.
 */
final class IdIndex {
  static final int ABSENT = -1;

  private final ObjectIntHashMap<String> indexes = new ObjectIntHashMap<>();
  private final ArrayList<String> ids = new ArrayList<>();

  /** The index of {@code id}, or {@link #ABSENT} when it is unknown or null. */
  int indexOf(String id) {
    return id == null ? ABSENT : indexes.getIfAbsent(id, ABSENT);
  }

  /** Adds {@code id}, which must not be known yet, and returns its new index. */
  int add(String id) {
    int index = ids.size();
    indexes.put(id, index);
    ids.add(id);
    return index;
  }

  /** The index of {@code id}, added first when it is unknown. */
  int indexOrAdd(String id) {
    int index = indexOf(id);
    return index == ABSENT ? add(id) : index;
  }

  String id(int index) {
    return ids.get(index);
  }

  int size() {
    return ids.size();
  }

  /** Releases spare capacity once no more ids will be added. */
  IdIndex compact() {
    indexes.compact();
    ids.trimToSize();
    return this;
  }
}
