package io.sway.cypher;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The type of a library query's parameter, as named in the query's header, with the conversion
 * of a command-line value ({@code --param key=value}) and the Cypher literal of a value (for
 * {@code :param} in cypher-shell and Neo4j Browser).
 */
public enum ParameterType {
  STRING("STRING"),
  INTEGER("INTEGER"),
  FLOAT("FLOAT"),
  BOOLEAN("BOOLEAN"),
  DATE("DATE"),
  /** Comma-separated on the command line: {@code handles=@a,@b}. */
  STRING_LIST("LIST<STRING>");

  private final String headerName;

  ParameterType(String headerName) {
    this.headerName = headerName;
  }

  /** The name used in query headers, e.g. {@code LIST<STRING>}. */
  public String headerName() {
    return headerName;
  }

  /** The type named {@code name} in a header. */
  public static ParameterType named(String name) {
    return Arrays.stream(values())
        .filter(t -> t.headerName.equals(name.strip().toUpperCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown parameter type '" + name
            + "'; expected one of " + Arrays.stream(values()).map(t -> t.headerName).toList()));
  }

  /**
   * Converts command-line text to the value sent to Neo4j: {@code String}, {@code Long}, {@code
   * Double}, {@code Boolean}, {@code LocalDate} or {@code List<String>}; {@code null} for the
   * text {@code null}.
   *
   * @throws IllegalArgumentException naming the expected type and the bad text
   */
  public Object parse(String text) {
    if (text.equals("null")) {
      return null;
    }
    try {
      return switch (this) {
        case STRING -> text;
        case INTEGER -> Long.parseLong(text.strip());
        case FLOAT -> Double.parseDouble(text.strip());
        case BOOLEAN -> parseBoolean(text.strip());
        case DATE -> LocalDate.parse(text.strip());
        case STRING_LIST -> text.isBlank()
            ? List.of()
            : Arrays.stream(text.split(",")).map(String::strip).toList();
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "expected " + article() + " " + headerName + ", was '" + text + "'");
    }
  }

  private String article() {
    return this == INTEGER ? "an" : "a";
  }

  private static Boolean parseBoolean(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new NumberFormatException(text);
    };
  }

  /** {@code value} written as a Cypher literal, e.g. {@code 'cars'}, {@code date('2026-06-30')}. */
  public static String cypherLiteral(Object value) {
    return switch (value) {
      case null -> "null";
      case String s -> "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
      case LocalDate d -> "date('" + d + "')";
      case List<?> list -> list.stream().map(ParameterType::cypherLiteral).toList().toString();
      default -> value.toString();
    };
  }
}
