package vn.vankho.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vankho.archive.Archive;
import vn.vankho.archive.AwardVocabulary;
import vn.vankho.archive.Awards;
import vn.vankho.archive.PrecedentCsv;
import vn.vankho.model.AwardEdit;
import vn.vankho.model.Campaign;
import vn.vankho.model.Precedent;
import vn.vankho.model.PrecedentQuery;

/**
 * Precedent awards, campaigns and awardees, as pages and as JSON. Reading them is open to every account;
 * confirming, editing, rejecting and merging are archivists' (the rule is {@link Access}'s, by method).
 *
 * <p>The precedent search, {@code /awards} (page), {@code /api/awards} (JSON) and {@code /awards/export.csv},
 * takes {@code q} (words of the awardee, unit or achievement), {@code form}, {@code level}, {@code kind},
 * {@code attribute}, {@code campaign}, {@code unit}, {@code from} and {@code to} (years), all optional.
 */
final class AwardController {
  private static final int DEFAULT_LIMIT = 100;
  private static final int MAX_LIMIT = 1000;

  private final Awards awards;

  AwardController(Archive archive) {
    this.awards = archive.awards();
  }

  void searchPage(Context ctx) {
    PrecedentQuery query = query(ctx, DEFAULT_LIMIT);
    Awards.Found found = awards.search(query, Access.reader(ctx));
    Map<String, Object> model = new HashMap<>();
    model.put("q", query);
    model.put("words", AwardVocabulary.TABLES);
    model.put("awards", found.first());
    model.put("total", found.total());
    model.put("chart", AwardChart.of(found.counts()));
    model.put("campaigns", awards.campaigns(Access.reader(ctx)));
    model.put("exportLink", "/awards/export.csv" + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
    model.put("searched", ctx.queryString() != null);
    ctx.render("awards.peb", model);
  }

  void searchApi(Context ctx) {
    ctx.json(awards.precedents(query(ctx, DEFAULT_LIMIT), Access.reader(ctx)));
  }

  void export(Context ctx) throws IOException {
    StringWriter csv = new StringWriter();
    PrecedentCsv.write(awards.precedents(query(ctx, DEFAULT_LIMIT).withLimit(PrecedentQuery.ALL), Access.reader(ctx)), csv);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"khen-thuong.csv\"");
    ctx.result(csv.toString());
  }

  void confirmApi(Context ctx) {
    ctx.json(awards.confirm(WebApp.id(ctx), Access.reader(ctx)));
  }

  void rejectApi(Context ctx) {
    ctx.json(awards.reject(WebApp.id(ctx), Access.reader(ctx)));
  }

  void editApi(Context ctx) {
    ctx.json(awards.edit(WebApp.id(ctx), WebApp.body(ctx, AwardEdit.class), Access.reader(ctx)));
  }

  void confirmFromPage(Context ctx) {
    backToDocument(ctx, awards.confirm(WebApp.id(ctx), Access.reader(ctx)).documentId());
  }

  void rejectFromPage(Context ctx) {
    backToDocument(ctx, awards.reject(WebApp.id(ctx), Access.reader(ctx)).documentId());
  }

  void editFromPage(Context ctx) {
    AwardEdit edit = new AwardEdit(ctx.formParam("awardee"), ctx.formParam("awardeeKind"), ctx.formParam("unit"),
        ctx.formParam("place"), ctx.formParam("form"), ctx.formParam("authority"), ctx.formParam("authorityLevel"),
        ctx.formParam("achievement"), ctx.formParams("attributes"), ctx.formParam("campaign"));
    backToDocument(ctx, awards.edit(WebApp.id(ctx), edit, Access.reader(ctx)).documentId());
  }

  void confirmLinkApi(Context ctx) {
    ctx.json(awards.confirmLink(WebApp.id(ctx), Access.reader(ctx)));
  }

  void rejectLinkApi(Context ctx) {
    ctx.json(awards.rejectLink(WebApp.id(ctx), Access.reader(ctx)));
  }

  void confirmLinkFromPage(Context ctx) {
    backToDocument(ctx, awards.confirmLink(WebApp.id(ctx), Access.reader(ctx)).documentId());
  }

  void rejectLinkFromPage(Context ctx) {
    backToDocument(ctx, awards.rejectLink(WebApp.id(ctx), Access.reader(ctx)).documentId());
  }

  void campaignsPage(Context ctx) {
    ctx.render("campaigns.peb", Map.of("campaigns", awards.campaigns(Access.reader(ctx))));
  }

  void campaignsApi(Context ctx) {
    ctx.json(awards.campaigns(Access.reader(ctx)));
  }

