package vn.vankho.web;

import io.javalin.http.Context;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Headers every response carries: set before anything else runs, so that pages, JSON, static files,
 * redirects and error pages all have them, and by Jetty's own error page for requests refused before
 * they reach the application (a malformed address). The pages load script and style only from
 * /static (no inline script, style or event handler), may not be framed, and send no address to other
 * sites.
 */
final class SecurityHeaders {
  static final Map<String, String> ALL = Map.of(
      "Content-Security-Policy", String.join("; ",
          "default-src 'none'",
          "script-src 'self'",
          "style-src 'self'",
          "img-src 'self'",
          "connect-src 'self'",
          "form-action 'self'",
          "base-uri 'none'",
          "frame-ancestors 'none'"),
      "X-Frame-Options", "DENY",
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "same-origin");

  private SecurityHeaders() {}

  static void add(Context ctx) {
    ALL.forEach(ctx::header);
  }

  /** Jetty's error page, for what Jetty refuses itself, with the same headers. */
  static final class OnJettyErrors extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      ALL.forEach((name, value) -> response.getHeaders().put(name, value));
      return super.handle(request, response, callback);
    }
  }
}
