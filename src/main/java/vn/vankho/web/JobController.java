package vn.vankho.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import vn.vankho.archive.Archive;

/** The list of recent jobs, which refreshes itself, and {@code GET /api/jobs/{id}}. */
final class JobController {
  private final Archive archive;

  JobController(Archive archive) {
    this.archive = archive;
  }

  void page(Context ctx) {
    ctx.render("jobs.peb", Map.of("jobs", archive.jobs().recent(100, Access.reader(ctx))));
  }

  void api(Context ctx) {
    long id = WebApp.id(ctx);
    ctx.json(archive.jobs().find(id, Access.reader(ctx)).orElseThrow(() -> new NotFoundResponse("Không có việc " + id + ".")));
  }
}
