package io.sway.loader.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates one small network (2,000 accounts) and checks its shape and its labels. */
class SyntheticNetworkTest {
  private static final int ACCOUNTS = 2_000;
  private static final long SEED = 11;
  private static final int SMALL = 400;
  private static final Pattern WHOLE_SECOND_INSTANT =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

  @TempDir static Path directory;
  private static GeneratorConfig config;
  private static GenerationReport report;
  private static GeneratedTables tables;

  @BeforeAll
  static void generate() throws IOException {
    config = GeneratorConfig.builder(ACCOUNTS, SEED).build();
    report = SyntheticNetwork.write(config, directory.resolve("net"));
    tables = new GeneratedTables(directory.resolve("net"));
  }

  // ------------------------------------------------------------------ determinism

  @Test
  void sameConfigWritesByteIdenticalFiles(@TempDir Path scratch) throws IOException {
    GeneratorConfig small = GeneratorConfig.builder(SMALL, 5).build();
    SyntheticNetwork.write(small, scratch.resolve("first"));
    SyntheticNetwork.write(small, scratch.resolve("second"));
    Map<String, String> first = digests(scratch.resolve("first"));
    assertEquals(8, first.size(), "files written: " + first.keySet());
    assertEquals(first, digests(scratch.resolve("second")));
  }

  @Test
  void differentSeedsWriteDifferentFiles(@TempDir Path scratch) throws IOException {
    SyntheticNetwork.write(GeneratorConfig.builder(SMALL, 5).build(), scratch.resolve("five"));
    SyntheticNetwork.write(GeneratorConfig.builder(SMALL, 6).build(), scratch.resolve("six"));
    Map<String, String> five = digests(scratch.resolve("five"));
    Map<String, String> six = digests(scratch.resolve("six"));
    for (String file : List.of("accounts.csv", "follows.csv", "posts.csv", "interactions.csv")) {
      assertNotEquals(five.get(file), six.get(file), file);
    }
  }

  // ------------------------------------------------------------------ format

  @Test
  void everyFileHasItsHeader() {
    Path dir = tables.directory;
    assertEquals("id,network,handle,created_at,display_name,verified,bio",
        GeneratedTables.header(dir.resolve("accounts.csv")));
    assertEquals("person_id,account_id", GeneratedTables.header(dir.resolve("persons.csv")));
    assertEquals("follower_id,followee_id,since",
        GeneratedTables.header(dir.resolve("follows.csv")));
    assertEquals("id,author_id,created_at,topics,reply_to",
        GeneratedTables.header(dir.resolve("posts.csv")));
    assertEquals("actor_id,type,post_id,target_account_id,at",
        GeneratedTables.header(dir.resolve("interactions.csv")));
    assertEquals(String.join(",", TruthWriter.COLUMNS),
        GeneratedTables.header(dir.resolve("truth.csv")));
    assertTrue(Files.exists(dir.resolve("truth.json")));
    assertTrue(Files.exists(dir.resolve("truth.md")));
  }

  @Test
  void reportCountsTheRowsOfEveryFile() {
    assertEquals(ACCOUNTS, report.rows("accounts.csv"));
    assertEquals(tables.persons.size(), report.rows("persons.csv"));
    assertEquals(tables.follows.size(), report.rows("follows.csv"));
    assertEquals(tables.posts.size(), report.rows("posts.csv"));
    assertEquals(tables.interactions.size(), report.rows("interactions.csv"));
    assertEquals(ACCOUNTS, report.rows("truth.csv"));
  }

  @Test
  void timestampsLieInTheWindowExceptAccountCreation() {
    Instant start = config.windowStart().atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = windowEnd();
    for (String time : Stream.of(
            tables.follows.stream().map(r -> r.get("since")),
            tables.posts.stream().map(r -> r.get("created_at")),
            tables.interactions.stream().map(r -> r.get("at")))
        .flatMap(s -> s).toList()) {
      Instant instant = Instant.parse(time);
      assertTrue(!instant.isBefore(start) && instant.isBefore(end), time);
      assertTrue(WHOLE_SECOND_INSTANT.matcher(time).matches(), time);
    }
    assertTrue(tables.accounts.stream()
        .anyMatch(r -> Instant.parse(r.get("created_at")).isBefore(start)));
  }

