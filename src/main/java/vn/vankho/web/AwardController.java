package vn.vankho.web;

import io.javalin.http.Context;
import vn.vankho.archive.Archive;
import vn.vankho.store.PrecedentQuery;

/**
 * {@code GET /api/awards?form=&kind=&attribute=&campaign=&from=&to=&q=&limit=}: confirmed awards, the precedents
 * officials weigh a new proposal against. Every parameter is optional; from and to are years. And an
 * archivist's decision on a proposed award: {@code POST /api/awards/{id}/confirm} or {@code .../reject}, or the
 * same paths without /api from the document page.
 */
final class AwardController {
  private static final int DEFAULT_LIMIT = 100;
  private static final int MAX_LIMIT = 1000;

  private final Archive archive;

  AwardController(Archive archive) {
    this.archive = archive;
  }

  void precedents(Context ctx) {
    Integer limit = WebApp.intParam(ctx, "limit");
    ctx.json(archive.precedents(new PrecedentQuery(param(ctx, "form"), param(ctx, "kind"), param(ctx, "attribute"),
        param(ctx, "campaign"), WebApp.intParam(ctx, "from"), WebApp.intParam(ctx, "to"), param(ctx, "q"),
        limit == null ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT))));
  }

  void confirmApi(Context ctx) {
    ctx.json(archive.confirmAward(awardId(ctx), Access.actor(ctx)));
  }

  void rejectApi(Context ctx) {
    ctx.json(archive.rejectAward(awardId(ctx), Access.actor(ctx)));
  }

  void confirmFromPage(Context ctx) {
    ctx.redirect("/documents/" + archive.confirmAward(awardId(ctx), Access.actor(ctx)).documentId() + "#awards");
  }

  void rejectFromPage(Context ctx) {
    ctx.redirect("/documents/" + archive.rejectAward(awardId(ctx), Access.actor(ctx)).documentId() + "#awards");
  }

  private static long awardId(Context ctx) {
    return ctx.pathParamAsClass("id", Long.class).check(id -> id > 0, "the award id must be a positive number").get();
  }

  /** A parameter's value, or null when it is absent or blank (an empty field of a form filters nothing). */
  private static String param(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
