package vn.vankho.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import vn.vankho.archive.Accounts;
import vn.vankho.model.Session;

/**
 * Who may do what, decided in one place before any route runs. The rule goes by method, not by a
 * list of routes, so that a route added later is guarded without anyone remembering to: every
 * request that changes state (anything but GET and HEAD) needs an archivist or an admin and the
 * session's CSRF token; reading needs a login unless anonymous reading is on; the audit log and the
 * accounts need an admin. Only the login page and static files are open to all.
 */
final class Access {
  static final String SESSION_COOKIE = "vankho_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String CSRF_FIELD = "csrf";
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

  void check(Context ctx) {
    String path = ctx.path();
    if (path.startsWith("/static/") || path.equals("/login")) {
      return;
    }
    Optional<Session> session = accounts.session(ctx.cookie(SESSION_COOKIE));
    session.ifPresent(s -> ctx.attribute(SESSION, s));
    boolean reading = ctx.method().name().equals("GET") || ctx.method().name().equals("HEAD");
    boolean adminOnly = path.equals("/audit") || path.equals("/users") || path.startsWith("/users/");
    if (reading && settings.anonymousRead() && !adminOnly && !path.equals("/upload")) {
      return;
    }
    if (session.isEmpty()) {
      if (path.startsWith("/api/")) {
        throw new UnauthorizedResponse("log in first (POST /login), then send the session cookie");
      }
      String here = ctx.queryString() == null ? path : path + "?" + ctx.queryString();
      ctx.redirect(reading ? "/login?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8) : "/login");
      ctx.skipRemainingHandlers();
      return;
    }
    Session s = session.get();
    if (adminOnly && !s.user().role().canAudit()) {
      throw new ForbiddenResponse("Chỉ quản trị viên được xem nhật ký và quản lý tài khoản.");
    }
    if (path.equals("/upload") && !s.user().role().canChange()) {
      throw new ForbiddenResponse("Tài khoản bạn đọc không được tải văn bản lên.");
    }
    if (!reading) {
      if (!path.equals("/logout") && !s.user().role().canChange()) {
        throw new ForbiddenResponse("Tài khoản bạn đọc không được thay đổi kho văn bản.");
      }
      if (!sameToken(s.csrfToken(), sentToken(ctx))) {
        throw new ForbiddenResponse("Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF); hãy tải lại trang rồi thử lại.");
      }
    }
  }

  /** The session of this request, if someone is logged in. */
  static Optional<Session> session(Context ctx) {
    return Optional.ofNullable(ctx.attribute(SESSION));
  }

  /** The name of the logged-in person, for the audit log; {@link #check} has made sure there is one. */
  static String actor(Context ctx) {
    return session(ctx).orElseThrow(() -> new UnauthorizedResponse("log in first")).user().name();
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
