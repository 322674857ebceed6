package vn.vankho.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vankho.archive.Archive;
import vn.vankho.archive.IntakeResult;
import vn.vankho.archive.Uploader;

/** The upload page and {@code POST /api/documents}: one or many files in a multipart body. */
final class UploadController {
  private final Archive archive;

  private final UploadLimit limit;

  UploadController(Archive archive, UploadLimit limit) {
    this.archive = archive;
    this.limit = limit;
  }

  void form(Context ctx) {
    ctx.render("upload.peb", Map.of());
  }

  void uploadPage(Context ctx) {
    ctx.render("upload.peb", Map.of("results", accept(ctx)));
  }

  void uploadApi(Context ctx) {
    List<IntakeResult> results = accept(ctx);
    boolean anyAccepted = results.stream().anyMatch(r -> r.status() == IntakeResult.Status.ACCEPTED);
    ctx.status(anyAccepted ? 202 : 200).json(results.stream().map(UploadController::json).toList());
  }

  private List<IntakeResult> accept(Context ctx) {
    List<UploadedFile> files = limit.read(ctx::uploadedFiles);
    if (files.isEmpty()) {
      throw new BadRequestResponse("Yêu cầu không có tệp nào: hãy gửi tệp dưới dạng multipart/form-data.");
    }
    List<IntakeResult> results = new ArrayList<>();
    for (UploadedFile file : files) {
      try (InputStream in = file.content()) {
        results.add(archive.intake().accept(file.filename(), in, Uploader.account(Access.actor(ctx), ctx.ip())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return results;
  }

  private static Map<String, Object> json(IntakeResult r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", r.fileName());
    json.put("status", r.status().name().toLowerCase(Locale.ROOT));
    json.put("id", r.documentId());
    json.put("jobId", r.jobId());
    json.put("reason", r.reason() == null ? null : r.reason().code());
    json.put("message", r.reason() == null ? null : r.reason().vietnamese());
    return json;
  }
}
