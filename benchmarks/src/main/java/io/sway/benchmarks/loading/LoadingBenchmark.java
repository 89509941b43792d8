package io.sway.benchmarks.loading;

import io.sway.engine.model.Activity;
import io.sway.loader.dataset.Dataset;
import io.sway.loader.neo4j.ActivityExtractor;
import io.sway.loader.neo4j.BulkImporter;
import io.sway.loader.neo4j.EmbeddedNeo4j;
import io.sway.loader.neo4j.IncrementalLoader;
import io.sway.loader.neo4j.LoadReport;
import io.sway.loader.neo4j.SwayDatabase;
import io.sway.loader.synthetic.GeneratorConfig;
import io.sway.loader.synthetic.SyntheticNetwork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.driver.Session;

/**
 * How fast does Sway move a generated network into Neo4j and the scoring snapshot out of it?
 *
 * <p>For each scale (accounts; {@value #FOLLOWS_PER_ACCOUNT} follows and {@value
 * #INTERACTIONS_PER_ACCOUNT} interactions per account, seed {@value #SEED}, as {@code sway
 * generate} writes them) it measures, {@code --repetitions} times each:
 *
 * <ul>
 *   <li><b>bulk load</b>: {@code Dataset.open} (validation) plus {@link BulkImporter} into a new
 *       home, i.e. what {@code sway load} does into a new database, with the importer's own phases;
 *   <li><b>incremental load</b>: a delta of every 10th follow and interaction ({@link DeltaSplit})
 *       loaded with {@link IncrementalLoader} over Bolt, in one transaction, on top of a copy of a
 *       bulk-loaded base holding the other 90%;
 *   <li><b>extract</b>: {@link ActivityExtractor} over the last 90 days of the full database,
 *       in-process and over Bolt (checked to give the same arrays).
 * </ul>
 *
 * <p>Rates are relationships per second of wall time: for loads, the relationship rows written
 * (follows, interactions, authorships, replies, ownerships); for extraction, the follows, events
 * and post authorships read. It writes {@code loading.json} and {@code loading.md} to {@code
 * --out}. Run from the repository root (about 25 minutes at the default scales on 2 cores):
 *
 * <pre>{@code
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests && /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Xmx12g --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -cp benchmarks/target/benchmarks.jar io.sway.benchmarks.loading.LoadingBenchmark --out docs/benchmarks --work /tmp/sway-loading --scales 10000,100000,1000000 --repetitions 3
 * }</pre>
 */
public final class LoadingBenchmark {
  static final double FOLLOWS_PER_ACCOUNT = 20;
  static final double INTERACTIONS_PER_ACCOUNT = 10;
  static final long SEED = 7;
  static final Duration WINDOW = Duration.ofDays(90);
  private static final String DATABASE = EmbeddedNeo4j.DEFAULT_DATABASE;

  private final Path work;
  private final int repetitions;
  private final Report report;

  private LoadingBenchmark(Path work, int repetitions, Report report) {
    this.work = work;
    this.repetitions = repetitions;
    this.report = report;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Path out = Path.of(options.getOrDefault("out", "docs/benchmarks"));
    Path work = Path.of(options.getOrDefault("work", System.getProperty("java.io.tmpdir")))
        .resolve("sway-loading-benchmark");
    int repetitions = Integer.parseInt(options.getOrDefault("repetitions", "3"));
    int[] scales = Arrays.stream(options.getOrDefault("scales", "10000,100000,1000000").split(","))
        .mapToInt(Integer::parseInt).toArray();
    Report report = new Report(String.join(" ", args), repetitions);
    LoadingBenchmark benchmark = new LoadingBenchmark(work, repetitions, report);
    report.sampleLoad();
    for (int accounts : scales) {
      benchmark.run(accounts);
      report.write(out);
    }
    deleteRecursively(work);
    System.out.println("wrote " + out.resolve("loading.md"));
  }

