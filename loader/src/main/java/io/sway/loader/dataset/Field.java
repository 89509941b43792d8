package io.sway.loader.dataset;

import java.util.Set;

/** The column names (CSV) and field names (JSON Lines) of a dataset, one constant per name. */
final class Field {
  private Field() {}

  static final String ID = "id";
  static final String NETWORK = "network";
  static final String HANDLE = "handle";
  static final String CREATED_AT = "created_at";
  static final String DISPLAY_NAME = "display_name";
  static final String VERIFIED = "verified";
  static final String BIO = "bio";

  static final String PERSON_ID = "person_id";
  static final String ACCOUNT_ID = "account_id";

  static final String FOLLOWER_ID = "follower_id";
  static final String FOLLOWEE_ID = "followee_id";
  static final String SINCE = "since";

  static final String AUTHOR_ID = "author_id";
  static final String TOPICS = "topics";
  static final String REPLY_TO = "reply_to";

  static final String ACTOR_ID = "actor_id";
  static final String TYPE = "type";
  static final String POST_ID = "post_id";
  static final String TARGET_ACCOUNT_ID = "target_account_id";
  static final String AT = "at";

  /** Fields that JSON Lines may give as an array of strings; CSV separates the items by ';'. */
  static final Set<String> LIST_FIELDS = Set.of(TOPICS);

  /** Separator of the items of a list field. */
  static final char LIST_SEPARATOR = ';';
}