  void campaignPage(Context ctx) {
    Awards.CampaignView view = campaign(ctx);
    ctx.render("campaign.peb", Map.of("view", view, "chart", AwardChart.of(view.counts()),
        "words", AwardVocabulary.TABLES));
  }

  void campaignApi(Context ctx) {
    ctx.json(campaign(ctx));
  }

  void editCampaignFromPage(Context ctx) {
    long id = WebApp.id(ctx);
    awards.updateCampaign(new Campaign(id, ctx.formParam("name"), WebApp.year(ctx.formParam("periodFrom")),
        WebApp.year(ctx.formParam("periodTo")), ctx.formParam("level"),
        number(ctx.formParam("launchedBy"), "Văn bản phát động")), Access.reader(ctx));
    ctx.redirect("/campaigns/" + id);
  }

  void awardeesPage(Context ctx) {
    ctx.render("awardees.peb", Map.of("awardees", awards.awardees(Access.reader(ctx)), "proposals", awards.proposals(Access.reader(ctx)),
        "words", AwardVocabulary.TABLES));
  }

  void proposalsApi(Context ctx) {
    ctx.json(awards.proposals(Access.reader(ctx)));
  }

  void awardeePage(Context ctx) {
    ctx.render("awardee.peb", Map.of("view", awardee(ctx), "words", AwardVocabulary.TABLES));
  }

  void awardeeApi(Context ctx) {
    ctx.json(awardee(ctx));
  }

  /** {@code POST /api/awardees/{id}/merge} with {"into": N}, or the form field into. */
  void merge(Context ctx) {
    long into = otherId(ctx, "into");
    respond(ctx, awards.merge(WebApp.id(ctx), into, Access.reader(ctx)), "/awardees/" + into);
  }

  /** {@code POST /api/awardees/{id}/apart} with {"other": N}, or the form field other. */
  void keepApart(Context ctx) {
    long id = WebApp.id(ctx);
    long other = otherId(ctx, "other");
    awards.keepApart(id, other, Access.reader(ctx));
    respond(ctx, Map.of("keptApart", List.of(id, other)), "/awardees/" + id);
  }

  private Awards.CampaignView campaign(Context ctx) {
    return awards.campaign(WebApp.id(ctx), Access.reader(ctx)).orElseThrow(() -> new NotFoundResponse("Không có phong trào này."));
  }

  private Awards.AwardeeView awardee(Context ctx) {
    return awards.awardee(WebApp.id(ctx), Access.reader(ctx)).orElseThrow(() -> new NotFoundResponse("Không có đối tượng khen thưởng này."));
  }

  private static void backToDocument(Context ctx, long documentId) {
    ctx.redirect("/documents/" + documentId + "#awards");
  }

  private static void respond(Context ctx, Object json, String page) {
    if (ctx.path().startsWith("/api/")) {
      ctx.json(json);
    } else {
      ctx.redirect(page);
    }
  }

  /** The other awardee's number: the form field or the JSON member {@code name}. */
  private static long otherId(Context ctx, String name) {
    String value = ctx.path().startsWith("/api/") ? String.valueOf(WebApp.body(ctx, Map.class).getOrDefault(name, ""))
        : ctx.formParam(name);
    Long id = number(value, "Mã số đối tượng khen thưởng (" + name + ")");
    if (id == null) {
      throw new BadRequestResponse("Hãy ghi mã số của đối tượng khen thưởng kia (" + name + ").");
    }
    return id;
  }

  private static PrecedentQuery query(Context ctx, int defaultLimit) {
    Integer limit = WebApp.intParam(ctx, "limit");
    return new PrecedentQuery(param(ctx, "form"), param(ctx, "level"), param(ctx, "kind"), param(ctx, "attribute"),
        param(ctx, "campaign"), null, null, param(ctx, "unit"), WebApp.year(ctx.queryParam("from")),
        WebApp.year(ctx.queryParam("to")), param(ctx, "q"), limit == null ? defaultLimit : Math.min(limit, MAX_LIMIT));
  }

  /** A parameter's value, or null when it is absent or blank (an empty field of a form filters nothing). */
  private static String param(Context ctx, String name) {
    return blankToNull(ctx.queryParam(name));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A positive number of {@code what}, or null when it is blank. */
  private static Long number(String value, String what) {
    String digits = blankToNull(value);
    if (digits != null && !digits.matches("[1-9]\\d{0,17}")) {
      throw new BadRequestResponse(what + " phải là một số dương, không phải \"" + digits + "\".");
    }
    return digits == null ? null : Long.valueOf(digits);
  }
}
