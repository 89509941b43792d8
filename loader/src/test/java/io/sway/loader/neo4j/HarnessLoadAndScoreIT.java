package io.sway.loader.neo4j;

import io.sway.loader.testing.InProcessNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link LoadAndScoreSuite} against Neo4j's in-process test harness, over Bolt. */
class HarnessLoadAndScoreIT extends LoadAndScoreSuite {
  private static InProcessNeo4j neo4j;

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

  @Override
  SwayDatabase database() {
    return neo4j.database();
  }
}
