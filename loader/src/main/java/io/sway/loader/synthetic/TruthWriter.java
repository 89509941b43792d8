package io.sway.loader.synthetic;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the ground truth next to the dataset: {@code truth.csv} (one row per account, columns
 * in {@link #COLUMNS}), {@code truth.json} (the config, the window and the counts) and {@code
 * truth.md} ({@link #GUIDE}: what every column means). A dataset reader never opens these: a
 * dataset is only its accounts, persons, follows, posts and interactions files.
 */
final class TruthWriter {
  /** The columns of {@code truth.csv}, in order. */
  enum Column {
    ACCOUNT_ID, NETWORK, ROLE, IS_SPAM, PERSON_ID, COMMUNITY, INTERESTS, POPULARITY,
    LATENT_INFLUENCE, FARM_ID, BOOSTED_BY_FARM, HAS_BOUGHT_FOLLOWERS, BOUGHT_COUNT, BOUGHT_AT,
    TWIN_OF, POD_ID, POD_SINCE, SOCKPUPPET_OWNER, INACTIVE_FROM, PAUSE_START, PAUSE_END;

    String header() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final String[] COLUMNS =
      Arrays.stream(Column.values()).map(Column::header).toArray(String[]::new);

  /** The text of {@code truth.md}. */
  static final String GUIDE = """
      # truth.csv: what each account really is

      Ground truth of a synthetic Sway dataset, written by the generator next to the data. The
      scorer never reads it: a dataset is only `accounts`, `persons`, `follows`, `posts` and
      `interactions`. Evaluations join it to scores on `account_id`. One row per account.

      - `account_id`: the id in `accounts.csv`.
      - `network`: the account's network.
      - `role`: exactly one of the roles below.
      - `is_spam`: `true` when the account is fake or automated, that is role `spam` or
        `bought_follower`; `false` for every other role, sockpuppets included.
      - `person_id`: who really owns the account: the person of `persons.csv` for accounts listed
        there, and the owner for sockpuppets (which `persons.csv` does not list); empty when the
        data names no person.
      - `community`: the interest community (`c0`, `c1`, ...); empty for farm and fake accounts.
      - `interests`: the account's interests, `;`-separated; its posts are about one or two.
      - `popularity`: latent popularity, the relative weight with which accounts choose to follow
        it (Pareto-distributed).
      - `latent_influence`: the relative weight with which its followers pick its posts to react
        to. Expected genuine engagement grows with followers times this; it is what a good
        influence score should rank like. Near 0 for farm and fake accounts.
      - `farm_id`: for `spam`, its farm (`farm1`, ...).
      - `boosted_by_farm`: for a genuine account a farm targets (follows, likes, reshares), the
        farm.
      - `has_bought_followers`: `true` for a client, a genuine account that bought followers.
      - `bought_count`: for a client, the number of fake followers bought.
      - `bought_at`: for a client, the purchase time; the fake follows arrive within two days.
      - `twin_of`: for a client, its twin; for a twin, its client (see below).
      - `pod_id`: for `pod_member`, its pod (`pod1`, ...).
      - `pod_since`: for `pod_member`, the day the pod formed; coordinated engagement starts then.
      - `sockpuppet_owner`: for `sockpuppet`, the person who runs it (a `person_id` of
        `persons.csv`, owning a genuine account there).
      - `inactive_from`: for `inactive`, the day (00:00 UTC) from which the account does nothing
        at all: no posts, interactions or follows. Others may still follow it and react to its
        old posts.
      - `pause_start`, `pause_end`: for `paused`, no activity from `pause_start` 00:00 UTC until
        `pause_end` 00:00 UTC; activity resumes on `pause_end`.

      ## Roles

      - `organic`: a genuine account. Clients, twins, sockpuppet owners and farm targets are
        organic too; the columns above say what else they are.
      - `celebrity`: one of the most popular genuine accounts of its network; verified; organic
        otherwise.
      - `spam`: a spam-farm account. A farm's accounts are created within three hours of each
        other, follow most of their farm-mates and the farm's targets, like and reshare the targets'
        posts within half an hour, and post in bursts on the farm's one or two topics. Few genuine
        accounts follow them.
      - `bought_follower`: a fake account from the pool clients buy followers from. Created in
        batches shortly before the first purchase, it follows the clients that bought it and a
        handful of popular accounts, never engages, and mostly never posts.
      - `pod_member`: a genuine account in an engagement pod (one community, one network): from
        `pod_since` on, it likes and reshares every original post (replies aside) of every pod-mate
        within 1 to 15 minutes and replies to some; pod-mates all follow each other.
      - `sockpuppet`: a pseudonymous account run by the person in `sockpuppet_owner`, who also owns
        a genuine account. It follows its owner and its sibling puppets, likes and reshares most of
        the owner's posts and likes the siblings' posts, and behaves organically otherwise, at half
        the usual rate. Not automated, so `is_spam` is `false`; but its engagement with its
        owner's accounts is not genuine audience.
      - `inactive`: a genuine account that stops all activity at `inactive_from`.
      - `paused`: a genuine account that pauses all activity between `pause_start` and
        `pause_end`, and is active as usual before and after.

      ## Twins: measuring what buying followers gains

      Every client has a twin: a second genuine account on the same network, in the same
      community, with the same interests, popularity, latent influence and creation time. Its
      random decisions replay the client's, so it posts at the same times about the same topics and
      follows and engages with the same accounts; and every account that follows the client or
      reacts to one of its posts does the same to the twin, at the same time. Only the bought
      followers differ, so `score(client) - score(twin)` is exactly the effect of the purchase.

      ## Decisions

      - `is_spam` marks fake or automated accounts only. Sockpuppets are run by a real person;
        they are labelled by role, not as spam.
      - Sockpuppets are deliberately not linked to their owner in `persons.csv`: the data holds
        what a platform would know, and finding the link is the detector's job.
      - Pod members, clients, twins, sockpuppet owners, farm targets and celebrities are never
        inactive or paused, so each effect can be measured on its own.
      """;

  private final Population population;

  TruthWriter(Population population) {
    this.population = population;
  }

  void writeTable(CsvTable truth) throws IOException {
    Population p = population;
    String[] row = new String[COLUMNS.length];
    for (int id = 0; id < p.size; id++) {
      int account = p.accountAt[id];
      Arrays.fill(row, "");
      Role role = p.roleOf(account);
      int index = p.tieIndex[account];
      int owner =
          p.tie[account] == Population.TIE_PUPPET ? p.ownerPerson[index] : p.person[account];
      set(row, Column.ACCOUNT_ID, p.accountId(account));
      set(row, Column.NETWORK, p.networkOf(account).code());
      set(row, Column.ROLE, role.code());
      set(row, Column.IS_SPAM, Boolean.toString(role.isSpam()));
      set(row, Column.PERSON_ID, owner == Population.NO_PERSON ? "" : p.personId(owner));
      set(row, Column.COMMUNITY,
          p.community[account] == Population.NO_COMMUNITY ? "" : "c" + p.community[account]);
      set(row, Column.INTERESTS, Topics.join(p.interests[account]));
      set(row, Column.POPULARITY, decimal(p.popularity[account]));
      set(row, Column.LATENT_INFLUENCE, decimal(p.influence[account]));
      set(row, Column.HAS_BOUGHT_FOLLOWERS,
          Boolean.toString(p.tie[account] == Population.TIE_CLIENT));
      switch (p.tie[account]) {
        case Population.TIE_FARM -> set(row, Column.FARM_ID, farmId(index));
        case Population.TIE_FARM_TARGET -> set(row, Column.BOOSTED_BY_FARM, farmId(index));
        case Population.TIE_CLIENT -> {
          set(row, Column.BOUGHT_COUNT, Integer.toString(p.config.boughtFollowersPerClient()));
          set(row, Column.BOUGHT_AT, Timestamps.instant(p.purchaseAt[index]));
          set(row, Column.TWIN_OF, p.accountId(p.twinAccount[index]));
        }
        case Population.TIE_TWIN -> set(row, Column.TWIN_OF, p.accountId(p.clientAccount[index]));
        case Population.TIE_POD -> {
          set(row, Column.POD_ID, "pod" + (index + 1));
          set(row, Column.POD_SINCE, Timestamps.date(p.podSince[index]));
        }
        case Population.TIE_PUPPET ->
            set(row, Column.SOCKPUPPET_OWNER, p.personId(p.ownerPerson[index]));
        default -> {
          // nothing more to say
        }
      }
      if (role == Role.INACTIVE) {
        set(row, Column.INACTIVE_FROM, Timestamps.date(p.activeUntil[account]));
      }
      if (role == Role.PAUSED) {
        set(row, Column.PAUSE_START, Timestamps.date(p.pauseStart[account]));
        set(row, Column.PAUSE_END, Timestamps.date(p.pauseStart[account] + p.pauseSeconds));
      }
      truth.row(row);
    }
  }

  private static void set(String[] row, Column column, String value) {
    row[column.ordinal()] = value;
  }

  private static String farmId(int farm) {
    return "farm" + (farm + 1);
  }

  void writeSummary(Path file, Map<String, Long> rows) throws IOException {
    Population p = population;
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("config", configValues(p.config));
    Map<String, Object> window = new LinkedHashMap<>();
    window.put("start", Timestamps.instant(p.windowStart));
    window.put("end_exclusive", Timestamps.instant(p.windowEnd));
    summary.put("window", window);
    summary.put("rows", rows);
    Map<String, Long> roles = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      roles.put(role.code(), 0L);
    }
    for (int account = 0; account < p.size; account++) {
      roles.merge(p.roleOf(account).code(), 1L, Long::sum);
    }
    summary.put("roles", roles);
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("persons", p.persons);
    parts.put("spam_farms", p.config.spamFarms());
    parts.put("bought_follower_clients", p.config.boughtFollowerClients());
    parts.put("twins", p.config.boughtFollowerClients());
    parts.put("pods", p.config.pods());
    parts.put("sockpuppet_owners", p.config.sockpuppetOwners());
    parts.put("original_posts", p.originalPosts);
    summary.put("parts", parts);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    String json = new ObjectMapper().writer(printer).writeValueAsString(summary) + "\n";
    Files.writeString(file, json, StandardCharsets.UTF_8);
  }

  void writeGuide(Path file) throws IOException {
    Files.writeString(file, GUIDE, StandardCharsets.UTF_8);
  }

  private static Map<String, Object> configValues(GeneratorConfig config) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (RecordComponent component : GeneratorConfig.class.getRecordComponents()) {
      try {
        Object value = component.getAccessor().invoke(config);
        values.put(component.getName(), value instanceof Number || value instanceof Boolean
            ? value : String.valueOf(value));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read config value " + component.getName(), e);
      }
    }
    return values;
  }

  private static String decimal(float value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
