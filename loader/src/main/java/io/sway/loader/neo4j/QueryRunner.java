package io.sway.loader.neo4j;

import io.sway.cypher.LibraryQuery;
import io.sway.cypher.QueryLibrary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.TypeSystem;

/**
 * Runs the analysts' library queries ({@link QueryLibrary}) on Sway's database, in a read
 * transaction, and returns their rows as plain Java values.
 */
public final class QueryRunner {
  private final SwayDatabase database;

  public QueryRunner(SwayDatabase database) {
    this.database = database;
  }

  /** A query's answer: column names and rows of plain values, in the query's order. */
  public record Table(List<String> columns, List<List<Object>> rows) {
    public Table {
      columns = List.copyOf(columns);
      rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }
  }

  /**
   * Runs {@code query} with {@code given} parameters (command-line text, converted to their
   * declared types; defaults for the rest). Values reach Neo4j only as parameters.
   *
   * @throws IllegalArgumentException for an unknown, missing or badly typed parameter
   */
  public Table run(LibraryQuery query, Map<String, String> given) {
    Map<String, Object> parameters = QueryLibrary.parameters(query, given);
    try (Session session = database.session()) {
      return session.executeRead(tx -> {
        Result result = tx.run(query.statement(), parameters);
        List<String> columns = result.keys();
        List<List<Object>> rows = new ArrayList<>();
        while (result.hasNext()) {
          Record record = result.next();
          List<Object> row = new ArrayList<>(columns.size());
          for (Value value : record.values()) {
            row.add(plain(value));
          }
          rows.add(row);
        }
        return new Table(columns, rows);
      });
    }
  }

  /**
   * A driver value as plain Java: {@code null}, {@code Boolean}, {@code Long}, {@code Double},
   * {@code String}, {@code java.time} values, lists and maps of these; nodes and relationships
   * as their property maps.
   */
  static Object plain(Value value) {
    TypeSystem types = TypeSystem.getDefault();
    if (value.isNull()) {
      return null;
    }
    if (value.hasType(types.LIST())) {
      return value.asList(QueryRunner::plain);
    }
    if (value.hasType(types.NODE()) || value.hasType(types.RELATIONSHIP())) {
      Entity entity = value.hasType(types.NODE()) ? value.asNode() : value.asRelationship();
      return entity.asMap(QueryRunner::plain);
    }
    if (value.hasType(types.MAP())) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (String key : value.keys()) {
        map.put(key, plain(value.get(key)));
      }
      return map;
    }
    return value.asObject();
  }
}
