package io.sway.loader.dataset;

import static io.sway.loader.dataset.Fixtures.append;
import static io.sway.loader.dataset.Fixtures.copyOf;
import static io.sway.loader.dataset.Fixtures.fixture;
import static io.sway.loader.dataset.Fixtures.minimalAccounts;
import static io.sway.loader.dataset.Fixtures.problems;
import static io.sway.loader.dataset.Fixtures.rejection;
import static io.sway.loader.dataset.Fixtures.replaceLine;
import static io.sway.loader.dataset.Fixtures.write;
import static io.sway.loader.dataset.Fixtures.writeText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of problem names the file, the line, the field and the bad value. */
class DatasetErrorsTest {
  @TempDir Path dir;

  @Test
  void unknownFolloweeIsReportedWithFileLineFieldAndValue() {
    assertEquals(
        List.of("follows.csv:5: followee_id: unknown account 'ghost'"),
        problems(fixture("unknown-followee")));
  }

  @Test
  void rejectionCarriesStructuredProblems() {
    Problem problem = rejection(fixture("unknown-followee")).problems().getFirst();
    assertEquals(new Problem("follows.csv", 5, "followee_id", "unknown account 'ghost'"), problem);
  }

  @Test
  void badTimestampNamesTheValueAndTheExpectedForm() throws IOException {
    copyOf("tiny", dir);
    replaceLine(dir, "posts.csv", 3, "t2,a1,2026-13-01,coffee,");
    assertEquals(
        List.of(
            "posts.csv:3: created_at: bad timestamp '2026-13-01' "
                + "(expected ISO-8601 like 2026-03-01T12:00:00Z or 2026-03-01)"),
        problems(dir));
  }

  @Test
  void dateTimeWithoutOffsetIsRefused() throws IOException {
    copyOf("tiny", dir);
    replaceLine(dir, "follows.csv", 2, "a2,a1,2024-01-10T10:00:00");
    assertEquals(
        List.of(
            "follows.csv:2: since: bad timestamp '2024-01-10T10:00:00' "
                + "(expected ISO-8601 like 2026-03-01T12:00:00Z or 2026-03-01)"),
        problems(dir));
  }

  @Test
  void missingRequiredColumnIsReportedOnceOnTheHeaderLine() throws IOException {
    write(
        dir,
        "accounts.csv",
        "id,network,created_at",
        "a1,twitter,2020-01-01",
        "a2,twitter,2020-01-02");
    assertEquals(List.of("accounts.csv:1: handle: missing required column"), problems(dir));
  }

  @Test
  void interactionsNeedAPostOrTargetColumn() throws IOException {
    minimalAccounts(dir);
    write(dir, "interactions.csv", "actor_id,type,at", "a1,like,2026-03-01");
    assertEquals(
        List.of(
            "interactions.csv:1: missing column: needs 'post_id', "
                + "'target_account_id' or both"),
        problems(dir));
  }

  @Test
  void duplicateAccountNamesTheLineOfTheFirst() throws IOException {
    List<String> lines = new ArrayList<>(List.of("id,network,handle,created_at"));
    for (int i = 1; i <= 10; i++) {
      lines.add("a" + (i + 4) + ",twitter,user" + i + ",2020-01-01");
    }
    lines.add("a7,twitter,again,2020-01-01");
    write(dir, "accounts.csv", lines.toArray(String[]::new));
    assertEquals(
        List.of("accounts.csv:12: id: duplicate account 'a7' (first on line 4)"), problems(dir));
  }

  @Test
  void duplicatePostNamesTheLineOfTheFirst() throws IOException {
    copyOf("tiny", dir);
    append(dir, "posts.csv", "t2,a2,2026-03-05,,");
    assertEquals(List.of("posts.csv:8: id: duplicate post 't2' (first on line 3)"), problems(dir));
  }

  @Test
  void unknownInteractionTypeListsTheAcceptedTypes() throws IOException {
    minimalAccounts(dir);
    writeText(
        dir,
        "interactions.jsonl",
        """
        {"actor_id":"a1","type":"like","target_account_id":"a2","at":"2026-03-01"}
        {"actor_id":"a1","type":"reply","target_account_id":"a2","at":"2026-03-01"}

        {"actor_id":"a2","type":"like","target_account_id":"a1","at":"2026-03-01"}
        {"actor_id":"a2","type":"retweet","target_account_id":"a1","at":"2026-03-01"}
        """);
    assertEquals(
        List.of(
            "interactions.jsonl:5: type: unknown type 'retweet' "
                + "(expected reshare|reply|quote|like|mention)"),
        problems(dir));
  }

