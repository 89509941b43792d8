package io.sway.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures heap, not estimates it: {@link #liveBytes()} is the heap in use right after a full
 * collection (what is reachable, plus whatever the collector could not free), and a {@link Peak}
 * records the largest heap in use after any collection while it is open.
 */
final class HeapUse {
  /** Full collections to run before reading; a second one catches what finalisation released. */
  private static final int COLLECTIONS = 2;

  /** How long the last collection's notification is given to arrive. */
  private static final long NOTIFICATION_GRACE_MILLIS = 200;

  private HeapUse() {}

  /** The heap in use after full collections, in bytes. */
  static long liveBytes() {
    for (int i = 0; i < COLLECTIONS; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The largest heap in use after any collection between {@link #start()} and {@link #close()}. */
  static final class Peak implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getName)
        .collect(Collectors.toSet());
    private final NotificationListener listener = (notification, handback) -> {
      if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
          notification.getType())) {
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
          if (heapPools.contains(pool.getKey())) {
            used += pool.getValue().getUsed();
          }
        }
        peak.accumulateAndGet(used, Math::max);
      }
    };

    private Peak() {
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
      }
    }

    /** Starts recording. */
    static Peak start() {
      return new Peak();
    }

    /**
     * The largest heap in use after a collection so far, in bytes (0 if none ran). Notifications
     * arrive on their own thread, so this first gives the last ones a moment to arrive.
     */
    long bytes() throws InterruptedException {
      Thread.sleep(NOTIFICATION_GRACE_MILLIS);
      return peak.get();
    }

    @Override
    public void close() {
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        try {
          ((NotificationEmitter) gc).removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
          // never added to this collector: nothing to remove
        }
      }
    }
  }
}
