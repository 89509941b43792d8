package io.sway.loader.synthetic;

/**
 * The topic vocabulary: thirty lowercase words. A set of topics is an {@code int} bit mask over
 * the word indexes, so an account's interests and a post's topics are one {@code int} each and
 * "shares a topic" is {@code (a & b) != 0}.
 */
final class Topics {
  private Topics() {}

  private static final String[] WORDS = {
    "ai", "climate", "football", "cooking", "travel", "music", "gaming", "crypto", "fashion",
    "fitness", "politics", "science", "startups", "photography", "movies", "books", "art", "health",
    "parenting", "pets", "gardening", "cycling", "running", "space", "design", "finance",
    "education", "history", "cars", "basketball"
  };

  static int count() {
    return WORDS.length;
  }

  static String word(int topic) {
    return WORDS[topic];
  }

  /** The topics of {@code mask} as {@code ai;climate}, in vocabulary order. */
  static String join(int mask) {
    StringBuilder text = new StringBuilder();
    for (int rest = mask; rest != 0; rest &= rest - 1) {
      if (!text.isEmpty()) {
        text.append(';');
      }
      text.append(WORDS[Integer.numberOfTrailingZeros(rest)]);
    }
    return text.toString();
  }

  /** The {@code n}-th topic (0-based, vocabulary order) of a non-empty mask. */
  static int nth(int mask, int n) {
    int rest = mask;
    for (int i = 0; i < n; i++) {
      rest &= rest - 1;
    }
    return Integer.numberOfTrailingZeros(rest);
  }

  /** One or two topics of {@code interests}: posts are about what their author cares about. */
  static int drawPostTopics(int interests, SplitMix random, double secondTopicShare) {
    int available = Integer.bitCount(interests);
    if (available == 0) {
      return 0;
    }
    int first = nth(interests, random.nextInt(available));
    int mask = 1 << first;
    if (available > 1 && random.chance(secondTopicShare)) {
      int second = nth(interests & ~mask, random.nextInt(available - 1));
      mask |= 1 << second;
    }
    return mask;
  }
}
