package vn.vankho.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vankho.archive.Archive;
import vn.vankho.archive.AwardVocabulary;
import vn.vankho.archive.DocumentView;
import vn.vankho.archive.ImplementationTree;
import vn.vankho.archive.Reader;
import vn.vankho.model.Document;
import vn.vankho.model.Field;

/** A document's page, its JSON, and the download of its original. */
final class DocumentController {
  private final Archive archive;

  DocumentController(Archive archive) {
    this.archive = archive;
  }

  /** The order relations are shown in: the strongest ties first. */
  private static final List<String> RELATIONS =
      List.of("implements", "basis", "supersedes", "amends", "repeals", "proposal", "mentions");

  void page(Context ctx) {
    DocumentView doc = view(ctx);
    ctx.render("document.peb", Map.of(
        "doc", doc,
        "fields", Arrays.stream(Field.values()).map(Field::jsonName).toList(),
        "citing", byRelation(doc.citations()),
        "citedBy", byRelation(doc.citedBy()),
        "words", AwardVocabulary.TABLES,
        "files", archive.arrangement().files(null, Access.reader(ctx))));
  }

  /** {@code POST /documents/{id}/file}: moves the document into the file chosen on its page. */
  void moveToFile(Context ctx) {
    long id = WebApp.id(ctx);
    String file = ctx.formParam("file");
    if (file == null || !file.strip().matches("[1-9][0-9]{0,17}")) {
      throw new BadRequestResponse("Hãy chọn một hồ sơ.");
    }
    archive.arrangement().move(List.of(id), Long.parseLong(file.strip()), Access.reader(ctx));
    ctx.redirect("/documents/" + id);
  }

  /** {@code POST /documents/{id}/fields}: an archivist's correction of one field, from the document page. */
  void correctFromPage(Context ctx) {
    long id = WebApp.id(ctx);
    archive.corrections().correct(id, field(ctx.formParam("field")), ctx.formParam("value"), Access.reader(ctx));
    ctx.redirect("/documents/" + id);
  }

  /** {@code POST /api/documents/{id}/fields} with {"field", "value"}. */
  void correctApi(Context ctx) {
    long id = WebApp.id(ctx);
    CorrectionRequest body = WebApp.body(ctx, CorrectionRequest.class);
    archive.corrections().correct(id, field(body.field()), body.value(), Access.reader(ctx));
    ctx.json(view(ctx));
  }

  /** The body of a correction through the API. */
  record CorrectionRequest(String field, String value) {}

  void rereadFromPage(Context ctx) {
    long id = WebApp.id(ctx);
    archive.corrections().reread(id, Access.reader(ctx));
    ctx.redirect("/documents/" + id);
  }

  void implementationPage(Context ctx) {
    long id = WebApp.id(ctx);
    ctx.render("implementation.peb", Map.of("view", implementation(id, Access.reader(ctx)), "doc", view(ctx)));
  }

  void implementationApi(Context ctx) {
    ctx.json(implementation(WebApp.id(ctx), Access.reader(ctx)));
  }

  private ImplementationTree.View implementation(long id, Reader reader) {
    return archive.documents().implementation(id, reader).orElseThrow(() -> new NotFoundResponse("Không có văn bản " + id + "."));
  }

  private static Field field(String name) {
    if (name == null || name.isBlank()) {
      throw new BadRequestResponse("Hãy chọn trường cần sửa.");
    }
    return Field.byJsonName(name).orElseThrow(() -> new BadRequestResponse("Không có trường " + name + "."));
  }

  private static Map<String, List<DocumentView.CitationView>> byRelation(List<DocumentView.CitationView> citations) {
    Map<String, List<DocumentView.CitationView>> grouped = new LinkedHashMap<>();
    for (String relation : RELATIONS) {
      List<DocumentView.CitationView> these = citations.stream().filter(c -> c.relation().equals(relation)).toList();
      if (!these.isEmpty()) {
        grouped.put(relation, these);
      }
    }
    return grouped;
  }

  void api(Context ctx) {
    ctx.json(view(ctx));
  }

  /**
   * Sends the original as an attachment, never inline: an uploaded HTML file opened in the archive's
   * own origin could run script. The name goes in RFC 5987 form so Vietnamese names survive.
   */
  void original(Context ctx) {
    long id = WebApp.id(ctx);
    Document document = archive.documents().find(id, Access.reader(ctx)).orElseThrow(() -> new NotFoundResponse("Không có văn bản " + id + "."));
    String ascii = document.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    try {
      InputStream original = archive.documents().original(document);
      ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
      ctx.contentType(document.mediaType());
      ctx.result(original);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The image of a scanned page, to show beside its text. */
  void pageImage(Context ctx) {
    long id = WebApp.id(ctx);
    int page = WebApp.pageNumber(ctx);
    Path image = archive.documents().pageImage(id, page, Access.reader(ctx))
        .orElseThrow(() -> new NotFoundResponse("Không có ảnh trang " + page + " của văn bản " + id + "."));
    ctx.contentType("image/png");
    try {
      ctx.result(Files.newInputStream(image));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The image of a field flagged for review, cut out of the first page ("number", "date"). */
  void fieldImage(Context ctx) {
    long id = WebApp.id(ctx);
    String field = ctx.pathParam("field");
    Path image = archive.documents().fieldImage(id, field, Access.reader(ctx))
        .orElseThrow(() -> new NotFoundResponse("Không có ảnh trường " + field + " của văn bản " + id + "."));
    ctx.contentType("image/png");
    try {
      ctx.result(Files.newInputStream(image));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void reviewPage(Context ctx) {
    ctx.render("review.peb", Map.of("documents", archive.documents().needingReview(200, Access.reader(ctx))));
  }

  private DocumentView view(Context ctx) {
    long id = WebApp.id(ctx);
    return archive.documents().view(id, Access.reader(ctx)).orElseThrow(() -> new NotFoundResponse("Không có văn bản " + id + "."));
  }
}
