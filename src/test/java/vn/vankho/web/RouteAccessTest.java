package vn.vankho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.model.Role;
import vn.vankho.testing.TestDatabases;

/**
 * The route-by-role matrix: every route of {@link WebApp}'s table requested by an anonymous visitor, a
 * reader, an archivist and an admin, with anonymous reading off and on, by its own path and by the
 * spellings a router or a server might take for the same path (a trailing slash, a doubled slash,
 * "/./", an encoded letter or slash, capitals). Each answer must be what the table's need says: the
 * canonical path and its trailing-slash form exactly, by HEAD as by GET; the other spellings the same
 * or "not found", never let through. Every answer, whatever it is, carries the security headers.
 */
class RouteAccessTest {
  static final String PASSWORD = "mật khẩu đủ dài";
  static final Set<String> HEADERS = SecurityHeaders.ALL.keySet();

  enum Visitor {
    ANONYMOUS(null, null), READER("bandoc", Role.READER), ARCHIVIST("luutru", Role.ARCHIVIST), ADMIN("quantri", Role.ADMIN);

    final String name;
    final Role role;

    Visitor(String name, Role role) {
      this.name = name;
      this.role = role;
    }
  }

  enum Outcome { ALLOWED, REFUSED, NOT_FOUND }

  @TempDir static Path data;
  static Archive archive;
  static List<Route> table;
  Javalin server;

  @BeforeAll
  static void open() {
    archive = Archive.open(ArchiveSettings.of(data, TestDatabases.freshDatabase()).withWorkers(1));
    for (Visitor visitor : Visitor.values()) {
      if (visitor.role != null) {
        archive.accounts().addOrUpdate(visitor.name, PASSWORD, visitor.role);
      }
    }
    WebSettings settings = WebSettings.on("127.0.0.1", 0);
    UploadLimit limit = new UploadLimit(settings.maxUploadBytes());
    table = WebApp.routes(archive, new Access(archive.accounts(), settings, limit), limit);
  }

  @AfterAll
  static void close() {
    archive.close();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /** What the table promises: the need of the route, for this visitor, with anonymous reading on or off. */
  static boolean allowed(Route route, Visitor visitor, boolean anonymousRead) {
    boolean reading = route.method() == HandlerType.GET;
    return switch (route.need()) {
      case PUBLIC -> true;
      case SIGNED_IN -> visitor != Visitor.ANONYMOUS;
      case READER -> visitor != Visitor.ANONYMOUS || anonymousRead && reading;
      case ARCHIVIST -> visitor.role != null && visitor.role.canChange();
      case ADMIN -> visitor.role != null && visitor.role.canAudit();
    };
  }

  /** The same path as others might spell it; {id} and {page} become 1. */
  static List<String> spellings(String template) {
    String path = template.replaceAll("\\{[a-z]+}", "1");
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(path);
    if (!path.equals("/")) {
      spellings.add(path + "/");
      spellings.add("/" + path);
      spellings.add("/." + path);
      spellings.add("/%" + Integer.toHexString(path.charAt(1)) + path.substring(2));
      spellings.add(path + "%2F");
      spellings.add(path + "%2f");
      spellings.add(path.toUpperCase(java.util.Locale.ROOT));
      int last = path.lastIndexOf('/');
      if (last > 0) {
        spellings.add(path.substring(0, last) + "%2F" + path.substring(last + 1));
        spellings.add(path.substring(0, last) + "/./" + path.substring(last + 1));
        spellings.add(path.substring(0, last) + "/x/../" + path.substring(last + 1));
      }
    }
    return List.copyOf(spellings);
  }

  /** How the server answered: refused by the access check, not found as a route, or let through to the route. */
  static Outcome outcome(HttpResponse<String> response) {
    int status = response.statusCode();
    String body = response.body();
    String location = response.headers().firstValue("Location").orElse("");
    boolean head = response.request().method().equals("HEAD");
    if (status == 401
        || status == 403 && (head || Stream.of(Access.ADMINS_ONLY, Access.ARCHIVISTS_ONLY, Access.BAD_CSRF,
            Access.UNDECLARED).anyMatch(body::contains))
        || status == 302 && location.startsWith("/login") && !endsSession(response)) {
      return Outcome.REFUSED;
    }
    if (status == 404 && (head || body.contains(WebApp.NO_SUCH_PAGE) || body.contains(WebApp.NO_SUCH_ROUTE))
        || status == 400 && body.contains("Bad Request") && !body.contains("Văn Khố")) {
      return Outcome.NOT_FOUND;
    }
    return Outcome.ALLOWED;
  }

  /** A logout answers with the session cookie cleared; a refusal sets no cookie. */
  static boolean endsSession(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(Access.SESSION_COOKIE + "="));
  }

