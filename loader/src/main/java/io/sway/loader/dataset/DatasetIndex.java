package io.sway.loader.dataset;

/**
 * The ids of a validated dataset and their dense indexes: accounts and posts in file order, persons
 * in order of first appearance, and each post's author. Immutable.
 */
record DatasetIndex(IdIndex accounts, IdIndex posts, int[] postAuthors, IdIndex persons) {}
