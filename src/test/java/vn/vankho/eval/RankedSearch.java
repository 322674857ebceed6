package vn.vankho.eval;

import java.util.List;

/** A search system under evaluation: the judged collection indexed, answering with document names. */
interface RankedSearch extends AutoCloseable {
  /** What the evaluation prints for this system. */
  String name();

  /** The names of the best {@code limit} documents for {@code query}, best first. */
  List<String> search(String query, int limit);

  @Override
  void close();
}
