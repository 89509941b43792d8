package io.sway.loader.dataset;

import java.util.List;

/**
 * The files of a dataset folder. Each may be {@code NAME.csv} or {@code NAME.jsonl} (not both);
 * only {@link #ACCOUNTS} is required.
 */
public enum DatasetFile {
  ACCOUNTS(
      "accounts",
      true,
      List.of(Field.ID, Field.NETWORK, Field.HANDLE, Field.CREATED_AT),
      List.of(Field.DISPLAY_NAME, Field.VERIFIED, Field.BIO)),
  PERSONS("persons", false, List.of(Field.PERSON_ID, Field.ACCOUNT_ID), List.of()),
  FOLLOWS("follows", false, List.of(Field.FOLLOWER_ID, Field.FOLLOWEE_ID), List.of(Field.SINCE)),
  POSTS(
      "posts",
      false,
      List.of(Field.ID, Field.AUTHOR_ID, Field.CREATED_AT),
      List.of(Field.TOPICS, Field.REPLY_TO)),
  /** {@code post_id} and {@code target_account_id} are each optional, but one of them is needed. */
  INTERACTIONS(
      "interactions",
      false,
      List.of(Field.ACTOR_ID, Field.TYPE, Field.AT),
      List.of(Field.POST_ID, Field.TARGET_ACCOUNT_ID));

  private final String baseName;
  private final boolean required;
  private final List<String> requiredFields;
  private final List<String> optionalFields;

  DatasetFile(
      String baseName, boolean required, List<String> requiredFields, List<String> optionalFields) {
    this.baseName = baseName;
    this.required = required;
    this.requiredFields = requiredFields;
    this.optionalFields = optionalFields;
  }

  /** The file name without extension, e.g. {@code follows}. */
  public String baseName() {
    return baseName;
  }

  /** Whether a dataset folder must contain this file. */
  public boolean required() {
    return required;
  }

  /** The columns (CSV) or fields (JSON Lines) every row must give, in documentation order. */
  public List<String> requiredFields() {
    return requiredFields;
  }

  /** The columns or fields a row may leave empty or omit, in documentation order. */
  public List<String> optionalFields() {
    return optionalFields;
  }
}
