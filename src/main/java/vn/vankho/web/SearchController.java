package vn.vankho.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    SearchRequest.Order order = SearchRequest.Order.parse(ctx.queryParam("sort"));
    Map<String, Object> model = new HashMap<>();
    model.put("query", query == null ? "" : query);
    model.put("sort", order.name().toLowerCase(Locale.ROOT));
    if (query != null && !query.isBlank()) {
      SearchResults results = archive.search().find(new SearchRequest(query, PAGE_SIZE, offset, order), Access.reader(ctx));
      model.put("results", results);
      model.put("facets", facetLinks(query, results));
      model.put("offset", offset);
      model.put("pageSize", PAGE_SIZE);
    } else {
      model.put("recent", archive.documents().recent(PAGE_SIZE, 0, Access.reader(ctx)));
    }
    ctx.render("search.peb", model);
  }

  /** One value of a facet as a link that narrows the search to it. */
  record FacetLink(String value, long count, String href) {}

  /** Each facet's values, as links that add the matching filter (loai:, coquan:, nam:, phongtrao:) to the query. */
  private static Map<String, List<FacetLink>> facetLinks(String query, SearchResults results) {
    Map<String, List<FacetLink>> links = new LinkedHashMap<>();
    results.facets().forEach((facet, counts) -> {
      String field = FILTERS.get(facet);
      if (field != null && !counts.isEmpty()) {
        links.put(facet, counts.stream().map(c -> new FacetLink(c.value(), c.count(),
            "/?q=" + URLEncoder.encode(query + " " + field + ":\"" + c.value() + "\"", StandardCharsets.UTF_8)))
            .toList());
      }
    });
    return links;
  }

  /** The query-language field that filters by each facet. */
  private static final Map<String, String> FILTERS = Map.of("type", "loai", "issuer", "coquan", "year", "nam",
      "campaign", "phongtrao");

  void api(Context ctx) {
    SearchRequest request = new SearchRequest(ctx.queryParam("q"), intParam(ctx, "limit", 10), intParam(ctx, "offset", 0),
        SearchRequest.Order.parse(ctx.queryParam("sort")));
    ctx.json(archive.search().find(request, Access.reader(ctx)));
  }

  private static int intParam(Context ctx, String name, int fallback) {
    Integer value = WebApp.intParam(ctx, name);
    return value == null ? fallback : value;
  }
}
