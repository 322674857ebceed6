package vn.vankho.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import vn.vankho.archive.Archive;
import vn.vankho.index.SearchRequest;
import vn.vankho.index.SearchResults;

/** The search page and {@code GET /api/search?q=&limit=&offset=&sort=relevance|date}. */
final class SearchController {
  private static final int PAGE_SIZE = 20;

  private final Archive archive;

  SearchController(Archive archive) {
    this.archive = archive;
  }

  void page(Context ctx) {
    String query = ctx.queryParam("q");
    int offset = intParam(ctx, "offset", 0);
    Map<String, Object> model = new HashMap<>();
    model.put("query", query == null ? "" : query);
    if (query != null && !query.isBlank()) {
      SearchResults results = archive.search(new SearchRequest(query, PAGE_SIZE, offset));
      model.put("results", results);
      model.put("offset", offset);
      model.put("pageSize", PAGE_SIZE);
    } else {
      model.put("recent", archive.recentDocuments(PAGE_SIZE, 0));
    }
    ctx.render("search.peb", model);
  }

  void api(Context ctx) {
    SearchRequest request = new SearchRequest(ctx.queryParam("q"), intParam(ctx, "limit", 10), intParam(ctx, "offset", 0),
        SearchRequest.Order.parse(ctx.queryParam("sort")));
    ctx.json(archive.search(request));
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number");
    }
  }
}
