package io.sway.loader.neo4j;

import io.sway.engine.graph.GraphSnapshot;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;

/**
 * The engagement graph of one scoring window, read out of Neo4j: vertex {@code i} is the account
 * {@code accountIds.get(i)}; an edge {@code u -> v} weighs the engagement {@code u} gave {@code
 * v}'s content in the window (interaction weights summed); {@code active} marks accounts that
 * posted or interacted in the window.
 */
public record EngagementSnapshot(
    List<String> accountIds, GraphSnapshot graph, BitSet active, Instant from, Instant to) {

  public EngagementSnapshot {
    accountIds = List.copyOf(accountIds);
    active = (BitSet) active.clone();
    if (graph.vertexCount() != accountIds.size()) {
      throw new IllegalArgumentException(
          "graph has " + graph.vertexCount() + " vertices for " + accountIds.size() + " accounts");
    }
  }

  public int accountCount() {
    return accountIds.size();
  }

  public boolean isActive(int account) {
    return active.get(account);
  }
}
