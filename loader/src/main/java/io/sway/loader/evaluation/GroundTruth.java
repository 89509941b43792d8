package io.sway.loader.evaluation;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * The labels of a generated network ({@code truth.csv}, documented in the {@code truth.md}
 * written next to it), aligned with a scorer's accounts: account {@code i} here is {@code
 * accountIds.get(i)}. Only the columns the evaluation uses are read; days are UTC epoch days,
 * {@link ActivityLog#NO_DAY} where a column is empty.
 */
public final class GroundTruth {
  /** No pod. */
  public static final int NO_POD = -1;

  /** The columns read; a file lacking one is refused. */
  static final List<String> COLUMNS = List.of(
      "account_id", "is_spam", "latent_influence", "has_bought_followers", "bought_count",
      "bought_at", "twin_of", "pod_id", "pod_since", "inactive_from", "pause_start", "pause_end");

  /** A genuine account that bought followers, and its identical twin that did not. */
  public record BuyerTwin(int buyer, int twin, int boughtCount, int boughtDay) {}

  /** An engagement pod: its members engage with each other's every post from {@code sinceDay}. */
  public record Pod(String id, int sinceDay, int[] members) {}

  private final int accountCount;
  private final BitSet spam;
  private final float[] latentInfluence;
  private final List<BuyerTwin> buyerTwins;
  private final List<Pod> pods;
  private final int[] podOf;
  private final int[] inactiveFrom;
  private final int[] pauseStart;
  private final int[] pauseEnd;

  private GroundTruth(Builder b) {
    this.accountCount = b.accountCount;
    this.spam = (BitSet) b.spam.clone();
    this.latentInfluence = b.latentInfluence.clone();
    this.buyerTwins = List.copyOf(b.buyerTwins);
    List<Pod> pods = new ArrayList<>();
    this.podOf = new int[accountCount];
    Arrays.fill(podOf, NO_POD);
    for (Map.Entry<String, IntArrayList> pod : b.podMembers.entrySet()) {
      int[] members = pod.getValue().toArray();
      for (int member : members) {
        podOf[member] = pods.size();
      }
      pods.add(new Pod(pod.getKey(), b.podSince.get(pod.getKey()), members));
    }
    this.pods = List.copyOf(pods);
    this.inactiveFrom = b.inactiveFrom.clone();
    this.pauseStart = b.pauseStart.clone();
    this.pauseEnd = b.pauseEnd.clone();
  }

  /** A builder for labels over {@code accountCount} accounts, all genuine and unremarkable. */
  public static Builder builder(int accountCount) {
    return new Builder(accountCount);
  }

  /**
   * Reads {@code truth.csv} and aligns it with {@code accountIds}.
   *
   * @throws IllegalArgumentException naming the file, line, column and value of the first bad
   *     cell; or when the file and the accounts do not describe the same population
   */
  public static GroundTruth read(Path file, List<String> accountIds) throws IOException {
    return new TruthFile(file, accountIds).read();
  }

  public int accountCount() {
    return accountCount;
  }

  /** Whether the account is fake or automated ({@code is_spam}). */
  public boolean isSpam(int account) {
    return spam.get(account);
  }

  /**
   * The generator's hidden influence of the account: how strongly its followers pick its posts
   * to react to ({@code latent_influence}; 0 when not given).
   */
  public float latentInfluence(int account) {
    return latentInfluence[account];
  }

  /** The spam accounts (a copy). */
  public BitSet spamAccounts() {
    return (BitSet) spam.clone();
  }

  public int spamCount() {
    return spam.cardinality();
  }

  public List<BuyerTwin> buyerTwins() {
    return buyerTwins;
  }

  public List<Pod> pods() {
    return pods;
  }

  /** The index in {@link #pods()} of the account's pod, or {@link #NO_POD}. */
  public int podOf(int account) {
    return podOf[account];
  }

  /** The day from which the account does nothing, or {@link ActivityLog#NO_DAY}. */
  public int inactiveFrom(int account) {
    return inactiveFrom[account];
  }

  /** The first day of the account's pause, or {@link ActivityLog#NO_DAY}. */
  public int pauseStart(int account) {
    return pauseStart[account];
  }

  /** The day the account's activity resumes after its pause, or {@link ActivityLog#NO_DAY}. */
  public int pauseEnd(int account) {
    return pauseEnd[account];
  }

  /** Whether {@code day} lies inside the account's pause ({@code pauseStart <= day < pauseEnd}). */
  public boolean isPausedOn(int account, int day) {
    return pauseStart[account] != ActivityLog.NO_DAY
        && pauseStart[account] <= day
        && day < pauseEnd[account];
  }

  /** Collects labels; accounts are indices {@code 0 .. accountCount - 1}. */
  public static final class Builder {
    private final int accountCount;
    private final BitSet spam = new BitSet();
    private final float[] latentInfluence;
    private final List<BuyerTwin> buyerTwins = new ArrayList<>();
    private final Map<String, IntArrayList> podMembers = new LinkedHashMap<>();
    private final Map<String, Integer> podSince = new LinkedHashMap<>();
    private final int[] inactiveFrom;
    private final int[] pauseStart;
    private final int[] pauseEnd;

    private Builder(int accountCount) {
      if (accountCount < 0) {
        throw new IllegalArgumentException("accountCount must be >= 0, was " + accountCount);
      }
      this.accountCount = accountCount;
      this.latentInfluence = new float[accountCount];
      this.inactiveFrom = filled(accountCount);
      this.pauseStart = filled(accountCount);
      this.pauseEnd = filled(accountCount);
    }

    public Builder spam(int account) {
      spam.set(requireAccount(account));
      return this;
    }

    public Builder latentInfluence(int account, float influence) {
      if (!(influence >= 0) || Float.isInfinite(influence)) {
        throw new IllegalArgumentException("latent influence of account " + account
            + " must be finite and >= 0, was " + influence);
      }
      latentInfluence[requireAccount(account)] = influence;
      return this;
    }

    public Builder buyer(int buyer, int twin, int boughtCount, int boughtDay) {
      buyerTwins.add(new BuyerTwin(requireAccount(buyer), requireAccount(twin), boughtCount,
          boughtDay));
      return this;
    }

    /** Puts {@code account} in pod {@code podId}; a pod's start is its earliest member's. */
    public Builder podMember(int account, String podId, int sinceDay) {
      requireAccount(account);
      podMembers.computeIfAbsent(podId, id -> new IntArrayList()).add(account);
      podSince.merge(podId, sinceDay, Math::min);
      return this;
    }

    public Builder inactiveFrom(int account, int day) {
      inactiveFrom[requireAccount(account)] = day;
      return this;
    }

    /** A pause from {@code startDay} until {@code endDay} (activity resumes on {@code endDay}). */
    public Builder pause(int account, int startDay, int endDay) {
      if (endDay <= startDay) {
        throw new IllegalArgumentException("pause of account " + account + " must end after it"
            + " starts, was " + LocalDate.ofEpochDay(startDay) + " to "
            + LocalDate.ofEpochDay(endDay));
      }
      pauseStart[requireAccount(account)] = startDay;
      pauseEnd[account] = endDay;
      return this;
    }

    public GroundTruth build() {
      return new GroundTruth(this);
    }

    private int requireAccount(int account) {
      if (account < 0 || account >= accountCount) {
        throw new IllegalArgumentException(
            "account must be in [0, " + accountCount + "), was " + account);
      }
      return account;
    }

    private static int[] filled(int n) {
      int[] days = new int[n];
      Arrays.fill(days, ActivityLog.NO_DAY);
      return days;
    }
  }

  /** One pass over {@code truth.csv}, failing on the first bad cell with its location. */
  private static final class TruthFile {
    private static final CsvMapper MAPPER = CsvMapper.builder()
        .enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
        .build();
    private static final int EXAMPLES = 3;

    private final Path file;
    private final String name;
    private final List<String> accountIds;
    private final ObjectIntHashMap<String> index = new ObjectIntHashMap<>();
    private final Map<String, Integer> column = new LinkedHashMap<>();
    private long line;
    private String[] row;

    TruthFile(Path file, List<String> accountIds) {
      this.file = file;
      this.name = file.getFileName().toString();
      this.accountIds = accountIds;
      for (int i = 0; i < accountIds.size(); i++) {
        index.put(accountIds.get(i), i);
      }
    }

    GroundTruth read() throws IOException {
      Builder truth = builder(accountIds.size());
      BitSet described = new BitSet(accountIds.size());
      List<String[]> pendingTwins = new ArrayList<>();
      List<Long> pendingTwinLines = new ArrayList<>();
      try (MappingIterator<String[]> rows =
          MAPPER.readerFor(String[].class).readValues(file.toFile())) {
        if (!rows.hasNextValue()) {
          throw new IllegalArgumentException(name + ": empty file, expected a header row");
        }
        String[] header = rows.nextValue();
        for (int c = 0; c < header.length; c++) {
          column.put(header[c].strip(), c);
        }
        for (String required : COLUMNS) {
          if (!column.containsKey(required)) {
            throw new IllegalArgumentException(
                name + ": missing column '" + required + "' (is this a Sway truth.csv?)");
          }
        }
        while (rows.hasNextValue()) {
          row = rows.nextValue();
          // once a row is read, the token location is the line the row starts on
          line = rows.getParser().currentTokenLocation().getLineNr();
          String id = cell("account_id");
          if (!index.containsKey(id)) {
            throw bad("account_id", id, "no such account in the database; evaluate needs the "
                + "database loaded from the dataset this file belongs to");
          }
          int account = index.get(id);
          if (described.get(account)) {
            throw bad("account_id", id, "account described twice");
          }
          described.set(account);
          if (bool("is_spam")) {
            truth.spam(account);
          }
          truth.latentInfluence(account, influence());
          if (bool("has_bought_followers")) {
            pendingTwins.add(new String[] {
              id, cell("twin_of"), cell("bought_count"), cell("bought_at")});
            pendingTwinLines.add(line);
          }
          String pod = cell("pod_id");
          if (!pod.isEmpty()) {
            truth.podMember(account, pod, requiredDay("pod_since"));
          }
          int inactive = day("inactive_from");
          if (inactive != ActivityLog.NO_DAY) {
            truth.inactiveFrom(account, inactive);
          }
          int pauseStart = day("pause_start");
          int pauseEnd = day("pause_end");
          if ((pauseStart == ActivityLog.NO_DAY) != (pauseEnd == ActivityLog.NO_DAY)) {
            throw bad("pause_end", cell("pause_end"), "pause_start and pause_end go together");
          }
          if (pauseStart != ActivityLog.NO_DAY) {
            if (pauseEnd <= pauseStart) {
              throw bad("pause_end", cell("pause_end"), "must be after pause_start");
            }
            truth.pause(account, pauseStart, pauseEnd);
          }
        }
      }
      for (int p = 0; p < pendingTwins.size(); p++) {
        String[] pair = pendingTwins.get(p);
        line = pendingTwinLines.get(p);
        if (!index.containsKey(pair[1])) {
          throw bad("twin_of", pair[1], "a buyer's twin must be an account of the database");
        }
        truth.buyer(index.get(pair[0]), index.get(pair[1]), count(pair[2]), instantDay(pair[3]));
      }
      int undescribed = accountIds.size() - described.cardinality();
      if (undescribed > 0) {
        List<String> examples = new ArrayList<>();
        for (int a = described.nextClearBit(0);
            a < accountIds.size() && examples.size() < EXAMPLES;
            a = described.nextClearBit(a + 1)) {
          examples.add("'" + accountIds.get(a) + "'");
        }
        throw new IllegalArgumentException(name + " does not describe " + undescribed
            + " of the database's " + accountIds.size() + " accounts (e.g. "
            + String.join(", ", examples) + "); evaluate needs the database loaded from the "
            + "dataset this file belongs to");
      }
      return truth.build();
    }

    private String cell(String name) {
      int c = column.get(name);
      return c < row.length ? row[c].strip() : "";
    }

    private boolean bool(String name) {
      String value = cell(name);
      return switch (value) {
        case "true" -> true;
        case "false", "" -> false;
        default -> throw bad(name, value, "expected true or false");
      };
    }

    private int day(String name) {
      String value = cell(name);
      if (value.isEmpty()) {
        return ActivityLog.NO_DAY;
      }
      try {
        return Math.toIntExact(LocalDate.parse(value).toEpochDay());
      } catch (DateTimeParseException e) {
        throw bad(name, value, "expected a date YYYY-MM-DD");
      }
    }

    private int requiredDay(String name) {
      int day = day(name);
      if (day == ActivityLog.NO_DAY) {
        throw bad(name, "", "required for a pod member");
      }
      return day;
    }

    private float influence() {
      String value = cell("latent_influence");
      if (value.isEmpty()) {
        return 0f;
      }
      try {
        float influence = Float.parseFloat(value);
        if (!(influence >= 0) || Float.isInfinite(influence)) {
          throw bad("latent_influence", value, "must be finite and >= 0");
        }
        return influence;
      } catch (NumberFormatException e) {
        throw bad("latent_influence", value, "expected a number");
      }
    }

    private int count(String value) {
      try {
        int count = Integer.parseInt(value);
        if (count < 0) {
          throw bad("bought_count", value, "must be >= 0");
        }
        return count;
      } catch (NumberFormatException e) {
        throw bad("bought_count", value, "expected a whole number");
      }
    }

    private int instantDay(String value) {
      try {
        return Math.toIntExact(
            Instant.parse(value).atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay());
      } catch (DateTimeParseException e) {
        throw bad("bought_at", value, "expected an instant such as 2026-03-01T12:00:00Z");
      }
    }

    private IllegalArgumentException bad(String column, String value, String problem) {
      return new IllegalArgumentException(
          name + ":" + line + ": " + column + ": " + problem + ", was '" + value + "'");
    }
  }
}
