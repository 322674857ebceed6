package vn.vankho.web;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import vn.vankho.archive.Archive;
import vn.vankho.archive.DamagedOriginalException;
import vn.vankho.archive.Uploader;
import vn.vankho.archive.Json;
import vn.vankho.index.IndexUnavailableException;

/**
 * The archive's web server: pages for people, a JSON API for tools, every URL declared here.
 * Returns an unstarted server; {@code vankho serve} starts it, tests start it on a free port.
 */
public final class WebApp {
  private WebApp() {}

  public static Javalin create(Archive archive, WebSettings settings) {
    SearchController search = new SearchController(archive);
    DocumentController documents = new DocumentController(archive);
    UploadLimit uploadLimit = new UploadLimit(settings.maxUploadBytes());
    UploadController uploads = new UploadController(archive, uploadLimit);
    Access access = new Access(archive.accounts(), settings, uploadLimit);
    LoginController logins = new LoginController(archive.accounts(), access);
    JobController jobs = new JobController(archive);
    UnitController units = new UnitController(archive);
    AccountController users = new AccountController(archive.accounts());
    AwardController awards = new AwardController(archive);
    return Javalin.create(config -> {
      config.jetty.host = settings.host();
      config.jetty.port = settings.port();
      config.jsonMapper(new JavalinJackson(Json.mapper(), false));
      config.fileRenderer(new PebbleRenderer());
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/web/static";
        files.location = Location.CLASSPATH;
      });
      config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes() * 10, SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      // larger parts are written where the archive receives uploads, so a full disk or a refused
      // upload is met and cleaned up there, never in a system temporary folder
      config.jetty.multipartConfig.cacheDirectory(archive.incomingFolder().toString());

      config.routes.before(access::check);
      config.routes.get("/login", logins::form);
      config.routes.post("/login", logins::login);
      config.routes.post("/logout", logins::logout);
      config.routes.get("/api/csrf", logins::csrf);

      config.routes.get("/", search::page);
      config.routes.get("/documents/{id}", documents::page);
      config.routes.get("/documents/{id}/original", documents::original);
      config.routes.get("/documents/{id}/pages/{page}/image", documents::pageImage);
      config.routes.get("/review", documents::reviewPage);
      config.routes.post("/documents/{id}/fields", documents::correctFromPage);
      config.routes.post("/documents/{id}/reread", documents::rereadFromPage);
      config.routes.get("/documents/{id}/implementation", documents::implementationPage);
      config.routes.post("/units", units::add);
      config.routes.post("/units/{id}/delete", units::remove);
      config.routes.get("/audit", units::audit);
      config.routes.get("/users", users::page);
      config.routes.post("/users", users::add);
      config.routes.post("/users/role", users::setRole);
      config.routes.post("/users/password", users::setPassword);
      config.routes.post("/users/lock", users::lock);
      config.routes.post("/users/unlock", users::unlock);
      config.routes.get("/upload", uploads::form);
      config.routes.post("/upload", uploads::uploadPage);
      config.routes.get("/jobs", jobs::page);
      config.routes.get("/awards", awards::searchPage);
      config.routes.get("/awards/export.csv", awards::export);
      config.routes.post("/awards/{id}/confirm", awards::confirmFromPage);
      config.routes.post("/awards/{id}/reject", awards::rejectFromPage);
      config.routes.post("/awards/{id}/edit", awards::editFromPage);
      config.routes.post("/campaign-links/{id}/confirm", awards::confirmLinkFromPage);
      config.routes.post("/campaign-links/{id}/reject", awards::rejectLinkFromPage);
      config.routes.get("/campaigns", awards::campaignsPage);
      config.routes.get("/campaigns/{id}", awards::campaignPage);
      config.routes.post("/campaigns/{id}", awards::editCampaignFromPage);
      config.routes.get("/awardees", awards::awardeesPage);
      config.routes.get("/awardees/{id}", awards::awardeePage);
      config.routes.post("/awardees/{id}/merge", awards::merge);
      config.routes.post("/awardees/{id}/apart", awards::keepApart);

      config.routes.post("/api/documents", uploads::uploadApi);
      config.routes.get("/api/documents/{id}", documents::api);
      config.routes.post("/api/documents/{id}/fields", documents::correctApi);
      config.routes.get("/api/documents/{id}/implementation", documents::implementationApi);
      config.routes.get("/api/search", search::api);
      config.routes.get("/api/jobs/{id}", jobs::api);
      config.routes.get("/api/awards", awards::searchApi);
      config.routes.post("/api/awards/{id}", awards::editApi);
      config.routes.post("/api/awards/{id}/confirm", awards::confirmApi);
      config.routes.post("/api/awards/{id}/reject", awards::rejectApi);
      config.routes.post("/api/campaign-links/{id}/confirm", awards::confirmLinkApi);
      config.routes.post("/api/campaign-links/{id}/reject", awards::rejectLinkApi);
      config.routes.get("/api/campaigns", awards::campaignsApi);
      config.routes.get("/api/campaigns/{id}", awards::campaignApi);
      config.routes.get("/api/awardees/merges", awards::proposalsApi);
      config.routes.get("/api/awardees/{id}", awards::awardeeApi);
      config.routes.post("/api/awardees/{id}/merge", awards::merge);
      config.routes.post("/api/awardees/{id}/apart", awards::keepApart);

      config.routes.exception(JacksonException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
          "the request body is not what was expected: " + (e.getCause() instanceof IllegalArgumentException wrong
              ? wrong.getMessage() : e.getOriginalMessage())));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
      config.routes.exception(RefusedResponse.class, (e, ctx) -> {
        Access.session(ctx).ifPresent(s -> archive.recordRefusedUpload(Uploader.account(s.user().name(), ctx.ip()),
            e.reason()));
        refused(ctx, e);
      });
      config.routes.exception(DamagedOriginalException.class,
          (e, ctx) -> refused(ctx, new RefusedResponse(HttpStatus.INTERNAL_SERVER_ERROR, e.reason())));
      config.routes.exception(IndexUnavailableException.class,
          (e, ctx) -> error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    });
  }

  /** The reason's Vietnamese message, and its code for the API. */
  private static void refused(Context ctx, RefusedResponse refusal) {
    if (ctx.path().startsWith("/api/")) {
      ctx.status(refusal.status()).json(Map.of("error", refusal.vietnamese(), "reason", refusal.reason().code()));
    } else {
      error(ctx, refusal.status(), refusal.vietnamese());
    }
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(Map.of("error", message));
    } else {
      ctx.render("error.peb", Map.of("status", status.getCode(), "message", message));
    }
  }

  /** A whole number from the query string, or null when it is not given; a 400 when it is not a number. */
  static Integer intParam(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number");
    }
  }

  /** A positive id from the path, or a 400 that says what was wrong. */
  static long id(Context ctx) {
    try {
      long id = Long.parseLong(ctx.pathParam("id"));
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw new BadRequestResponse("the id in the path must be a positive number");
  }
}
