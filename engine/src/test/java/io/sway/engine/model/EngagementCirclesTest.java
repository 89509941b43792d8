package io.sway.engine.model;

import static io.sway.engine.model.EngagementType.REPLY;
import static io.sway.engine.model.EngagementType.RESHARE;
import static io.sway.engine.model.Windows.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EngagementCirclesTest {
  /** Factors are a few exact products. */
  private static final double EXACT = 1e-12;

  private static final double DISCOUNT = CircleConfig.DISCOUNT_DEFAULT;

  private static double factor(EngagementGraph graph, CircleDiscounts circles, int u, int v) {
    return circles.factor(graph.graph().edgeId(u, v));
  }

  @Test
  void cliqueEngagingOnlyItselfKeepsOnlyWhatTheDiscountLeaves() {
    ActivityBuilder b = Windows.builder();
    int[] pod = Windows.accounts(b, 4);
    for (int member : pod) {
      int post = b.addPost(member, at(0, member), -1);
      for (int mate : pod) {
        b.addPostEvent(mate, RESHARE, post, at(0, 10 + mate));
      }
    }
    EngagementGraph graph = Windows.graph(b.build());

    CircleDiscounts circles = Windows.circles(graph);

    assertEquals(6, circles.mutualPairs());
    assertEquals(6, circles.discountedPairs());
    for (int u : pod) {
      for (int v : pod) {
        if (u != v) {
          assertEquals(1 - DISCOUNT, factor(graph, circles, u, v), EXACT);
        }
      }
    }
  }

  @Test
  void oneSidedEngagementIsNotDiscounted() {
    ActivityBuilder b = Windows.builder();
    int star = Windows.account(b);
    int post = b.addPost(star, at(0, 0), -1);
    for (int fan : Windows.accounts(b, 5)) {
      b.addPostEvent(fan, RESHARE, post, at(0, 5));
    }
    EngagementGraph graph = Windows.graph(b.build());

    CircleDiscounts circles = Windows.circles(graph);

    assertEquals(0, circles.mutualPairs());
    for (double f : circles.edgeFactor()) {
      assertEquals(1.0, f);
    }
  }

  @Test
  void friendsWhoEngageWidelyKeepMostOfTheirEngagement() {
    ActivityBuilder b = Windows.builder();
    int u = Windows.account(b);
    int v = Windows.account(b);
    b.addAccountEvent(u, RESHARE, v, at(0, 0));
    b.addAccountEvent(v, RESHARE, u, at(0, 1));
    for (int other : Windows.accounts(b, 9)) {
      b.addAccountEvent(u, RESHARE, other, at(0, 2));
      b.addAccountEvent(v, RESHARE, other, at(0, 3));
    }
    EngagementGraph graph = Windows.graph(b.build());

    CircleDiscounts circles = Windows.circles(graph);

    // balanced (reciprocity 1), each spends 1 of 10 inside the pair (closure 0.1)
    assertEquals(1 - DISCOUNT * 0.1, factor(graph, circles, u, v), EXACT);
    assertEquals(1 - DISCOUNT * 0.1, factor(graph, circles, v, u), EXACT);
  }

  @Test
  void commonCircleCountsTowardClosure() {
    ActivityBuilder b = Windows.builder();
    int[] triangle = Windows.accounts(b, 3);
    for (int x : triangle) {
      for (int y : triangle) {
        if (x != y) {
          b.addAccountEvent(x, RESHARE, y, at(0, x));
        }
      }
    }
    for (int x : triangle) {
      for (int outsider : Windows.accounts(b, 2)) {
        b.addAccountEvent(x, RESHARE, outsider, at(1, x));
      }
    }
    EngagementGraph graph = Windows.graph(b.build());

    CircleDiscounts circles = Windows.circles(graph);

    // each spends 2 of 4 on its partner and their common partner: closure 1/2
    assertEquals(3, circles.mutualPairs());
    assertEquals(1 - DISCOUNT * 0.5, factor(graph, circles, triangle[0], triangle[1]), EXACT);
  }

  @Test
  void celebrityAnsweringAFanIsBarelyDiscounted() {
    ActivityBuilder b = Windows.builder();
    int celebrity = Windows.account(b);
    int fan = Windows.account(b);
    for (int i = 0; i < 5; i++) {
      b.addAccountEvent(fan, REPLY, celebrity, at(i, 0));
    }
    b.addAccountEvent(celebrity, REPLY, fan, at(6, 0));
    for (int other : Windows.accounts(b, 50)) {
      b.addAccountEvent(celebrity, RESHARE, other, at(7, 0));
    }
    EngagementGraph graph = Windows.graph(b.build());

    CircleDiscounts circles = Windows.circles(graph);

    assertTrue(factor(graph, circles, fan, celebrity) > 0.99);
    assertEquals(factor(graph, circles, fan, celebrity), factor(graph, circles, celebrity, fan));
  }

  @Test
  void zeroDiscountLeavesEveryEdgeWhole() {
    ActivityBuilder b = Windows.builder();
    int[] pair = Windows.accounts(b, 2);
    b.addAccountEvent(pair[0], RESHARE, pair[1], at(0, 0));
    b.addAccountEvent(pair[1], RESHARE, pair[0], at(0, 1));
    EngagementGraph graph = Windows.graph(b.build());

    CircleDiscounts circles =
        new EngagementCircles(graph, new CircleConfig(0.0, CircleConfig.CIRCLE_SIZE_DEFAULT))
            .compute();

    assertEquals(1, circles.mutualPairs());
    assertEquals(0, circles.discountedPairs());
    assertEquals(1.0, factor(graph, circles, pair[0], pair[1]));
  }

  @Test
  void podThatAlsoEngagesOutsideIsStillAClosedCircle() {
    ActivityBuilder b = Windows.builder();
    int[] pod = Windows.accounts(b, 6);
    for (int member : pod) {
      // members post at different rates: the busiest gets five times what it gives
      for (int p = 0; p < (member == pod[0] ? 5 : 1); p++) {
        int post = b.addPost(member, at(p, member), -1);
        for (int mate : pod) {
          b.addPostEvent(mate, RESHARE, post, at(p, 10 + mate));
        }
      }
    }
    for (int member : pod) {
      for (int outsider : Windows.accounts(b, 20)) {
        b.addAccountEvent(member, RESHARE, outsider, at(3, member));
      }
    }
    EngagementGraph graph = Windows.graph(b.build());

    CircleDiscounts circles = Windows.circles(graph);

    // four common partners (circle size 4): closed whatever the members spend outside; and
    // engagement per post of the other is the same both ways
    for (int u : pod) {
      for (int v : pod) {
        if (u != v) {
          assertEquals(1 - DISCOUNT, factor(graph, circles, u, v), EXACT);
        }
      }
    }
  }

  @Test
  void aPairWithFewCommonPartnersIsJudgedByItsShareInside() {
    ActivityBuilder b = Windows.builder();
    int[] pair = Windows.accounts(b, 2);
    int common = Windows.account(b);
    for (int x : new int[] {pair[0], pair[1], common}) {
      for (int y : new int[] {pair[0], pair[1], common}) {
        if (x != y) {
          b.addAccountEvent(x, RESHARE, y, at(0, x));
        }
      }
    }
    for (int x : pair) {
      for (int outsider : Windows.accounts(b, 18)) {
        b.addAccountEvent(x, RESHARE, outsider, at(1, x));
      }
    }
    EngagementGraph graph = Windows.graph(b.build());

    CircleDiscounts circles = Windows.circles(graph);

    // one common partner of four: closure max(2 / 20, 1 / 4) = 1/4
    assertEquals(1 - DISCOUNT * 0.25, factor(graph, circles, pair[0], pair[1]), EXACT);
  }
}
