package io.sway.loader.synthetic;

/**
 * The networks of the synthetic population, with the share of accounts each one holds and the
 * shape of its handles. Follows and interactions never cross networks; persons do.
 */
enum Network {
  TWITTER("twitter", 0.55, "@", "_", ""),
  INSTAGRAM("instagram", 0.20, "@", ".", ""),
  BLUESKY("bluesky", 0.15, "@", "-", ".bsky.social"),
  MASTODON("mastodon", 0.10, "@", "_", "@mastodon.social");

  /** The network that hosts the fake-follower market (clients and fake accounts live there). */
  static final Network MARKET = TWITTER;

  private static final Network[] VALUES = values();

  private final String code;
  private final double share;
  private final String handlePrefix;
  private final String nameSeparator;
  private final String handleSuffix;

  Network(
      String code, double share, String handlePrefix, String nameSeparator, String handleSuffix) {
    this.code = code;
    this.share = share;
    this.handlePrefix = handlePrefix;
    this.nameSeparator = nameSeparator;
    this.handleSuffix = handleSuffix;
  }

  String code() {
    return code;
  }

  static Network of(int ordinal) {
    return VALUES[ordinal];
  }

  static int count() {
    return VALUES.length;
  }

  /** A network drawn by share. */
  static Network draw(SplitMix random) {
    double u = random.nextDouble();
    for (Network network : VALUES) {
      u -= network.share;
      if (u < 0) {
        return network;
      }
    }
    return VALUES[VALUES.length - 1];
  }

  /** {@code @amber_lee42}, {@code @amber.lee42}, {@code @amber-lee42.bsky.social}, ... */
  String personalHandle(String first, String last, String number) {
    return handlePrefix + first + nameSeparator + last + number + handleSuffix;
  }

  /** {@code @amberlee4821}: names run together and a long number, as bulk-made accounts have. */
  String bulkHandle(String first, String last, String number) {
    return handlePrefix + first + last + number + handleSuffix;
  }
}
