package io.sway.engine.model;

import java.util.Objects;

/**
 * The result of {@link TopContributors}: per account, the engagers and the posts that contributed
 * most, best first, as CSR arrays. The engagers of account {@code a} are positions {@code
 * engagerOffsets[a] .. engagerOffsets[a + 1] - 1}; its posts likewise with {@code postOffsets}.
 *
 * <p>Ownership: the arrays are handed over, not copied; nobody may change them.
 *
 * @param engagerOffsets engager entry starts, length {@code accounts + 1}
 * @param engagers per entry, the engaging account's index
 * @param engagerWeights per entry, the effective engaged accounts it contributes to the account's
 *     audience before amplification (see {@link TopContributors})
 * @param postOffsets post entry starts, length {@code accounts + 1}
 * @param posts per entry, the post's index
 * @param postWeights per entry, the engagement the post received ({@link
 *     ReachResult#postEngagement()})
 */
public record Contributors(
    int[] engagerOffsets,
    int[] engagers,
    double[] engagerWeights,
    int[] postOffsets,
    int[] posts,
    double[] postWeights) {

  public Contributors {
    Objects.requireNonNull(engagerOffsets, "engagerOffsets");
    Objects.requireNonNull(engagers, "engagers");
    Objects.requireNonNull(engagerWeights, "engagerWeights");
    Objects.requireNonNull(postOffsets, "postOffsets");
    Objects.requireNonNull(posts, "posts");
    Objects.requireNonNull(postWeights, "postWeights");
  }

  /** The number of top engagers kept for account {@code a}. */
  public int engagerCount(int a) {
    return engagerOffsets[a + 1] - engagerOffsets[a];
  }

  /** The number of top posts kept for account {@code a}. */
  public int postCount(int a) {
    return postOffsets[a + 1] - postOffsets[a];
  }

  @Override
  public String toString() {
    return "Contributors[accounts=" + (engagerOffsets.length - 1) + ", engagers=" + engagers.length
        + ", posts=" + posts.length + "]";
  }
}