  @Test
  void rowWithTheWrongNumberOfCellsIsRejected() throws IOException {
    copyOf("tiny", dir);
    replaceLine(dir, "follows.csv", 4, "a4,a1");
    replaceLine(dir, "follows.csv", 6, "a3,a2,,extra");
    assertEquals(
        List.of(
            "follows.csv:4: since: expected 3 cells as in the header, found 2",
            "follows.csv:6: expected 3 cells as in the header, found 4"),
        problems(dir));
  }

  @Test
  void malformedJsonIsReportedWithItsLine() throws IOException {
    minimalAccounts(dir);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      lines.add(
          "{\"actor_id\":\"a1\",\"type\":\"like\",\"target_account_id\":\"a2\",\"at\":\"2026-03-0"
              + (i + 1)
              + "\"}");
    }
    lines.add("{\"actor_id\":\"a1\",\"type\":\"like\",");
    lines.add("{\"actor_id\":\"a1\"} {\"type\":\"like\"}");
    lines.add("[1, 2]");
    write(dir, "interactions.jsonl", lines.toArray(String[]::new));
    List<String> problems = problems(dir);
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).startsWith("interactions.jsonl:9: malformed JSON: "), problems.get(0));
    assertTrue(
        problems.get(1).startsWith("interactions.jsonl:10: malformed JSON: "), problems.get(1));
    assertEquals("interactions.jsonl:11: expected a JSON object, found an array", problems.get(2));
  }

  @Test
  void jsonValueOfTheWrongShapeIsRejected() throws IOException {
    writeText(
        dir,
        "accounts.jsonl",
        """
        {"id":"a1","network":"twitter","handle":["a","b"],"created_at":"2020-01-01"}
        {"id":"a2","network":"twitter","handle":"b","created_at":"2020-01-01","extra":{"n":1}}
        """);
    writeText(
        dir,
        "posts.jsonl",
        """
        {"id":"p1","author_id":"a2","created_at":"2026-01-01","topics":[["x"]]}
        """);
    assertEquals(
        List.of(
            "accounts.jsonl:1: handle: expected a string, number or boolean, found an array",
            "posts.jsonl:1: topics: expected an array of strings, found an item that is an array"),
        problems(dir));
  }

  @Test
  void duplicateJsonFieldIsMalformed() throws IOException {
    writeText(
        dir,
        "accounts.jsonl",
        """
        {"id":"a1","id":"a2","network":"x","handle":"h","created_at":"2020-01-01"}
        """);
    List<String> problems = problems(dir);
    assertTrue(
        problems.getFirst().startsWith("accounts.jsonl:1: malformed JSON: Duplicate field 'id'"),
        problems.toString());
  }

  @Test
  void missingAccountsFileIsRejected() throws IOException {
    write(dir, "follows.csv", "follower_id,followee_id", "a1,a2");
    assertEquals(
        List.of(dir.getFileName() + ": missing required file accounts.csv (or accounts.jsonl)"),
        problems(dir));
  }

  @Test
  void bothFormatsOfOneFileAreRejected() throws IOException {
    copyOf("tiny", dir);
    Files.copy(fixture("tiny-jsonl").resolve("follows.jsonl"), dir.resolve("follows.jsonl"));
    assertEquals(
        List.of(
            dir.getFileName()
                + ": both follows.csv and follows.jsonl are present; "
                + "keep only one"),
        problems(dir));
  }

  @Test
  void folderThatDoesNotExistIsRejected() {
    assertEquals(
        List.of("absent: not a folder (a dataset is a folder of files)"),
        problems(dir.resolve("absent")));
  }

  @Test
  void replyToAnUnknownPostIsRejected() throws IOException {
    copyOf("tiny", dir);
    replaceLine(dir, "posts.csv", 4, "t3,a2,2026-03-02T09:00:00Z,,t9");
    assertEquals(List.of("posts.csv:4: reply_to: unknown post 't9'"), problems(dir));
  }

  @Test
  void replyToALaterPostIsAccepted() throws IOException {
    copyOf("tiny", dir);
    replaceLine(dir, "posts.csv", 2, "t1,a1,2026-03-01T12:00:00Z,graphs,t4");
    Dataset dataset = Fixtures.open(dir);
    assertEquals("t4", Fixtures.collect(dataset::forEachPost).getFirst().replyTo());
  }

  @Test
  void postReplyingToItselfIsRejected() throws IOException {
    copyOf("tiny", dir);
    replaceLine(dir, "posts.csv", 3, "t2,a1,2026-03-02,,t2");
    assertEquals(List.of("posts.csv:3: reply_to: post 't2' replies to itself"), problems(dir));
  }

  @Test
  void personNamingAnUnknownAccountIsRejected() throws IOException {
    copyOf("tiny", dir);
    append(dir, "persons.csv", "a9,p3");
    assertEquals(List.of("persons.csv:6: account_id: unknown account 'a9'"), problems(dir));
  }

  @Test
  void accountOwnedByTwoPersonsIsRejected() throws IOException {
    copyOf("tiny", dir);
    append(dir, "persons.csv", "a5,p2");
    assertEquals(
        List.of(
            "persons.csv:6: account_id: account 'a5' already belongs to person 'p1' " + "(line 3)"),
        problems(dir));
  }

  @Test
  void postByAnUnknownAuthorIsRejected() throws IOException {
    copyOf("tiny", dir);
    replaceLine(dir, "posts.csv", 5, "t4,x1,2026-03-03,graphs,");
    assertEquals(List.of("posts.csv:5: author_id: unknown account 'x1'"), problems(dir));
  }

  @Test
  void interactionWithUnknownReferencesIsRejected() throws IOException {
    copyOf("tiny", dir);
    append(
        dir,
        "interactions.csv",
        "x1,like,t1,,2026-03-01",
        "a1,like,t9,,2026-03-01",
        "a1,mention,,x2,2026-03-01");
    assertEquals(
        List.of(
            "interactions.csv:14: actor_id: unknown account 'x1'",
            "interactions.csv:15: post_id: unknown post 't9'",
            "interactions.csv:16: target_account_id: unknown account 'x2'"),
        problems(dir));
  }

  @Test
  void interactionWithNeitherPostNorTargetIsRejected() throws IOException {
    copyOf("tiny", dir);
    append(dir, "interactions.csv", "a1,like,,,2026-03-01");
    assertEquals(
        List.of(
            "interactions.csv:14: missing value: an interaction needs post_id, "
                + "target_account_id or both"),
        problems(dir));
  }

  @Test
  void targetThatIsNotThePostAuthorIsRejected() throws IOException {
    copyOf("tiny", dir);
    append(dir, "interactions.csv", "a3,like,t1,a2,2026-03-01");
    assertEquals(
        List.of(
            "interactions.csv:14: target_account_id: 'a2' is not the author of post "
                + "'t1' (its author is 'a1')"),
        problems(dir));
  }

  @Test
  void emptyRequiredValueIsRejected() throws IOException {
    copyOf("tiny", dir);
    replaceLine(dir, "follows.csv", 3, "a3,  ,2024-02-01");
    assertEquals(List.of("follows.csv:3: followee_id: missing value"), problems(dir));
  }

  @Test
  void badBooleanAndBadNetworkAreRejected() throws IOException {
    write(
        dir,
        "accounts.csv",
        "id,network,handle,created_at,verified",
        "a1,twitter,alice,2020-01-01,yes",
        "a2,my network,bob,2020-01-01,");
    assertEquals(
        List.of(
            "accounts.csv:2: verified: bad boolean 'yes' (expected true or false)",
            "accounts.csv:3: network: bad network 'my network' "
                + "(expected one word like twitter, bluesky or mastodon)"),
        problems(dir));
  }

  @Test
  void emptyFileAndDuplicateColumnAreRejected() throws IOException {
    minimalAccounts(dir);
    write(dir, "persons.csv", "person_id,account_id,person_id", "p1,a1,p1");
    Files.writeString(dir.resolve("follows.csv"), "");
    assertEquals(
        List.of(
            "persons.csv:1: person_id: duplicate column (columns 1 and 3)",
            "follows.csv:1: empty file: expected a header row naming the columns"),
        problems(dir));
  }

  @Test
  void unclosedQuoteIsReportedWhereItsRowStarts() throws IOException {
    minimalAccounts(dir);
    write(dir, "follows.csv", "follower_id,followee_id", "a1,a2", "a2,\"a3", "a3,a1");
    List<String> problems = problems(dir);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.getFirst().startsWith("follows.csv:3: malformed CSV: "), problems.getFirst());
  }

  @Test
  void bytesThatAreNotUtf8AreRejected() throws IOException {
    minimalAccounts(dir);
    byte[] csv =
        "follower_id,followee_id\na1,a2\na2,a\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("follows.csv"), csv);
    byte[] jsonl =
        """
        {"actor_id":"a1","type":"like","target_account_id":"a\u00e9","at":"2026-03-01"}
        """
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("interactions.jsonl"), jsonl);
    List<String> problems = problems(dir);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("follows.csv:3: not valid UTF-8: "), problems.get(0));
    assertTrue(
        problems.get(1).startsWith("interactions.jsonl:1: malformed JSON: "), problems.get(1));
  }

  @Test
  void bytesThatAreNotUtf8AreLocatedExactlyFarIntoAFile() throws IOException {
    minimalAccounts(dir);
    StringBuilder follows = new StringBuilder("follower_id,followee_id\n");
    for (int i = 0; i < 20_000; i++) {
      follows.append(i % 2 == 0 ? "a1,a2\n" : "a2,a1\n");
    }
    byte[] good = follows.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = "a3,\u00e9a1\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = Arrays.copyOf(good, good.length + bad.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    Files.write(dir.resolve("follows.csv"), all);
    assertEquals(
        List.of(
            "follows.csv:20002: not valid UTF-8: bytes 0xE9 0x61 at offset "
                + (good.length + 3)
                + " (is the file saved in another encoding, such as Latin-1?)"),
        problems(dir));
  }

  @Test
  void headerThatIsNotUtf8IsRejected() throws IOException {
    Files.write(dir.resolve("accounts.csv"), new byte[] {'i', 'd', (byte) 0xFF, '\n'});
    assertEquals(
        List.of(
            "accounts.csv:1: not valid UTF-8: bytes 0xFF at offset 2 "
                + "(is the file saved in another encoding, such as Latin-1?)"),
        problems(dir));
  }

  @Test
  void fileEndingInsideACharacterIsRejected() throws IOException {
    minimalAccounts(dir);
    Files.write(
        dir.resolve("follows.csv"),
        new byte[] {
          'f',
          'o',
          'l',
          'l',
          'o',
          'w',
          'e',
          'r',
          '_',
          'i',
          'd',
          ',',
          'f',
          'o',
          'l',
          'l',
          'o',
          'w',
          'e',
          'e',
          '_',
          'i',
          'd',
          '\n',
          'a',
          '1',
          ',',
          (byte) 0xC3
        });
    assertEquals(
        List.of("follows.csv:2: not valid UTF-8: the file ends inside a multi-byte character"),
        problems(dir));
  }

  @Test
  void problemsAreCollectedAcrossAllFiles() throws IOException {
    copyOf("tiny", dir);
    replaceLine(dir, "accounts.csv", 3, "a2,twitter,bob,yesterday,Bob,false,,300");
    replaceLine(dir, "follows.csv", 5, "a1,ghost,2024-03-01");
    replaceLine(dir, "interactions.csv", 2, "a2,retweet,t1,,2026-03-01T13:00:00Z");
    assertEquals(
        List.of(
            "accounts.csv:3: created_at: bad timestamp 'yesterday' "
                + "(expected ISO-8601 like 2026-03-01T12:00:00Z or 2026-03-01)",
            "follows.csv:5: followee_id: unknown account 'ghost'",
            "interactions.csv:2: type: unknown type 'retweet' "
                + "(expected reshare|reply|quote|like|mention)"),
        problems(dir));
  }

  @Test
  void accountWithABadValueStillResolvesReferences() throws IOException {
    copyOf("tiny", dir);
    replaceLine(dir, "accounts.csv", 2, "a1,twitter,alice,never,Alice,true,,1");
    assertEquals(1, problems(dir).size(), "follows and posts of a1 raise no further problems");
  }

  @Test
  void problemsBeyondTheLimitAreCountedNotListed() throws IOException {
    minimalAccounts(dir);
    List<String> lines = new ArrayList<>(List.of("follower_id,followee_id"));
    for (int i = 0; i < Problems.LIMIT + 10; i++) {
      lines.add("a1,x" + i);
    }
    write(dir, "follows.csv", lines.toArray(String[]::new));
    InvalidDatasetException rejection = rejection(dir);
    assertEquals(Problems.LIMIT, rejection.problems().size());
    assertEquals(Problems.LIMIT + 10, rejection.totalCount());
    assertTrue(
        rejection.getMessage().startsWith("invalid dataset (60 problems)"), rejection.getMessage());
    assertTrue(rejection.getMessage().endsWith("... and 10 more"), rejection.getMessage());
  }

  @Test
  void fileChangedAfterValidationFailsTheStream() throws Exception {
    copyOf("tiny", dir);
    Dataset dataset = Dataset.open(dir);
    replaceLine(dir, "follows.csv", 5, "a1,a2,someday");
    IOException changed = assertThrows(IOException.class, () -> dataset.forEachFollow(f -> {}));
    assertTrue(
        changed.getMessage().startsWith("follows.csv changed after the dataset was validated"),
        changed.getMessage());
  }
}
