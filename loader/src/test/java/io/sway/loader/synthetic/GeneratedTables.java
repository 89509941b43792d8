package io.sway.loader.synthetic;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A generated dataset read back into memory, for tests on small generations. */
final class GeneratedTables {
  private static final CsvMapper MAPPER = new CsvMapper();

  final Path directory;
  final List<Map<String, String>> accounts;
  final List<Map<String, String>> persons;
  final List<Map<String, String>> follows;
  final List<Map<String, String>> posts;
  final List<Map<String, String>> interactions;
  final List<Map<String, String>> truth;
  final Map<String, Map<String, String>> truthById = new HashMap<>();
  final Map<String, Map<String, String>> accountById = new HashMap<>();
  final Map<String, Map<String, String>> postById = new HashMap<>();
  /** follower + " " + followee. */
  final Set<String> followPairs = new HashSet<>();
  private final Map<String, List<String>> activity = new HashMap<>();
  private final Map<String, String> reactions = new HashMap<>();

  GeneratedTables(Path directory) {
    this.directory = directory;
    accounts = read(directory.resolve(SyntheticNetwork.ACCOUNTS));
    persons = read(directory.resolve(SyntheticNetwork.PERSONS));
    follows = read(directory.resolve(SyntheticNetwork.FOLLOWS));
    posts = read(directory.resolve(SyntheticNetwork.POSTS));
    interactions = read(directory.resolve(SyntheticNetwork.INTERACTIONS));
    truth = read(directory.resolve(SyntheticNetwork.TRUTH));
    truth.forEach(row -> truthById.put(row.get("account_id"), row));
    accounts.forEach(row -> accountById.put(row.get("id"), row));
    posts.forEach(row -> postById.put(row.get("id"), row));
    follows.forEach(row -> followPairs.add(row.get("follower_id") + " " + row.get("followee_id")));
  }

  static List<Map<String, String>> read(Path file) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> rows =
        MAPPER.readerFor(Map.class).with(schema).readValues(file.toFile())) {
      return new ArrayList<>(rows.readAll());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String header(Path file) {
    try (var lines = Files.lines(file)) {
      return lines.findFirst().orElse("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> withRole(String role) {
    return truth.stream().filter(r -> r.get("role").equals(role)).map(r -> r.get("account_id"))
        .toList();
  }

  boolean follows(String follower, String followee) {
    return followPairs.contains(follower + " " + followee);
  }

  Set<String> followersOf(String account) {
    Set<String> followers = new HashSet<>();
    for (Map<String, String> row : follows) {
      if (row.get("followee_id").equals(account)) {
        followers.add(row.get("follower_id"));
      }
    }
    return followers;
  }

  /** Every timestamp of something the account did: posts, interactions, follows it made. */
  List<String> activityTimes(String account) {
    if (activity.isEmpty()) {
      posts.forEach(r -> addActivity(r.get("author_id"), r.get("created_at")));
      interactions.forEach(r -> addActivity(r.get("actor_id"), r.get("at")));
      follows.forEach(r -> addActivity(r.get("follower_id"), r.get("since")));
    }
    return activity.getOrDefault(account, List.of());
  }

  /** Whether {@code actor} reacted to {@code postId} with {@code type}, and when (or null). */
  String reactionTime(String actor, String type, String postId) {
    if (reactions.isEmpty()) {
      interactions.forEach(r -> reactions.putIfAbsent(
          r.get("actor_id") + " " + r.get("type") + " " + r.get("post_id"), r.get("at")));
    }
    return reactions.get(actor + " " + type + " " + postId);
  }

  private void addActivity(String account, String time) {
    activity.computeIfAbsent(account, a -> new ArrayList<>()).add(time);
  }
}
