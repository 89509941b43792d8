package io.sway.benchmarks;

import io.sway.benchmarks.report.Headline;
import io.sway.benchmarks.report.Machine;
import io.sway.benchmarks.report.Phase;
import io.sway.benchmarks.report.Report;
import io.sway.benchmarks.report.ReportWriter;
import io.sway.engine.graph.Adjacency;
import io.sway.engine.graph.GraphSnapshot;
import io.sway.engine.model.ModelConfig;
import io.sway.engine.rank.PageRank;
import io.sway.engine.rank.PageRankConfig;
import io.sway.engine.rank.RankResult;
import io.sway.loader.dataset.Dataset;
import io.sway.loader.neo4j.BulkImporter;
import io.sway.loader.neo4j.EmbeddedNeo4j;
import io.sway.loader.scoring.ModelScoringJob;
import io.sway.loader.scoring.ScoringWindow;
import io.sway.loader.synthetic.GeneratorConfig;
import io.sway.loader.synthetic.SyntheticNetwork;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.opt.graph.sparse.IncomingEdgesSupport;
import org.jgrapht.opt.graph.sparse.SparseIntDirectedWeightedGraph;

/**
 * The side-by-side benchmark: on generated networks (fixed seed) it times Sway's PageRank kernel
 * against JGraphT's {@code PageRank} and Neo4j GDS's, next to this machine's random-gather bound,
 * and Sway's whole model (spam stage and influence model) with the heap it holds, at every scale
 * asked for; then writes a JSON and a Markdown report and a scaling plot.
 *
 * <p>Run from the repository root after {@code ./mvnw -B -q -pl benchmarks -am package
 * -DskipTests}:
 *
 * <pre>
 * java -Xmx12g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar \
 *     io.sway.benchmarks.SideBySide --accounts 5000,50000,500000,1000000 --out docs/benchmarks
 * </pre>
 *
 * Options (all optional): {@code --accounts} comma-separated scales, the largest one is the
 * headline scale (default {@value #ACCOUNTS_DEFAULT}); {@code --follows-per-account} (default
 * 20), {@code --interactions-per-account} (default 10), {@code --days} of generated activity, all
 * inside the 90-day window (default 90), {@code --seed} (default 1); {@code --warmups} (default 1)
 * and {@code --repetitions} (default 5) for PageRank, {@code --model-repetitions} (default 3);
 * {@code --threads} (default: all processors); {@code --gds} {@code headline}, {@code all} or
 * {@code none} (default headline: GDS needs the network bulk-loaded into Neo4j first); {@code
 * --work} folder for generated data and stores (default: a temporary folder), {@code --keep-data}
 * to reuse it on the next run; {@code --out} folder and {@code --name} of the report files
 * (default {@code build-benchmarks} and {@code side-by-side}).
 *
 * <p>Contenders run in interleaved rounds (each once per round) so that load from other processes
 * hits them alike; medians of the measured rounds are compared.
 */
public final class SideBySide {
  static final String ACCOUNTS_DEFAULT = "50000";
  static final int ITERATIONS = PageRankConfig.MAX_ITERATIONS_DEFAULT;
  static final double DAMPING = PageRankConfig.DAMPING_DEFAULT;

  /** Positive, as JGraphT requires, and never reached: every contender runs all iterations. */
  static final double NEVER_MET = Double.MIN_VALUE;

  /** How closely Sway's scores must agree with JGraphT's (max absolute difference). */
  static final double AGREEMENT = 1e-9;

  static final double GDS_SPEEDUP_TARGET = 5.0;
  static final double JGRAPHT_SPEEDUP_TARGET = 10.0;
  static final double GATHER_BOUND_TARGET = 2.0;
  static final double MODEL_SECONDS_TARGET = 15.0;
  static final double MODEL_BYTES_PER_EDGE_TARGET = 60.0;

  /** Window of the scored run, days; the generator's activity ends on its default end date. */
  static final int WINDOW_DAYS = 90;

  static final String PAGERANK = "pagerank (20 iterations)";
  static final String GATHER = "random-gather bound (per iteration)";
  static final String MODEL = "whole model";
  static final String PROJECTION = "gds projection";
  static final String BULK_IMPORT = "bulk import for gds";

