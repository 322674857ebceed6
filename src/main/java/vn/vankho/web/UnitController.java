package vn.vankho.web;

import io.javalin.http.Context;
import java.util.Map;
import vn.vankho.archive.Archive;

/** The subordinate units archivists keep, and the audit log of changes. */
final class UnitController {
  private final Archive archive;

  UnitController(Archive archive) {
    this.archive = archive;
  }

  void add(Context ctx) {
    archive.units().add(ctx.formParam("name"), ctx.formParam("parent"), Access.actor(ctx));
    back(ctx);
  }

  void remove(Context ctx) {
    archive.units().remove(WebApp.id(ctx), Access.actor(ctx));
    back(ctx);
  }

  void audit(Context ctx) {
    ctx.render("audit.peb", Map.of("entries", archive.records().audit(500)));
  }

  /** Back to the page the form was on, when it says which; the search page otherwise. */
  private static void back(Context ctx) {
    String from = ctx.formParam("from");
    ctx.redirect(from != null && from.matches("/documents/\\d+/implementation") ? from : "/");
  }
}
