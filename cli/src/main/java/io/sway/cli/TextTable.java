package io.sway.cli;

import java.io.PrintWriter;
import java.util.List;

/** A plain-text table with columns as wide as their widest cell. */
final class TextTable {
  private static final String GAP = "  ";

  private TextTable() {}

  /** Prints {@code rows} (the first is the header); {@code right[i]} right-aligns column i. */
  static void print(PrintWriter out, List<String[]> rows, boolean[] right) {
    int columns = rows.getFirst().length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          line.append(GAP);
        }
        String cell = row[c];
        String pad = " ".repeat(width[c] - cell.length());
        line.append(right[c] ? pad + cell : cell + pad);
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