  private static final long GDS_PAGE_CACHE_MB = 1024;
  private static final String DATABASE = "bench";

  /** The run's options; see the class comment. */
  record Options(
      List<Integer> accounts,
      double followsPerAccount,
      double interactionsPerAccount,
      int days,
      long seed,
      int warmups,
      int repetitions,
      int modelRepetitions,
      int threads,
      String gds,
      Path work,
      boolean keepData,
      Path out,
      String name,
      String command) {

    Options {
      accounts = accounts.stream().sorted().distinct().toList();
      if (accounts.isEmpty() || accounts.getFirst() < GeneratorConfig.MIN_ACCOUNTS) {
        throw new IllegalArgumentException(
            "--accounts must list scales of at least " + GeneratorConfig.MIN_ACCOUNTS
                + " accounts, was " + accounts);
      }
      if (warmups < 0 || repetitions < 1 || modelRepetitions < 1 || threads < 1) {
        throw new IllegalArgumentException(
            "need --warmups >= 0, --repetitions >= 1, --model-repetitions >= 1, --threads >= 1");
      }
      if (!List.of("headline", "all", "none").contains(gds)) {
        throw new IllegalArgumentException("--gds must be headline, all or none, was " + gds);
      }
    }

    int headline() {
      return accounts.getLast();
    }

    boolean gdsAt(int scale) {
      return gds.equals("all") || (gds.equals("headline") && scale == headline());
    }

    static Options parse(String[] args) throws IOException {
      Map<String, String> values = new LinkedHashMap<>();
      boolean keep = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--keep-data")) {
          keep = true;
        } else if (arg.startsWith("--") && i + 1 < args.length) {
          values.put(arg.substring(2), args[++i]);
        } else {
          throw new IllegalArgumentException("unexpected argument '" + arg + "'");
        }
      }
      List<String> known = List.of("accounts", "follows-per-account", "interactions-per-account",
          "days", "seed", "warmups", "repetitions", "model-repetitions", "threads", "gds", "work",
          "out", "name");
      for (String key : values.keySet()) {
        if (!known.contains(key)) {
          throw new IllegalArgumentException("unknown option --" + key + "; known: " + known);
        }
      }
      Path work = values.containsKey("work") ? Path.of(values.get("work"))
          : Files.createTempDirectory("sway-bench");
      return new Options(
          Stream.of(values.getOrDefault("accounts", ACCOUNTS_DEFAULT).split(","))
              .map(String::strip).map(Integer::parseInt).toList(),
          Double.parseDouble(values.getOrDefault("follows-per-account", "20")),
          Double.parseDouble(values.getOrDefault("interactions-per-account", "10")),
          Integer.parseInt(values.getOrDefault("days", "" + WINDOW_DAYS)),
          Long.parseLong(values.getOrDefault("seed", "1")),
          Integer.parseInt(values.getOrDefault("warmups", "1")),
          Integer.parseInt(values.getOrDefault("repetitions", "5")),
          Integer.parseInt(values.getOrDefault("model-repetitions", "3")),
          Integer.parseInt(values.getOrDefault("threads",
              "" + Runtime.getRuntime().availableProcessors())),
          values.getOrDefault("gds", "headline"),
          work,
          keep,
          Path.of(values.getOrDefault("out", "build-benchmarks")),
          values.getOrDefault("name", "side-by-side"),
          "java -Xmx12g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar "
              + SideBySide.class.getName() + " " + String.join(" ", args));
    }
  }

  private final Options options;
  private final PrintStream log;
  private final List<Phase> phases = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<Integer, Double> agreement = new LinkedHashMap<>();
  private final Map<Integer, Long> modelPeakBytes = new LinkedHashMap<>();
  private final Map<Integer, Long> modelEdges = new LinkedHashMap<>();

  SideBySide(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("SideBySide: " + e.getMessage());
      System.exit(2);
      return;
    }
    ReportWriter.Written written = new SideBySide(options, System.out).run();
    System.out.println("wrote " + written.markdown() + " and " + written.json()
        + (written.svg() == null ? "" : " and " + written.svg()));
  }

  /** Runs every scale and writes the report. */
  ReportWriter.Written run() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads() - 1));
    try {
      for (int scale : options.accounts()) {
        runScale(scale, pool);
      }
    } finally {
      pool.shutdownNow();
      if (!options.keepData()) {
        deleteRecursively(options.work());
      }
    }
    notes.add("Graph for PageRank: the generated follow graph (every follow an edge of weight 1.0); "
        + "all contenders run weighted PageRank, damping " + DAMPING + ", exactly " + ITERATIONS
        + " iterations (tolerance never met), on the same edges.");
    notes.add("Sway: io.sway.engine.rank.PageRank on the snapshot's CSR arrays, the calling "
        + "thread plus " + (options.threads() - 1) + " pool thread(s). JGraphT: "
        + "org.jgrapht.alg.scoring.PageRank on a SparseIntDirectedWeightedGraph (jgrapht-opt) "
        + "holding the same edges; graph construction not timed. GDS: gds.pageRank.stats on a "
        + "projection of the bulk-imported database (weight = count of parallel FOLLOWS = 1.0), wall "
        + "time of the procedure call; projection timed separately; computeMillis is what GDS "
        + "itself reports.");
    notes.add("Random-gather bound: one pass of sum += x[p[k]] over uniform random positions p "
        + "(as many as edges) into a double array as long as the rank vector, on the same threads; "
        + "the time of one pass is the bound for one iteration.");
    notes.add("Whole model: ModelScoringJob.compute (spam stage then InfluenceModel) on the "
        + "window's activity read from the generated files, on the calling thread plus the pool. Heap: live bytes "
        + "after full GC before reading the data is the baseline; snapshotBytes is what the "
        + "in-memory activity holds after full GC; peakHeapBytes is the largest heap in use after "
        + "any GC during a model run (or after it, result still live), minus the baseline. Edges "
        + "= follows + interactions in the window.");
    notes.add("Contenders run in interleaved rounds (one run each per round, warm-up rounds "
        + "first), so that load from other processes on the machine falls on all of them alike.");
    Report report = new Report(
        "Sway side by side: PageRank kernel and whole model",
        options.command(),
        parameters(),
        Machine.current(),
        phases,
        headlines(),
        notes);
    return ReportWriter.write(report, options.out(), options.name());
  }

  private Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("accounts", options.accounts().toString());
    p.put("followsPerAccount", options.followsPerAccount());
    p.put("interactionsPerAccount", options.interactionsPerAccount());
    p.put("days", options.days());
    p.put("windowDays", WINDOW_DAYS);
    p.put("seed", options.seed());
    p.put("warmups", options.warmups());
    p.put("repetitions", options.repetitions());
    p.put("modelRepetitions", options.modelRepetitions());
    p.put("threads", options.threads());
    p.put("gds", options.gds());
    p.put("pageRankIterations", ITERATIONS);
    p.put("damping", DAMPING);
    return p;
  }

  private void runScale(int accounts, ExecutorService pool) throws Exception {
    log.printf(Locale.ROOT, "== %,d accounts%n", accounts);
    Path datasetDir = options.work().resolve("dataset-" + accounts + "-seed" + options.seed());
    generate(accounts, datasetDir);
    ScoringWindow window = ScoringWindow.asOf(GeneratorConfig.END_DATE_DEFAULT, WINDOW_DAYS);
    long started = System.nanoTime();
    Dataset dataset = Dataset.open(datasetDir);
    DatasetActivity.Read read = DatasetActivity.read(dataset, window);
    log.printf(Locale.ROOT, "read the dataset into memory in %.1f s%n",
        (System.nanoTime() - started) / 1e9);
    Path home = options.work().resolve("neo4j-" + accounts + "-seed" + options.seed());
    if (options.gdsAt(accounts)) {
      bulkImport(dataset, home, read.activity().follows().edgeCount());
    }
    dataset = null;

    runPageRank(accounts, read.activity().follows(), pool,
        options.gdsAt(accounts) ? home : null);
    long withActivity = HeapUse.liveBytes();
    ModelRun model = runModel(read, pool);
    long edges = (long) read.activity().follows().edgeCount() + read.activity().eventCount();
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("accounts", read.activity().accountCount());
    facts.put("follows", read.activity().follows().edgeCount());
    facts.put("interactions", read.activity().eventCount());
    facts.put("posts", read.activity().postCount());
    read = null;
    // the baseline is taken last, once nothing of this scale is reachable any more, so that
    // whatever the earlier phases left in static caches counts in it and not in the model
    long baseline = HeapUse.liveBytes();
    long snapshotBytes = withActivity - baseline;
    long peakBytes = model.peakHeapBytes() - baseline;
    facts.put("snapshotBytes", snapshotBytes);
    facts.put("snapshotBytesPerEdge", snapshotBytes / (double) edges);
    facts.put("peakHeapBytes", peakBytes);
    facts.put("peakHeapBytesPerEdge", peakBytes / (double) edges);
    modelPeakBytes.put(accounts, peakBytes);
    modelEdges.put(accounts, edges);
    phases.add(new Phase(MODEL, "sway (" + options.threads() + " threads)", edges, "edges", model.seconds(), facts));
    log.printf(Locale.ROOT, "model heap: snapshot %,d MB, peak %,d MB, %.1f bytes/edge%n",
        snapshotBytes >> 20, peakBytes >> 20, peakBytes / (double) edges);
  }

  private void generate(int accounts, Path dir) throws IOException {
    Path done = dir.resolve(".complete");
    if (Files.exists(done)) {
      log.println("reusing " + dir);
      return;
    }
    deleteRecursively(dir);
    GeneratorConfig config = GeneratorConfig.builder(accounts, options.seed())
        .days(options.days())
        .followsPerAccount(options.followsPerAccount())
        .interactionsPerAccount(options.interactionsPerAccount())
        .build();
    log.println(SyntheticNetwork.write(config, dir).summary());
    Files.writeString(done, "");
  }

  private void bulkImport(Dataset dataset, Path home, long edges) throws IOException {
    if (EmbeddedNeo4j.storeExists(home, DATABASE)) {
      log.println("reusing the store in " + home);
      return;
    }
    var load = new BulkImporter(home, DATABASE).importDataset(dataset);
    double seconds = load.elapsed().toNanos() / 1e9;
    phases.add(new Phase(BULK_IMPORT, "neo4j importer", edges, "edges", List.of(seconds),
        Map.of("relationships", load.counts().values().stream().mapToLong(Long::longValue).sum())));
    log.printf(Locale.ROOT, "bulk import %.1f s%n", seconds);
  }

  /** One contender in the PageRank rounds: runs once, returns scores or facts to check. */
  private interface Contender {
    Object run() throws Exception;
  }

  private void runPageRank(int accounts, GraphSnapshot graph, ExecutorService pool, Path gdsHome)
      throws Exception {
    int n = graph.vertexCount();
    int m = graph.edgeCount();
    int threads = options.threads();
    PageRankConfig config = new PageRankConfig(DAMPING, ITERATIONS, NEVER_MET);

    RandomGather gather = new RandomGather(n, m, options.seed(), pool, threads);
    SparseIntDirectedWeightedGraph jgrapht = toJGraphT(graph);

    Map<String, Contender> contenders = new LinkedHashMap<>();
    contenders.put("machine (" + threads + " threads)", gather::pass);
    contenders.put("sway (" + threads + " threads)",
        () -> new PageRank(graph, config, pool, threads).compute());
    if (threads > 1) {
      contenders.put("sway (1 thread)", () -> new PageRank(graph, config).compute());
    }
    contenders.put("jgrapht", () ->
        new org.jgrapht.alg.scoring.PageRank<>(jgrapht, DAMPING, ITERATIONS, NEVER_MET).getScores());

    GdsPageRank gds = null;
    GdsPageRank.Run[] lastGds = new GdsPageRank.Run[1];
    List<Long> gdsComputeMillis = new ArrayList<>();
    try {
      if (gdsHome != null) {
        gds = new GdsPageRank(gdsHome, DATABASE, GdsPageRank.megabytes(GDS_PAGE_CACHE_MB));
        GdsPageRank started = gds;
        GdsPageRank.Projection[] projection = new GdsPageRank.Projection[1];
        double seconds = io.sway.benchmarks.report.Stopwatch.once(
            () -> projection[0] = started.project());
        phases.add(new Phase(PROJECTION, "gds", m, "edges", List.of(seconds),
            Map.of("nodes", projection[0].nodes(),
                "relationships", projection[0].relationships())));
        log.printf(Locale.ROOT, "gds projection %.1f s%n", seconds);
        contenders.put("gds (" + threads + " threads)", () -> {
          lastGds[0] = started.pageRank(ITERATIONS, DAMPING, threads);
          return lastGds[0];
        });
      }

      Map<String, List<Double>> seconds = new LinkedHashMap<>();
      contenders.keySet().forEach(name -> seconds.put(name, new ArrayList<>()));
      for (int round = 0; round < options.warmups() + options.repetitions(); round++) {
        boolean measured = round >= options.warmups();
        for (Map.Entry<String, Contender> contender : contenders.entrySet()) {
          long start = System.nanoTime();
          Object result = contender.getValue().run();
          double elapsed = (System.nanoTime() - start) / 1e9;
          check(accounts, contender.getKey(), result, graph);
          if (measured) {
            seconds.get(contender.getKey()).add(elapsed);
            if (result instanceof GdsPageRank.Run run) {
              gdsComputeMillis.add(run.computeMillis());
            }
          }
        }
        log.printf(Locale.ROOT, "round %d%s: %s%n", round, measured ? "" : " (warm-up)",
            seconds.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.3f", e.getValue().getLast()))
                .toList());
      }
      for (Map.Entry<String, List<Double>> entry : seconds.entrySet()) {
        String name = entry.getKey();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("vertices", n);
        if (name.startsWith("machine")) {
          facts.put("gathersPerSecond", gather.gathers() / median(entry.getValue()));
          phases.add(new Phase(GATHER, name, m, "edges", entry.getValue(), facts));
          continue;
        }
        facts.put("iterations", ITERATIONS);
        if (name.startsWith("sway (" + threads) && agreement.containsKey(accounts)) {
          facts.put("maxAbsDiffVsJGraphT", agreement.get(accounts));
        }
        if (name.startsWith("gds")) {
          facts.put("computeMillisMedian", median(gdsComputeMillis.stream()
              .map(Long::doubleValue).toList()));
          facts.put("ranIterations", lastGds[0].ranIterations());
        }
        phases.add(new Phase(PAGERANK, name, m, "edges", entry.getValue(), facts));
      }
    } finally {
      if (gds != null) {
        gds.close();
      }
    }
  }

  private void check(int accounts, String contender, Object result, GraphSnapshot graph) {
    if (result instanceof RankResult rank && rank.iterations() != ITERATIONS) {
      throw new IllegalStateException(contender + " ran " + rank.iterations() + " iterations");
    }
    if (result instanceof GdsPageRank.Run run && run.ranIterations() != ITERATIONS) {
      throw new IllegalStateException("gds ran " + run.ranIterations() + " iterations");
    }
    if (result instanceof Map<?, ?> scores && !agreement.containsKey(accounts)) {
      RankResult ours =
          new PageRank(graph, new PageRankConfig(DAMPING, ITERATIONS, NEVER_MET)).compute();
      double worst = 0.0;
      for (int v = 0; v < graph.vertexCount(); v++) {
        worst = Math.max(worst, Math.abs(ours.score(v) - (Double) scores.get(v)));
      }
      agreement.put(accounts, worst);
      if (!(worst <= AGREEMENT)) {
        throw new IllegalStateException(
            "Sway and JGraphT PageRank differ by " + worst + " > " + AGREEMENT);
      }
    }
  }

  /** The snapshot's edges in JGraphT's compact int graph, incoming edges indexed as PageRank needs. */
  private static SparseIntDirectedWeightedGraph toJGraphT(GraphSnapshot graph) {
    Adjacency out = graph.outAdjacency();
    int[] offsets = out.offsets();
    int[] targets = out.neighbours();
    double[] weights = out.weights();
    return new SparseIntDirectedWeightedGraph(graph.vertexCount(), graph.edgeCount(),
        () -> java.util.stream.IntStream.range(0, graph.vertexCount()).boxed()
            .flatMap(v -> java.util.stream.IntStream.range(offsets[v], offsets[v + 1])
                .mapToObj(k -> Triple.of(v, targets[k], weights[k]))),
        IncomingEdgesSupport.FULL_INCOMING_EDGES);
  }

  /** The measured model runs and the largest heap in use after a GC during or after them. */
  private record ModelRun(List<Double> seconds, long peakHeapBytes) {}

  private ModelRun runModel(DatasetActivity.Read read, ExecutorService pool) throws Exception {
    var activity = read.activity();
    ModelConfig config = ModelConfig.defaults();
    List<Double> seconds = new ArrayList<>();
    long peak = 0;
    for (int round = 0; round < options.warmups() + options.modelRepetitions(); round++) {
      HeapUse.liveBytes();
      ModelScoringJob.Computed computed;
      double elapsed;
      try (HeapUse.Peak heap = HeapUse.Peak.start()) {
        long start = System.nanoTime();
        computed = ModelScoringJob.compute(
            activity, read.accountIds(), config, pool, options.threads());
        elapsed = (System.nanoTime() - start) / 1e9;
        peak = Math.max(peak, heap.bytes());
      }
      peak = Math.max(peak, HeapUse.liveBytes());
      if (computed.result().scores().audience().length != activity.accountCount()) {
        throw new IllegalStateException("the model scored the wrong number of accounts");
      }
      if (round >= options.warmups()) {
        seconds.add(elapsed);
      }
      log.printf(Locale.ROOT, "model round %d%s: %.2f s%n", round,
          round >= options.warmups() ? "" : " (warm-up)", elapsed);
    }
    return new ModelRun(seconds, peak);
  }

  private List<Headline> headlines() {
    int top = options.headline();
    List<Headline> headlines = new ArrayList<>();
    List<Phase> atTop = phases.stream()
        .filter(p -> p.phase().equals(PAGERANK) || p.phase().equals(GATHER))
        .filter(p -> p.size() == phases.stream().filter(q -> q.phase().equals(PAGERANK))
            .mapToLong(Phase::size).max().orElse(-1))
        .toList();
    Phase sway = find(atTop, PAGERANK, "sway (" + options.threads());
    Phase jgrapht = find(atTop, PAGERANK, "jgrapht");
    Phase gds = find(atTop, PAGERANK, "gds");
    Phase gather = find(atTop, GATHER, "machine");
    if (sway != null && gds != null) {
      headlines.add(Headline.atLeast("PageRank speed-up over Neo4j GDS (median GDS / median Sway)",
          gds.median() / sway.median(), "x", GDS_SPEEDUP_TARGET));
    }
    if (sway != null && jgrapht != null) {
      headlines.add(Headline.atLeast("PageRank speed-up over JGraphT (median JGraphT / median Sway)",
          jgrapht.median() / sway.median(), "x", JGRAPHT_SPEEDUP_TARGET));
    }
    if (sway != null && gather != null) {
      headlines.add(Headline.atMost(
          "PageRank time per iteration / random-gather bound per iteration",
          sway.median() / ITERATIONS / gather.median(), "x", GATHER_BOUND_TARGET));
      headlines.add(Headline.figure("Random 8-byte gathers per second ("
          + options.threads() + " threads)", gather.size() / gather.median(), "/s"));
    }
    if (agreement.containsKey(top)) {
      headlines.add(Headline.atMost("PageRank max |Sway - JGraphT| score difference",
          agreement.get(top), "", AGREEMENT));
    }
    Phase model = phases.stream().filter(p -> p.phase().equals(MODEL))
        .max(Comparator.comparingLong(Phase::size)).orElse(null);
    if (model != null) {
      headlines.add(Headline.atMost("Whole model compute, median", model.median(), "s",
          MODEL_SECONDS_TARGET));
      headlines.add(Headline.atMost("Heap for snapshot and model (peak after GC) per edge",
          modelPeakBytes.get(top) / (double) modelEdges.get(top), "bytes",
          MODEL_BYTES_PER_EDGE_TARGET));
    }
    return headlines;
  }

  private static Phase find(List<Phase> phases, String phase, String contenderPrefix) {
    return phases.stream()
        .filter(p -> p.phase().equals(phase) && p.contender().startsWith(contenderPrefix))
        .findFirst().orElse(null);
  }

  private static double median(List<Double> values) {
    return new Phase("median", "-", 0, "-", values.stream().map(v -> Math.max(v, Double.MIN_VALUE))
        .toList(), Map.of()).median();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
