package io.sway.cypher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QueryLibraryTest {

  @Test
  void everyShippedFileIsListedAndEveryListedQueryIsShipped() throws Exception {
    Path folder = Path.of(QueryLibrary.class.getResource(QueryLibrary.FOLDER).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      List<String> shipped = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".cypher")).map(n -> n.replace(".cypher", "")).sorted().toList();
      assertEquals(QueryLibrary.NAMES.stream().sorted().toList(), shipped);
    }
  }

  @Test
  void everyQueryHasATitleAQuestionAndDocumentedParameters() {
    for (LibraryQuery query : QueryLibrary.all()) {
      assertFalse(query.title().isBlank(), query.name());
      assertTrue(query.question().endsWith("?"), query.name() + ": " + query.question());
      for (QueryParameter p : query.parameters()) {
        assertFalse(p.description().isBlank(), query.name() + " $" + p.name());
      }
      assertFalse(query.statement().contains("//"), query.name() + ": comments belong in the header");
    }
  }

  @Test
  void parametersAreConvertedToTheirTypesAndDefaultsFillTheRest() {
    LibraryQuery query = QueryLibrary.parse("t", """
        // title: T
        // question: Q?
        // param: handle STRING -- who
        // param: n INTEGER = 20 -- how many
        // param: since DATE = null -- from when
        // param: handles LIST<STRING> = [] -- several
        // param: min FLOAT = 0.5 -- lowest
        // param: spam BOOLEAN = false -- spam too
        MATCH (a:Account {handle: $handle}) WHERE $n > 0 AND $since IS NULL AND $handles = []
          AND $min > 0 AND $spam = false RETURN a;
        """);
    Map<String, Object> values = QueryLibrary.parameters(query,
        Map.of("handle", "@a", "since", "2026-06-30", "handles", "@a, @b"));
    assertEquals("@a", values.get("handle"));
    assertEquals(20L, values.get("n"));
    assertEquals(LocalDate.of(2026, 6, 30), values.get("since"));
    assertEquals(List.of("@a", "@b"), values.get("handles"));
    assertEquals(0.5, values.get("min"));
    assertEquals(false, values.get("spam"));
    assertNull(QueryLibrary.parameters(query, Map.of("handle", "x", "since", "null")).get("since"));
    assertTrue(query.parameters().get(1).signature().equals("n INTEGER = 20"));
  }

  @Test
  void mistakesNameTheParameterAndTheBadValue() {
    LibraryQuery query = QueryLibrary.get("top-influencers");
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> QueryLibrary.parameters(query, Map.of("count", "3")));
    assertTrue(unknown.getMessage().contains("no parameter 'count'")
        && unknown.getMessage().contains("n, network"), unknown.getMessage());
    IllegalArgumentException badType = assertThrows(IllegalArgumentException.class,
        () -> QueryLibrary.parameters(query, Map.of("n", "ten")));
    assertEquals("parameter 'n': expected an INTEGER, was 'ten'", badType.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> QueryLibrary.parameters(QueryLibrary.get("why-this-score"), Map.of()));
    assertTrue(missing.getMessage().contains("needs --param handle=VALUE"), missing.getMessage());
    IllegalArgumentException noQuery = assertThrows(IllegalArgumentException.class,
        () -> QueryLibrary.get("top"));
    assertTrue(noQuery.getMessage().contains("no query named 'top'"), noQuery.getMessage());
  }

  @Test
  void aHostileValueStaysOneStringParameter() {
    String hostile = "x'}) DETACH DELETE n //";
    Map<String, Object> values =
        QueryLibrary.parameters(QueryLibrary.get("why-this-score"), Map.of("handle", hostile));
    assertEquals(hostile, values.get("handle"));
    assertFalse(QueryLibrary.get("why-this-score").statement().contains(hostile));
  }

  @Test
  void headersMustMatchTheStatement() {
    IllegalStateException undeclared = assertThrows(IllegalStateException.class,
        () -> QueryLibrary.parse("t", "// title: T\n// question: Q?\nRETURN $x"));
    assertTrue(undeclared.getMessage().contains("uses $x without declaring it"));
    IllegalStateException unused = assertThrows(IllegalStateException.class, () ->
        QueryLibrary.parse("t", "// title: T\n// question: Q?\n// param: x INTEGER = 1 -- x\nRETURN 1"));
    assertTrue(unused.getMessage().contains("never uses it"));
    IllegalStateException two = assertThrows(IllegalStateException.class,
        () -> QueryLibrary.parse("t", "// title: T\n// question: Q?\nRETURN 1;\nRETURN 2;"));
    assertTrue(two.getMessage().contains("exactly one statement"));
  }

  @Test
  void cypherLiteralsQuoteAndEscape() {
    assertEquals("'it\\'s'", ParameterType.cypherLiteral("it's"));
    assertEquals("date('2026-06-30')", ParameterType.cypherLiteral(LocalDate.of(2026, 6, 30)));
    assertEquals("['@a', '@b']", ParameterType.cypherLiteral(List.of("@a", "@b")));
    assertEquals("null", ParameterType.cypherLiteral(null));
    assertEquals("20", ParameterType.cypherLiteral(20L));
  }
}
