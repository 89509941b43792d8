package io.sway.loader.dataset;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the raw rows of one file into {@link Rows} records, checking each value on its own
 * (presence, timestamps, booleans, interaction types) and normalizing it (network and topics in
 * lower case). Checks that need other rows or files are the validator's.
 *
 * <p>Problems are added to the {@link Problems} given; the record is still returned, with null in
 * place of each bad value, so the caller can keep indexing ids and avoid follow-on errors. A row is
 * valid when decoding it added no problem.
 */
final class RowDecoder {
  private static final Pattern NETWORK = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  /**
   * Longest id, handle, network or topic, in characters. These values are keys of Neo4j indexes,
   * whose entries are limited to a few kilobytes (at most 4 bytes a character in UTF-8), and no
   * real id comes near it.
   */
  static final int MAX_KEY_LENGTH = 1_000;

  /** Longest free text ({@code display_name}, {@code bio}), in characters. */
  static final int MAX_TEXT_LENGTH = 100_000;

  /** Earliest timestamp accepted: nothing in a social network predates it. */
  static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

  /** Timestamps must be before this: later ones are typing mistakes, not the future. */
  static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  private final RecordSource source;
  private final Problems problems;

  RowDecoder(RecordSource source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  Rows.Account account(RawRow row) {
    return new Rows.Account(
        row.line(),
        key(row, Field.ID),
        network(row),
        key(row, Field.HANDLE),
        timestamp(row, Field.CREATED_AT, true),
        text(row, Field.DISPLAY_NAME),
        bool(row, Field.VERIFIED),
        text(row, Field.BIO));
  }

  Rows.Ownership ownership(RawRow row) {
    return new Rows.Ownership(
        row.line(), key(row, Field.PERSON_ID), key(row, Field.ACCOUNT_ID));
  }

  Rows.Follow follow(RawRow row) {
    return new Rows.Follow(
        row.line(),
        key(row, Field.FOLLOWER_ID),
        key(row, Field.FOLLOWEE_ID),
        timestamp(row, Field.SINCE, false));
  }

  Rows.Post post(RawRow row) {
    return new Rows.Post(
        row.line(),
        key(row, Field.ID),
        key(row, Field.AUTHOR_ID),
        timestamp(row, Field.CREATED_AT, true),
        topics(row),
        optionalKey(row, Field.REPLY_TO));
  }

  Rows.Interaction interaction(RawRow row) {
    String actor = key(row, Field.ACTOR_ID);
    InteractionType type = type(row);
    String post = optionalKey(row, Field.POST_ID);
    String target = optionalKey(row, Field.TARGET_ACCOUNT_ID);
    if (post == null
        && target == null
        && (source.declares(Field.POST_ID) || source.declares(Field.TARGET_ACCOUNT_ID))) {
      problem(
          row,
          null,
          "missing value: an interaction needs "
              + Field.POST_ID
              + ", "
              + Field.TARGET_ACCOUNT_ID
              + " or both");
    }
    return new Rows.Interaction(
        row.line(), actor, type, post, target, timestamp(row, Field.AT, true));
  }

  /**
   * The value of a required field. A missing column of a CSV header is reported once, on line 1, by
   * the validator, so it is not reported again on every row.
   */
  private String required(RawRow row, String field) {
    String value = row.value(field);
    if (value == null && source.declares(field)) {
      problem(row, field, "missing value");
    }
    return value;
  }

  /** A required id or handle: short, on one line, without control characters; null when bad. */
  private String key(RawRow row, String field) {
    return checkedKey(row, field, required(row, field));
  }

  private String optionalKey(RawRow row, String field) {
    return checkedKey(row, field, row.value(field));
  }

  private String checkedKey(RawRow row, String field, String value) {
    if (value == null) {
      return null;
    }
    String problem = keyProblem(value);
    if (problem != null) {
      problem(row, field, problem + " in " + Problems.quote(printable(value)));
      return null;
    }
    return value;
  }

  /** What makes {@code value} unfit as an id, handle or topic, or null when nothing does. */
  private static String keyProblem(String value) {
    if (value.length() > MAX_KEY_LENGTH) {
      return "too long: " + value.length() + " characters, at most " + MAX_KEY_LENGTH;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        return String.format("control character U+%04X at position %d", (int) c, i + 1);
      }
    }
    return null;
  }

