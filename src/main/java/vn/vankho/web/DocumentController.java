package vn.vankho.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import vn.vankho.archive.Archive;
import vn.vankho.archive.DocumentView;
import vn.vankho.model.Document;

/** A document's page, its JSON, and the download of its original. */
final class DocumentController {
  private final Archive archive;

  DocumentController(Archive archive) {
    this.archive = archive;
  }

  void page(Context ctx) {
    ctx.render("document.peb", Map.of("doc", view(ctx)));
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
    Document document = archive.document(id).orElseThrow(() -> new NotFoundResponse("no document " + id));
    String ascii = document.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType(document.mediaType());
    try {
      ctx.result(Files.newInputStream(archive.original(document)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private DocumentView view(Context ctx) {
    long id = WebApp.id(ctx);
    return archive.view(id).orElseThrow(() -> new NotFoundResponse("no document " + id));
  }
}
