package io.sway.engine.spam;

import io.sway.engine.model.Activity;
import io.sway.engine.model.ActivityBuilder;
import io.sway.engine.model.EngagementType;

/**
 * Hand-built networks for the spam tests: a genuine community, and the adversaries of the
 * generator's ground truth (a spam farm, bought followers) added to it by hand.
 *
 * <p>The community is a circulant graph: member {@code i} follows {@code i ± 1, 2, 5} (mod size),
 * so every follow is returned and trust mixes in a few rounds. Members were created 13 days apart,
 * starting more than a year before the window ends; each posts {@value #POSTS_PER_MEMBER} times in
 * the window and likes the first post of the next two members.
 */
final class SmallNetwork {
  static final long DAY = 86_400;
  static final long HOUR = 3_600;
  static final long AS_OF = 1_780_000_000L;
  static final long WINDOW_START = AS_OF - 90 * DAY;
  static final int POSTS_PER_MEMBER = 3;
  private static final int[] COMMUNITY_STEPS = {1, 2, 5};
  private static final long FIRST_MEMBER_AGE_DAYS = 400;
  private static final long MEMBER_SPACING_DAYS = 13;

  final ActivityBuilder builder = new ActivityBuilder(WINDOW_START, AS_OF);
  private int[] firstPost = new int[0];

  /** Adds a genuine community of {@code size} members; the listed members are verified. */
  int[] community(int size, int... verifiedMembers) {
    int[] members = new int[size];
    for (int i = 0; i < size; i++) {
      boolean verified = false;
      for (int v : verifiedMembers) {
        verified |= v == i;
      }
      long created = AS_OF - (FIRST_MEMBER_AGE_DAYS + MEMBER_SPACING_DAYS * i) * DAY;
      members[i] = builder.addAccount(created, verified, "twitter", -1);
    }
    for (int i = 0; i < size; i++) {
      for (int step : COMMUNITY_STEPS) {
        builder.addFollow(members[i], members[(i + step) % size]);
        builder.addFollow(members[i], members[Math.floorMod(i - step, size)]);
      }
    }
    firstPost = new int[builder.accountCount()];
    for (int i = 0; i < size; i++) {
      for (int p = 0; p < POSTS_PER_MEMBER; p++) {
        int post = builder.addPost(members[i], WINDOW_START + (10 + 20 * p + i % 7) * DAY, -1);
        if (p == 0) {
          firstPost[members[i]] = post;
        }
      }
    }
    for (int i = 0; i < size; i++) {
      for (int step = 1; step <= 2; step++) {
        int author = members[(i + step) % size];
        builder.addPostEvent(members[i], EngagementType.LIKE, firstPost[author],
            WINDOW_START + 40 * DAY + i * HOUR);
      }
    }
    return members;
  }

  /**
   * Adds a spam farm of {@code size} accounts created within two hours, 30 days before the end of
   * the window: each follows every farm-mate and {@code target}, likes the target's first post
   * and posts once.
   */
  int[] farm(int size, int target) {
    int[] farm = new int[size];
    long created = AS_OF - 30 * DAY;
    for (int i = 0; i < size; i++) {
      farm[i] = builder.addAccount(created + i * (2 * HOUR / size), false, "twitter", -1);
    }
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        if (i != j) {
          builder.addFollow(farm[i], farm[j]);
        }
      }
      builder.addFollow(farm[i], target);
      builder.addPostEvent(farm[i], EngagementType.LIKE, firstPost(target), AS_OF - 5 * DAY);
      builder.addPost(farm[i], AS_OF - 3 * DAY + i * 60, -1);
    }
    return farm;
  }

  /**
   * Adds {@code count} bought followers of {@code buyer}: created in one batch 20 days before the
   * end of the window, following the buyer and nobody else, never posting or engaging.
   */
  int[] boughtFollowers(int count, int buyer) {
    int[] fakes = new int[count];
    for (int i = 0; i < count; i++) {
      fakes[i] = builder.addAccount(AS_OF - 20 * DAY + i * 60, false, "twitter", -1);
      builder.addFollow(fakes[i], buyer);
    }
    return fakes;
  }

  int firstPost(int account) {
    return firstPost[account];
  }

  Activity build() {
    return builder.build();
  }
}
