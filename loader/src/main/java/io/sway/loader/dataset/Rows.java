package io.sway.loader.dataset;

import java.time.Instant;
import java.util.List;

/**
 * The validated records of a dataset, one record type per file. Every record carries the 1-based
 * line of the file where its row starts (in CSV the header is line 1), so later stages can still
 * point at the input. Values are trimmed; optional fields are {@code null} when absent.
 */
public final class Rows {
  private Rows() {}

  /** A row of {@code accounts}: one account on one network ({@code network} in lower case). */
  public record Account(
      long line,
      String id,
      String network,
      String handle,
      Instant createdAt,
      String displayName,
      Boolean verified,
      String bio) {}

  /** A row of {@code persons}: the person {@code personId} owns the account {@code accountId}. */
  public record Ownership(long line, String personId, String accountId) {}

  /** A row of {@code follows}: {@code followerId} follows {@code followeeId}. */
  public record Follow(long line, String followerId, String followeeId, Instant since) {}

  /**
   * A row of {@code posts}. {@code topics} are trimmed, lower-cased and distinct, in file order;
   * the list is empty (never null) when the post has none. {@code replyTo} is a post id or null.
   */
  public record Post(
      long line,
      String id,
      String authorId,
      Instant createdAt,
      List<String> topics,
      String replyTo) {}

  /**
   * A row of {@code interactions}. At least one of {@code postId} and {@code targetAccountId} is
   * set, as in the file; when both are, the target is the post's author.
   */
  public record Interaction(
      long line,
      String actorId,
      InteractionType type,
      String postId,
      String targetAccountId,
      Instant at) {}
}
