package io.sway.loader.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sway.loader.dataset.Dataset;
import io.sway.loader.neo4j.IncrementalLoader;
import io.sway.loader.testing.InProcessNeo4j;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/**
 * The imported excerpts load into a real Neo4j, and Cypher counts what each fixture's
 * EXPECTED.md promises.
 */
class ImportersIT {
  private static InProcessNeo4j neo4j;

  @TempDir Path temp;

  @BeforeAll
  static void startNeo4j() {
    neo4j = InProcessNeo4j.start();
  }

  @AfterAll
  static void stopNeo4j() {
    if (neo4j != null) {
      neo4j.close();
    }
  }

  @BeforeEach
  void emptyDatabase() {
    neo4j.empty();
  }

  @Test
  void snapHiggsExcerptLoadsWithTheExpectedCounts() throws Exception {
    load(new SnapImporter(), "snap-higgs");
    assertEquals(13L, count("MATCH (a:Account {network: 'twitter'}) RETURN count(a)"));
    assertEquals(26L, count("MATCH (:Account)-[f:FOLLOWS]->(:Account) RETURN count(f)"));
    assertEquals(0L, count("MATCH (p:Post) RETURN count(p)"));
    assertEquals(6L, count("MATCH (:Account)-[r:RESHARED]->(:Account) RETURN count(r)"));
    assertEquals(3L, count("MATCH (:Account)-[r:REPLIED]->(:Account) RETURN count(r)"));
    assertEquals(4L, count("MATCH (:Account)-[r:MENTIONED]->(:Account) RETURN count(r)"));
  }

  @Test
  void ldbcExcerptLoadsWithTheExpectedCounts() throws Exception {
    load(new LdbcImporter(), "ldbc-snb");
    assertEquals(12L, count("MATCH (a:Account {network: 'ldbc'}) RETURN count(a)"));
    assertEquals(24L, count("MATCH (:Account)-[f:FOLLOWS]->(:Account) RETURN count(f)"));
    assertEquals(14L, count("MATCH (:Account)-[:POSTED]->(p:Post) RETURN count(p)"));
    assertEquals(8L, count("MATCH (:Post)-[r:REPLY_TO]->(:Post) RETURN count(r)"));
    assertEquals(7L, count("MATCH (:Account)-[r:REPLIED]->(:Post) RETURN count(r)"));
    assertEquals(11L, count("MATCH (:Account)-[r:LIKED]->(:Post) RETURN count(r)"));
    assertEquals(6L, count("MATCH (p:Post) UNWIND p.topics AS t RETURN count(DISTINCT t)"));
    assertEquals(11L, count("MATCH (p:Post) UNWIND p.topics AS t RETURN count(t)"));
  }

  private void load(DatasetImporter importer, String fixture) throws Exception {
    Path out = temp.resolve(fixture + "-sway");
    importer.convert(resource(fixture), out);
    new IncrementalLoader(neo4j.database()).load(Dataset.open(out));
  }

  private static long count(String query) {
    try (Session session = neo4j.database().session()) {
      return session.run(query).single().get(0).asLong();
    }
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ImportersIT.class.getResource("/imports/" + name).toURI());
  }

}
