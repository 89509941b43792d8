package io.sway.loader.imports;

import io.sway.loader.dataset.InteractionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * Converts the Stanford SNAP <a href="https://snap.stanford.edu/data/higgs-twitter.html">Higgs
 * Twitter</a> data set (tweets about the Higgs boson discovery, 1-7 July 2012) into a Sway
 * dataset.
 *
 * <p>The source is a folder with two files, each optionally gzip-compressed ({@code .gz}):
 *
 * <ul>
 *   <li>{@value #SOCIAL_NETWORK}: lines {@code A B}, user A follows user B;
 *   <li>{@value #ACTIVITY}: lines {@code A B timestamp code}, where the timestamp is in Unix
 *       seconds and the code is {@code RT} (A retweeted B), {@code MT} (A mentioned B) or {@code
 *       RE} (A replied to B).
 * </ul>
 *
 * Fields are separated by spaces or tabs; blank lines and lines starting with {@code #} are
 * skipped. At least one of the two files must be present. The retweet, reply and mention networks
 * of the SNAP set are ignored: the activity file holds the same edges with their times.
 *
 * <p>Mapping. The source has user ids only: no posts, names or dates of accounts and follows.
 *
 * <ul>
 *   <li>Every user id seen in either file becomes an account {@code tw<id>} on network {@code
 *       twitter} with handle {@code user<id>}, written in ascending id order. Its {@code
 *       created_at} is the earliest activity timestamp, or {@link #COLLECTION_START} (the start
 *       of the collection window) when there is no activity.
 *   <li>Each edge-list line becomes a follow, without {@code since}.
 *   <li>Each activity line becomes an interaction of A with account B (a {@code
 *       target_account_id}, no post) at its timestamp: {@code RT} a reshare, {@code RE} a reply,
 *       {@code MT} a mention.
 *   <li>Self-loops (a user following, retweeting, replying to or mentioning itself) are skipped
 *       and counted under {@link ImportSummary#SELF_FOLLOWS} and {@link
 *       ImportSummary#SELF_INTERACTIONS}: Sway would only warn about them, and engaging with
 *       oneself is no evidence of influence. Repeated lines are written as they are; Sway's
 *       validation sets repeats aside with a warning.
 * </ul>
 *
 * A line with the wrong number of fields, a user id or timestamp that is not a non-negative
 * integer, or an unknown interaction code stops the import with an {@link ImportFormatException}
 * naming the file, the line and the value.
 *
 * <p>One pass over each file; memory holds the set of user ids (a {@code long} each).
 */
public final class SnapImporter implements DatasetImporter {
  static final String SOCIAL_NETWORK = "higgs-social_network.edgelist";
  static final String ACTIVITY = "higgs-activity_time.txt";
  static final String NETWORK = "twitter";
  static final String ACCOUNT_ID_PREFIX = "tw";
  static final String HANDLE_PREFIX = "user";

  /** The {@code created_at} of every account when the source has no activity timestamp. */
  public static final Instant COLLECTION_START = Instant.parse("2012-07-01T00:00:00Z");

  private static final String INTERACTION_NETWORK_PREFIX = "higgs-";
  private static final String INTERACTION_NETWORK_SUFFIX = "_network.edgelist";
  private static final int EDGE_FIELDS = 2;
  private static final int ACTIVITY_FIELDS = 4;

  /** The interaction codes of the activity file. */
  private enum HiggsCode {
    RT(InteractionType.RESHARE),
    RE(InteractionType.REPLY),
    MT(InteractionType.MENTION);

    final InteractionType type;

    HiggsCode(InteractionType type) {
      this.type = type;
    }

    static HiggsCode of(String code) {
      for (HiggsCode known : values()) {
        if (known.name().equals(code)) {
          return known;
        }
      }
      return null;
    }
  }

  @Override
  public ImportSummary convert(Path source, Path outDir) throws IOException, ImportFormatException {
    SourceFolder folder = SourceFolder.of(source);
    Path edges = folder.find(SOCIAL_NETWORK);
    Path activity = folder.find(ACTIVITY);
    if (edges == null && activity == null) {
      throw new ImportFormatException(folder.name(), 0,
          "no " + SOCIAL_NETWORK + " or " + ACTIVITY + " (or their .gz versions): not a SNAP Higgs Twitter folder");
    }
    Set<OutputFile> files = EnumSet.of(OutputFile.ACCOUNTS);
    if (edges != null) {
      files.add(OutputFile.FOLLOWS);
    }
    if (activity != null) {
      files.add(OutputFile.INTERACTIONS);
    }

    List<String> notes = new ArrayList<>();
    Map<String, Long> skipped = new LinkedHashMap<>();
    LongHashSet users = new LongHashSet();
    try (SwayDatasetWriter out = SwayDatasetWriter.create(outDir, files)) {
      if (edges != null) {
        convertFollows(edges, users, out, skipped);
        notes.add("follows have no since: the source has no follow dates");
      } else {
        notes.add("no " + SOCIAL_NETWORK + ": no follows written");
      }
      Instant earliest = activity == null ? null : convertActivity(activity, users, out, skipped);
      if (activity != null) {
        notes.add("interactions name the target account only: the source has no posts");
      }
      Instant createdAt;
      if (earliest != null) {
        createdAt = earliest;
        notes.add("accounts are created at " + earliest
            + ", the earliest activity timestamp: the source has no account creation dates");
      } else {
        createdAt = COLLECTION_START;
        notes.add("accounts are created at " + COLLECTION_START
            + ", the start of the collection window: the source has no activity timestamp");
      }
      writeAccounts(users, createdAt, out);
      out.commit();
      notes.addAll(ignoredFileNotes(folder, edges, activity));
      return new ImportSummary(out.rowCounts(), skipped, notes);
    }
  }

  private static void convertFollows(
      Path file, LongHashSet users, SwayDatasetWriter out, Map<String, Long> skipped)
      throws IOException, ImportFormatException {
    LineFields fields = new LineFields(EDGE_FIELDS);
    try (SourceLines lines = SourceLines.open(file)) {
      String line;
      while ((line = lines.next()) != null) {
        int count = fields.splitOnBlanks(line);
        if (fields.isBlankOrComment()) {
          continue;
        }
        if (count != EDGE_FIELDS) {
          throw lines.error("expected 2 fields 'follower followee', found " + count + " in "
              + ImportFormatException.quote(line));
        }
        long follower = userId(fields, 0, lines);
        long followee = userId(fields, 1, lines);
        users.add(follower);
        users.add(followee);
        if (follower == followee) {
          skipped.merge(ImportSummary.SELF_FOLLOWS, 1L, Long::sum);
          continue;
        }
        out.follow(accountId(follower), accountId(followee), null);
      }
    }
  }

  /** Writes the interactions of {@code file} and returns the earliest timestamp, null if none. */
  private static Instant convertActivity(
      Path file, LongHashSet users, SwayDatasetWriter out, Map<String, Long> skipped)
      throws IOException, ImportFormatException {
    LineFields fields = new LineFields(ACTIVITY_FIELDS);
    long earliest = Long.MAX_VALUE;
    try (SourceLines lines = SourceLines.open(file)) {
      String line;
      while ((line = lines.next()) != null) {
        int count = fields.splitOnBlanks(line);
        if (fields.isBlankOrComment()) {
          continue;
        }
        if (count != ACTIVITY_FIELDS) {
          throw lines.error("expected 4 fields 'userA userB timestamp interaction', found " + count
              + " in " + ImportFormatException.quote(line));
        }
        long actor = userId(fields, 0, lines);
        long target = userId(fields, 1, lines);
        long seconds = fields.number(2);
        if (seconds == LineFields.NOT_A_NUMBER) {
          throw lines.error("bad timestamp " + ImportFormatException.quote(fields.text(2))
              + " (expected Unix seconds)");
        }
        HiggsCode code = HiggsCode.of(fields.text(3));
        if (code == null) {
          throw lines.error("unknown interaction " + ImportFormatException.quote(fields.text(3))
              + " (expected RT, MT or RE)");
        }
        users.add(actor);
        users.add(target);
        earliest = Math.min(earliest, seconds);
        if (actor == target) {
          skipped.merge(ImportSummary.SELF_INTERACTIONS, 1L, Long::sum);
          continue;
        }
        out.interaction(accountId(actor), code.type, null, accountId(target),
            Instant.ofEpochSecond(seconds));
      }
    }
    return earliest == Long.MAX_VALUE ? null : Instant.ofEpochSecond(earliest);
  }

  private static long userId(LineFields fields, int field, SourceLines lines)
      throws ImportFormatException {
    long id = fields.number(field);
    if (id == LineFields.NOT_A_NUMBER) {
      throw lines.error("bad user id " + ImportFormatException.quote(fields.text(field))
          + " (expected a non-negative integer)");
    }
    return id;
  }

  private static void writeAccounts(LongHashSet users, Instant createdAt, SwayDatasetWriter out)
      throws IOException {
    for (long user : users.toSortedArray()) {
      out.account(accountId(user), NETWORK, HANDLE_PREFIX + user, createdAt, null);
    }
  }

  static String accountId(long user) {
    return ACCOUNT_ID_PREFIX + user;
  }

  private static List<String> ignoredFileNotes(SourceFolder folder, Path edges, Path activity)
      throws IOException {
    List<String> networks = new ArrayList<>();
    List<String> others = new ArrayList<>();
    try (Stream<Path> listing = Files.list(folder.path())) {
      for (Path file : listing.sorted().toList()) {
        String name = file.getFileName().toString();
        if (file.equals(edges) || file.equals(activity) || name.startsWith(".")) {
          continue;
        }
        String plain = name.endsWith(SourceLines.GZIP_SUFFIX)
            ? name.substring(0, name.length() - SourceLines.GZIP_SUFFIX.length())
            : name;
        if (plain.startsWith(INTERACTION_NETWORK_PREFIX) && plain.endsWith(INTERACTION_NETWORK_SUFFIX)) {
          networks.add(name);
        } else {
          others.add(name);
        }
      }
    }
    List<String> notes = new ArrayList<>();
    if (!networks.isEmpty()) {
      notes.add("ignored " + String.join(", ", networks)
          + ": the activity file holds the same retweets, replies and mentions with their times");
    }
    if (!others.isEmpty()) {
      notes.add("ignored " + String.join(", ", others) + ": not part of the Higgs Twitter format");
    }
    return notes;
  }
}
