package io.sway.loader.neo4j;

import io.sway.loader.dataset.Dataset;
import io.sway.loader.dataset.InteractionType;
import io.sway.loader.dataset.Rows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * Loads a whole validated dataset into a new embedded database through Neo4j's own bulk importer
 * ({@code neo4j-admin database import full}), the fastest way to build a store from scratch.
 *
 * <p>The dataset is rewritten into importer CSV files with dense integer ids (accounts, persons
 * and posts each in their own id space), the importer runs in-process, and on any failure the
 * partly written store is removed, so the database either exists complete or not at all. The
 * DBMS must not be running on {@code home} while this runs. The importer's own report goes to
 * {@code home/logs/bulk-import.log}.
 */
public final class BulkImporter {
  /** The importer's off-heap budget: without one it may take 90% of the machine's memory. */
  public static final String OFF_HEAP_DEFAULT = "2G";

  private static final int EXIT_OK = 0;
  private static final String IMPORT_WORK_DIR = "import-work";
  private static final String ACCOUNTS_FILE = "accounts.csv";
  private static final String LOG_DIR = "logs";
  private static final String IMPORT_LOG = "bulk-import.log";

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
   * Imports {@code dataset} into the new database.
   *
   * @throws IllegalStateException when the database already exists
   * @throws BulkImportException when the importer fails; the store is then removed
   */
  public LoadReport importDataset(Dataset dataset) throws IOException {
    if (EmbeddedNeo4j.storeExists(home, databaseName)) {
      throw new IllegalStateException(
          "database '" + databaseName + "' already exists under " + home
              + "; the bulk importer only creates new databases");
    }
    Instant started = Instant.now();
    Path work = Files.createDirectories(home.resolve(IMPORT_WORK_DIR));
    try {
      List<String> arguments;
      Map<String, Long> counts;
      try (ImporterFiles files = new ImporterFiles(work)) {
        counts = writeImporterFiles(dataset, files);
        arguments = importerArguments(files);
      }
      runImporter(arguments);
      return new LoadReport(LoadReport.Mode.BULK, counts, Duration.between(started, Instant.now()));
    } catch (IOException | RuntimeException e) {
      removeStore();
      throw e;
    } finally {
      deleteRecursively(work);
    }
  }

  private List<String> importerArguments(ImporterFiles files) {
    List<String> arguments = new ArrayList<>();
    arguments.addAll(List.of("database", "import", "full", databaseName));
    arguments.addAll(files.importerArguments());
    arguments.add("--id-type=integer");
    arguments.add("--max-off-heap-memory=" + offHeapMemory);
    arguments.add("--multiline-fields-format=v2");
    arguments.add("--multiline-fields=" + files.path(ACCOUNTS_FILE));
    arguments.add("--report-file=" + files.path("import.report"));
    return arguments;
  }

  private static Map<String, Long> writeImporterFiles(Dataset dataset, ImporterFiles files)
      throws IOException {
    ImporterFiles.Target accounts =
        files.nodes("Account", ACCOUNTS_FILE,
            ":ID(Account)", "id", "network", "handle", "createdAt:datetime", "displayName",
            "verified:boolean", "bio");
    dataset.forEachAccount(
        (Rows.Account a) ->
            accounts.write(
                dataset.accountIndex(a.id()), a.id(), a.network(), a.handle(),
                a.createdAt().toString(), a.displayName(),
                a.verified() == null ? null : a.verified().toString(), a.bio()));

    ImporterFiles.Target persons = files.nodes("Person", "persons.csv", ":ID(Person)", "id");
    ImporterFiles.Target owns =
        files.relationships("OWNS", "owns.csv", ":START_ID(Person)", ":END_ID(Account)");
    BitSet personsWritten = new BitSet();
    dataset.forEachOwnership(
        o -> {
          int person = dataset.personIndex(o.personId());
          if (!personsWritten.get(person)) {
            personsWritten.set(person);
            persons.write(person, o.personId());
          }
          owns.write(person, dataset.accountIndex(o.accountId()));
        });

    ImporterFiles.Target follows =
        files.relationships("FOLLOWS", "follows.csv",
            ":START_ID(Account)", ":END_ID(Account)", "since:datetime");
    dataset.forEachFollow(
        f ->
            follows.write(
                dataset.accountIndex(f.followerId()), dataset.accountIndex(f.followeeId()),
                f.since() == null ? null : f.since().toString()));

    ImporterFiles.Target posts =
        files.nodes("Post", "posts.csv", ":ID(Post)", "id", "createdAt:datetime", "topics:string[]");
    ImporterFiles.Target posted =
        files.relationships("POSTED", "posted.csv", ":START_ID(Account)", ":END_ID(Post)");
    ImporterFiles.Target replies =
        files.relationships("REPLY_TO", "reply_to.csv", ":START_ID(Post)", ":END_ID(Post)");
    dataset.forEachPost(
        p -> {
          int post = dataset.postIndex(p.id());
          posts.write(post, p.id(), p.createdAt().toString(),
              p.topics().isEmpty() ? null : String.join(";", p.topics()));
          posted.write(dataset.accountIndex(p.authorId()), post);
          if (p.replyTo() != null) {
            replies.write(post, dataset.postIndex(p.replyTo()));
          }
        });

    Map<InteractionType, ImporterFiles.Target> onPosts = new EnumMap<>(InteractionType.class);
    Map<InteractionType, ImporterFiles.Target> onAccounts = new EnumMap<>(InteractionType.class);
    for (InteractionType type : InteractionType.values()) {
      String rel = type.relationshipType();
      onPosts.put(type, files.relationships(rel, type.code() + "-post.csv",
          ":START_ID(Account)", ":END_ID(Post)", "at:datetime"));
      onAccounts.put(type, files.relationships(rel, type.code() + "-account.csv",
          ":START_ID(Account)", ":END_ID(Account)", "at:datetime"));
    }
    dataset.forEachInteraction(
        i -> {
          int actor = dataset.accountIndex(i.actorId());
          if (i.postId() != null) {
            onPosts.get(i.type()).write(actor, dataset.postIndex(i.postId()), i.at().toString());
          } else {
            onAccounts.get(i.type())
                .write(actor, dataset.accountIndex(i.targetAccountId()), i.at().toString());
          }
        });

    long interactions =
        Stream.concat(onPosts.values().stream(), onAccounts.values().stream())
            .mapToLong(ImporterFiles.Target::rows)
            .sum();
    return LoadReport.counts(accounts.rows(), persons.rows(), owns.rows(), follows.rows(),
        posts.rows(), replies.rows(), interactions);
  }

  private void runImporter(List<String> arguments) throws IOException {
    Path conf = Files.createDirectories(home.resolve("conf"));
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int exitCode;
    try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
      ExecutionContext context = new ExecutionContext(home, conf, out, out, fs);
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

  private void removeStore() {
    try {
      deleteRecursively(EmbeddedNeo4j.storeDirectory(home, databaseName));
      deleteRecursively(home.resolve("data/transactions").resolve(databaseName));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the partly imported database", e);
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
