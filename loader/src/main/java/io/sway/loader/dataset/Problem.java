package io.sway.loader.dataset;

/**
 * One thing wrong with an input file, located precisely enough to fix it: {@code follows.csv:1043:
 * followee_id: unknown account 'x9'}.
 *
 * @param file the file name as the user gave it, e.g. {@code follows.csv}
 * @param line the 1-based line of the file where the row starts (in CSV the header is line 1, so
 *     the first row is line 2), 0 when the problem is the whole file or folder
 * @param field the column or JSON field, or {@code null} when the problem is the whole row or file
 * @param message what is wrong, naming the bad value
 */
public record Problem(String file, long line, String field, String message) {

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
    }
    text.append(": ");
    if (field != null) {
      text.append(field).append(": ");
    }
    return text.append(message).toString();
  }
}