  @Test
  void idsAndHandlesAreUniqueAndReadable() {
    Set<String> handles = new HashSet<>();
    for (Map<String, String> account : tables.accounts) {
      assertTrue(account.get("id").matches("a\\d+"), account.get("id"));
      assertTrue(handles.add(account.get("network") + " " + account.get("handle")),
          "handle repeated: " + account.get("handle"));
      assertTrue(account.get("handle").matches("@[a-z0-9._-]+(@[a-z.]+)?"), account.get("handle"));
    }
    assertEquals(ACCOUNTS, tables.accountById.size());
    assertTrue(tables.posts.stream().allMatch(p -> p.get("id").matches("p\\d+")));
    assertTrue(tables.persons.stream().allMatch(p -> p.get("person_id").matches("h\\d+")));
  }

  @Test
  void followsAreUniqueNeverSelfAndStayOnOneNetwork() {
    assertEquals(tables.follows.size(), tables.followPairs.size(), "duplicate follows");
    for (Map<String, String> follow : tables.follows) {
      String follower = follow.get("follower_id");
      String followee = follow.get("followee_id");
      assertNotEquals(follower, followee);
      assertEquals(network(follower), network(followee), follower + " -> " + followee);
    }
  }

  @Test
  void followsAndInteractionsPerAccountAreNearTheirKnobs() {
    double follows = (double) tables.follows.size() / ACCOUNTS;
    double interactions = (double) tables.interactions.size() / ACCOUNTS;
    double posts = (double) tables.posts.size() / ACCOUNTS;
    assertEquals(config.followsPerAccount(), follows, 0.15 * config.followsPerAccount());
    assertEquals(config.interactionsPerAccount(), interactions,
        0.25 * config.interactionsPerAccount());
    assertEquals(config.postsPerAccount(), posts, 0.35 * config.postsPerAccount());
  }

  @Test
  void aFractionOfFollowsIsReciprocated() {
    long mutual = tables.follows.stream()
        .filter(f -> tables.follows(f.get("followee_id"), f.get("follower_id"))).count();
    double reciprocity = (double) mutual / tables.follows.size();
    assertTrue(reciprocity > 0.1 && reciprocity < 0.45, "reciprocity " + reciprocity);
  }

  @Test
  void postsCarryOneOrTwoTopicsAndRepliesPointAtPosts() {
    long replies = 0;
    for (Map<String, String> post : tables.posts) {
      String[] topics = post.get("topics").split(";");
      assertTrue(topics.length >= 1 && topics.length <= 2, post.toString());
      for (String topic : topics) {
        assertTrue(topic.matches("[a-z]+"), topic);
      }
      String replyTo = post.get("reply_to");
      if (!replyTo.isEmpty()) {
        replies++;
        Map<String, String> parent = tables.postById.get(replyTo);
        assertTrue(parent != null, "reply to unknown post " + replyTo);
        assertFalse(Instant.parse(post.get("created_at"))
            .isBefore(Instant.parse(parent.get("created_at"))));
      }
    }
    assertTrue(replies > 0);
  }

  @Test
  void interactionsNameThePostAndItsAuthorAndComeAfterThePost() {
    Map<String, Long> types = new TreeMap<>();
    for (Map<String, String> row : tables.interactions) {
      types.merge(row.get("type"), 1L, Long::sum);
      String postId = row.get("post_id");
      String target = row.get("target_account_id");
      assertTrue(tables.accountById.containsKey(row.get("actor_id")));
      assertTrue(tables.accountById.containsKey(target));
      assertNotEquals(row.get("actor_id"), target, "self-engagement " + row);
      if (postId.isEmpty()) {
        assertEquals("mention", row.get("type"));
      } else {
        Map<String, String> post = tables.postById.get(postId);
        assertEquals(post.get("author_id"), target);
        assertTrue(Instant.parse(row.get("at")).isAfter(Instant.parse(post.get("created_at"))));
      }
    }
    assertEquals(Set.of("like", "mention", "quote", "reply", "reshare"), types.keySet());
    assertTrue(types.get("like") > types.get("reshare"));
    assertTrue(types.get("reshare") > types.get("quote"));
  }

  @Test
  void engagementComesMostlyFromFollowers() {
    long fromFollowers = tables.interactions.stream()
        .filter(r -> tables.follows(r.get("actor_id"), r.get("target_account_id"))).count();
    assertTrue(fromFollowers > 0.7 * tables.interactions.size(),
        fromFollowers + " of " + tables.interactions.size());
  }

