/**
 * Ranking algorithms over {@link io.sway.engine.graph.GraphSnapshot}s: each algorithm is one class,
 * constructed with its graph and an immutable config, returning a {@link
 * io.sway.engine.rank.RankResult}.
 */
package io.sway.engine.rank;