  private void run(int accounts) throws Exception {
    Path scale = work.resolve("accounts-" + accounts);
    deleteRecursively(scale);
    Path full = scale.resolve("full");
    GeneratorConfig config = GeneratorConfig.builder(accounts, SEED)
        .followsPerAccount(FOLLOWS_PER_ACCOUNT)
        .interactionsPerAccount(INTERACTIONS_PER_ACCOUNT)
        .build();
    Instant started = Instant.now();
    var generated = SyntheticNetwork.write(config, full);
    Report.Scale result = report.scale(accounts, Duration.between(started, Instant.now()));
    log("generated " + accounts + " accounts in " + result.generation.toMillis() + " ms: "
        + generated);

    Path lastHome = null;
    for (int r = 0; r < repetitions; r++) {
      Path home = scale.resolve("bulk-" + r);
      Instant begin = Instant.now();
      Dataset dataset = Dataset.open(full);
      Duration validation = Duration.between(begin, Instant.now());
      LoadReport load = new BulkImporter(home, DATABASE).importDataset(dataset);
      Duration total = Duration.between(begin, Instant.now());
      result.bulk(total, validation, load);
      log("bulk " + r + ": " + total.toMillis() + " ms, validation " + validation.toMillis()
          + " ms, " + load.phases() + ", " + load.relationships() + " relationships");
      if (lastHome != null) {
        deleteRecursively(lastHome);
      }
      lastHome = home;
    }

    Instant to = config.endDate().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant from = to.minus(WINDOW);
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(lastHome, DATABASE, 0);
        SwayDatabase database = SwayDatabase.attach(neo4j)) {
      Activity reference = null;
      for (int r = 0; r < repetitions; r++) {
        for (ActivityExtractor.Reader reader :
            List.of(ActivityExtractor.Reader.IN_PROCESS, ActivityExtractor.Reader.BOLT)) {
          Instant begin = Instant.now();
          ActivityExtractor.Extracted extracted =
              new ActivityExtractor(database, reader).extract(from, to);
          Duration took = Duration.between(begin, Instant.now());
          result.extract(reader, took, extracted.relationships());
          log("extract " + reader + " " + r + ": " + took.toMillis() + " ms, "
              + extracted.relationships() + " relationships");
          if (reference == null) {
            reference = extracted.activity();
          } else {
            requireSame(reference, extracted.activity());
          }
        }
      }
    }
    deleteRecursively(lastHome);

    Path base = scale.resolve("base");
    Path delta = scale.resolve("delta");
    DeltaSplit.split(full, base, delta);
    deleteRecursively(full);
    Path baseHome = scale.resolve("base-home");
    new BulkImporter(baseHome, DATABASE).importDataset(Dataset.open(base));
    deleteRecursively(base);
    for (int r = 0; r < repetitions; r++) {
      Path home = scale.resolve("incremental-" + r);
      copyRecursively(baseHome, home);
      Dataset deltaDataset = Dataset.open(delta);
      try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, DATABASE, 0);
          SwayDatabase database = SwayDatabase.attach(neo4j)) {
        long before = relationshipCount(database);
        Instant begin = Instant.now();
        LoadReport load = new IncrementalLoader(database).load(deltaDataset);
        Duration took = Duration.between(begin, Instant.now());
        long added = relationshipCount(database) - before;
        result.incremental(took, load, added);
        log("incremental " + r + ": " + took.toMillis() + " ms, " + load.relationships()
            + " relationship rows, " + added + " relationships added");
      }
      deleteRecursively(home);
    }
    deleteRecursively(scale);
  }

  private static long relationshipCount(SwayDatabase database) {
    try (Session session = database.session()) {
      return session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong();
    }
  }

  private static void requireSame(Activity a, Activity b) {
    boolean same = a.accountCount() == b.accountCount()
        && a.follows().edgeCount() == b.follows().edgeCount()
        && Arrays.equals(a.createdAt(), b.createdAt())
        && Arrays.equals(a.person(), b.person())
        && Arrays.equals(a.postAuthor(), b.postAuthor())
        && Arrays.equals(a.postCreatedAt(), b.postCreatedAt())
        && Arrays.equals(a.postReplyTo(), b.postReplyTo())
        && Arrays.equals(a.postTopics(), b.postTopics())
        && Arrays.equals(a.eventActor(), b.eventActor())
        && Arrays.equals(a.eventTarget(), b.eventTarget())
        && Arrays.equals(a.eventPost(), b.eventPost())
        && Arrays.equals(a.eventType(), b.eventType())
        && Arrays.equals(a.eventAt(), b.eventAt());
    if (!same) {
      throw new IllegalStateException("the extractions differ between readers or repetitions");
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }

  private void log(String message) {
    report.sampleLoad();
    System.out.println(Instant.now() + " " + message);
  }

  static void copyRecursively(Path from, Path to) throws IOException {
    try (Stream<Path> tree = Files.walk(from)) {
      for (Path source : tree.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    if (path == null || !Files.exists(path)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(path)) {
      for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Used by the report's scale rows. */
  static List<Long> millis(List<Duration> durations) {
    List<Long> millis = new ArrayList<>();
    durations.forEach(d -> millis.add(d.toMillis()));
    return millis;
  }
}
