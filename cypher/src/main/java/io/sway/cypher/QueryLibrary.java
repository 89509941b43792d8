package io.sway.cypher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analysts' query library: named, parameterised {@code .cypher} files shipped under {@code
 * io/sway/cypher/queries/} (see {@link LibraryQuery} for the header format).
 */
public final class QueryLibrary {
  /** Where the queries live, relative to this class. */
  static final String FOLDER = "queries/";

  /** Every query, in the order {@code sway query --list} shows them. */
  public static final List<String> NAMES = List.of(
      "top-influencers",
      "top-per-network",
      "top-on-topic",
      "why-this-score",
      "amplifiers",
      "spam-clusters",
      "score-history",
      "biggest-movers",
      "compare-accounts",
      "compare-over-time",
      "persons-with-several-accounts",
      "brand-contacts");

  private static final Pattern PARAM = Pattern.compile(
      "(?<name>[A-Za-z][A-Za-z0-9_]*)\\s+(?<type>[A-Za-z<>]+)\\s*(=\\s*(?<default>.*?))?\\s*"
          + "(--\\s*(?<description>.*))?");

  private QueryLibrary() {}

  /** Every query of the library. */
  public static List<LibraryQuery> all() {
    return NAMES.stream().map(QueryLibrary::get).toList();
  }

  /**
   * The query named {@code name}.
   *
   * @throws IllegalArgumentException when there is none
   */
  public static LibraryQuery get(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "no query named '" + name + "'; 'sway query --list' shows them all");
    }
    String text;
    try (var in = QueryLibrary.class.getResourceAsStream(FOLDER + name + ".cypher")) {
      if (in == null) {
        throw new IllegalStateException("query '" + name + "' is listed but not shipped");
      }
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read query '" + name + "'", e);
    }
    return parse(name, text);
  }

  /** Reads a query file: its header, then exactly one statement. */
  public static LibraryQuery parse(String name, String text) {
    String title = null;
    StringBuilder question = null;
    List<String> notes = new ArrayList<>();
    List<QueryParameter> parameters = new ArrayList<>();
    StringBuilder statement = new StringBuilder();
    boolean inHeader = true;
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (inHeader && trimmed.startsWith("//")) {
        String comment = trimmed.substring(2).strip();
        if (comment.startsWith("title:")) {
          title = comment.substring("title:".length()).strip();
        } else if (comment.startsWith("question:")) {
          question = new StringBuilder(comment.substring("question:".length()).strip());
        } else if (comment.startsWith("param:")) {
          parameters.add(parameter(name, comment.substring("param:".length()).strip()));
        } else if (!comment.isEmpty()) {
          notes.add(comment);
        }
        continue;
      }
      if (trimmed.isEmpty() && inHeader) {
        continue;
      }
      inHeader = false;
      statement.append(line.stripTrailing()).append('\n');
    }
    String body = statement.toString().strip();
    if (body.endsWith(";")) {
      body = body.substring(0, body.length() - 1).strip();
    }
    require(title != null, name, "has no '// title:' line");
    require(question != null, name, "has no '// question:' line");
    require(!body.isEmpty(), name, "has no statement");
    require(CypherScript.parse(name, body).statements().size() == 1, name,
        "must hold exactly one statement");
    Map<String, QueryParameter> byName = new HashMap<>();
    for (QueryParameter p : parameters) {
      require(byName.put(p.name(), p) == null, name, "declares parameter '" + p.name() + "' twice");
      require(body.contains("$" + p.name()), name, "declares '" + p.name() + "' but never uses it");
    }
    Matcher used = Pattern.compile("\\$([A-Za-z][A-Za-z0-9_]*)").matcher(body);
    while (used.find()) {
      require(byName.containsKey(used.group(1)), name,
          "uses $" + used.group(1) + " without declaring it");
    }
    return new LibraryQuery(name, title, question.toString(), notes, parameters, body);
  }

  private static QueryParameter parameter(String query, String declaration) {
    Matcher m = PARAM.matcher(declaration);
    require(m.matches(), query, "has a bad parameter line '" + declaration
        + "'; expected 'NAME TYPE [= DEFAULT] -- description'");
    ParameterType type = ParameterType.named(m.group("type"));
    String defaultText = m.group("default");
    String description = m.group("description") == null ? "" : m.group("description").strip();
    if (defaultText == null) {
      return new QueryParameter(m.group("name"), type, true, null, description);
    }
    return new QueryParameter(m.group("name"), type, false, type.parse(defaultText), description);
  }

  /**
   * The parameters to send with {@code query}: {@code given} (command-line text) converted to
   * their declared types, defaults for the rest.
   *
   * @throws IllegalArgumentException naming an unknown parameter, a missing required one, or a
   *     value of the wrong type
   */
  public static Map<String, Object> parameters(LibraryQuery query, Map<String, String> given) {
    Map<String, QueryParameter> declared = new LinkedHashMap<>();
    query.parameters().forEach(p -> declared.put(p.name(), p));
    for (String key : given.keySet()) {
      if (!declared.containsKey(key)) {
        throw new IllegalArgumentException("query '" + query.name() + "' has no parameter '" + key
            + "'; its parameters: " + (declared.isEmpty() ? "none" : String.join(", ", declared.keySet())));
      }
    }
    Map<String, Object> values = new HashMap<>();
    for (QueryParameter p : declared.values()) {
      if (given.containsKey(p.name())) {
        try {
          values.put(p.name(), p.type().parse(given.get(p.name())));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("parameter '" + p.name() + "': " + e.getMessage(), e);
        }
      } else if (p.required()) {
        throw new IllegalArgumentException("query '" + query.name() + "' needs --param "
            + p.name() + "=VALUE (" + p.description() + ")");
      } else {
        values.put(p.name(), p.defaultValue());
      }
    }
    return values;
  }

  private static void require(boolean condition, String query, String problem) {
    if (!condition) {
      throw new IllegalStateException("query '" + query + "' " + problem);
    }
  }
}
