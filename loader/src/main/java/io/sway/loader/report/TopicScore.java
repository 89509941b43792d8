package io.sway.loader.report;

/** An account's standing on one topic with evidence ({@code INFLUENTIAL_ON}). */
public record TopicScore(String name, double score, int engagedPosts) {}