  /** Free text: any characters, line breaks included, up to {@link #MAX_TEXT_LENGTH}. */
  private String text(RawRow row, String field) {
    String value = row.value(field);
    if (value != null && value.length() > MAX_TEXT_LENGTH) {
      problem(
          row,
          field,
          "too long: " + value.length() + " characters, at most " + MAX_TEXT_LENGTH);
      return null;
    }
    return value;
  }

  /** {@code value} with each control character shown as U+XXXX, for a message. */
  private static String printable(String value) {
    StringBuilder text = new StringBuilder(Math.min(value.length(), MAX_KEY_LENGTH + 1));
    for (int i = 0; i < value.length() && text.length() <= MAX_KEY_LENGTH; i++) {
      char c = value.charAt(i);
      text.append(Character.isISOControl(c) ? String.format("U+%04X", (int) c) : c);
    }
    return text.toString();
  }

  private String network(RawRow row) {
    String value = required(row, Field.NETWORK);
    if (value == null) {
      return null;
    }
    String network = value.toLowerCase(Locale.ROOT);
    if (!NETWORK.matcher(network).matches()) {
      problem(
          row,
          Field.NETWORK,
          "bad network "
              + Problems.quote(value)
              + " (expected one word like twitter, bluesky or mastodon)");
      return null;
    }
    return network;
  }

  private Instant timestamp(RawRow row, String field, boolean isRequired) {
    String value = isRequired ? required(row, field) : row.value(field);
    if (value == null) {
      return null;
    }
    Instant instant = Timestamps.parse(value);
    if (instant == null) {
      problem(
          row, field, "bad timestamp " + Problems.quote(value) + " (" + Timestamps.EXPECTED + ")");
    } else if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
      problem(
          row,
          field,
          "timestamp "
              + Problems.quote(value)
              + " out of range (expected from "
              + EARLIEST
              + " to before "
              + LATEST
              + ")");
      return null;
    }
    return instant;
  }

  private Boolean bool(RawRow row, String field) {
    String value = row.value(field);
    if (value == null) {
      return null;
    }
    if (value.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (value.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    problem(row, field, "bad boolean " + Problems.quote(value) + " (expected true or false)");
    return null;
  }

  private InteractionType type(RawRow row) {
    String value = required(row, Field.TYPE);
    if (value == null) {
      return null;
    }
    InteractionType type = InteractionType.fromCode(value).orElse(null);
    if (type == null) {
      problem(
          row,
          Field.TYPE,
          "unknown type " + Problems.quote(value) + " (expected " + InteractionType.codes() + ")");
    }
    return type;
  }

  /** The topics of a post: split on ';', trimmed, empty items dropped, lower-cased, distinct. */
  private List<String> topics(RawRow row) {
    String value = row.value(Field.TOPICS);
    if (value == null) {
      return List.of();
    }
    Set<String> topics = new LinkedHashSet<>();
    int start = 0;
    while (start <= value.length()) {
      int end = value.indexOf(Field.LIST_SEPARATOR, start);
      if (end < 0) {
        end = value.length();
      }
      String topic = value.substring(start, end).strip();
      String problem = topic.isEmpty() ? null : keyProblem(topic);
      if (problem != null) {
        problem(row, Field.TOPICS, problem + " in topic " + Problems.quote(printable(topic)));
        return List.of();
      }
      if (!topic.isEmpty()) {
        topics.add(topic.toLowerCase(Locale.ROOT));
      }
      start = end + 1;
    }
    return List.copyOf(topics);
  }

  private void problem(RawRow row, String field, String message) {
    problems.add(source.fileName(), row.line(), field, message);
  }
}
