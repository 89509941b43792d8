package io.sway.loader.scoring;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.loader.scoring.ScoringMemory.GraphSize;
import io.sway.loader.scoring.ScoringMemory.Heap;
import org.junit.jupiter.api.Test;

/** The memory estimate of a scoring run and the check that refuses a run that would not fit. */
class ScoringMemoryTest {
  private static final long MIB = 1L << 20;
  private static final GraphSize MILLION =
      new GraphSize(1_000_000, 20_000_000, 3_000_000, 10_000_000);

  @Test
  void estimateIsTheDocumentedFormula() {
    long live = ScoringMemory.FIXED
        + 1_000_000 * ScoringMemory.PER_ACCOUNT
        + 20_000_000 * ScoringMemory.PER_FOLLOW
        + 3_000_000 * ScoringMemory.PER_POST
        + 10_000_000 * ScoringMemory.PER_INTERACTION;
    assertEquals(Math.ceil(live * ScoringMemory.GC_HEADROOM), ScoringMemory.needed(MILLION), 1);
    assertEquals(Math.ceil(ScoringMemory.FIXED * ScoringMemory.GC_HEADROOM),
        ScoringMemory.needed(new GraphSize(0, 0, 0, 0)), 1);
  }

  @Test
  void everyKindOfElementCostsMemory() {
    long base = ScoringMemory.needed(new GraphSize(1, 1, 1, 1));
    assertTrue(ScoringMemory.needed(new GraphSize(2, 1, 1, 1)) > base);
    assertTrue(ScoringMemory.needed(new GraphSize(1, 2, 1, 1)) > base);
    assertTrue(ScoringMemory.needed(new GraphSize(1, 1, 2, 1)) > base);
    assertTrue(ScoringMemory.needed(new GraphSize(1, 1, 1, 2)) > base);
  }

  @Test
  void runThatFitsIsAllowed() {
    long needed = ScoringMemory.needed(MILLION);
    assertDoesNotThrow(() -> ScoringMemory.require(MILLION, Heap.of(needed + 100 * MIB, 100 * MIB)));
    assertDoesNotThrow(() -> ScoringMemory.require(MILLION, Heap.UNCHECKED));
  }

  @Test
  void runThatDoesNotFitIsRefusedNamingNeededAvailableAndTheFlag() {
    NotEnoughMemoryException refusal =
        assertThrows(
            NotEnoughMemoryException.class,
            () -> ScoringMemory.require(MILLION, Heap.of(512 * MIB, 112 * MIB)));
    assertEquals(ScoringMemory.needed(MILLION), refusal.needed());
    assertEquals(400 * MIB, refusal.available());
    String message = refusal.getMessage();
    assertTrue(message.startsWith("not enough memory to score 1,000,000 accounts, 20,000,000 "
        + "follows, 3,000,000 posts and 10,000,000 interactions: needs about "), message);
    assertTrue(message.contains(ScoringMemory.mib(refusal.needed()) + " of heap, 400 MiB available "
        + "(maximum heap 512 MiB, 112 MiB in use)"), message);
    assertTrue(message.contains("SWAY_JAVA_OPTS=-Xmx"), message);
  }

  @Test
  void garbageIsCollectedBeforeARefusal() {
    long needed = ScoringMemory.needed(MILLION);
    long max = needed + 200 * MIB;
    Heap heapFullOfGarbage = new Heap() {
      private long used = max - MIB;

      @Override
      public long max() {
        return max;
      }

      @Override
      public long used() {
        return used;
      }

      @Override
      public void collect() {
        used = 100 * MIB;
      }
    };
    assertDoesNotThrow(() -> ScoringMemory.require(MILLION, heapFullOfGarbage));
  }

  @Test
  void suggestedHeapLeavesHeadroomInUnitsJavaTakes() {
    assertEquals("128m", ScoringMemory.suggestedHeap(100 * MIB));
    assertEquals("2g", ScoringMemory.suggestedHeap(1000 * MIB));
    assertEquals("11g", ScoringMemory.suggestedHeap(10_000 * MIB));
  }
}
