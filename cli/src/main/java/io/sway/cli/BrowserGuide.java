package io.sway.cli;

import io.sway.cypher.LibraryQuery;
import io.sway.cypher.ParameterType;
import io.sway.cypher.QueryLibrary;
import io.sway.cypher.QueryParameter;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Sway's query library as a Neo4j Browser guide: one slide per query with its question, a block
 * setting its parameters ({@code :params}) and the query itself; clicking a block puts it in the
 * editor. Required parameters get an example value from the served database.
 */
final class BrowserGuide {
  /** The guide's title, shown on its first slide. */
  static final String TITLE = "Sway: the query library";

  private BrowserGuide() {}

  /**
   * The guide as HTML.
   *
   * @param examples example values for required parameters, by parameter name
   */
  static String html(Map<String, Object> examples) {
    StringBuilder html = new StringBuilder();
    html.append("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
    html.append("<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n<h3>")
        .append(TITLE).append("</h3>\n")
        .append("<p class=\"lead\">Scores, their parts, spam verdicts, topics, history and "
            + "explanations live next to the graph. Each of the next slides asks one question: "
            + "click the <code>:params</code> block, run it, then click and run the query. "
            + "Change a parameter with <code>:param name =&gt; value</code>.</p>\n<ul>\n");
    for (LibraryQuery query : QueryLibrary.all()) {
      html.append("<li>").append(escape(query.title())).append("</li>\n");
    }
    html.append("</ul>\n</div>\n</slide>\n");
    for (LibraryQuery query : QueryLibrary.all()) {
      html.append("<slide class=\"row-fluid\">\n<div class=\"col-sm-4\">\n<h3>")
          .append(escape(query.title())).append("</h3>\n<p class=\"lead\">")
          .append(escape(query.question())).append("</p>\n<p>")
          .append(escape(String.join(" ", query.notes()))).append("</p>\n<ul>\n");
      for (QueryParameter p : query.parameters()) {
        html.append("<li><code>").append(escape(p.signature())).append("</code> ")
            .append(escape(p.description())).append("</li>\n");
      }
      html.append("</ul>\n<p>Also on the command line: <code>sway query ")
          .append(query.name()).append("</code></p>\n</div>\n<div class=\"col-sm-8\">\n");
      if (!query.parameters().isEmpty()) {
        html.append("<figure><pre class=\"pre-scrollable code runnable\">")
            .append(escape(params(query, examples))).append("</pre></figure>\n");
      }
      html.append("<figure><pre class=\"pre-scrollable code runnable\">")
          .append(escape(query.statement())).append("</pre></figure>\n</div>\n</slide>\n");
    }
    html.append("</carousel>\n</article>\n");
    return html.toString();
  }

  /** {@code :params {n: 20, network: null}} with defaults, and examples for required ones. */
  static String params(LibraryQuery query, Map<String, Object> examples) {
    StringJoiner values = new StringJoiner(", ", ":params {", "}");
    for (QueryParameter p : query.parameters()) {
      Object value = p.required() ? examples.get(p.name()) : p.defaultValue();
      values.add(p.name() + ": " + ParameterType.cypherLiteral(value));
    }
    return values.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
