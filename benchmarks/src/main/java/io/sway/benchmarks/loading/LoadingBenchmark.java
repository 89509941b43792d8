package io.sway.benchmarks.loading;

import io.sway.engine.model.Activity;
import io.sway.loader.dataset.Dataset;
import io.sway.loader.neo4j.ActivityExtractor;
import io.sway.loader.neo4j.BulkImporter;
import io.sway.loader.neo4j.EmbeddedNeo4j;
import io.sway.loader.neo4j.IncrementalLoader;
import io.sway.loader.neo4j.LoadReport;
import io.sway.loader.neo4j.SwayDatabase;
import io.sway.loader.synthetic.GenerationReport;
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
 * generate} writes them) the dataset is split ({@link DeltaSplit}) into a base and a delta of
 * every n-th follow and interaction (n = accounts / {@value #ACCOUNTS_PER_DELTA_STEP}, at least
 * {@value #MIN_DELTA_EVERY}), and each repetition then measures, on a new home:
 *
 * <ul>
 *   <li><b>bulk load</b> of the base: {@code Dataset.open} (validation) plus {@link BulkImporter},
 *       i.e. what {@code sway load} does into a new database, with the importer's own phases;
 *   <li><b>incremental load</b> of the delta over Bolt with {@link IncrementalLoader} (one
 *       transaction), checked to add exactly the delta's relationships; up to {@code
 *       --baseline-up-to} accounts also, on a copy of the same base, the former batch-per-
 *       transaction load ({@link BatchPerTransactionLoad}) side by side;
 *   <li><b>extract</b> of the last 90 days from base + delta (the whole dataset) with {@link
 *       ActivityExtractor}, in-process and over Bolt, checked to give identical arrays.
 * </ul>
 *
 * <p>Each measure records wall time and the CPU time of this JVM (which runs Neo4j too), so a
 * run on a shared machine still shows what the code costs. Rates count relationships: for loads,
 * the relationship rows written (follows, interactions, authorships, replies, ownerships); for
 * extraction, the follows, events and post authorships read. It writes {@code loading.json} and
 * {@code loading.md} to {@code --out}. Run from the repository root ({@code java} = JDK 25):
 *
 * <pre>{@code
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests && java -Xmx12g --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -cp benchmarks/target/benchmarks.jar io.sway.benchmarks.loading.LoadingBenchmark --out docs/benchmarks --work /tmp --scales 10000,100000,1000000 --repetitions 3,2,1 --baseline-up-to 10000
 * }</pre>
 */
public final class LoadingBenchmark {
  static final double FOLLOWS_PER_ACCOUNT = 20;
  static final double INTERACTIONS_PER_ACCOUNT = 10;
  static final long SEED = 7;
  static final Duration WINDOW = Duration.ofDays(90);
  /** The delta is every n-th follow and interaction: n = accounts / this, at least 10. */
  static final int ACCOUNTS_PER_DELTA_STEP = 10_000;
  static final int MIN_DELTA_EVERY = 10;
  private static final String DATABASE = EmbeddedNeo4j.DEFAULT_DATABASE;

  private final Path work;
  private final int baselineUpTo;
  private final Report report;

  private LoadingBenchmark(Path work, int baselineUpTo, Report report) {
    this.work = work;
    this.baselineUpTo = baselineUpTo;
    this.report = report;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Path out = Path.of(options.getOrDefault("out", "docs/benchmarks"));
    Path work = Path.of(options.getOrDefault("work", System.getProperty("java.io.tmpdir")))
        .resolve("sway-loading-benchmark");
    int[] scales = Arrays.stream(options.getOrDefault("scales", "10000,100000,1000000").split(","))
        .mapToInt(Integer::parseInt).toArray();
    int[] repetitions = Arrays.stream(options.getOrDefault("repetitions", "3,2,1").split(","))
        .mapToInt(Integer::parseInt).toArray();
    Report report = new Report(String.join(" ", args));
    int baselineUpTo = Integer.parseInt(options.getOrDefault("baseline-up-to", "100000"));
    LoadingBenchmark benchmark = new LoadingBenchmark(work, baselineUpTo, report);
    report.sampleLoad();
    for (int i = 0; i < scales.length; i++) {
      benchmark.run(scales[i], repetitions[Math.min(i, repetitions.length - 1)]);
      report.write(out);
    }
    deleteRecursively(work);
    System.out.println("wrote " + out.resolve("loading.md"));
  }

  private void run(int accounts, int repetitions) throws Exception {
    Path scale = work.resolve("accounts-" + accounts);
    deleteRecursively(scale);
    Path full = scale.resolve("full");
    GeneratorConfig config = GeneratorConfig.builder(accounts, SEED)
        .followsPerAccount(FOLLOWS_PER_ACCOUNT)
        .interactionsPerAccount(INTERACTIONS_PER_ACCOUNT)
        .build();
    Instant started = Instant.now();
    GenerationReport generated = SyntheticNetwork.write(config, full);
    Report.Scale result = report.scale(accounts, repetitions,
        Report.seconds(Duration.between(started, Instant.now())), generated.rows());
    log("generated " + accounts + " accounts in " + result.generationSeconds + " s: "
        + generated.rows());

    Path base = scale.resolve("base");
    Path delta = scale.resolve("delta");
    int every = Math.max(MIN_DELTA_EVERY, accounts / ACCOUNTS_PER_DELTA_STEP);
    DeltaSplit.split(full, base, delta, every);
    deleteRecursively(full);
    result.notes.put("delta", "every " + every + "th follow and interaction");
    Instant to = config.endDate().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant from = to.minus(WINDOW);
    Activity reference = null;
    for (int r = 0; r < repetitions; r++) {
      Path home = scale.resolve("home");
      deleteRecursively(home);
      double cpu = Report.cpuSeconds();
      Instant begin = Instant.now();
      Dataset dataset = Dataset.open(base);
      Duration validation = Duration.between(begin, Instant.now());
      LoadReport load = new BulkImporter(home, DATABASE).importDataset(dataset);
      Report.Measure bulk = result.measure("bulk load of the base (validation + import)",
          load.relationships());
      bulk.samples.add(new Report.Sample(
          Report.seconds(Duration.between(begin, Instant.now())), Report.cpuSeconds() - cpu));
      bulk.phases.computeIfAbsent("validation", k -> new ArrayList<>())
          .add(Report.seconds(validation));
      load.phases().forEach((phase, took) ->
          bulk.phases.computeIfAbsent(phase, k -> new ArrayList<>()).add(Report.seconds(took)));
      result.notes.put("base", load.counts().toString());
      log("bulk " + r + ": " + bulk.samples.getLast() + ", validation " + validation + ", "
          + load.phases() + ", " + load.relationships() + " relationships");

      if (accounts <= baselineUpTo) {
        Path copy = scale.resolve("home-copy");
        copyRecursively(home, copy);
        incremental(copy, delta, result, true);
        deleteRecursively(copy);
      }
      incremental(home, delta, result, false);

      try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, DATABASE, 0);
          SwayDatabase database = SwayDatabase.attach(neo4j)) {
        for (ActivityExtractor.Reader reader :
            List.of(ActivityExtractor.Reader.IN_PROCESS, ActivityExtractor.Reader.BOLT)) {
          double extractCpu = Report.cpuSeconds();
          Instant extractBegin = Instant.now();
          ActivityExtractor.Extracted extracted =
              new ActivityExtractor(database, reader).extract(from, to);
          Report.Sample sample = new Report.Sample(
              Report.seconds(Duration.between(extractBegin, Instant.now())),
              Report.cpuSeconds() - extractCpu);
          result.measure(reader == ActivityExtractor.Reader.BOLT
                  ? "extract over Bolt" : "extract in-process", extracted.relationships())
              .samples.add(sample);
          log("extract " + reader + " " + r + ": " + sample + ", "
              + extracted.relationships() + " relationships");
          if (reference == null) {
            reference = extracted.activity();
          } else {
            requireSame(reference, extracted.activity());
          }
        }
      }
      result.notes.put("extract", WINDOW.toDays() + " days to " + to
          + " from base + delta (the whole generated dataset); both readers, every repetition, "
          + "gave identical arrays");
      deleteRecursively(home);
    }
    deleteRecursively(scale);
  }

  /** Loads the delta into {@code home} and checks that exactly its new relationships arrived. */
  private void incremental(Path home, Path delta, Report.Scale result, boolean batchPerTransaction)
      throws Exception {
    Dataset deltaDataset = Dataset.open(delta);
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, DATABASE, 0);
        SwayDatabase database = SwayDatabase.attach(neo4j)) {
      long before = relationshipCount(database);
      double cpu = Report.cpuSeconds();
      Instant begin = Instant.now();
      long relationships;
      if (batchPerTransaction) {
        BatchPerTransactionLoad.load(database, deltaDataset);
        relationships = -1;
      } else {
        relationships = new IncrementalLoader(database).load(deltaDataset).relationships();
      }
      Report.Sample sample = new Report.Sample(
          Report.seconds(Duration.between(begin, Instant.now())), Report.cpuSeconds() - cpu);
      long added = relationshipCount(database) - before;
      if (relationships >= 0 && added != relationships) {
        throw new IllegalStateException(
            "the delta sent " + relationships + " relationships but " + added + " arrived");
      }
      result.measure(batchPerTransaction
              ? "incremental over Bolt, before: a transaction per 10k rows, index seeks"
              : "incremental over Bolt: one transaction", added)
          .samples.add(sample);
      result.notes.put("incremental delta", deltaDataset.accountCount() + " accounts and "
          + deltaDataset.postCount() + " posts its rows name; " + added
          + " relationships added to the base");
      log("incremental" + (batchPerTransaction ? " (batch per transaction) " : " ") + sample
          + ", " + added + " relationships added");
    }
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

}
