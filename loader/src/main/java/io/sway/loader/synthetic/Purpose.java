package io.sway.loader.synthetic;

/**
 * The keys that separate the generator's random streams. Each kind of decision draws from its own
 * stream, so changing one knob (say, the number of pods) leaves unrelated decisions (say, every
 * organic account's posting times) unchanged.
 */
final class Purpose {
  private Purpose() {}

  static final long COMMUNITIES = 1;
  static final long PERSONS = 2;
  static final long INTERESTS = 3;
  static final long POPULARITY = 4;
  static final long CREATED = 5;
  static final long POST_RATE = 6;
  static final long POST_COUNT = 7;
  static final long POST = 8;
  static final long TIES = 10;
  static final long TWINS = 11;
  static final long PUPPETS = 12;
  static final long FARMS = 13;
  static final long FAKES = 14;
  static final long PERMUTATION = 15;
  static final long FOLLOW_DRAWS = 16;
  static final long FOLLOW_TIMES = 17;
  static final long MUTUAL = 19;
  static final long MUTUAL_OWNER = 20;
  static final long FARM_LINK = 21;
  static final long CAMPAIGN = 22;
  static final long CAMPAIGN_PARTICIPATION = 23;
  static final long ENGAGEMENT = 24;
  static final long COORDINATED_ENGAGEMENT = 25;
  static final long OWNER_FOLLOWS_PUPPET = 26;
  static final long PROFILE = 27;
  static final long INACTIVITY = 28;
  static final long PAUSES = 29;
  static final long POD_FORMED = 30;
}
