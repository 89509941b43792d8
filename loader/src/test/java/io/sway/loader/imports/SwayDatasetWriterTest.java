package io.sway.loader.imports;

import static io.sway.loader.imports.ImportFixtures.fileNames;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sway.loader.dataset.InteractionType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwayDatasetWriterTest {
  private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

  @TempDir Path temp;

  @Test
  void valuesAreQuotedOnlyWhenTheyNeedIt() throws Exception {
    try (SwayDatasetWriter out = SwayDatasetWriter.create(temp, EnumSet.of(OutputFile.ACCOUNTS))) {
      out.account("a1", "ldbc", "a.very.long.handle.that.needs.no.quotes.at.all", AT, "Doe, \"J\"");
      out.commit();
    }

    assertEquals("""
        id,network,handle,created_at,display_name,verified,bio
        a1,ldbc,a.very.long.handle.that.needs.no.quotes.at.all,2026-03-01T12:00:00Z,"Doe, ""J\""",,
        """, Files.readString(temp.resolve("accounts.csv")));
  }

  @Test
  void rowsAreCountedPerFileAndPerInteractionType() throws Exception {
    try (SwayDatasetWriter out = SwayDatasetWriter.create(temp,
        EnumSet.of(OutputFile.ACCOUNTS, OutputFile.POSTS, OutputFile.INTERACTIONS))) {
      out.account("a1", "twitter", "one", AT, null);
      out.account("a2", "twitter", "two", AT, null);
      out.post("p1", "a1", AT, List.of("graphs", "neo4j"), null);
      out.interaction("a2", InteractionType.LIKE, "p1", null, AT);
      out.interaction("a2", InteractionType.MENTION, null, "a1", AT);
      out.interaction("a2", InteractionType.LIKE, "p1", null, AT.plusSeconds(1));
      out.commit();

      assertEquals(Map.of("accounts", 2L, "posts", 1L, "interactions", 3L,
          "interactions.like", 2L, "interactions.mention", 1L), out.rowCounts());
    }
    assertEquals("id,author_id,created_at,topics,reply_to\np1,a1,2026-03-01T12:00:00Z,graphs;neo4j,\n",
        Files.readString(temp.resolve("posts.csv")));
  }

  @Test
  void withoutCommitNoFileIsLeft() throws Exception {
    try (SwayDatasetWriter out = SwayDatasetWriter.create(temp, EnumSet.allOf(OutputFile.class))) {
      out.account("a1", "twitter", "one", AT, null);
    }

    assertEquals(List.of(), fileNames(temp));
  }
}
