package vn.vankho.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vankho.archive.Json;

/**
 * A client of the test server that keeps cookies like a browser, logs in through the login form, and
 * sends the session's CSRF token with what it posts (once logged in).
 */
final class WebClient {
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String csrf;

  WebClient(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs in through the form as a browser would; the response is the login's (a redirect when it worked). */
  HttpResponse<String> login(String name, String password) throws Exception {
    HttpResponse<String> form = get("/login");
    Matcher token = CSRF_FIELD.matcher(form.body());
    if (!token.find()) {
      throw new AssertionError("no CSRF field in the login form: " + form.body());
    }
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + q(token.group(1)) + "&name=" + q(name) + "&password=" + q(password))));
    if (response.statusCode() == 302) {
      csrf = json(get("/api/csrf")).get("csrfToken").asText();
    }
    return response;
  }

  /** The session cookie's value, or null. */
  String sessionCookie() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(Access.SESSION_COOKIE))
        .map(HttpCookie::getValue).findFirst().orElse(null);
  }

  void setSessionCookie(String value) {
    HttpCookie cookie = new HttpCookie(Access.SESSION_COOKIE, value);
    cookie.setPath("/");
    cookie.setDomain("127.0.0.1");
    cookie.setVersion(0);
    cookies.getCookieStore().add(URI.create(base), cookie);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)));
  }

  /** The body as bytes: an image. */
  HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> head(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
  }

  /** Posts a form with the session's CSRF token in it. */
  HttpResponse<String> postForm(String path, String form) throws Exception {
    return postFormWithoutToken(path, csrf == null ? form : "csrf=" + q(csrf) + "&" + form);
  }

  HttpResponse<String> postFormWithoutToken(String path, String form) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Posts one file as multipart/form-data, with the CSRF token in the X-CSRF-Token header. */
  HttpResponse<String> upload(String path, String fileName, byte[] content) throws Exception {
    return upload(path, fileName, content, true);
  }

  HttpResponse<String> upload(String path, String fileName, byte[] content, boolean withToken) throws Exception {
    String boundary = UUID.randomUUID().toString();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (withToken && csrf != null) {
      request.header(Access.CSRF_HEADER, csrf);
    }
    return send(request);
  }

  /** Posts JSON with the CSRF token in the header. */
  HttpResponse<String> postJson(String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (csrf != null) {
      request.header(Access.CSRF_HEADER, csrf);
    }
    return send(request);
  }

  /**
   * Asks for the job until it has failed, or is done and search holds what it read, or a minute has passed; returns
   * it as it is then.
   */
  JsonNode awaitJob(long jobId) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    while (true) {
      JsonNode job = json(get("/api/jobs/" + jobId));
      String status = job.get("status").asText();
      boolean ended = status.equals("DONE") && job.get("searchable").asBoolean() || status.equals("FAILED");
      if (ended || Instant.now().isAfter(deadline)) {
        return job;
      }
      Thread.sleep(200);
    }
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return Json.mapper().readTree(response.body());
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
