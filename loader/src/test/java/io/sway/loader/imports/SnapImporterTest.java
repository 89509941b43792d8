package io.sway.loader.imports;

import static io.sway.loader.imports.ImportFixtures.SNAP_HIGGS;
import static io.sway.loader.imports.ImportFixtures.SNAP_HIGGS_MALFORMED;
import static io.sway.loader.imports.ImportFixtures.fileNames;
import static io.sway.loader.imports.ImportFixtures.fixture;
import static io.sway.loader.imports.ImportFixtures.rowWhere;
import static io.sway.loader.imports.ImportFixtures.rows;
import static io.sway.loader.imports.ImportFixtures.rowsWhere;
import static io.sway.loader.imports.ImportFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapImporterTest {
  private static final String ACTIVITY = SnapImporter.ACTIVITY;
  private static final String EDGES = SnapImporter.SOCIAL_NETWORK;

  @TempDir Path temp;

  private ImportSummary convert(Path source) throws Exception {
    return new SnapImporter().convert(source, temp.resolve("out"));
  }

  private Path out(String fileName) {
    return temp.resolve("out").resolve(fileName);
  }

  @Test
  void excerptGivesTheExpectedRowCounts() throws Exception {
    ImportSummary summary = convert(fixture(SNAP_HIGGS));

    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("accounts", 13L);
    expected.put("follows", 26L);
    expected.put("interactions", 13L);
    expected.put("interactions.reshare", 6L);
    expected.put("interactions.reply", 3L);
    expected.put("interactions.mention", 4L);
    assertEquals(expected, summary.rowsWritten());
    assertEquals(Map.of(ImportSummary.SELF_FOLLOWS, 1L, ImportSummary.SELF_INTERACTIONS, 1L),
        summary.skipped());
    assertEquals(List.of("accounts.csv", "follows.csv", "interactions.csv"), fileNames(temp.resolve("out")));
    assertEquals(13, rows(out("accounts.csv")).size());
    assertEquals(26, rows(out("follows.csv")).size());
    assertEquals(13, rows(out("interactions.csv")).size());
  }

  @Test
  void filesHaveSwaysColumns() throws Exception {
    convert(fixture(SNAP_HIGGS));

    assertEquals("id,network,handle,created_at,display_name,verified,bio",
        ImportFixtures.header(out("accounts.csv")));
    assertEquals("follower_id,followee_id,since", ImportFixtures.header(out("follows.csv")));
    assertEquals("actor_id,type,post_id,target_account_id,at",
        ImportFixtures.header(out("interactions.csv")));
  }

  @Test
  void everyUserSeenBecomesATwitterAccountCreatedAtTheEarliestActivity() throws Exception {
    ImportSummary summary = convert(fixture(SNAP_HIGGS));

    List<Map<String, String>> accounts = rows(out("accounts.csv"));
    assertEquals(IntStream.rangeClosed(1, 13).mapToObj(id -> "tw" + id).toList(),
        accounts.stream().map(row -> row.get("id")).toList());
    Map<String, String> onlyInActivity = rowWhere(out("accounts.csv"), "id", "tw13");
    assertEquals("twitter", onlyInActivity.get("network"));
    assertEquals("user13", onlyInActivity.get("handle"));
    assertEquals("", onlyInActivity.get("display_name"));
    assertTrue(accounts.stream().allMatch(row -> row.get("created_at").equals("2012-07-01T00:02:52Z")),
        "created_at is the earliest activity timestamp, 1341100972 on line 4");
    assertTrue(summary.notes().stream().anyMatch(note -> note.contains("2012-07-01T00:02:52Z")),
        String.valueOf(summary.notes()));
  }

  @Test
  void retweetLineBecomesAReshareOfTheTargetAccountAtItsTimestamp() throws Exception {
    convert(fixture(SNAP_HIGGS));

    // activity line 9: "13 1 1341398400 RT"
    Map<String, String> reshare = rowWhere(out("interactions.csv"), "actor_id", "tw13");
    assertEquals(Map.of("actor_id", "tw13", "type", "reshare", "post_id", "",
        "target_account_id", "tw1", "at", "2012-07-04T10:40:00Z"), reshare);
  }

  @Test
  void replyAndMentionCodesBecomeReplyAndMention() throws Exception {
    convert(fixture(SNAP_HIGGS));

    // line 6: "7 6 1341104000 RE"; line 8: "9 13 1341397200 MT"
    Map<String, String> reply = rowWhere(out("interactions.csv"), "actor_id", "tw7");
    assertEquals("reply", reply.get("type"));
    assertEquals("tw6", reply.get("target_account_id"));
    assertEquals("2012-07-01T00:53:20Z", reply.get("at"));
    Map<String, String> mention = rowWhere(out("interactions.csv"), "actor_id", "tw9");
    assertEquals("mention", mention.get("type"));
    assertEquals("tw13", mention.get("target_account_id"));
    assertEquals("2012-07-04T10:20:00Z", mention.get("at"));
  }

  @Test
  void edgeListLinesBecomeFollowsWithoutSinceWhateverTheSeparator() throws Exception {
    convert(fixture(SNAP_HIGGS));

    // line 25 is tab-separated: "2<TAB>4"
    List<Map<String, String>> fromTwo = rowsWhere(out("follows.csv"), "follower_id", "tw2");
    assertEquals(List.of("tw1", "tw3", "tw4"), fromTwo.stream().map(row -> row.get("followee_id")).toList());
    assertTrue(rows(out("follows.csv")).stream().allMatch(row -> row.get("since").isEmpty()));
  }

  @Test
  void selfLoopsAreSkippedAndCounted() throws Exception {
    ImportSummary summary = convert(fixture(SNAP_HIGGS));

    assertEquals(1, summary.skippedRows(ImportSummary.SELF_FOLLOWS));
    assertEquals(1, summary.skippedRows(ImportSummary.SELF_INTERACTIONS));
    assertEquals(List.of(), rowsWhere(out("follows.csv"), "follower_id", "tw3").stream()
        .filter(row -> row.get("followee_id").equals("tw3")).toList());
    assertEquals(List.of(), rowsWhere(out("interactions.csv"), "actor_id", "tw10"));
    assertTrue(Files.readString(out("accounts.csv")).contains("tw10,"),
        "a user seen only in a self-loop is still an account");
  }

  @Test
  void gzipInputGivesTheSameDataset() throws Exception {
    Path plainOut = temp.resolve("plain");
    new SnapImporter().convert(fixture(SNAP_HIGGS), plainOut);
    Path gzipped = ImportFixtures.flatCopy(fixture(SNAP_HIGGS), temp.resolve("gz"), file -> true);

    ImportSummary summary = new SnapImporter().convert(gzipped, temp.resolve("gz-out"));

    assertEquals(13, summary.rows("accounts"));
    for (String file : List.of("accounts.csv", "follows.csv", "interactions.csv")) {
      assertEquals(Files.readString(plainOut.resolve(file)),
          Files.readString(temp.resolve("gz-out").resolve(file)), file);
    }
  }

  @Test
  void malformedLineIsRejectedNamingFileLineAndText() throws Exception {
    ImportFormatException error =
        assertThrows(ImportFormatException.class, () -> convert(fixture(SNAP_HIGGS_MALFORMED)));

    assertEquals(ACTIVITY, error.file());
    assertEquals(3, error.line());
    assertEquals("higgs-activity_time.txt:3: expected 4 fields 'userA userB timestamp interaction', "
        + "found 3 in '4 1 1341102000'", error.getMessage());
  }

  @Test
  void failedImportLeavesNoFileBehind() throws Exception {
    assertThrows(ImportFormatException.class, () -> convert(fixture(SNAP_HIGGS_MALFORMED)));

    assertEquals(List.of(), fileNames(temp.resolve("out")));
  }

  @Test
  void unknownInteractionCodeIsRejected() throws Exception {
    Path source = temp.resolve("src");
    write(source, ACTIVITY, "1 2 1341100972 RT", "2 1 1341100973 FAV");

    ImportFormatException error = assertThrows(ImportFormatException.class, () -> convert(source));

    assertEquals("higgs-activity_time.txt:2: unknown interaction 'FAV' (expected RT, MT or RE)",
        error.getMessage());
  }

  @Test
  void badUserIdAndTimestampAreRejected() throws Exception {
    Path source = temp.resolve("src");
    write(source, EDGES, "1 2", "# a comment", "", "3 x9");
    write(source, ACTIVITY, "1 2 1341100972 RT");

    ImportFormatException badId = assertThrows(ImportFormatException.class, () -> convert(source));
    assertEquals("higgs-social_network.edgelist:4: bad user id 'x9' (expected a non-negative integer)",
        badId.getMessage());

    write(source, EDGES, "1 2");
    write(source, ACTIVITY, "1 2 2012-07-01 RT");
    ImportFormatException badTime = assertThrows(ImportFormatException.class, () -> convert(source));
    assertEquals("higgs-activity_time.txt:1: bad timestamp '2012-07-01' (expected Unix seconds)",
        badTime.getMessage());
  }

  @Test
  void withoutActivityFileAccountsAreCreatedAtTheCollectionStart() throws Exception {
    Path source = temp.resolve("src");
    write(source, EDGES, "1 2", "2 1");

    ImportSummary summary = convert(source);

    assertEquals(Map.of("accounts", 2L, "follows", 2L), summary.rowsWritten());
    assertEquals("2012-07-01T00:00:00Z", SnapImporter.COLLECTION_START.toString());
    assertEquals(SnapImporter.COLLECTION_START.toString(),
        rowWhere(out("accounts.csv"), "id", "tw1").get("created_at"));
    assertEquals(List.of("accounts.csv", "follows.csv"), fileNames(temp.resolve("out")));
  }

  @Test
  void otherSnapFilesAreIgnoredWithANote() throws Exception {
    ImportSummary summary = convert(fixture(SNAP_HIGGS));

    assertTrue(summary.notes().stream().anyMatch(note ->
            note.startsWith("ignored higgs-retweet_network.edgelist:")),
        String.valueOf(summary.notes()));
  }

  @Test
  void folderWithoutHiggsFilesIsRejected() throws Exception {
    Path source = temp.resolve("src");
    write(source, "readme.txt", "nothing here");

    ImportFormatException error = assertThrows(ImportFormatException.class, () -> convert(source));

    assertTrue(error.getMessage().startsWith("src: no higgs-social_network.edgelist"), error.getMessage());
  }

  @Test
  void plainAndGzipVersionsOfOneFileAreRejected() throws Exception {
    Path source = temp.resolve("src");
    write(source, EDGES, "1 2");
    ImportFixtures.gzipInto(source.resolve(EDGES), source);

    ImportFormatException error = assertThrows(ImportFormatException.class, () -> convert(source));

    assertTrue(error.getMessage().contains("both higgs-social_network.edgelist and "
        + "higgs-social_network.edgelist.gz are present"), error.getMessage());
  }

  @Test
  void outputFolderHoldingADatasetIsRefused() throws Exception {
    write(temp.resolve("out"), "posts.jsonl", "{}");

    assertThrows(FileAlreadyExistsException.class, () -> convert(fixture(SNAP_HIGGS)));
    assertEquals(List.of("posts.jsonl"), fileNames(temp.resolve("out")));
  }

  @Test
  void emptyEdgeListGivesAnAccountsFileWithOnlyItsHeader() throws Exception {
    Path source = temp.resolve("src");
    write(source, EDGES, "# nothing");

    ImportSummary summary = convert(source);

    assertEquals(Map.of("accounts", 0L, "follows", 0L), summary.rowsWritten());
    assertEquals("id,network,handle,created_at,display_name,verified,bio\n",
        Files.readString(out("accounts.csv")));
  }
}
