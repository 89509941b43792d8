package io.sway.cypher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CypherScriptTest {

  @Test
  void statementsAreSplitOnTrailingSemicolonsAndCommentsDropped() {
    CypherScript script =
        CypherScript.parse(
            "t.cypher",
            """
            // a comment
            MATCH (a:Account)
            RETURN a;

            CREATE INDEX x IF NOT EXISTS FOR (a:Account) ON (a.handle);
            RETURN 1
            """);
    assertEquals(
        List.of(
            "MATCH (a:Account)\nRETURN a",
            "CREATE INDEX x IF NOT EXISTS FOR (a:Account) ON (a.handle)",
            "RETURN 1"),
        script.statements());
  }

  @Test
  void schemaShipsIdempotentConstraintsForEveryIdentity() {
    List<String> statements = CypherScript.load(CypherScript.SCHEMA).statements();
    for (String label : List.of("Account", "Post", "Person", "ScoreRun")) {
      assertTrue(
          statements.stream().anyMatch(s -> s.contains(":" + label + ")") && s.contains("IS UNIQUE")),
          "no uniqueness constraint for " + label);
    }
    assertTrue(statements.stream().allMatch(s -> s.startsWith("CREATE") ? s.contains("IF NOT EXISTS")
        : s.startsWith("DROP") && s.endsWith("IF EXISTS")), "every statement can be applied twice");
  }

  @Test
  void unknownScriptIsReportedByName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CypherScript.load("nope.cypher"));
    assertTrue(e.getMessage().contains("nope.cypher"));
  }
}
