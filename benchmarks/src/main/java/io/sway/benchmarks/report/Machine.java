package io.sway.benchmarks.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The machine a report was measured on.
 *
 * @param cpu the processor model, or {@code "unknown"} where the OS does not say
 * @param cores the processors available to the JVM
 * @param memoryBytes the physical memory
 * @param maxHeapBytes the JVM's maximum heap
 * @param jvm vendor, name and version of the JVM
 * @param os name, version and architecture of the operating system
 */
public record Machine(
    String cpu, int cores, long memoryBytes, long maxHeapBytes, String jvm, String os) {

  private static final Path CPU_INFO = Path.of("/proc/cpuinfo");

  /** This JVM's machine. */
  public static Machine current() {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return new Machine(
        cpuModel().orElse("unknown"),
        Runtime.getRuntime().availableProcessors(),
        os.getTotalMemorySize(),
        Runtime.getRuntime().maxMemory(),
        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
            + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
            + System.getProperty("os.arch"));
  }

  private static Optional<String> cpuModel() {
    try {
      return Files.isReadable(CPU_INFO)
          ? Files.readAllLines(CPU_INFO).stream()
              .filter(line -> line.startsWith("model name"))
              .map(line -> line.substring(line.indexOf(':') + 1).strip())
              .findFirst()
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
