package io.sway.loader.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IdIndexTest {
  private static final int IDS = 100_000;

  @Test
  void indexesAreDenseInOrderOfAddition() {
    IdIndex index = new IdIndex();
    for (int i = 0; i < IDS; i++) {
      assertEquals(i, index.add("id" + i));
    }
    index.compact();
    assertEquals(IDS, index.size());
    for (int i = 0; i < IDS; i++) {
      assertEquals(i, index.indexOf(new String("id" + i)));
      assertEquals("id" + i, index.id(i));
    }
  }

  @Test
  void unknownAndNullIdsAreAbsent() {
    IdIndex index = new IdIndex();
    index.add("a");
    assertEquals(IdIndex.ABSENT, index.indexOf("b"));
    assertEquals(IdIndex.ABSENT, index.indexOf(null));
    assertEquals(IdIndex.ABSENT, index.indexOf(""));
  }

  @Test
  void idsWithEqualHashCodesStayApart() {
    IdIndex index = new IdIndex();
    assertEquals("Aa".hashCode(), "BB".hashCode());
    index.add("Aa");
    assertEquals(1, index.indexOrAdd("BB"));
    assertEquals(0, index.indexOrAdd("Aa"));
    assertEquals(2, index.size());
  }

  @Test
  void compactedIndexStillAcceptsIds() {
    IdIndex index = new IdIndex().compact();
    assertEquals(0, index.add("a"));
    assertEquals(1, index.add("b"));
    assertEquals(1, index.indexOf("b"));
  }

  @Test
  void indexOutOfRangeIsRefused() {
    IdIndex index = new IdIndex();
    index.add("a");
    assertThrows(IndexOutOfBoundsException.class, () -> index.id(1));
  }
}
