package io.sway.loader.dataset;

/**
 * Harmless oddities of a dataset: they are counted and reported, never fatal. The rows of the kinds
 * that {@linkplain #skipsRow() skip} are left out of every stream of the dataset; the others are
 * kept and only flagged.
 */
public enum WarningKind {
  /** The same person and account on a second row of {@code persons}. Skipped. */
  DUPLICATE_OWNERSHIP(DatasetFile.PERSONS, "duplicate person row", true),
  /** The same follower and followee on a second row of {@code follows}. Skipped. */
  DUPLICATE_FOLLOW(DatasetFile.FOLLOWS, "duplicate follow", true),
  /** An account that follows itself. Skipped. */
  SELF_FOLLOW(DatasetFile.FOLLOWS, "self-follow", true),
  /** The same actor, type, post (or target) and time on a second row. Skipped. */
  DUPLICATE_INTERACTION(DatasetFile.INTERACTIONS, "duplicate interaction", true),
  /** An account that interacts with its own post, or mentions itself. Kept: the scorer decides. */
  SELF_ENGAGEMENT(DatasetFile.INTERACTIONS, "self-engagement", false);

  private final DatasetFile file;
  private final String label;
  private final boolean skipsRow;

  WarningKind(DatasetFile file, String label, boolean skipsRow) {
    this.file = file;
    this.label = label;
    this.skipsRow = skipsRow;
  }

  /** The file whose rows this kind is about. */
  public DatasetFile file() {
    return file;
  }

  /** A short name for users, e.g. {@code duplicate follow}. */
  public String label() {
    return label;
  }

  /** Whether the rows of this kind are left out of the dataset's streams. */
  public boolean skipsRow() {
    return skipsRow;
  }
}
