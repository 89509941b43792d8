package io.sway.loader.synthetic;

/**
 * Built-in word lists for readable profiles, and the handle numbering that keeps handles unique per
 * network without remembering any handle: for every (network, style, first name, last name) a
 * counter says how many such handles exist already, and the counter is turned into a suffix by a
 * bijection ({@code amber_lee}, {@code amber_lee47}, {@code amber_lee84}, ...). Personal handles
 * separate the names ({@code amber_lee}) and bulk-made ones never do ({@code amberlee4821}), and
 * no name contains a digit, so the two styles cannot collide either.
 */
final class Names {
  private static final String[] FIRST = {
    "amber", "liam", "noah", "emma", "olivia", "ava", "mia", "lucas", "ethan", "sofia", "maya",
    "leo", "nora", "omar", "yara", "ivan", "anna", "kenji", "yuki", "ravi", "priya", "diego",
    "lucia", "mateo", "chloe", "hugo", "ines", "felix", "clara", "jonas", "lena", "milan", "zoe",
    "aria", "theo", "ruby", "oscar", "hana", "samir", "leila", "tariq", "amara", "kofi", "ada",
    "tomas", "elena", "marco", "giulia", "pierre", "camille", "sven", "freya", "arjun", "meera",
    "wei", "lin", "jin", "seo", "kai", "nina", "paul", "rosa", "ben", "iris"
  };
  private static final String[] LAST = {
    "lee", "smith", "garcia", "martin", "rossi", "muller", "silva", "kim", "patel", "nguyen",
    "cohen", "novak", "jensen", "dubois", "costa", "santos", "tanaka", "sato", "chen", "wang",
    "khan", "ali", "okafor", "mensah", "brown", "wilson", "taylor", "moreau", "fischer", "weber",
    "lopez", "diaz", "romero", "ferrari", "bianchi", "kowalski", "nowak", "horvat", "popescu",
    "ivanova", "petrov", "larsen", "berg", "lind", "murphy", "kelly", "walsh", "byrne", "reyes",
    "cruz", "ortiz", "park", "choi", "singh", "gupta", "shah", "haddad", "nasser", "adams", "clark",
    "wright", "hill", "green", "young"
  };
  private static final String[] OCCUPATIONS = {
    "Teacher", "Engineer", "Nurse", "Designer", "Student", "Writer", "Researcher", "Chef",
    "Photographer", "Developer", "Journalist", "Coach", "Doctor", "Musician", "Founder", "Analyst",
    "Architect", "Librarian", "Farmer", "Artist"
  };
  private static final String[] SPAM_BIOS = {
    "Follow back 100%", "DM for promo", "Daily giveaways, follow to win", "Best deals every day",
    "Grow your account fast, link below", "Free followers, ask me how"
  };
  private static final String[] FAKE_BIOS = {"Living my best life", "Just vibes", "Hello world"};

  private static final int TWO_DIGIT_SUFFIXES = 89;
  private static final int TWO_DIGIT_STRIDE = 37;
  private static final int FOUR_DIGIT_SUFFIXES = 9000;
  private static final int FOUR_DIGIT_STRIDE = 7919;
  private static final int FIRST_FOUR_DIGIT = 1000;

  private final int[] personalCounters;
  private final int[] bulkCounters;

  Names() {
    int combinations = Network.count() * FIRST.length * LAST.length;
    personalCounters = new int[combinations];
    bulkCounters = new int[combinations];
  }

  /** A name key: an index over (first name, last name) pairs. */
  static int drawName(SplitMix random) {
    return random.nextInt(FIRST.length) * LAST.length + random.nextInt(LAST.length);
  }

  static String displayName(int name) {
    return capitalize(FIRST[name / LAST.length]) + " " + capitalize(LAST[name % LAST.length]);
  }

  /** The next unused personal handle of this name on this network. */
  String personalHandle(Network network, int name) {
    int counter = personalCounters[network.ordinal() * FIRST.length * LAST.length + name]++;
    return network.personalHandle(FIRST[name / LAST.length], LAST[name % LAST.length],
        personalSuffix(counter));
  }

  /** The next unused bulk-made handle of this name on this network. */
  String bulkHandle(Network network, int name) {
    int counter = bulkCounters[network.ordinal() * FIRST.length * LAST.length + name]++;
    return network.bulkHandle(FIRST[name / LAST.length], LAST[name % LAST.length],
        bulkSuffix(counter));
  }

  /** "", then 89 distinct two-digit numbers in scrambled order, then 100, 101, ... */
  static String personalSuffix(int counter) {
    if (counter == 0) {
      return "";
    }
    if (counter <= TWO_DIGIT_SUFFIXES) {
      return Integer.toString(10 + (counter - 1) * TWO_DIGIT_STRIDE % (TWO_DIGIT_SUFFIXES + 1));
    }
    return Integer.toString(100 + counter - TWO_DIGIT_SUFFIXES - 1);
  }

  /** 9000 distinct four-digit numbers in scrambled order, then 10000, 10001, ... */
  static String bulkSuffix(int counter) {
    if (counter < FOUR_DIGIT_SUFFIXES) {
      return Integer.toString(
          FIRST_FOUR_DIGIT + (int) ((long) counter * FOUR_DIGIT_STRIDE % FOUR_DIGIT_SUFFIXES));
    }
    return Integer.toString(10_000 + counter - FOUR_DIGIT_SUFFIXES);
  }

  /** "Engineer. Into cycling and books." from the account's interests. */
  static String personalBio(int interests, SplitMix random) {
    StringBuilder bio = new StringBuilder(OCCUPATIONS[random.nextInt(OCCUPATIONS.length)]);
    int count = Integer.bitCount(interests);
    if (count > 0) {
      bio.append(". Into ");
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          bio.append(i == count - 1 ? " and " : ", ");
        }
        bio.append(Topics.word(Topics.nth(interests, i)));
      }
    }
    return bio.append('.').toString();
  }

  static String celebrityBio(int interests) {
    return "Official account. " + capitalize(Topics.word(Topics.nth(interests, 0))) + ".";
  }

  static String spamBio(SplitMix random) {
    return SPAM_BIOS[random.nextInt(SPAM_BIOS.length)];
  }

  static String fakeBio(SplitMix random) {
    return FAKE_BIOS[random.nextInt(FAKE_BIOS.length)];
  }

  private static String capitalize(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
