package vn.vankho.web;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
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

  /**
   * The error page for what Jetty refuses itself (an address it cannot decode, a header too large), with the
   * same headers, and in Vietnamese: Jetty's own page is in English and names its parser's reasons.
   */
  static final class OnJettyErrors extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      ALL.forEach((name, value) -> response.getHeaders().put(name, value));
      return super.handle(request, response, callback);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
        Callback callback) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
      response.write(true, ByteBuffer.wrap(page(code).getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** A request Jetty could not even parse: the answer it sends before closing the connection. */
    @Override
    public ByteBuffer badMessageError(int code, String reason, HttpFields.Mutable fields) {
      ALL.forEach(fields::put);
      fields.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
      return ByteBuffer.wrap(page(code).getBytes(StandardCharsets.UTF_8));
    }

    private static String page(int code) {
      String message = switch (code) {
        case 404 -> WebApp.NO_SUCH_PAGE;
        case 413, 414, 431 -> "Yêu cầu quá lớn nên máy chủ không nhận.";
        default -> code < 500 ? "Địa chỉ hoặc yêu cầu sai dạng nên máy chủ không đọc được; hãy kiểm tra lại địa chỉ."
            : WebApp.UNEXPECTED;
      };
      return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Lỗi " + code + "</title></head>"
          + "<body><h1>Không thực hiện được yêu cầu</h1><p class=\"error\">" + message + "</p>"
          + "<p><a href=\"/\">Về trang tìm kiếm</a></p></body></html>\n";
    }
  }
}
