/**
 * A deterministic synthetic social network with labelled adversaries: the ground truth Sway's
 * influence model is tuned and evaluated against. Entry point: {@link
 * io.sway.loader.synthetic.SyntheticNetwork#write}; knobs: {@link
 * io.sway.loader.synthetic.GeneratorConfig}; labels: {@code truth.csv}, documented in {@code
 * truth.md} (written next to it) and {@link io.sway.loader.synthetic.Role}.
 *
 * <h2>The model</h2>
 *
 * <ul>
 *   <li><b>Accounts and persons.</b> Four networks with skewed shares (Twitter 55%, Instagram 20%,
 *       Bluesky 15%, Mastodon 10%). A share of genuine accounts belong to a listed person, and
 *       some persons own accounts on two or three networks, under one name and one community.
 *   <li><b>Communities and topics.</b> A vocabulary of 30 topics; each community (lognormal sizes)
 *       has 2–3 core topics; each account has 1–3 interests, mostly from its community's core;
 *       each post carries 1–2 of its author's interests.
 *   <li><b>Follows.</b> Latent popularity is Pareto with exponent α (default 1.2). Every account
 *       draws a lognormal number of followees by popularity, 80% inside its (community,
 *       network) and 20% across its network, with Walker/Vose alias tables (O(1) per draw, O(n)
 *       memory). In-degree is then heavy-tailed with exponent about 1 + α, and the most popular
 *       accounts, labelled celebrities, collect a large share of the cross-community follows.
 *       Follows between accounts of similar popularity are often mutual; stars rarely follow
 *       back (see {@link io.sway.loader.synthetic.FolloweeDraws} for how mutual pairs are
 *       written without remembering any edge). Follows never cross networks.
 *   <li><b>Posts and engagement.</b> Per-account posting rates are lognormal. Engagement is
 *       generated from the engager's side: each account spends a lognormal budget of actions on
 *       the posts of the accounts it follows (85%) or of its community (15%), choosing authors by
 *       latent influence and shared interests; types are mostly likes, then reshares, replies,
 *       mentions and quotes; some replies are posts with {@code reply_to}. Latent influence grows
 *       with popularity but is not the same thing, so follower counts and genuine reach disagree,
 *       as they do in real networks.
 *   <li><b>Adversaries.</b> Spam farms, bought followers (with an identical twin per buyer),
 *       engagement pods, sockpuppets, inactive and paused accounts; sizes scale with the number
 *       of accounts and can be set one by one. What each does is in {@code truth.md}.
 * </ul>
 *
 * <h2>Design</h2>
 *
 * <p>Memory is O(accounts) and does not depend on the number of follows, posts or interactions,
 * because nothing per edge is stored: every decision is a keyed random stream ({@link
 * io.sway.loader.synthetic.SplitMix}) that can be replayed. The follow phase draws each
 * account's followees and writes them; the engagement phase replays the same draws to know whom
 * an account follows; a post's time and topics are a function of (author, post number). Only
 * per-account arrays, the alias tables and one account's followee list live at a time, about
 * 100 bytes per account: 10 million follows (500,000 accounts) generate in a 512 MB heap.
 *
 * <p>Output is byte-identical for equal configs: the generator's own SplitMix64 and {@link
 * java.lang.StrictMath} fix every number, rows are written in account-id order, no hash
 * iteration order or clock reading reaches a file, and the default end date is fixed.
 */
package io.sway.loader.synthetic;