  @Test
  void somePersonsOwnAccountsOnTwoOrThreeNetworks() {
    Map<String, List<String>> networks = new HashMap<>();
    for (Map<String, String> row : tables.persons) {
      networks.computeIfAbsent(row.get("person_id"), p -> new ArrayList<>())
          .add(network(row.get("account_id")));
    }
    long multi = networks.values().stream().filter(n -> n.size() > 1).count();
    assertTrue(multi > 0);
    for (List<String> owned : networks.values()) {
      assertTrue(owned.size() <= 3);
      assertEquals(owned.size(), new HashSet<>(owned).size(), "one network twice: " + owned);
    }
    assertTrue(tables.persons.size() < ACCOUNTS / 2, "most accounts have no person");
  }

  // ------------------------------------------------------------------ labels

  @Test
  void everyKindOfAccountAppears() {
    for (Role role : Role.values()) {
      assertFalse(tables.withRole(role.code()).isEmpty(), role.code());
    }
    assertTrue(tables.truth.stream().anyMatch(r -> r.get("has_bought_followers").equals("true")));
    assertTrue(tables.truth.stream().anyMatch(r -> !r.get("boosted_by_farm").isEmpty()));
    assertTrue(tables.truth.stream().anyMatch(r -> !r.get("twin_of").isEmpty()));
  }

  @Test
  void onlyFarmAndFakeAccountsAreSpam() {
    for (Map<String, String> row : tables.truth) {
      String role = row.get("role");
      boolean fake = role.equals("spam") || role.equals("bought_follower");
      assertEquals(Boolean.toString(fake), row.get("is_spam"), row.toString());
    }
  }

  @Test
  void celebritiesHaveTheMostFollowersAndAreVerified() {
    Map<String, Integer> inDegree = new HashMap<>();
    tables.follows.forEach(f -> inDegree.merge(f.get("followee_id"), 1, Integer::sum));
    String top = inDegree.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
        .getKey();
    assertEquals("celebrity", tables.truthById.get(top).get("role"));
    for (String celebrity : tables.withRole("celebrity")) {
      assertEquals("true", tables.accountById.get(celebrity).get("verified"));
    }
  }

  @Test
  void twinsComeInPairsAndDifferOnlyByTheBoughtFollowers() {
    List<Map<String, String>> clients = tables.truth.stream()
        .filter(r -> r.get("has_bought_followers").equals("true")).toList();
    assertEquals(config.boughtFollowerClients(), clients.size());
    for (Map<String, String> client : clients) {
      String clientId = client.get("account_id");
      String twinId = client.get("twin_of");
      Map<String, String> twin = tables.truthById.get(twinId);
      assertEquals(clientId, twin.get("twin_of"));
      assertEquals("false", twin.get("has_bought_followers"));
      for (String column : List.of("network", "role", "community", "interests", "popularity",
          "latent_influence")) {
        assertEquals(client.get(column), twin.get(column), column);
      }

      Set<String> clientFollowers = tables.followersOf(clientId);
      Set<String> twinFollowers = tables.followersOf(twinId);
      Set<String> bought = new HashSet<>(clientFollowers);
      bought.removeAll(twinFollowers);
      assertEquals(Integer.parseInt(client.get("bought_count")), bought.size());
      assertTrue(bought.stream()
          .allMatch(a -> tables.truthById.get(a).get("role").equals("bought_follower")));
      assertTrue(clientFollowers.containsAll(twinFollowers), "twin has followers the client lacks");

      assertEquals(postTimes(clientId), postTimes(twinId));
      assertEquals(received(clientId), received(twinId));
      assertEquals(followees(clientId), followees(twinId));
      assertEquals(tables.accountById.get(clientId).get("created_at"),
          tables.accountById.get(twinId).get("created_at"));
    }
  }

  @Test
  void boughtFollowersFollowTheirClientsAndDoNothingElse() {
    List<String> fakes = tables.withRole("bought_follower");
    Set<String> fakeSet = new HashSet<>(fakes);
    assertTrue(tables.interactions.stream().noneMatch(r -> fakeSet.contains(r.get("actor_id"))));
    long posting = tables.posts.stream().filter(p -> fakeSet.contains(p.get("author_id")))
        .map(p -> p.get("author_id")).distinct().count();
    assertTrue(posting < 0.3 * fakes.size(), "fakes posting: " + posting);
    Map<String, String> client = tables.truth.stream()
        .filter(r -> r.get("has_bought_followers").equals("true")).findFirst().orElseThrow();
    Instant bought = Instant.parse(client.get("bought_at"));
    for (Map<String, String> follow : tables.follows) {
      if (fakeSet.contains(follow.get("follower_id"))
          && follow.get("followee_id").equals(client.get("account_id"))) {
        Instant since = Instant.parse(follow.get("since"));
        assertFalse(since.isBefore(bought), follow.toString());
        assertTrue(since.isBefore(bought.plusSeconds(3 * 86_400)), follow.toString());
      }
    }
    for (String fake : fakes) {
      Instant created = Instant.parse(tables.accountById.get(fake).get("created_at"));
      assertTrue(created.isBefore(bought) && created.isAfter(bought.minusSeconds(60 * 86_400L)),
          fake + " created " + created);
    }
  }