  private WebClient visitor(Visitor visitor) throws Exception {
    WebClient client = new WebClient(server.port());
    if (visitor.name != null) {
      assertEquals(302, client.login(visitor.name, PASSWORD).statusCode());
    }
    return client;
  }

  private static HttpResponse<String> request(WebClient client, HandlerType method, String path) throws Exception {
    if (method == HandlerType.HEAD) {
      return client.head(path);
    }
    return method == HandlerType.GET ? client.get(path) : client.postForm(path, "");
  }

  @ParameterizedTest(name = "anonymous reading {0}")
  @ValueSource(booleans = {false, true})
  void everyRouteAnswersEachVisitorAsTheTableSays(boolean anonymousRead) throws Exception {
    server = WebApp.create(archive, WebSettings.on("127.0.0.1", 0).withAnonymousRead(anonymousRead)).start();
    Map<Visitor, WebClient> clients = new EnumMap<>(Visitor.class);
    for (Visitor visitor : Visitor.values()) {
      clients.put(visitor, visitor(visitor));
    }
    List<String> wrong = new ArrayList<>();
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Route route : table) {
      for (Visitor visitor : Visitor.values()) {
        Outcome expected = allowed(route, visitor, anonymousRead) ? Outcome.ALLOWED : Outcome.REFUSED;
        List<String> spellings = spellings(route.path());
        for (int i = 0; i < spellings.size(); i++) {
          String path = spellings.get(i);
          boolean exact = i < 2; // the path itself and with a trailing slash
          List<HandlerType> methods = exact && route.method() == HandlerType.GET
              ? List.of(HandlerType.GET, HandlerType.HEAD) : List.of(route.method());
          for (HandlerType method : methods) {
            HttpResponse<String> response = request(clients.get(visitor), method, path);
            Outcome got = outcome(response);
            if (endsSession(response)) {
              clients.put(visitor, visitor(visitor)); // that was a logout: the next request needs a session again
            }
            counts.merge(got, 1, Integer::sum);
            // a HEAD has no body to tell a missing document from a missing route: allowed may be either
            boolean acceptable = got == expected || got == Outcome.NOT_FOUND
                && (!exact || method == HandlerType.HEAD && expected == Outcome.ALLOWED);
            if (!acceptable) {
              wrong.add(route + " as " + visitor + " by " + method + " " + path + ": " + got + " (HTTP "
                  + response.statusCode() + "), the table says " + expected);
            }
            List<String> missing = HEADERS.stream().filter(h -> response.headers().firstValue(h).isEmpty()).toList();
            if (!missing.isEmpty()) {
              wrong.add(method + " " + path + " as " + visitor + ": no " + missing);
            }
          }
        }
      }
    }
    System.out.println("route matrix, anonymous reading " + anonymousRead + ": " + table.size() + " routes, " + counts);
    assertTrue(wrong.isEmpty(), wrong.size() + " answers differ from the route table:\n" + String.join("\n", wrong));
    assertTrue(counts.get(Outcome.ALLOWED) > 0 && counts.get(Outcome.REFUSED) > 0 && counts.get(Outcome.NOT_FOUND) > 0,
        counts.toString());
  }

  @Test
  void aChangeWithoutTheCsrfTokenIsRefusedOnEveryRouteThatChangesState() throws Exception {
    server = WebApp.create(archive, WebSettings.on("127.0.0.1", 0)).start();
    WebClient admin = visitor(Visitor.ADMIN);
    for (Route route : table) {
      if (route.method() == HandlerType.POST && route.need() != Need.PUBLIC) {
        for (String path : List.of(spellings(route.path()).get(0), spellings(route.path()).get(1))) {
          HttpResponse<String> response = admin.postFormWithoutToken(path, "");
          assertEquals(403, response.statusCode(), route + " by " + path);
          assertTrue(response.body().contains(Access.BAD_CSRF), response.body());
        }
      }
    }
  }

  @Test
  void aRouteAddedOutsideTheTableIsRefusedEvenToAnAdmin() throws Exception {
    WebSettings settings = WebSettings.on("127.0.0.1", 0);
    Access access = new Access(archive.accounts(), settings, new UploadLimit(settings.maxUploadBytes()));
    server = Javalin.create(config -> {
      config.routes.beforeMatched(access::check);
      config.routes.get("/undeclared", ctx -> ctx.result("let through"));
    }).start();
    WebClient admin = new WebClient(server.port());
    admin.setSessionCookie(archive.accounts().login(Visitor.ADMIN.name, PASSWORD, "127.0.0.1").token());
    for (WebClient client : List.of(admin, new WebClient(server.port()))) {
      HttpResponse<String> response = client.get("/undeclared");
      assertEquals(403, response.statusCode());
      assertTrue(response.body().contains(Access.UNDECLARED), response.body());
    }
  }

  @Test
  void anUnknownAddressIsAVietnameseNotFoundPageForEveryoneWithTheHeaders() throws Exception {
    server = WebApp.create(archive, WebSettings.on("127.0.0.1", 0)).start();
    for (Visitor visitor : Visitor.values()) {
      WebClient client = visitor(visitor);
      HttpResponse<String> page = client.get("/khong-co-trang-nay");
      assertEquals(404, page.statusCode(), visitor.toString());
      assertTrue(page.body().contains(WebApp.NO_SUCH_PAGE) && page.body().contains("<html lang=\"vi\""), page.body());
      HttpResponse<String> api = client.get("/api/khong-co");
      assertEquals(404, api.statusCode());
      assertTrue(api.body().contains(WebApp.NO_SUCH_ROUTE), api.body());
      assertTrue(HEADERS.stream().allMatch(h -> page.headers().firstValue(h).isPresent()), page.headers().toString());
    }
  }

  @Test
  void staticFilesJettysOwnErrorsAndDownloadsCarryTheHeadersToo() throws Exception {
    server = WebApp.create(archive, WebSettings.on("127.0.0.1", 0)).start();
    WebClient anonymous = visitor(Visitor.ANONYMOUS);
    for (String path : List.of("/static/style.css", "/static/upload.js", "/audit%00", "/login")) {
      HttpResponse<String> response = anonymous.get(path);
      assertTrue(HEADERS.stream().allMatch(h -> response.headers().firstValue(h).isPresent()),
          path + " (HTTP " + response.statusCode() + "): " + response.headers());
    }
    HttpResponse<String> css = anonymous.get("/static/style.css");
    assertEquals(200, css.statusCode());
    assertEquals(SecurityHeaders.ALL.get("Content-Security-Policy"),
        css.headers().firstValue("Content-Security-Policy").orElseThrow());
    assertTrue(css.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
    assertEquals("DENY", css.headers().firstValue("X-Frame-Options").orElseThrow());
    assertEquals("nosniff", css.headers().firstValue("X-Content-Type-Options").orElseThrow());
  }
}
