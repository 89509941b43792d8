package io.sway.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.exceptions.KernelException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Neo4j Graph Data Science's PageRank on a database built by Sway's bulk importer: the DBMS runs
 * in this JVM with the GDS procedures on the class path registered by hand (an embedded DBMS only
 * loads procedures from a plugins folder), the follow graph is projected once into GDS's
 * in-memory catalog, and {@code gds.pageRank.stats} then times PageRank alone on the projection.
 *
 * <p>The projection weighs every {@code FOLLOWS} relationship by the number of parallel ones
 * ({@code property: '*'}, {@code aggregation: 'COUNT'}), which is 1.0 for each follow (follows are
 * distinct pairs), and PageRank runs with {@code relationshipWeightProperty}, so GDS takes its
 * weighted code path as Sway and JGraphT do on the same edges.
 */
final class GdsPageRank implements AutoCloseable {
  static final String GRAPH = "follows";

  private static final String[] SERVICES = {
    "META-INF/services/org.neo4j.procedure.Procedure",
    "META-INF/services/org.neo4j.procedure.UserFunction"
  };

  private final DatabaseManagementService dbms;
  private final GraphDatabaseService database;

  /** Starts the DBMS on {@code home} serving {@code databaseName}, with GDS registered. */
  GdsPageRank(Path home, String databaseName, long pageCacheBytes) {
    this.dbms =
        new DatabaseManagementServiceBuilder(home.toAbsolutePath().normalize())
            .setConfig(GraphDatabaseSettings.initial_default_database, databaseName)
            .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .build();
    try {
      this.database = dbms.database(databaseName);
      registerProcedures((GraphDatabaseAPI) database);
    } catch (RuntimeException | KernelException | IOException | ClassNotFoundException e) {
      dbms.shutdown();
      throw new IllegalStateException("cannot start Neo4j with GDS: " + e.getMessage(), e);
    }
  }

  static long megabytes(long mb) {
    return ByteUnit.mebiBytes(mb);
  }

  private static void registerProcedures(GraphDatabaseAPI api)
      throws IOException, KernelException, ClassNotFoundException {
    GlobalProcedures procedures = api.getDependencyResolver().resolveDependency(GlobalProcedures.class);
    ClassLoader loader = GdsPageRank.class.getClassLoader();
    for (String service : SERVICES) {
      for (String className : serviceClasses(loader, service)) {
        if (!className.startsWith("org.neo4j.gds.")) {
          continue;
        }
        Class<?> type = Class.forName(className, true, loader);
        if (service.endsWith("Procedure")) {
          procedures.registerProcedure(type);
        } else {
          procedures.registerFunction(type);
        }
      }
    }
  }

  private static List<String> serviceClasses(ClassLoader loader, String service) throws IOException {
    List<String> classes = new ArrayList<>();
    Enumeration<URL> files = loader.getResources(service);
    while (files.hasMoreElements()) {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(files.nextElement().openStream(), StandardCharsets.UTF_8))) {
        in.lines().map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .forEach(classes::add);
      }
    }
    return classes;
  }

  /** What a projection produced. */
  record Projection(long nodes, long relationships) {}

  /** Projects all accounts and follows into the catalog as {@link #GRAPH}, with weight 1.0. */
  Projection project() {
    Map<String, Object> row = single(
        """
        CALL gds.graph.project($graph, 'Account',
          {FOLLOWS: {orientation: 'NATURAL', properties: {weight: {property: '*', aggregation: 'COUNT'}}}},
          {readConcurrency: $concurrency})
        YIELD nodeCount, relationshipCount
        RETURN nodeCount, relationshipCount
        """,
        Map.of("graph", GRAPH, "concurrency", concurrency()));
    return new Projection((Long) row.get("nodeCount"), (Long) row.get("relationshipCount"));
  }

  /** Drops the projection. */
  void dropProjection() {
    single("CALL gds.graph.drop($graph) YIELD graphName RETURN graphName", Map.of("graph", GRAPH));
  }

  /** What one PageRank run reported. */
  record Run(long ranIterations, boolean didConverge, long computeMillis) {}

  /** Weighted PageRank on the projection, exactly {@code iterations} iterations, no write-back. */
  Run pageRank(int iterations, double damping, int concurrency) {
    Map<String, Object> row = single(
        """
        CALL gds.pageRank.stats($graph, {maxIterations: $iterations, dampingFactor: $damping,
          tolerance: 0.0, relationshipWeightProperty: 'weight', concurrency: $concurrency})
        YIELD ranIterations, didConverge, computeMillis
        RETURN ranIterations, didConverge, computeMillis
        """,
        Map.of("graph", GRAPH, "iterations", iterations, "damping", damping,
            "concurrency", concurrency));
    return new Run((Long) row.get("ranIterations"), (Boolean) row.get("didConverge"),
        (Long) row.get("computeMillis"));
  }

  private static int concurrency() {
    return Runtime.getRuntime().availableProcessors();
  }

  private Map<String, Object> single(String query, Map<String, Object> parameters) {
    try (Transaction tx = database.beginTx(); Result result = tx.execute(query, parameters)) {
      Map<String, Object> row = result.next();
      tx.commit();
      return row;
    }
  }

  @Override
  public void close() {
    dbms.shutdown();
  }
}