  @Test
  void podMembersLikeEveryOriginalPostOfTheirMatesWithinMinutes() {
    Map<String, List<String>> pods = new HashMap<>();
    tables.truth.stream().filter(r -> !r.get("pod_id").isEmpty())
        .forEach(r -> pods.computeIfAbsent(r.get("pod_id"), p -> new ArrayList<>())
            .add(r.get("account_id")));
    assertEquals(config.pods(), pods.size());
    for (List<String> members : pods.values()) {
      assertEquals(config.podSize(), members.size());
      Instant since = LocalDate.parse(tables.truthById.get(members.get(0)).get("pod_since"))
          .atStartOfDay(ZoneOffset.UTC).toInstant();
      for (String author : members) {
        for (String other : members) {
          if (author.equals(other)) {
            continue;
          }
          assertTrue(tables.follows(other, author), other + " follows pod-mate " + author);
          assertTrue(tables.interactions.stream().anyMatch(r -> r.get("actor_id").equals(other)
                  && r.get("type").equals("reshare") && r.get("target_account_id").equals(author)),
              other + " reshares " + author);
        }
        for (Map<String, String> post : tables.posts) {
          Instant posted = Instant.parse(post.get("created_at"));
          if (!post.get("author_id").equals(author) || !post.get("reply_to").isEmpty()
              || posted.isBefore(since)
              || posted.isAfter(windowEnd().minusSeconds(15 * 60))) {
            continue;
          }
          for (String other : members) {
            if (!other.equals(author)) {
              String liked = tables.reactionTime(other, "like", post.get("id"));
              assertTrue(liked != null
                      && !Instant.parse(liked).isAfter(posted.plusSeconds(15 * 60)),
                  other + " likes " + post.get("id") + " within 15 minutes");
            }
          }
        }
      }
    }
  }

  @Test
  void farmsAreCreatedInABurstAndFollowEachOtherDensely() {
    Map<String, List<String>> farms = new HashMap<>();
    tables.truth.stream().filter(r -> !r.get("farm_id").isEmpty())
        .forEach(r -> farms.computeIfAbsent(r.get("farm_id"), f -> new ArrayList<>())
            .add(r.get("account_id")));
    assertEquals(config.spamFarms(), farms.size());
    for (Map.Entry<String, List<String>> farm : farms.entrySet()) {
      List<String> members = farm.getValue();
      List<Instant> created = members.stream()
          .map(m -> Instant.parse(tables.accountById.get(m).get("created_at"))).sorted().toList();
      assertTrue(created.getLast().getEpochSecond() - created.getFirst().getEpochSecond()
          <= 3 * 3_600, "burst of " + farm.getKey());
      long links = 0;
      for (String a : members) {
        for (String b : members) {
          if (!a.equals(b) && tables.follows(a, b)) {
            links++;
          }
        }
      }
      double density = (double) links / (members.size() * (members.size() - 1.0));
      assertTrue(density > 0.6, "density " + density);
      List<String> targets = tables.truth.stream()
          .filter(r -> r.get("boosted_by_farm").equals(farm.getKey()))
          .map(r -> r.get("account_id")).toList();
      assertEquals(config.spamFarmTargets(), targets.size());
      for (String target : targets) {
        assertTrue(members.stream().allMatch(m -> tables.follows(m, target)),
            "every member of " + farm.getKey() + " follows " + target);
      }
      Set<String> memberSet = new HashSet<>(members);
      long boosts = tables.interactions.stream().filter(r -> memberSet.contains(r.get("actor_id"))
          && targets.contains(r.get("target_account_id"))).count();
      assertTrue(boosts > 0, "farm engages its targets");
      long genuineEngagementOnFarm = tables.interactions.stream()
          .filter(r -> memberSet.contains(r.get("target_account_id"))
              && !memberSet.contains(r.get("actor_id"))).count();
      long farmPosts = tables.posts.stream().filter(p -> memberSet.contains(p.get("author_id")))
          .count();
      assertTrue(genuineEngagementOnFarm < 0.1 * farmPosts,
          genuineEngagementOnFarm + " outside reactions to " + farmPosts + " farm posts");
    }
  }

