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

  private final RecordSource source;
  private final Problems problems;

  RowDecoder(RecordSource source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  Rows.Account account(RawRow row) {
    return new Rows.Account(
        row.line(),
        required(row, Field.ID),
        network(row),
        required(row, Field.HANDLE),
        timestamp(row, Field.CREATED_AT, true),
        row.value(Field.DISPLAY_NAME),
        bool(row, Field.VERIFIED),
        row.value(Field.BIO));
  }

  Rows.Ownership ownership(RawRow row) {
    return new Rows.Ownership(
        row.line(), required(row, Field.PERSON_ID), required(row, Field.ACCOUNT_ID));
  }

  Rows.Follow follow(RawRow row) {
    return new Rows.Follow(
        row.line(),
        required(row, Field.FOLLOWER_ID),
        required(row, Field.FOLLOWEE_ID),
        timestamp(row, Field.SINCE, false));
  }

  Rows.Post post(RawRow row) {
    return new Rows.Post(
        row.line(),
        required(row, Field.ID),
        required(row, Field.AUTHOR_ID),
        timestamp(row, Field.CREATED_AT, true),
        topics(row),
        row.value(Field.REPLY_TO));
  }

  Rows.Interaction interaction(RawRow row) {
    String actor = required(row, Field.ACTOR_ID);
    InteractionType type = type(row);
    String post = row.value(Field.POST_ID);
    String target = row.value(Field.TARGET_ACCOUNT_ID);
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
  private static List<String> topics(RawRow row) {
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
