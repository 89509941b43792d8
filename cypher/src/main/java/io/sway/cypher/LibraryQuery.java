package io.sway.cypher;

import java.util.List;

/**
 * One query of Sway's library: a {@code .cypher} file under {@code queries/} holding a header and
 * one parameterised statement. The header is a block of {@code //} comment lines:
 *
 * <pre>
 * // title: Top influencers
 * // question: Who are the most influential accounts, overall or on one network?
 * // param: n INTEGER = 20 -- how many accounts
 * // param: network STRING = null -- only this network's accounts (null: every network)
 * // Any other comment line is a note: how the answer is computed.
 * </pre>
 *
 * <p>Values only ever reach the statement as parameters ({@code $name}), never spliced into its
 * text.
 */
public record LibraryQuery(
    String name, String title, String question, List<String> notes,
    List<QueryParameter> parameters, String statement) {

  public LibraryQuery {
    notes = List.copyOf(notes);
    parameters = List.copyOf(parameters);
  }

  /** The file the query is read from, e.g. {@code queries/top-influencers.cypher}. */
  public String resource() {
    return QueryLibrary.FOLDER + name + ".cypher";
  }
}
