package vn.vankho.ingest;

/** Told after each page, so a long document shows how far it has got and its worker's lease stays alive. */
@FunctionalInterface
public interface ReadProgress {
  /** Called with pages read so far and the total, once per page. */
  void pagesRead(int done, int total);

  ReadProgress NONE = (done, total) -> {};
}
