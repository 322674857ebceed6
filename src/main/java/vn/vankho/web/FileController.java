package vn.vankho.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.vankho.archive.Archive;
import vn.vankho.archive.Arrangement;
import vn.vankho.model.RecordFile;

/**
 * Fonds, series and files: the file list (mục lục hồ sơ) as a page and as CSV, a file with its documents and
 * the ways to move documents into it, and the appraisal and destruction of files past their period.
 */
final class FileController {
  private final Archive archive;
  private final Arrangement arrangement;

  FileController(Archive archive) {
    this.archive = archive;
    this.arrangement = archive.arrangement();
  }

  /** {@code GET /files[?fonds=ID]}: the file list, with the forms to add a fonds, a series and a file. */
  void listPage(Context ctx) {
    Integer fonds = WebApp.intParam(ctx, "fonds");
    ctx.render("files.peb", Map.of("files", arrangement.files(fonds == null ? null : fonds.longValue(), Access.reader(ctx)),
        "allFonds", arrangement.fonds(), "series", arrangement.series(), "fonds", fonds == null ? "" : fonds));
  }

  /** {@code GET /files.csv[?fonds=ID]}: the file list for a spreadsheet. */
  void listCsv(Context ctx) {
    Integer fonds = WebApp.intParam(ctx, "fonds");
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"muc-luc-ho-so.csv\"");
    try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
      arrangement.writeFileList(fonds == null ? null : fonds.longValue(), Access.reader(ctx), out);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void addFonds(Context ctx) {
    arrangement.addFonds(ctx.formParam("code"), ctx.formParam("name"), Access.actor(ctx));
    ctx.redirect("/files");
  }

  void addSeries(Context ctx) {
    arrangement.addSeries(number(ctx, "fonds"), ctx.formParam("code"), ctx.formParam("name"), Access.actor(ctx));
    ctx.redirect("/files");
  }

  void create(Context ctx) {
    RecordFile file = arrangement.createFile(number(ctx, "series"), year(ctx), ctx.formParam("title"),
        ctx.formParam("retention"), ctx.formParam("accessRights"), ctx.formParam("language"), ctx.formParam("note"),
        Access.actor(ctx));
    ctx.redirect("/files/" + file.id());
  }

  /** {@code GET /files/{id}}: a file's fields and documents. */
  void page(Context ctx) {
    RecordFile file = file(ctx);
    boolean due = arrangement.dueForAppraisal(Access.reader(ctx)).stream().anyMatch(f -> f.id() == file.id());
    ctx.render("file.peb", Map.of("file", file, "documents", archive.documents().ofFile(file.id(), Access.reader(ctx)),
        "moved", Objects.requireNonNullElse(WebApp.intParam(ctx, "moved"), -1), "due", due));
  }

  /**
   * {@code POST /files/{id}/move}: documents into the file, named by their ids ("ids": "12, 15"), found by a
   * search ("query"), or a document with every one implementing it ("tree": its id).
   */
  void move(Context ctx) {
    long fileId = WebApp.id(ctx);
    String actor = Access.actor(ctx);
    String ids = ctx.formParam("ids");
    String query = ctx.formParam("query");
    String tree = ctx.formParam("tree");
    int moved;
    if (ids != null && !ids.isBlank()) {
      moved = arrangement.move(ids(ids), fileId, Access.reader(ctx));
    } else if (query != null && !query.isBlank()) {
      moved = arrangement.moveSearchResults(query, fileId, actor);
    } else if (tree != null && !tree.isBlank()) {
      moved = arrangement.moveCitationTree(ids(tree).get(0), fileId, actor);
    } else {
      throw new BadRequestResponse("Hãy nhập mã văn bản, từ khóa tìm kiếm hoặc văn bản gốc của cây trích dẫn.");
    }
    ctx.redirect("/files/" + fileId + "?moved=" + moved);
  }

  void propose(Context ctx) {
    long fileId = WebApp.id(ctx);
    arrangement.proposeDestruction(fileId, ctx.formParam("reason"), Access.actor(ctx));
    ctx.redirect("/appraisal");
  }

  /** {@code GET /appraisal}: files past their period, and the proposals waiting on an admin. */
  void appraisalPage(Context ctx) {
    ctx.render("appraisal.peb", Map.of("due", arrangement.dueForAppraisal(Access.reader(ctx)), "proposals", arrangement.proposals()));
  }

  void approve(Context ctx) {
    arrangement.approveDestruction(WebApp.id(ctx), Access.actor(ctx));
    ctx.redirect("/destructions");
  }

  void reject(Context ctx) {
    arrangement.rejectDestruction(WebApp.id(ctx), Access.actor(ctx));
    ctx.redirect("/appraisal");
  }

  /** {@code GET /destructions}: the record of every destroyed document, kept for ever. */
  void destructionsPage(Context ctx) {
    ctx.render("destructions.peb", Map.of("records", arrangement.destroyed()));
  }

  private RecordFile file(Context ctx) {
    long id = WebApp.id(ctx);
    return arrangement.file(id, Access.reader(ctx)).orElseThrow(() -> new NotFoundResponse("Không có hồ sơ " + id + "."));
  }

  private static long number(Context ctx, String field) {
    List<Long> values = ids(ctx.formParam(field) == null ? "" : ctx.formParam(field));
    if (values.size() != 1) {
      throw new BadRequestResponse("Trường " + field + " phải là một số.");
    }
    return values.get(0);
  }

  /** The year a file was opened, required. */
  private static int year(Context ctx) {
    Integer year = WebApp.year(ctx.formParam("year"));
    if (year == null) {
      throw new BadRequestResponse("Hãy ghi năm hình thành hồ sơ.");
    }
    return year;
  }

  /** Numbers written as a person writes a list: "12, 15 17". */
  private static List<Long> ids(String text) {
    try {
      List<Long> ids = Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isEmpty()).map(Long::parseLong).toList();
      if (ids.isEmpty()) {
        throw new BadRequestResponse("Hãy nhập ít nhất một mã văn bản.");
      }
      return ids;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("Mã văn bản phải là số: " + text);
    }
  }
}
