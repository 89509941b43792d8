package io.sway.loader.dataset;

import java.io.IOException;

/**
 * Receives the rows of a dataset file one at a time; may write them somewhere, hence the {@link
 * IOException}.
 *
 * @param <T> the record type of the file
 */
@FunctionalInterface
public interface RowConsumer<T> {
  void accept(T row) throws IOException;
}
