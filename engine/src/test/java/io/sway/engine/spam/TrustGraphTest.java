package io.sway.engine.spam;

import static io.sway.engine.spam.SmallNetwork.AS_OF;
import static io.sway.engine.spam.SmallNetwork.WINDOW_START;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sway.engine.graph.GraphSnapshot;
import io.sway.engine.model.ActivityBuilder;
import io.sway.engine.model.EngagementType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustGraphTest {

  private static SpamConfig ties(double follow, double engagement, double oneSided) {
    SpamConfig d = SpamConfig.defaults();
    return new SpamConfig(d.rounds(), follow, engagement, oneSided, d.verifiedSeeds(),
        d.automaticSeedShare(), d.automaticSeedMinimum(), d.automaticSeedMinAgeDays(),
        d.trustedLevel(), d.trustedFollowersSaturation(), d.trustDecades(),
        d.cohortWindowHours(), d.youngAgeDays(), d.inactivityDays(), d.threshold(),
        d.coefficients(), d.seeds());
  }

  private static ActivityBuilder accounts(int count) {
    ActivityBuilder builder = new ActivityBuilder(WINDOW_START, AS_OF);
    for (int i = 0; i < count; i++) {
      builder.addAccount(AS_OF - 1_000 * SmallNetwork.DAY, false, "twitter", -1);
    }
    return builder;
  }

  private static double weight(GraphSnapshot graph, int u, int v) {
    int edge = graph.edgeId(u, v);
    return edge < 0 ? 0.0 : graph.edgeWeight(edge);
  }

  @Test
  void mutualFollowIsATieAndAOneSidedFollowIsNotByDefault() {
    ActivityBuilder builder = accounts(3);
    builder.addFollow(0, 1).addFollow(1, 0).addFollow(2, 0);

    GraphSnapshot graph = TrustGraph.of(builder.build(), SpamConfig.defaults());

    assertEquals(1.0, weight(graph, 0, 1));
    assertEquals(1.0, weight(graph, 1, 0));
    assertEquals(0.0, weight(graph, 0, 2));
    assertEquals(0.0, graph.outWeight(2));
    assertEquals(2, graph.edgeCount());
  }

  @Test
  void oneSidedTiesKeepTheirConfiguredShare() {
    ActivityBuilder builder = accounts(3);
    builder.addFollow(0, 1).addFollow(1, 0).addFollow(2, 0);

    GraphSnapshot graph = TrustGraph.of(builder.build(), ties(2.0, 1.0, 0.25));

    assertEquals(2.0, weight(graph, 0, 1));
    assertEquals(0.5, weight(graph, 2, 0));
    assertEquals(0.5, weight(graph, 0, 2));
  }

  @Test
  void engagementBothWaysAddsTheEngagementWeightOnceHoweverOften() {
    ActivityBuilder builder = accounts(3);
    int post0 = builder.addPost(0, WINDOW_START + 10, -1);
    int post1 = builder.addPost(1, WINDOW_START + 20, -1);
    for (int i = 0; i < 5; i++) {
      builder.addPostEvent(1, EngagementType.LIKE, post0, WINDOW_START + 100 + i);
    }
    builder.addPostEvent(0, EngagementType.REPLY, post1, WINDOW_START + 200);
    builder.addAccountEvent(2, EngagementType.MENTION, 0, WINDOW_START + 300);
    builder.addFollow(0, 1).addFollow(1, 0);

    GraphSnapshot graph = TrustGraph.of(builder.build(), ties(1.0, 0.5, 0.0));

    assertEquals(1.5, weight(graph, 0, 1)); // mutual follow 1 + mutual engagement 0.5
    assertEquals(0.0, weight(graph, 0, 2)); // a mention not returned
  }

  @Test
  void graphIsSymmetric() {
    ActivityBuilder builder = accounts(4);
    builder.addFollow(0, 1).addFollow(1, 0).addFollow(1, 2).addFollow(2, 1).addFollow(3, 2);
    int post = builder.addPost(3, WINDOW_START + 1, -1);
    builder.addPostEvent(2, EngagementType.RESHARE, post, WINDOW_START + 2);

    GraphSnapshot graph = TrustGraph.of(builder.build(), ties(1.0, 1.0, 0.3));

    // accepted by TrustPropagation, which checks symmetry
    new TrustPropagation(graph, new int[] {0}, 1);
    assertEquals(weight(graph, 2, 3), weight(graph, 3, 2));
    assertEquals(0.6, weight(graph, 2, 3), 1e-15); // one-sided follow and engagement: 0.3 + 0.3
  }

  @Test
  void selfFollowIsIgnored() {
    ActivityBuilder builder = accounts(2);
    builder.addFollow(0, 0).addFollow(0, 1).addFollow(1, 0);

    GraphSnapshot graph = TrustGraph.of(builder.build(), SpamConfig.defaults());

    assertEquals(0.0, weight(graph, 0, 0));
    assertEquals(1.0, graph.outWeight(0));
  }
}