  @Test
  void sockpuppetsAmplifyTheirOwnerAndAreNotListedUnderHim() {
    List<String> puppets = tables.withRole("sockpuppet");
    assertEquals(config.sockpuppetOwners() * config.sockpuppetsPerOwner(), puppets.size());
    for (String puppet : puppets) {
      String owner = tables.truthById.get(puppet).get("sockpuppet_owner");
      assertEquals(owner, tables.truthById.get(puppet).get("person_id"));
      assertTrue(tables.persons.stream().noneMatch(p -> p.get("account_id").equals(puppet)));
      List<String> ownerAccounts = tables.persons.stream()
          .filter(p -> p.get("person_id").equals(owner)).map(p -> p.get("account_id")).toList();
      assertFalse(ownerAccounts.isEmpty(), "owner " + owner + " is a listed person");
      assertTrue(ownerAccounts.stream().anyMatch(a -> tables.follows(puppet, a)));
      long amplifications = tables.interactions.stream()
          .filter(r -> r.get("actor_id").equals(puppet)
              && ownerAccounts.contains(r.get("target_account_id"))).count();
      assertTrue(amplifications >= 3, puppet + " amplifies its owner " + amplifications);
    }
  }

  @Test
  void inactiveAccountsDoNothingFromTheirInactiveDay() {
    List<String> inactive = tables.withRole("inactive");
    long activeBefore = 0;
    for (String account : inactive) {
      Instant from = LocalDate.parse(tables.truthById.get(account).get("inactive_from"))
          .atStartOfDay(ZoneOffset.UTC).toInstant();
      List<String> times = tables.activityTimes(account);
      assertTrue(times.stream().map(Instant::parse).allMatch(t -> t.isBefore(from)),
          account + " active after " + from);
      activeBefore += times.isEmpty() ? 0 : 1;
    }
    assertTrue(activeBefore > inactive.size() / 2, "inactive accounts were active before");
  }

  @Test
  void pausedAccountsDoNothingDuringTheirPauseAndResumeAfterwards() {
    List<String> paused = tables.withRole("paused");
    long resumed = 0;
    for (String account : paused) {
      Map<String, String> truth = tables.truthById.get(account);
      Instant start = LocalDate.parse(truth.get("pause_start")).atStartOfDay(ZoneOffset.UTC)
          .toInstant();
      Instant end = LocalDate.parse(truth.get("pause_end")).atStartOfDay(ZoneOffset.UTC)
          .toInstant();
      assertEquals(config.pauseDays() * 86_400L, end.getEpochSecond() - start.getEpochSecond());
      List<Instant> times = tables.activityTimes(account).stream().map(Instant::parse).toList();
      assertTrue(times.stream().noneMatch(t -> !t.isBefore(start) && t.isBefore(end)),
          account + " active in its pause");
      resumed += times.stream().anyMatch(t -> !t.isBefore(end)) ? 1 : 0;
    }
    assertTrue(resumed > paused.size() / 2, "paused accounts resume");
  }

  // ------------------------------------------------------------------ helpers

  private static Instant windowEnd() {
    return config.endDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static String network(String account) {
    return tables.accountById.get(account).get("network");
  }

  private static List<String> postTimes(String account) {
    return tables.posts.stream()
        .filter(p -> p.get("author_id").equals(account) && p.get("reply_to").isEmpty())
        .map(p -> p.get("created_at") + " " + p.get("topics")).toList();
  }

  /** Who did what to the account when, post ids left out. */
  private static Map<String, Long> received(String account) {
    Map<String, Long> received = new TreeMap<>();
    tables.interactions.stream().filter(r -> r.get("target_account_id").equals(account))
        .forEach(r -> received.merge(r.get("actor_id") + " " + r.get("type") + " " + r.get("at"),
            1L, Long::sum));
    return received;
  }

  private static Set<String> followees(String account) {
    Set<String> followees = new HashSet<>();
    tables.follows.stream().filter(f -> f.get("follower_id").equals(account))
        .forEach(f -> followees.add(f.get("followee_id")));
    return followees;
  }

  private static Map<String, String> digests(Path dir) throws IOException {
    Map<String, String> digests = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        digests.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
      }
    }
    return digests;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
