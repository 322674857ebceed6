package vn.vankho.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import vn.vankho.archive.Archive;

/** The last fixity check, for admins: what was checked, when, and every file missing or changed. */
final class FixityController {
  private final Archive archive;

  FixityController(Archive archive) {
    this.archive = archive;
  }

  void page(Context ctx) {
    Map<String, Object> model = new HashMap<>();
    archive.records().lastVerify().ifPresent(report -> model.put("report", report));
    ctx.render("fixity.peb", model);
  }
}
