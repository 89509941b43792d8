package io.sway.loader.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/** The LDBC tags as Sway topics, by tag id, each numbered 0..n-1 in order of addition. */
final class TagNames {
  static final int UNKNOWN = -1;

  private final LongIntHashMap indexes = new LongIntHashMap();
  private final List<String> topics = new ArrayList<>();

  /** Adds tag {@code id} named {@code name}; false if {@code id} was already added. */
  boolean add(long id, String name) {
    if (indexes.containsKey(id)) {
      return false;
    }
    indexes.put(id, topics.size());
    topics.add(topic(name));
    return true;
  }

  /** The number of tag {@code id}, or {@link #UNKNOWN}. */
  int indexOf(long id) {
    return indexes.getIfAbsent(id, UNKNOWN);
  }

  /** The topic of the tag numbered {@code index}. */
  String topic(int index) {
    return topics.get(index);
  }

  /**
   * A tag name as a Sway topic: lower-cased, with {@code ;} (Sway's list separator) and blanks
   * turned into {@code _}, the character LDBC already uses for spaces ({@code Hamid_Karzai}).
   */
  static String topic(String tagName) {
    StringBuilder topic = new StringBuilder(tagName.length());
    tagName.strip().toLowerCase(Locale.ROOT).codePoints().forEach(c ->
        topic.appendCodePoint(c == ';' || Character.isWhitespace(c) ? '_' : c));
    return topic.toString();
  }
}
