package io.sway.loader.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GroupedAliasTableTest {
  private static final int DRAWS = 400_000;
  private static final double TOLERANCE = 0.005;

  @Test
  void drawsEachMemberInProportionToItsWeight() {
    int[] groupOf = {0, 1, 0, 0, -1, 1, 2};
    float[] weight = {1, 5, 2, 7, 9, 5, 0};
    GroupedAliasTable table = GroupedAliasTable.build(3, groupOf, weight);
    assertEquals(3, table.size(0));
    assertEquals(2, table.size(1));
    assertEquals(0, table.size(2), "zero weight leaves the group empty");
    SplitMix random = SplitMix.of(1, 0, 0);
    int[] counts = new int[groupOf.length];
    for (int i = 0; i < DRAWS; i++) {
      counts[table.sample(0, random)]++;
    }
    assertEquals(0.1, (double) counts[0] / DRAWS, TOLERANCE);
    assertEquals(0.2, (double) counts[2] / DRAWS, TOLERANCE);
    assertEquals(0.7, (double) counts[3] / DRAWS, TOLERANCE);
    assertEquals(GroupedAliasTable.NONE, table.sample(2, random));
  }

  @Test
  void membersAreListedInAccountOrder() {
    GroupedAliasTable table =
        GroupedAliasTable.build(2, new int[] {1, 0, 1, 1}, new float[] {1, 1, 1, 1});
    assertEquals(0, table.member(1, 0));
    assertEquals(2, table.member(1, 1));
    assertEquals(3, table.member(1, 2));
  }
}
