package vn.vankho.archive;

import java.util.function.Supplier;
import vn.vankho.index.SearchIndex;
import vn.vankho.index.SearchRequest;
import vn.vankho.index.SearchResults;
import vn.vankho.store.AuditLog;

/**
 * Searches what exists for a reader: hits, totals, facets and snippets alike leave out what is above their
 * clearance.
 */
public final class Search {
  private final Supplier<SearchIndex> index;
  private final AuditLog auditLog;

  /** {@code index} gives the index this process searches, opened on first use. */
  Search(Supplier<SearchIndex> index, AuditLog auditLog) {
    this.index = index;
    this.auditLog = auditLog;
  }

  public SearchResults find(SearchRequest request, Reader reader) {
    SearchResults results = index.get().search(request.clearedFor(reader.clearance()));
    // a hit shows a classified document's title and words: a read, audited as one
    results.hits().stream().filter(hit -> hit.secrecy().classified()).forEach(hit ->
        auditLog.recordRead(hit.id(), hit.secrecy().name(), reader.actor(), reader.origin(), reader.path()));
    return results;
  }
}
