package io.sway.cli.guide;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

/**
 * Serves the Neo4j Browser guide to Sway's query library from the server that {@code sway serve}
 * runs, as an unmanaged extension mounted at {@link #MOUNT} ({@code GET /sway/guide}). Browser
 * opens it with {@code :play}.
 */
@Path("/")
public final class GuideResource {
  /** Where the extension is mounted on the HTTP connector. */
  public static final String MOUNT = "/sway";

  /** The guide's path under {@link #MOUNT}. */
  public static final String PATH = "guide";

  private static volatile String html = "";

  /** Sets the guide every later request receives; called before the server starts. */
  public static void publish(String guide) {
    html = guide;
  }

  @GET
  @Path(PATH)
  @Produces("text/html; charset=utf-8")
  public Response guide() {
    return Response.ok(html).header("Access-Control-Allow-Origin", "*").build();
  }
}
