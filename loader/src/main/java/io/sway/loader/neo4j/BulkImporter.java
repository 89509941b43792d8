package io.sway.loader.neo4j;

import io.sway.loader.dataset.Dataset;
import io.sway.loader.dataset.InteractionType;
import io.sway.loader.dataset.Rows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * Loads a whole validated dataset into a new embedded database through Neo4j's own bulk importer
 * ({@code neo4j-admin database import full}), the fastest way to build a store from scratch.
 *
 * <p>The dataset is rewritten into importer CSV files that name every node by its final node id
 * (accounts first, then persons, then posts: {@code --id-type=actual}), so the importer needs no
 * id mapping; the files are written by parallel tasks, one per dataset file.
 *
 * <p>Atomicity: the importer builds the store in a staging home ({@value #STAGING_DIR} under
 * {@code home}), a DBMS started there applies Sway's schema, and only then is the store moved
 * into place: first its transaction logs, then its store directory, whose arrival is the moment
 * the database exists. A run killed before that leaves no database; its leftovers (the staging
 * home, transaction logs without a store) are removed by the next run, which then succeeds. The
 * DBMS must not be running on {@code home} while this runs. The importer's own report goes to
 * {@code home/logs/bulk-import.log}.
 */
public final class BulkImporter {
  /** The importer's off-heap budget: without one it may take 90% of the machine's memory. */
  public static final String OFF_HEAP_DEFAULT = "2G";

  /** Where, under the home, a store is built before it is moved into place. */
  static final String STAGING_DIR = "import-staging";

  private static final int EXIT_OK = 0;
  private static final String IMPORT_WORK_DIR = "import-work";
  private static final String ACCOUNTS_FILE = "accounts.csv";
  private static final String LOG_DIR = "logs";
  private static final String IMPORT_LOG = "bulk-import.log";
  private static final String TRANSACTIONS_DIR = "data/transactions";

  private final Path home;
  private final String databaseName;
  private final String offHeapMemory;

  public BulkImporter(Path home, String databaseName) {
    this(home, databaseName, OFF_HEAP_DEFAULT);
  }

  public BulkImporter(Path home, String databaseName, String offHeapMemory) {
    this.home = home.toAbsolutePath().normalize();
    this.databaseName = databaseName;
    this.offHeapMemory = offHeapMemory;
  }

  /**
   * Imports {@code dataset} into the new database, with Sway's schema applied.
   *
   * @throws IllegalStateException when the database already exists
   * @throws BulkImportException when the importer fails; nothing is then left behind
   */
  public LoadReport importDataset(Dataset dataset) throws IOException {
    if (EmbeddedNeo4j.storeExists(home, databaseName)) {
      throw new IllegalStateException(
          "database '" + databaseName + "' already exists under " + home
              + "; the bulk importer only creates new databases");
    }
    Instant started = Instant.now();
    Path staging = home.resolve(STAGING_DIR);
    removeLeftovers(staging);
    Path work = Files.createDirectories(staging.resolve(IMPORT_WORK_DIR));
    Map<String, Duration> phases = new LinkedHashMap<>();
    try {
      List<String> arguments;
      Map<String, Long> counts;
      Instant phase = Instant.now();
      try (ImporterFiles files = new ImporterFiles(work)) {
        counts = writeImporterFiles(dataset, files);
        arguments = importerArguments(files);
      }
      phase = lap(phases, "importer files", phase);
      runImporter(staging, arguments);
      deleteRecursively(work);
      phase = lap(phases, "importer", phase);
      applySchema(staging);
      phase = lap(phases, "schema", phase);
      publish(staging);
      lap(phases, "publish", phase);
      return new LoadReport(
          LoadReport.Mode.BULK, counts, Duration.between(started, Instant.now()), phases);
    } finally {
      deleteRecursively(staging);
    }
  }

  private static Instant lap(Map<String, Duration> phases, String name, Instant since) {
    Instant now = Instant.now();
    phases.put(name, Duration.between(since, now));
    return now;
  }

  /** Removes what a killed run may have left: the staging home, logs without a store. */
  private void removeLeftovers(Path staging) throws IOException {
    deleteRecursively(staging);
    deleteRecursively(home.resolve(TRANSACTIONS_DIR).resolve(databaseName));
  }

  /**
   * Starts a DBMS on the staged store and connects, which creates Sway's constraints and indexes
   * and waits for them to be online (the importer cannot create them in this edition).
   */
  private void applySchema(Path staging) {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(staging, databaseName, 0)) {
      SwayDatabase.attach(neo4j).close();
    }
  }

  /** Moves the staged store into place; the store directory goes last, atomically. */
  private void publish(Path staging) throws IOException {
    Path transactions = home.resolve(TRANSACTIONS_DIR).resolve(databaseName);
    Files.createDirectories(transactions.getParent());
    Files.move(staging.resolve(TRANSACTIONS_DIR).resolve(databaseName), transactions,
        StandardCopyOption.ATOMIC_MOVE);
    Path store = EmbeddedNeo4j.storeDirectory(home, databaseName);
    Files.createDirectories(store.getParent());
    Files.move(EmbeddedNeo4j.storeDirectory(staging, databaseName), store,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private List<String> importerArguments(ImporterFiles files) {
    List<String> arguments = new ArrayList<>();
    arguments.addAll(List.of("database", "import", "full", databaseName));
    arguments.addAll(files.importerArguments());
    arguments.add("--id-type=actual");
    arguments.add("--max-off-heap-memory=" + offHeapMemory);
    arguments.add("--multiline-fields-format=v2");
    arguments.add("--multiline-fields=" + files.path(ACCOUNTS_FILE));
    arguments.add("--report-file=" + files.path("import.report"));
    return arguments;
  }

  /**
   * Writes the importer's files, one task per dataset file, on as many threads as there are
   * cores: the dataset may be streamed from several threads at once, and each task has its own
   * files.
   */
  private static Map<String, Long> writeImporterFiles(Dataset dataset, ImporterFiles files)
      throws IOException {
    NodeIds ids = new NodeIds(dataset);
    ImporterFiles.Target accounts =
        files.nodes("Account", ACCOUNTS_FILE,
            ":ID", "id", "network", "handle", "createdAt:datetime", "displayName",
            "verified:boolean", "bio");
    ImporterFiles.Target persons = files.nodes("Person", "persons.csv", ":ID", "id");
    ImporterFiles.Target posts =
        files.nodes("Post", "posts.csv", ":ID", "id", "createdAt:datetime", "topics:string[]");
    ImporterFiles.Target owns = files.relationships("OWNS", "owns.csv", ":START_ID", ":END_ID");
    ImporterFiles.Target follows =
        files.relationships("FOLLOWS", "follows.csv", ":START_ID", ":END_ID", "since:datetime");
    ImporterFiles.Target posted =
        files.relationships("POSTED", "posted.csv", ":START_ID", ":END_ID");
    ImporterFiles.Target replies =
        files.relationships("REPLY_TO", "reply_to.csv", ":START_ID", ":END_ID");
    Map<InteractionType, ImporterFiles.Target> interactions = new EnumMap<>(InteractionType.class);
    for (InteractionType type : InteractionType.values()) {
      interactions.put(type, files.relationships(type.relationshipType(),
          type.code() + ".csv", ":START_ID", ":END_ID", "at:datetime"));
    }

    List<Callable<Void>> tasks = List.of(
        () -> {
          dataset.forEachFollow(
              f -> follows.write(
                  ids.account(f.followerId()), ids.account(f.followeeId()),
                  f.since() == null ? null : f.since().toString()));
          return null;
        },
        () -> {
          dataset.forEachInteraction(
              i -> interactions.get(i.type()).write(
                  ids.account(i.actorId()),
                  i.postId() != null ? ids.post(i.postId()) : ids.account(i.targetAccountId()),
                  i.at().toString()));
          return null;
        },
        () -> {
          dataset.forEachPost(
              p -> {
                long post = ids.post(p.id());
                posts.write(post, p.id(), p.createdAt().toString(),
                    p.topics().isEmpty() ? null : String.join(";", p.topics()));
                posted.write(ids.account(p.authorId()), post);
                if (p.replyTo() != null) {
                  replies.write(post, ids.post(p.replyTo()));
                }
              });
          return null;
        },
        () -> {
          dataset.forEachAccount(
              (Rows.Account a) ->
                  accounts.write(
                      ids.account(a.id()), a.id(), a.network(), a.handle(),
                      a.createdAt().toString(), a.displayName(),
                      a.verified() == null ? null : a.verified().toString(), a.bio()));
          BitSet personsWritten = new BitSet();
          dataset.forEachOwnership(
              o -> {
                int person = dataset.personIndex(o.personId());
                if (!personsWritten.get(person)) {
                  personsWritten.set(person);
                  persons.write(ids.person(person), o.personId());
                }
                owns.write(ids.person(person), ids.account(o.accountId()));
              });
          return null;
        });
    runAll(tasks);

    long interactionRows =
        interactions.values().stream().mapToLong(ImporterFiles.Target::rows).sum();
    return LoadReport.counts(accounts.rows(), persons.rows(), owns.rows(), follows.rows(),
        posts.rows(), replies.rows(), interactionRows);
  }

  private static void runAll(List<Callable<Void>> tasks) throws IOException {
    int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (Callable<Void> task : tasks) {
        futures.add(executor.submit(task));
      }
      for (Future<Void> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          futures.forEach(f -> f.cancel(true));
          switch (e.getCause()) {
            case IOException io -> throw io;
            case RuntimeException runtime -> throw runtime;
            case Error error -> throw error;
            default -> throw new IOException(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while writing the importer's files");
        }
      }
    } finally {
      executor.shutdownNow();
    }
  }

  /**
   * Node ids in the imported store: accounts 0..a-1, then persons, then posts, each in the
   * dataset's dense order.
   */
  private record NodeIds(Dataset dataset, long personBase, long postBase) {
    NodeIds(Dataset dataset) {
      this(dataset, dataset.accountCount(), (long) dataset.accountCount() + dataset.personCount());
    }

    long account(String id) {
      return dataset.accountIndex(id);
    }

    long person(int personIndex) {
      return personBase + personIndex;
    }

    long post(String id) {
      return postBase + dataset.postIndex(id);
    }
  }

  private void runImporter(Path staging, List<String> arguments) throws IOException {
    Path conf = Files.createDirectories(staging.resolve("conf"));
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int exitCode;
    try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
      ExecutionContext context = new ExecutionContext(staging, conf, out, out, fs);
      exitCode = AdminTool.execute(context, arguments.toArray(String[]::new));
    }
    Path log = Files.createDirectories(home.resolve(LOG_DIR)).resolve(IMPORT_LOG);
    Files.writeString(log, output.toString(StandardCharsets.UTF_8));
    if (exitCode != EXIT_OK) {
      throw new BulkImportException(
          "Neo4j's bulk importer failed (exit code " + exitCode + "):"
              + System.lineSeparator() + output.toString(StandardCharsets.UTF_8).strip());
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(path)) {
      for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
