package io.sway.loader.dataset;

import java.util.Arrays;

/**
 * Indexes the persons in order of first appearance and checks who owns what: every account named
 * must exist, and an account belongs to at most one person. The same person and account on a second
 * row is a {@link WarningKind#DUPLICATE_OWNERSHIP} and is skipped.
 */
final class PersonsCheck implements RowCheck<Rows.Ownership> {
  private static final int NO_OWNER = -1;

  private final IdIndex accounts;
  private final IdIndex persons = new IdIndex();
  private final int[] ownerOf;
  private final long[] ownershipLine;

  PersonsCheck(IdIndex accounts) {
    this.accounts = accounts;
    this.ownerOf = new int[accounts.size()];
    this.ownershipLine = new long[accounts.size()];
    Arrays.fill(ownerOf, NO_OWNER);
  }

  @Override
  public void check(Rows.Ownership ownership, boolean decoded, FileScan scan) {
    long line = ownership.line();
    int account =
        scan.reference(accounts, "account", ownership.accountId(), line, Field.ACCOUNT_ID);
    String personId = ownership.personId();
    if (personId == null) {
      return;
    }
    int person = persons.indexOrAdd(personId);
    if (account == IdIndex.ABSENT) {
      return;
    }
    int owner = ownerOf[account];
    if (owner == NO_OWNER) {
      ownerOf[account] = person;
      ownershipLine[account] = line;
    } else if (owner == person) {
      scan.warn(
          WarningKind.DUPLICATE_OWNERSHIP,
          line,
          "person "
              + Problems.quote(personId)
              + " already owns account "
              + Problems.quote(ownership.accountId())
              + " (line "
              + ownershipLine[account]
              + ")");
    } else {
      scan.problem(
          line,
          Field.ACCOUNT_ID,
          "account "
              + Problems.quote(ownership.accountId())
              + " already belongs to person "
              + Problems.quote(persons.id(owner))
              + " (line "
              + ownershipLine[account]
              + ")");
    }
  }

  @Override
  public void incomplete() {
    persons.markIncomplete();
  }

  IdIndex persons() {
    return persons;
  }
}
