package vn.vankho.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import vn.vankho.archive.Accounts;
import vn.vankho.model.Role;
import vn.vankho.model.Secrecy;

/**
 * {@code /users}: the accounts, for administrators ({@link Access} lets no one else in). They add accounts,
 * change roles and clearances, set new passwords and lock or unlock accounts; every change goes to the audit log.
 */
final class AccountController {
  private final Accounts accounts;

  AccountController(Accounts accounts) {
    this.accounts = accounts;
  }

  void page(Context ctx) {
    ctx.render("users.peb", Map.of("users", accounts.users(), "done", ctx.queryParamMap().containsKey("done")));
  }

  void add(Context ctx) {
    accounts.add(ctx.formParam("name"), ctx.formParam("password"), role(ctx), Access.actor(ctx));
    done(ctx);
  }

  void setRole(Context ctx) {
    accounts.setRole(ctx.formParam("name"), role(ctx), Access.actor(ctx));
    done(ctx);
  }

  /** {@code POST /users/clearance}: the highest độ mật the account may read ("none", "mat", "toi_mat", "tuyet_mat"). */
  void setClearance(Context ctx) {
    accounts.setClearance(ctx.formParam("name"), Secrecy.parse(ctx.formParam("clearance")), Access.actor(ctx));
    done(ctx);
  }

  void setPassword(Context ctx) {
    accounts.setPassword(ctx.formParam("name"), ctx.formParam("password"), Access.actor(ctx));
    done(ctx);
  }

  void lock(Context ctx) {
    accounts.lock(ctx.formParam("name"), Access.actor(ctx));
    done(ctx);
  }

  void unlock(Context ctx) {
    accounts.unlock(ctx.formParam("name"), Access.actor(ctx));
    done(ctx);
  }

  private static void done(Context ctx) {
    ctx.redirect("/users?done");
  }

  private static Role role(Context ctx) {
    String role = ctx.formParam("role");
    try {
      return Role.valueOf(role == null ? "" : role.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("Vai trò là admin, archivist hoặc reader, không phải " + role + ".");
    }
  }
}
