package vn.vankho.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import vn.vankho.archive.Accounts;
import vn.vankho.archive.Reader;
import vn.vankho.model.Role;
import vn.vankho.model.Session;

/**
 * Who may do what, decided in one place before any route runs, on the route the router matched:
 * each route's {@link Need} is declared with it in {@link WebApp}'s table, so a trailing slash or an
 * encoded letter that still reaches a route is judged as that route, and one that reaches none is a
 * 404. A matched route without a need is refused, so a route added outside the table fails closed.
 * Every request that changes state needs the session's CSRF token as well; reading needs a login
 * unless anonymous reading is on.
 */
final class Access {
  static final String SESSION_COOKIE = "vankho_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String CSRF_FIELD = "csrf";
  static final String ADMINS_ONLY = "Chỉ quản trị viên được xem nhật ký và quản lý tài khoản.";
  static final String ARCHIVISTS_ONLY = "Tài khoản bạn đọc không được tải văn bản lên hay thay đổi kho văn bản.";
  static final String BAD_CSRF = "Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF); hãy tải lại trang rồi thử lại.";
  static final String UNDECLARED = "Đường dẫn này chưa được khai báo quyền truy cập.";
  private static final String SESSION = "vankho.session";
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final Accounts accounts;
  private final WebSettings settings;
  private final UploadLimit uploadLimit;

  Access(Accounts accounts, WebSettings settings, UploadLimit uploadLimit) {
    this.accounts = accounts;
    this.settings = settings;
    this.uploadLimit = uploadLimit;
  }

  /** Run before every matched request (Javalin's beforeMatched): a route or a static file. */
  void check(Context ctx) {
    Need need = need(ctx);
    if (need == Need.PUBLIC) {
      return;
    }
    Optional<Session> session = identify(ctx);
    boolean reading = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    if (need == Need.READER && reading && settings.anonymousRead()) {
      return;
    }
    if (session.isEmpty()) {
      if (ctx.path().startsWith("/api/")) {
        throw new UnauthorizedResponse("Cần đăng nhập trước (POST /login), rồi gửi kèm cookie phiên làm việc.");
      }
      String here = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
      ctx.redirect(reading ? "/login?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8) : "/login");
      ctx.skipRemainingHandlers();
      return;
    }
    Role role = session.get().user().role();
    if (need == Need.ADMIN && !role.canAudit()) {
      throw new ForbiddenResponse(ADMINS_ONLY);
    }
    if (need == Need.ARCHIVIST && !role.canChange()) {
      throw new ForbiddenResponse(ARCHIVISTS_ONLY);
    }
    if (!reading && !sameToken(session.get().csrfToken(), sentToken(ctx))) {
      throw new ForbiddenResponse(BAD_CSRF);
    }
  }

  /**
   * The matched route's declared need. Javalin runs beforeMatched without an HTTP endpoint only for
   * a static file, which is public; a route registered without a need is refused.
   */
  private static Need need(Context ctx) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    if (matched == null) {
      return Need.PUBLIC;
    }
    Roles roles = matched.metadata(Roles.class);
    Set<RouteRole> declared = roles == null ? Set.of() : roles.getRoles();
    if (declared.size() != 1 || !(declared.iterator().next() instanceof Need need)) {
      throw new ForbiddenResponse(UNDECLARED);
    }
    return need;
  }

  /** Looks up the request's session once and keeps it for the handlers and templates. */
  Optional<Session> identify(Context ctx) {
    Optional<Session> session = accounts.session(ctx.cookie(SESSION_COOKIE));
    session.ifPresent(s -> ctx.attribute(SESSION, s));
    return session;
  }

  /** The session of this request, if someone is logged in. */
  static Optional<Session> session(Context ctx) {
    return Optional.ofNullable(ctx.attribute(SESSION));
  }

  /** The name of the logged-in person, for the audit log; {@link #check} has made sure there is one. */
  static String actor(Context ctx) {
    return session(ctx).orElseThrow(() -> new UnauthorizedResponse("Cần đăng nhập trước.")).user().name();
  }

  /**
   * Who is reading, as the archive's read doors take it: the logged-in account with its clearance, or someone
   * anonymous in a public reading room, cleared for nothing classified; with the path asked for and the address.
   */
  static Reader reader(Context ctx) {
    String path = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
    return session(ctx).map(s -> Reader.account(s.user(), ctx.ip(), path))
        .orElseGet(() -> Reader.anonymous(ctx.ip(), path));
  }

  /** A cookie only this site's own pages send (SameSite=Strict) and no script reads (HttpOnly). */
  Cookie cookie(Context ctx, String name, String value, int maxAgeSeconds) {
    return new Cookie(name, value, "/", maxAgeSeconds, secure(ctx), true, null, SameSite.STRICT);
  }

  private boolean secure(Context ctx) {
    return switch (settings.secureCookies()) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> ctx.scheme().equals("https") || !LOOPBACK.contains(ctx.req().getServerName());
    };
  }

  /** The header for API calls; the hidden form field for forms (reading it may parse a multipart body). */
  private String sentToken(Context ctx) {
    String header = ctx.header(CSRF_HEADER);
    return header != null ? header : uploadLimit.read(() -> ctx.formParam(CSRF_FIELD));
  }

  /** Compared in constant time, so the token cannot be guessed a character at a time. */
  static boolean sameToken(String expected, String sent) {
    return expected != null && sent != null
        && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
