package io.sway.loader.synthetic;

/**
 * Weighted sampling of an account from one of many groups in O(1) per draw: one alias table per
 * group (Walker 1977; construction by Vose, "A linear algorithm for generating random numbers with
 * a given distribution", IEEE TSE 1991), all stored in three flat arrays, 12 bytes per member.
 *
 * <p>Accounts with group {@code -1} or weight {@code 0} are left out. Members appear in increasing
 * account order within their group, and construction uses only IEEE arithmetic, so the table and
 * every draw from it are reproducible. A group whose weights sum to zero is empty.
 */
final class GroupedAliasTable {
  /** What {@link #sample} returns for an empty group. */
  static final int NONE = -1;

  private final int[] start;
  private final int[] members;
  private final float[] keep;
  private final int[] alias;

  private GroupedAliasTable(int[] start, int[] members, float[] keep, int[] alias) {
    this.start = start;
    this.members = members;
    this.keep = keep;
    this.alias = alias;
  }

  /**
   * @param groups number of groups
   * @param groupOf the group of each account, or {@code -1}
   * @param weight the sampling weight of each account, {@code >= 0}
   */
  static GroupedAliasTable build(int groups, int[] groupOf, float[] weight) {
    int[] start = new int[groups + 1];
    for (int account = 0; account < groupOf.length; account++) {
      if (groupOf[account] >= 0 && weight[account] > 0) {
        start[groupOf[account] + 1]++;
      }
    }
    int largest = 0;
    for (int g = 0; g < groups; g++) {
      largest = Math.max(largest, start[g + 1]);
      start[g + 1] += start[g];
    }
    int[] members = new int[start[groups]];
    int[] fill = new int[groups];
    for (int account = 0; account < groupOf.length; account++) {
      int g = groupOf[account];
      if (g >= 0 && weight[account] > 0) {
        members[start[g] + fill[g]++] = account;
      }
    }
    float[] keep = new float[members.length];
    int[] alias = new int[members.length];
    double[] scaled = new double[largest];
    int[] small = new int[largest];
    int[] large = new int[largest];
    for (int g = 0; g < groups; g++) {
      buildGroup(start[g], start[g + 1], members, weight, keep, alias, scaled, small, large);
    }
    return new GroupedAliasTable(start, members, keep, alias);
  }

  private static void buildGroup(int from, int to, int[] members, float[] weight, float[] keep,
      int[] alias, double[] scaled, int[] small, int[] large) {
    int n = to - from;
    double total = 0;
    for (int j = 0; j < n; j++) {
      total += weight[members[from + j]];
    }
    int smallCount = 0;
    int largeCount = 0;
    for (int j = 0; j < n; j++) {
      scaled[j] = weight[members[from + j]] * n / total;
      if (scaled[j] < 1.0) {
        small[smallCount++] = j;
      } else {
        large[largeCount++] = j;
      }
    }
    while (smallCount > 0 && largeCount > 0) {
      int less = small[--smallCount];
      int more = large[--largeCount];
      keep[from + less] = (float) scaled[less];
      alias[from + less] = more;
      scaled[more] = scaled[more] + scaled[less] - 1.0;
      if (scaled[more] < 1.0) {
        small[smallCount++] = more;
      } else {
        large[largeCount++] = more;
      }
    }
    while (largeCount > 0) {
      int j = large[--largeCount];
      keep[from + j] = 1.0f;
      alias[from + j] = j;
    }
    while (smallCount > 0) {
      int j = small[--smallCount];
      keep[from + j] = 1.0f;
      alias[from + j] = j;
    }
  }

  /** An account of {@code group} drawn with probability proportional to its weight. */
  int sample(int group, SplitMix random) {
    int from = start[group];
    int n = start[group + 1] - from;
    int slot = from + random.nextInt(Math.max(n, 1));
    double coin = random.nextDouble();
    if (n == 0) {
      return NONE;
    }
    return coin < keep[slot] ? members[slot] : members[from + alias[slot]];
  }

  int size(int group) {
    return start[group + 1] - start[group];
  }

  /** The {@code i}-th member of {@code group}, in increasing account order. */
  int member(int group, int i) {
    return members[start[group] + i];
  }
}
