package io.sway.engine.spam;

import io.sway.engine.graph.Adjacency;
import io.sway.engine.graph.GraphSnapshot;
import io.sway.engine.model.Activity;

/** DRAFT */
public record AccountFeatures(
    int[] followers,
    int[] followees,
    double[] followBack,
    double[] ageDays,
    int[] posts,
    double[] postsPerDay,
    double[] gapVariation,
    int[] engagementGiven,
    int[] engagementReceived,
    double[] cohortShare,
    double[] topTargetShare,
    double[] promptShare,
    double[] cohortEngagementShare) {

  static final double DAY = 86_400.0;

  public static AccountFeatures of(Activity activity, SpamConfig config) {
    return of(activity, TrustGraph.engagementPairs(activity), config);
  }

  static AccountFeatures of(Activity a, GraphSnapshot engagements, SpamConfig config) {
    int n = a.accountCount();
    GraphSnapshot follows = a.follows();
    long cohort = (long) (config.cohortWindowHours() * 3600);
    long[] created = a.createdAt();
    int[] followers = new int[n];
    int[] followees = new int[n];
    double[] followBack = new double[n];
    double[] cohortShare = new double[n];
    Adjacency out = follows.outAdjacency();
    Adjacency in = follows.inAdjacency();
    for (int v = 0; v < n; v++) {
      followers[v] = in.degree(v);
      followees[v] = out.degree(v);
      int mutual = 0;
      int near = 0;
      for (int k = out.offsets()[v]; k < out.offsets()[v + 1]; k++) {
        int w = out.neighbours()[k];
        if (follows.edgeId(w, v) >= 0) mutual++;
        if (Math.abs(created[w] - created[v]) <= cohort) near++;
      }
      for (int k = in.offsets()[v]; k < in.offsets()[v + 1]; k++) {
        int w = in.neighbours()[k];
        if (Math.abs(created[w] - created[v]) <= cohort) near++;
      }
      followBack[v] = followees[v] == 0 ? Double.NaN : (double) mutual / followees[v];
      int deg = followers[v] + followees[v];
      cohortShare[v] = deg == 0 ? 0.0 : (double) near / deg;
    }
    double[] ageDays = new double[n];
    int[] posts = new int[n];
    double[] postsPerDay = new double[n];
    for (int p = 0; p < a.postCount(); p++) posts[a.postAuthor()[p]]++;
    for (int v = 0; v < n; v++) {
      ageDays[v] = Math.max(0, a.asOf() - created[v]) / DAY;
      double days = Math.max(1.0, (a.asOf() - Math.max(a.windowStart(), created[v])) / DAY);
      postsPerDay[v] = posts[v] / days;
    }
    // gap variation
    double[] gapVariation = new double[n];
    java.util.Arrays.fill(gapVariation, Double.NaN);
    {
      Integer[] order = new Integer[a.postCount()];
      for (int p = 0; p < order.length; p++) order[p] = p;
      java.util.Arrays.sort(order, (x, y) -> a.postAuthor()[x] != a.postAuthor()[y]
          ? Integer.compare(a.postAuthor()[x], a.postAuthor()[y])
          : Long.compare(a.postCreatedAt()[x], a.postCreatedAt()[y]));
      int i = 0;
      while (i < order.length) {
        int author = a.postAuthor()[order[i]];
        int j = i;
        while (j < order.length && a.postAuthor()[order[j]] == author) j++;
        if (j - i >= 3) {
          double sum = 0, sq = 0;
          int g = j - i - 1;
          for (int k = i + 1; k < j; k++) {
            double gap = a.postCreatedAt()[order[k]] - a.postCreatedAt()[order[k - 1]];
            sum += gap;
            sq += gap * gap;
          }
          double mean = sum / g;
          double var = Math.max(0, sq / g - mean * mean);
          gapVariation[author] = mean == 0 ? 0 : Math.sqrt(var) / mean;
        }
        i = j;
      }
    }
    int[] given = new int[n];
    int[] received = new int[n];
    double[] prompt = new double[n];
    double[] cohortEng = new double[n];
    int[] postEvents = new int[n];
    for (int e = 0; e < a.eventCount(); e++) {
      int actor = a.eventActor()[e];
      int target = a.eventTarget()[e];
      given[actor]++;
      received[target]++;
      if (Math.abs(created[actor] - created[target]) <= cohort) cohortEng[target]++;
      int p = a.eventPost()[e];
      if (p >= 0) {
        postEvents[actor]++;
        if (a.eventAt()[e] - a.postCreatedAt()[p] <= 1800) prompt[actor]++;
      }
    }
    double[] topTarget = new double[n];
    Adjacency eo = engagements.outAdjacency();
    for (int v = 0; v < n; v++) {
      prompt[v] = postEvents[v] == 0 ? Double.NaN : prompt[v] / postEvents[v];
      cohortEng[v] = received[v] == 0 ? Double.NaN : cohortEng[v] / received[v];
      double max = 0;
      for (int k = eo.offsets()[v]; k < eo.offsets()[v + 1]; k++) max = Math.max(max, eo.weights()[k]);
      topTarget[v] = given[v] == 0 ? Double.NaN : max / given[v];
    }
    return new AccountFeatures(followers, followees, followBack, ageDays, posts, postsPerDay,
        gapVariation, given, received, cohortShare, topTarget, prompt, cohortEng);
  }
}
