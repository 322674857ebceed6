package vn.vankho.web;

import static vn.vankho.web.Need.ADMIN;
import static vn.vankho.web.Need.ARCHIVIST;
import static vn.vankho.web.Need.PUBLIC;
import static vn.vankho.web.Need.READER;
import static vn.vankho.web.Need.SIGNED_IN;
import static vn.vankho.web.Route.get;
import static vn.vankho.web.Route.post;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.EndpointNotFound;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vankho.archive.Archive;
import vn.vankho.archive.DamagedOriginalException;
import vn.vankho.archive.Uploader;
import vn.vankho.archive.Json;
import vn.vankho.index.IndexUnavailableException;
import vn.vankho.model.Refused;

/**
 * The archive's web server: pages for people, a JSON API for tools, every URL declared here.
 * Returns an unstarted server; {@code vankho serve} starts it, tests start it on a free port.
 */
public final class WebApp {
  static final String NO_SUCH_PAGE = "Không có trang này.";
  static final String NO_SUCH_ROUTE = "Không có đường dẫn API này.";
  static final String INDEX_UNAVAILABLE = "Chỉ mục tìm kiếm chưa mở được nên chưa tìm được; hãy thử lại sau ít phút, "
      + "hoặc báo quản trị viên xem nhật ký máy chủ.";
  static final String UNEXPECTED = "Máy chủ gặp lỗi không lường trước nên chưa thực hiện được yêu cầu. Hãy thử lại sau, "
      + "hoặc báo quản trị viên xem nhật ký máy chủ.";
  static final String MALFORMED = "Yêu cầu có giá trị sai dạng nên không được thực hiện; hãy kiểm tra lại rồi gửi lại.";
  static final String TOO_LARGE = "Nội dung gửi lên lớn hơn mức máy chủ nhận cho một yêu cầu nên không được thực hiện.";
  static final String NOT_THE_JSON_EXPECTED = "Nội dung gửi lên không phải JSON đúng dạng yêu cầu này cần";
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  private WebApp() {}

