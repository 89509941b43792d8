package io.sway.loader.imports;

import java.util.List;
import java.util.TreeSet;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * The tags of each message of one kind, as a chain of entries per message kept in two int lists
 * (tag number, previous entry): a tagging costs 8 bytes, plus one map entry per tagged message.
 */
final class TagLists {
  private static final int NO_ENTRY = 0;

  private final TagNames names;
  private final LongIntHashMap lastEntry = new LongIntHashMap();
  /** Entry {@code e} (numbered from 1, so that 0 is {@link #NO_ENTRY}) is at index {@code e - 1}. */
  private final IntArrayList entryTags = new IntArrayList();
  private final IntArrayList previousEntries = new IntArrayList();

  TagLists(TagNames names) {
    this.names = names;
  }

  /** Adds the tag numbered {@code tagIndex} (see {@link TagNames#indexOf}) to {@code message}. */
  void add(long message, int tagIndex) {
    entryTags.add(tagIndex);
    previousEntries.add(lastEntry.getIfAbsent(message, NO_ENTRY));
    lastEntry.put(message, entryTags.size());
  }

  /** The topics of {@code message}: its tags' topics, distinct and sorted; empty if untagged. */
  List<String> topics(long message) {
    int entry = lastEntry.getIfAbsent(message, NO_ENTRY);
    if (entry == NO_ENTRY) {
      return List.of();
    }
    TreeSet<String> topics = new TreeSet<>();
    while (entry != NO_ENTRY) {
      topics.add(names.topic(entryTags.get(entry - 1)));
      entry = previousEntries.get(entry - 1);
    }
    return List.copyOf(topics);
  }
}
