package io.sway.loader.imports;

import static io.sway.loader.imports.ImportFixtures.LDBC_SNB;
import static io.sway.loader.imports.ImportFixtures.LDBC_SNB_MALFORMED;
import static io.sway.loader.imports.ImportFixtures.fileNames;
import static io.sway.loader.imports.ImportFixtures.fixture;
import static io.sway.loader.imports.ImportFixtures.rowWhere;
import static io.sway.loader.imports.ImportFixtures.rows;
import static io.sway.loader.imports.ImportFixtures.rowsWhere;
import static io.sway.loader.imports.ImportFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LdbcImporterTest {
  private static final String PERSON_HEADER =
      "id|firstName|lastName|gender|birthday|creationDate|locationIP|browserUsed";
  private static final String POST_HEADER =
      "id|imageFile|creationDate|locationIP|browserUsed|language|content|length";

  @TempDir Path temp;

  private ImportSummary convert(Path source) throws Exception {
    return new LdbcImporter().convert(source, temp.resolve("out"));
  }

  private Path out(String fileName) {
    return temp.resolve("out").resolve(fileName);
  }

  @Test
  void excerptGivesTheExpectedRowCounts() throws Exception {
    ImportSummary summary = convert(fixture(LDBC_SNB));

    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("accounts", 12L);
    expected.put("follows", 24L);
    expected.put("posts", 14L);
    expected.put("interactions", 18L);
    expected.put("interactions.reply", 7L);
    expected.put("interactions.like", 11L);
    assertEquals(expected, summary.rowsWritten());
    assertEquals(Map.of(ImportSummary.SELF_INTERACTIONS, 2L), summary.skipped());
    assertEquals(List.of("accounts.csv", "follows.csv", "interactions.csv", "posts.csv"),
        fileNames(temp.resolve("out")));
    assertEquals(14, rows(out("posts.csv")).size());
    assertEquals(18, rows(out("interactions.csv")).size());
  }

  @Test
  void personBecomesAnAccountOnTheLdbcNetwork() throws Exception {
    convert(fixture(LDBC_SNB));

    assertEquals(Map.of("id", "ldbc933", "network", "ldbc", "handle", "mahinda.perera933",
            "created_at", "2010-02-14T15:32:10.447Z", "display_name", "Mahinda Perera",
            "verified", "", "bio", ""),
        rowWhere(out("accounts.csv"), "id", "ldbc933"));
  }

  @Test
  void handlesAreLowerCaseWithOtherCharactersThanLettersAndDigitsAsUnderscores() throws Exception {
    convert(fixture(LDBC_SNB));

    assertEquals("abdul_rahman.khan2199023255573",
        rowWhere(out("accounts.csv"), "id", "ldbc2199023255573").get("handle"));
    Map<String, String> fromSecondPart = rowWhere(out("accounts.csv"), "id", "ldbc10995116277782");
    assertEquals("karl_heinz.müller10995116277782", fromSecondPart.get("handle"));
    assertEquals("Karl-Heinz Müller", fromSecondPart.get("display_name"));
  }

  @Test
  void knowsBecomesTwoFollowsWithItsDateAsSince() throws Exception {
    convert(fixture(LDBC_SNB));

    // person_knows_person_1_0.csv line 2: 6597069766734|10995116277761|2010-11-11T11:11:11.111+0000
    assertEquals(List.of(Map.of("follower_id", "ldbc6597069766734",
            "followee_id", "ldbc10995116277761", "since", "2010-11-11T11:11:11.111Z")),
        rowsWhere(out("follows.csv"), "followee_id", "ldbc10995116277761"));
    assertEquals(List.of(Map.of("follower_id", "ldbc10995116277761",
            "followee_id", "ldbc6597069766734", "since", "2010-11-11T11:11:11.111Z")),
        rowsWhere(out("follows.csv"), "follower_id", "ldbc10995116277761"));
  }

  @Test
  void postHasItsCreatorAndItsTagNamesAsTopics() throws Exception {
    convert(fixture(LDBC_SNB));

    assertEquals(Map.of("id", "ldbcpost1236950581248", "author_id", "ldbc933",
            "created_at", "2011-01-01T10:00:00Z", "topics", "graph_theory;neo4j", "reply_to", ""),
        rowWhere(out("posts.csv"), "id", "ldbcpost1236950581248"));
    assertEquals("", rowWhere(out("posts.csv"), "id", "ldbcpost1374389534720").get("topics"));
    assertEquals("genghis_khan;neo4j",
        rowWhere(out("posts.csv"), "id", "ldbcpost1511828488192").get("topics"));
  }

  @Test
  void commentBecomesAReplyPostAndAReplyInteractionWithTheMessageItAnswers() throws Exception {
    convert(fixture(LDBC_SNB));

    // comment 1236950581253 by 933 replies to comment 1236950581251
    assertEquals(Map.of("id", "ldbccomment1236950581253", "author_id", "ldbc933",
            "created_at", "2011-01-01T13:15:00Z", "topics", "",
            "reply_to", "ldbccomment1236950581251"),
        rowWhere(out("posts.csv"), "id", "ldbccomment1236950581253"));
    assertEquals(List.of(Map.of("actor_id", "ldbc933", "type", "reply",
            "post_id", "ldbccomment1236950581251", "target_account_id", "",
            "at", "2011-01-01T13:15:00Z")),
        rowsWhere(out("interactions.csv"), "post_id", "ldbccomment1236950581251").stream()
            .filter(row -> row.get("type").equals("reply")).toList());
    // comment 1236950581251 replies to post 1236950581248 and has a tag
    Map<String, String> toPost = rowWhere(out("posts.csv"), "id", "ldbccomment1236950581251");
    assertEquals("ldbcpost1236950581248", toPost.get("reply_to"));
    assertEquals("neo4j", toPost.get("topics"));
  }

  @Test
  void replyToACommentLaterInTheFilesIsKept() throws Exception {
    convert(fixture(LDBC_SNB));

    // comment_1_0.csv: 1511828488193 (line 2) replies to 1511828488194 (line 3)
    assertEquals("ldbccomment1511828488194",
        rowWhere(out("posts.csv"), "id", "ldbccomment1511828488193").get("reply_to"));
  }

  @Test
  void likesOfPostsAndCommentsBecomeLikeInteractions() throws Exception {
    convert(fixture(LDBC_SNB));

    assertEquals(List.of(Map.of("actor_id", "ldbc4398046511139", "type", "like",
            "post_id", "ldbcpost1236950581250", "target_account_id", "",
            "at", "2011-01-03T10:00:00Z")),
        rowsWhere(out("interactions.csv"), "post_id", "ldbcpost1236950581250"));
    assertEquals(List.of(Map.of("actor_id", "ldbc10995116277782", "type", "like",
            "post_id", "ldbccomment1511828488194", "target_account_id", "",
            "at", "2011-03-05T19:00:00Z")),
        rowsWhere(out("interactions.csv"), "post_id", "ldbccomment1511828488194").stream()
            .filter(row -> row.get("type").equals("like")).toList());
  }

  @Test
  void selfRepliesAndSelfLikesAreSkippedButTheCommentIsKept() throws Exception {
    ImportSummary summary = convert(fixture(LDBC_SNB));

    assertEquals(2, summary.skippedRows(ImportSummary.SELF_INTERACTIONS));
    // 2199023255557 comments on its own post 1374389534720; 933 likes its own post 1236950581248
    assertEquals("ldbcpost1374389534720",
        rowWhere(out("posts.csv"), "id", "ldbccomment1374389534722").get("reply_to"));
    assertEquals(List.of(), rowsWhere(out("interactions.csv"), "post_id", "ldbcpost1374389534720"));
    assertEquals(List.of(), rowsWhere(out("interactions.csv"), "actor_id", "ldbc933").stream()
        .filter(row -> row.get("type").equals("like") && row.get("post_id").startsWith("ldbcpost"))
        .toList());
  }

  @Test
  void flatGzipLayoutGivesTheSameDataset() throws Exception {
    Path layered = temp.resolve("layered");
    new LdbcImporter().convert(fixture(LDBC_SNB), layered);
    Path flat = ImportFixtures.flatCopy(fixture(LDBC_SNB), temp.resolve("flat"),
        file -> file.getFileName().toString().startsWith("comment"));

    convert(flat);

    for (String file : List.of("accounts.csv", "follows.csv", "posts.csv", "interactions.csv")) {
      assertEquals(Files.readString(layered.resolve(file)), Files.readString(out(file)), file);
    }
  }

  @Test
  void ignoredEntitiesAreNamedInTheNotes() throws Exception {
    ImportSummary summary = convert(fixture(LDBC_SNB));

    assertTrue(summary.notes().contains("ignored, as Sway has no use for them: forum (1 file), "
            + "forum_containerOf_post (1 file), person_email_emailaddress (1 file), place (1 file)"),
        String.valueOf(summary.notes()));
  }

  @Test
  void malformedRowIsRejectedNamingFileLineAndValue() throws Exception {
    ImportFormatException error =
        assertThrows(ImportFormatException.class, () -> convert(fixture(LDBC_SNB_MALFORMED)));

    assertEquals("person_knows_person_0_0.csv", error.file());
    assertEquals(3, error.line());
    assertEquals("person_knows_person_0_0.csv:3: bad Person.id '21990232555x7' "
        + "(expected a non-negative integer)", error.getMessage());
    assertEquals(List.of(), fileNames(temp.resolve("out")));
  }

  @Test
  void epochMillisecondsAndCompositePersonColumnsAreRead() throws Exception {
    Path source = temp.resolve("src");
    write(source, "person_0_0.csv",
        "id|firstName|lastName|gender|birthday|creationDate|locationIP|browserUsed|language|email",
        "1|Ada|Lovelace|female|1815-12-10|1266161530447|1.2.3.4|Firefox|en;fr|ada@example.org",
        "2|Alan|Turing|male|1912-06-23|2010-02-14T15:32:10.447+00:00|1.2.3.5|Chrome|en|");
    write(source, "person_knows_person_0_0.csv", "Person.id|Person.id|creationDate", "1|2|1266161530999");

    ImportSummary summary = convert(source);

    assertEquals(2, summary.rows("accounts"));
    assertEquals("2010-02-14T15:32:10.447Z", rowWhere(out("accounts.csv"), "id", "ldbc1").get("created_at"));
    assertEquals("2010-02-14T15:32:10.447Z", rowWhere(out("accounts.csv"), "id", "ldbc2").get("created_at"));
    assertEquals("2010-02-14T15:32:10.999Z", rowWhere(out("follows.csv"), "follower_id", "ldbc1").get("since"));
    assertTrue(summary.notes().contains(
        "no post_hasTag_tag or comment_hasTag_tag files: posts have no topics"), String.valueOf(summary.notes()));
  }

  @Test
  void unknownPersonIsRejected() throws Exception {
    Path source = temp.resolve("src");
    write(source, "person_0_0.csv", PERSON_HEADER,
        "1|Ada|Lovelace|female|1815-12-10|2010-02-14T15:32:10.447+0000|1.2.3.4|Firefox");
    write(source, "post_0_0.csv", POST_HEADER,
        "10||2011-01-01T10:00:00.000+0000|1.2.3.4|Firefox|en|hello|5");
    write(source, "post_hasCreator_person_0_0.csv", "Post.id|Person.id", "10|1", "11|7");

    ImportFormatException error = assertThrows(ImportFormatException.class, () -> convert(source));

    assertEquals("post_hasCreator_person_0_0.csv:3: unknown person 7 (not in the person files)",
        error.getMessage());
  }

  @Test
  void messageWithACreatorButNoRowIsRejected() throws Exception {
    Path source = temp.resolve("src");
    write(source, "person_0_0.csv", PERSON_HEADER,
        "1|Ada|Lovelace|female|1815-12-10|2010-02-14T15:32:10.447+0000|1.2.3.4|Firefox");
    write(source, "post_0_0.csv", POST_HEADER,
        "10||2011-01-01T10:00:00.000+0000|1.2.3.4|Firefox|en|hello|5");
    write(source, "post_hasCreator_person_0_0.csv", "Post.id|Person.id", "10|1", "11|1");

    ImportFormatException error = assertThrows(ImportFormatException.class, () -> convert(source));

    assertEquals("post_hasCreator_person: post 11 has a creator but no row in the post files",
        error.getMessage());
  }

  @Test
  void rowWithTheWrongNumberOfFieldsIsRejected() throws Exception {
    Path source = temp.resolve("src");
    write(source, "person_0_0.csv", PERSON_HEADER,
        "1|Ada|Lovelace|female|1815-12-10|2010-02-14T15:32:10.447+0000|1.2.3.4|Firefox|extra");

    ImportFormatException error = assertThrows(ImportFormatException.class, () -> convert(source));

    assertTrue(error.getMessage().startsWith(
        "person_0_0.csv:2: expected 8 '|'-separated fields as in the header, found 9"), error.getMessage());
  }

  @Test
  void missingColumnIsRejectedOnTheHeaderLine() throws Exception {
    Path source = temp.resolve("src");
    write(source, "person_0_0.csv", "id|firstName|lastName", "1|Ada|Lovelace");

    ImportFormatException error = assertThrows(ImportFormatException.class, () -> convert(source));

    assertEquals("person_0_0.csv:1: missing column 'creationDate' in header 'id|firstName|lastName'",
        error.getMessage());
  }

  @Test
  void mergedForeignKeyLayoutIsRefusedWithAnExplanation() throws Exception {
    Path source = temp.resolve("src");
    write(source, "person_0_0.csv", PERSON_HEADER,
        "1|Ada|Lovelace|female|1815-12-10|2010-02-14T15:32:10.447+0000|1.2.3.4|Firefox");
    write(source, "post_0_0.csv", POST_HEADER + "|creator|Forum.id|place",
        "10||2011-01-01T10:00:00.000+0000|1.2.3.4|Firefox|en|hello|5|1|0|0");

    ImportFormatException error = assertThrows(ImportFormatException.class, () -> convert(source));

    assertTrue(error.getMessage().startsWith("post_0_0.csv:1: column 'creator': the merged-foreign-key"),
        error.getMessage());
  }

  @Test
  void folderWithoutPersonFilesIsRejected() throws Exception {
    Path source = temp.resolve("src");
    write(source, "readme.txt", "nothing here");

    ImportFormatException error = assertThrows(ImportFormatException.class, () -> convert(source));

    assertTrue(error.getMessage().startsWith("src: no person_*_*.csv"), error.getMessage());
  }
}