  public static Javalin create(Archive archive, WebSettings settings) {
    UploadLimit uploadLimit = new UploadLimit(settings.maxUploadBytes());
    Access access = new Access(archive.accounts(), settings, uploadLimit);
    List<Route> routes = routes(archive, access, uploadLimit);
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
      config.jetty.multipartConfig.cacheDirectory(archive.intake().incomingFolder().toString());

      config.jetty.modifyServer(server -> server.setErrorHandler(new SecurityHeaders.OnJettyErrors()));
      config.routes.before(SecurityHeaders::add);
      // decided on the route the router matched (after its own path handling), never on the raw path
      config.routes.beforeMatched(access::check);
      for (Route route : routes) {
        config.routes.addHttpHandler(route.method(), route.path(), route.handler(), route.need());
        if (route.method() == HandlerType.GET) {
          // Javalin answers HEAD for a GET route by itself, with no endpoint the check could read: as a
          // route of its own, HEAD is judged as GET is
          config.routes.addHttpHandler(HandlerType.HEAD, route.path(), route.handler(), route.need());
        }
      }

      config.routes.exception(EndpointNotFound.class, (e, ctx) -> {
        access.identify(ctx);
        error(ctx, HttpStatus.NOT_FOUND, ctx.path().startsWith("/api/") ? NO_SUCH_ROUTE : NO_SUCH_PAGE);
      });
      config.routes.exception(Refused.class, WebApp::refused);
      // an argument refused by code other than the archive's (a form body that does not decode): its words are
      // not for people
      config.routes.exception(IllegalArgumentException.class, (e, ctx) -> {
        LOG.info("{} {} refused: {}", ctx.method(), ctx.path(), e.toString());
        error(ctx, HttpStatus.BAD_REQUEST, MALFORMED);
      });
      // the handlers' own answers are in Vietnamese; Javalin's own (a body over its limit) are not
      config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, HttpStatus.forStatus(e.getStatus()),
          e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode() ? TOO_LARGE : e.getMessage()));
      config.routes.exception(RefusedResponse.class, (e, ctx) -> {
        Access.session(ctx).ifPresent(s -> archive.intake().refused(Uploader.account(s.user().name(), ctx.ip()),
            e.reason()));
        refused(ctx, e);
      });
      config.routes.exception(DamagedOriginalException.class,
          (e, ctx) -> refused(ctx, new RefusedResponse(HttpStatus.INTERNAL_SERVER_ERROR, e.reason())));
      // the index's words name folders and the command that fixes it: for the log and the administrator
      config.routes.exception(IndexUnavailableException.class, (e, ctx) -> {
        LOG.error("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        error(ctx, HttpStatus.SERVICE_UNAVAILABLE, INDEX_UNAVAILABLE);
      });
      // whatever else went wrong: the details to the log, a plain answer to the person, the server goes on
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, UNEXPECTED);
      });
    });
  }

  /**
   * Every URL of the archive with what it needs of the person asking: the one table the router is
   * built from and the access check reads.
   */
  static List<Route> routes(Archive archive, Access access, UploadLimit uploadLimit) {
    SearchController search = new SearchController(archive);
    DocumentController documents = new DocumentController(archive);
    UploadController uploads = new UploadController(archive, uploadLimit);
    LoginController logins = new LoginController(archive.accounts(), access);
    JobController jobs = new JobController(archive);
    UnitController units = new UnitController(archive);
    AccountController users = new AccountController(archive.accounts());
    AwardController awards = new AwardController(archive);
    FileController files = new FileController(archive);
    FixityController fixity = new FixityController(archive);
    return List.of(
        get("/login", PUBLIC, logins::form),
        post("/login", PUBLIC, logins::login),
        post("/logout", SIGNED_IN, logins::logout),
        get("/api/csrf", SIGNED_IN, logins::csrf),
        get("/", READER, search::page),
        get("/documents/{id}", READER, documents::page),
        get("/documents/{id}/original", READER, documents::original),
        get("/documents/{id}/pages/{page}/image", READER, documents::pageImage),
        get("/documents/{id}/fields/{field}/image", READER, documents::fieldImage),
        get("/review", READER, documents::reviewPage),
        post("/documents/{id}/fields", ARCHIVIST, documents::correctFromPage),
        post("/documents/{id}/reread", ARCHIVIST, documents::rereadFromPage),
        post("/documents/{id}/file", ARCHIVIST, documents::moveToFile),
        get("/documents/{id}/implementation", READER, documents::implementationPage),
        post("/units", ARCHIVIST, units::add),
        post("/units/{id}/delete", ARCHIVIST, units::remove),
        get("/audit", ADMIN, units::audit),
        get("/fixity", ADMIN, fixity::page),
        get("/users", ADMIN, users::page),
        post("/users", ADMIN, users::add),
        post("/users/role", ADMIN, users::setRole),
        post("/users/password", ADMIN, users::setPassword),
        post("/users/clearance", ADMIN, users::setClearance),
        post("/users/lock", ADMIN, users::lock),
        post("/users/unlock", ADMIN, users::unlock),
        get("/upload", ARCHIVIST, uploads::form),
        post("/upload", ARCHIVIST, uploads::uploadPage),
        get("/jobs", READER, jobs::page),
        get("/awards", READER, awards::searchPage),
        get("/awards/export.csv", READER, awards::export),
        post("/awards/{id}/confirm", ARCHIVIST, awards::confirmFromPage),
        post("/awards/{id}/reject", ARCHIVIST, awards::rejectFromPage),
        post("/awards/{id}/edit", ARCHIVIST, awards::editFromPage),
        post("/campaign-links/{id}/confirm", ARCHIVIST, awards::confirmLinkFromPage),
        post("/campaign-links/{id}/reject", ARCHIVIST, awards::rejectLinkFromPage),
        get("/campaigns", READER, awards::campaignsPage),
        get("/campaigns/{id}", READER, awards::campaignPage),
        post("/campaigns/{id}", ARCHIVIST, awards::editCampaignFromPage),
        get("/awardees", READER, awards::awardeesPage),
        get("/awardees/{id}", READER, awards::awardeePage),
        post("/awardees/{id}/merge", ARCHIVIST, awards::merge),
        post("/awardees/{id}/apart", ARCHIVIST, awards::keepApart),
        get("/files", READER, files::listPage),
        get("/files.csv", READER, files::listCsv),
        get("/files/{id}", READER, files::page),
        post("/fonds", ARCHIVIST, files::addFonds),
        post("/series", ARCHIVIST, files::addSeries),
        post("/files", ARCHIVIST, files::create),
        post("/files/{id}/move", ARCHIVIST, files::move),
        post("/files/{id}/propose-destruction", ARCHIVIST, files::propose),
        get("/appraisal", ARCHIVIST, files::appraisalPage),
        post("/destruction-proposals/{id}/approve", ADMIN, files::approve),
        post("/destruction-proposals/{id}/reject", ADMIN, files::reject),
        get("/destructions", ARCHIVIST, files::destructionsPage),
        post("/api/documents", ARCHIVIST, uploads::uploadApi),
        get("/api/documents/{id}", READER, documents::api),
        post("/api/documents/{id}/fields", ARCHIVIST, documents::correctApi),
        get("/api/documents/{id}/implementation", READER, documents::implementationApi),
        get("/api/search", READER, search::api),
        get("/api/jobs/{id}", READER, jobs::api),
        get("/api/awards", READER, awards::searchApi),
        post("/api/awards/{id}", ARCHIVIST, awards::editApi),
        post("/api/awards/{id}/confirm", ARCHIVIST, awards::confirmApi),
        post("/api/awards/{id}/reject", ARCHIVIST, awards::rejectApi),
        post("/api/campaign-links/{id}/confirm", ARCHIVIST, awards::confirmLinkApi),
        post("/api/campaign-links/{id}/reject", ARCHIVIST, awards::rejectLinkApi),
        get("/api/campaigns", READER, awards::campaignsApi),
        get("/api/campaigns/{id}", READER, awards::campaignApi),
        get("/api/awardees/merges", READER, awards::proposalsApi),
        get("/api/awardees/{id}", READER, awards::awardeeApi),
        post("/api/awardees/{id}/merge", ARCHIVIST, awards::merge),
        post("/api/awardees/{id}/apart", ARCHIVIST, awards::keepApart));
  }

  /** What was refused and why, in Vietnamese, and the refusal's code for the API. */
  private static void refused(Refused refused, Context ctx) {
    HttpStatus status = switch (refused.refusal().kind()) {
      case MISSING -> HttpStatus.NOT_FOUND;
      case TAKEN -> HttpStatus.CONFLICT;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case INVALID -> HttpStatus.BAD_REQUEST;
    };
    error(ctx, status, refused.vietnamese(), refused.refusal().code());
  }

  /**
   * The JSON body as {@code type}, or a 400 in Vietnamese that names the field that was wrong, never the parser's
   * words; a value the archive refuses inside it is answered as that refusal.
   */
  static <T> T body(Context ctx, Class<T> type) {
    try {
      T body = Json.mapper().readValue(ctx.body(), type);
      if (body != null) {
        return body;
      }
    } catch (JacksonException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof Refused refused) {
          throw refused;
        }
      }
      String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
          .map(p -> p.getFieldName() != null ? p.getFieldName() : String.valueOf(p.getIndex()))
          .collect(Collectors.joining(".")) : "";
      throw new BadRequestResponse(NOT_THE_JSON_EXPECTED + (field.isEmpty() ? "." : " (trường sai: " + field + ")."));
    }
    throw new BadRequestResponse(NOT_THE_JSON_EXPECTED + ".");
  }

  /** The reason's Vietnamese message, and its code for the API. */
  private static void refused(Context ctx, RefusedResponse refusal) {
    error(ctx, refusal.status(), refusal.vietnamese(), refusal.reason().code());
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    error(ctx, status, message, null);
  }

  /** The error page, or for the API the message and, when there is one, the stable code of why. */
  private static void error(Context ctx, HttpStatus status, String message, String code) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(code == null ? Map.of("error", message) : Map.of("error", message, "reason", code));
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
      throw new BadRequestResponse("Tham số " + name + " phải là một số nguyên.");
    }
  }

  /** A year of four digits from a form or the query string, null when it is blank; a longer number could overflow. */
  static Integer year(String value) {
    String year = value == null ? "" : value.strip();
    if (year.isEmpty()) {
      return null;
    }
    if (!year.matches("\\d{4}")) {
      throw new BadRequestResponse("Năm viết bằng bốn chữ số, không phải \"" + year + "\".");
    }
    return Integer.valueOf(year);
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
    throw new BadRequestResponse("Mã số trong đường dẫn phải là một số dương.");
  }

  /** The page number in the path, from 1, or a 400 that says what was wrong. */
  static int pageNumber(Context ctx) {
    try {
      int value = Integer.parseInt(ctx.pathParam("page"));
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw new BadRequestResponse("Số trang trong đường dẫn phải là một số dương.");
  }
}
