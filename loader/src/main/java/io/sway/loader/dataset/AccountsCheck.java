package io.sway.loader.dataset;

import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/** Indexes the accounts in file order and rejects a second row with the same id. */
final class AccountsCheck implements RowCheck<Rows.Account> {
  private final IdIndex accounts = new IdIndex();
  private final LongArrayList firstLines = new LongArrayList();

  @Override
  public void check(Rows.Account account, boolean decoded, FileScan scan) {
    String id = account.id();
    if (id == null) {
      return;
    }
    int earlier = accounts.indexOf(id);
    if (earlier != IdIndex.ABSENT) {
      scan.problem(
          account.line(),
          Field.ID,
          "duplicate account "
              + Problems.quote(id)
              + " (first on line "
              + firstLines.get(earlier)
              + ")");
      return;
    }
    accounts.add(id);
    firstLines.add(account.line());
  }

  @Override
  public void incomplete() {
    accounts.markIncomplete();
  }

  IdIndex accounts() {
    return accounts;
  }
}
