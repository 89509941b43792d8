package io.sway.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code .cypher} file shipped with Sway, split into its statements.
 *
 * <p>Statements end with a semicolon at the end of a line; lines starting with {@code //} are
 * comments. This is the format cypher-shell reads, so every script can also be run by hand with
 * {@code cypher-shell -f}.
 */
public final class CypherScript {
  /** The constraints and indexes of Sway's graph model. */
  public static final String SCHEMA = "schema.cypher";

  private final String name;
  private final List<String> statements;

  private CypherScript(String name, List<String> statements) {
    this.name = name;
    this.statements = List.copyOf(statements);
  }

  /** Loads a script shipped in this module, e.g. {@code CypherScript.load(CypherScript.SCHEMA)}. */
  public static CypherScript load(String name) {
    try (InputStream in = CypherScript.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no Cypher script named '" + name + "'");
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Cypher script '" + name + "'", e);
    }
  }

  /** Splits script text into statements. */
  public static CypherScript parse(String name, String text) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("//")) {
        continue;
      }
      current.append(current.isEmpty() ? "" : "\n").append(line.stripTrailing());
      if (trimmed.endsWith(";")) {
        statements.add(current.substring(0, current.length() - 1).strip());
        current.setLength(0);
      }
    }
    if (!current.isEmpty()) {
      statements.add(current.toString().strip());
    }
    return new CypherScript(name, statements);
  }

  public String name() {
    return name;
  }

  public List<String> statements() {
    return statements;
  }
}
