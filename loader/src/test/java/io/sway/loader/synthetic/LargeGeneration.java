package io.sway.loader.synthetic;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Generates a large network in this JVM and prints the report, the file sizes and the peak heap
 * use, to show that memory does not grow with the number of follows. {@link
 * LargeGenerationTest} runs it in a child JVM with {@code -Xmx512m}; by hand:
 *
 * <pre>
 * java -Xmx512m -cp LOADER_TEST_CLASSPATH io.sway.loader.synthetic.LargeGeneration 500000 out/
 * </pre>
 *
 * <p>Arguments: accounts, output folder, and optionally the seed (default 1).
 */
public final class LargeGeneration {
  private LargeGeneration() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: LargeGeneration ACCOUNTS OUT_DIR [SEED]");
      System.exit(2);
    }
    int accounts = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
    GenerationReport report =
        SyntheticNetwork.write(GeneratorConfig.builder(accounts, seed).build(), out);
    System.out.println(report.summary());
    try (Stream<Path> files = Files.list(out).sorted()) {
      for (Path file : (Iterable<Path>) files::iterator) {
        System.out.printf("  %-18s %,d bytes%n", file.getFileName(), Files.size(file));
      }
    }
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("max heap %,d MB, peak heap used (sum of pool peaks) %,d MB%n",
        Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20);
    System.out.println("follows=" + report.rows(SyntheticNetwork.FOLLOWS));
  }
}
