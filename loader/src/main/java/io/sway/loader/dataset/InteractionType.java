package io.sway.loader.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of engagement an account can show towards a post or another account. */
public enum InteractionType {
  RESHARE("reshare", "RESHARED"),
  REPLY("reply", "REPLIED"),
  QUOTE("quote", "QUOTED"),
  LIKE("like", "LIKED"),
  MENTION("mention", "MENTIONED");

  private static final InteractionType[] VALUES = values();

  private final String code;
  private final String relationshipType;

  InteractionType(String code, String relationshipType) {
    this.code = code;
    this.relationshipType = relationshipType;
  }

  /** The value used in dataset files, e.g. {@code reshare}. */
  public String code() {
    return code;
  }

  /** The Neo4j relationship type that stores this interaction, e.g. {@code RESHARED}. */
  public String relationshipType() {
    return relationshipType;
  }

  /** Parses a dataset value, ignoring case and surrounding blanks. */
  public static Optional<InteractionType> fromCode(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String normalized = value.strip().toLowerCase(Locale.ROOT);
    for (InteractionType type : VALUES) {
      if (type.code.equals(normalized)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** The accepted dataset values, for error messages: {@code reshare|reply|quote|like|mention}. */
  public static String codes() {
    return String.join("|", Arrays.stream(values()).map(InteractionType::code).toList());
  }
}
