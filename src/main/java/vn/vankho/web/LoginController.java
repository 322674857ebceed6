package vn.vankho.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.util.HashMap;
import java.util.Map;
import vn.vankho.archive.Accounts;

/**
 * {@code /login}, {@code /logout} and {@code GET /api/csrf}. The login form has no session to keep
 * its CSRF token in, so it uses a double-submit cookie: a random token both in a cookie and in the
 * form, which another site can neither read nor set.
 */
final class LoginController {
  private static final String LOGIN_COOKIE = "vankho_login";
  /** A browser-session cookie: gone when the browser closes; the server ends the session after 12 hours anyway. */
  private static final int UNTIL_BROWSER_CLOSES = -1;

  private final Accounts accounts;
  private final Access access;

  LoginController(Accounts accounts, Access access) {
    this.accounts = accounts;
    this.access = access;
  }

  void form(Context ctx) {
    render(ctx, HttpStatus.OK, null);
  }

  void login(Context ctx) {
    if (!Access.sameToken(ctx.cookie(LOGIN_COOKIE), ctx.formParam(Access.CSRF_FIELD))) {
      throw new ForbiddenResponse("Phiên đăng nhập đã hết hạn; hãy tải lại trang đăng nhập rồi thử lại.");
    }
    Accounts.Login login = accounts.login(ctx.formParam("name"), ctx.formParam("password"), ctx.ip());
    switch (login.outcome()) {
      case LOCKED_OUT -> render(ctx, HttpStatus.TOO_MANY_REQUESTS,
          "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau một phút.");
      case REFUSED -> render(ctx, HttpStatus.UNAUTHORIZED, "Sai tên đăng nhập hoặc mật khẩu.");
      case OPENED -> {
        // whatever session the browser had, even one an attacker planted, ends here: the new one has a new id
        accounts.logout(ctx.cookie(Access.SESSION_COOKIE));
        ctx.cookie(access.cookie(ctx, Access.SESSION_COOKIE, login.token(), UNTIL_BROWSER_CLOSES));
        ctx.cookie(access.cookie(ctx, LOGIN_COOKIE, "", 0));
        ctx.redirect(localPath(ctx.formParam("next")));
      }
    }
  }

  void logout(Context ctx) {
    accounts.logout(ctx.cookie(Access.SESSION_COOKIE));
    ctx.cookie(access.cookie(ctx, Access.SESSION_COOKIE, "", 0));
    ctx.redirect("/login");
  }

  /** {@code GET /api/csrf}: the token API calls send in the X-CSRF-Token header. */
  void csrf(Context ctx) {
    String token = Access.session(ctx).orElseThrow(() -> new UnauthorizedResponse("Cần đăng nhập trước.")).csrfToken();
    ctx.json(Map.of("csrfToken", token, "header", Access.CSRF_HEADER));
  }

  private void render(Context ctx, HttpStatus status, String error) {
    // the token the browser already has is kept: a second login page (another tab, the redirect of a
    // favicon request) must not invalidate the form of the first
    String existing = ctx.cookie(LOGIN_COOKIE);
    String token = existing != null && existing.length() >= 43 ? existing : Accounts.randomToken();
    ctx.cookie(access.cookie(ctx, LOGIN_COOKIE, token, UNTIL_BROWSER_CLOSES));
    Map<String, Object> model = new HashMap<>();
    model.put("csrf", token);
    String next = ctx.formParam("next");
    model.put("next", localPath(next != null ? next : ctx.queryParam("next")));
    model.put("error", error);
    model.put("name", ctx.formParam("name"));
    ctx.status(status).render("login.peb", model);
  }

  /**
   * Where to go after logging in: a path on this site only, so a crafted link cannot send people
   * elsewhere ("//host", "/\\host" and control characters, which browsers drop, are refused).
   */
  static String localPath(String next) {
    boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
        && next.chars().noneMatch(Character::isISOControl);
    return local ? next : "/";
  }
}
