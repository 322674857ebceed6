package vn.vankho.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One system's figures on the judged collection: scores per kind of query and overall, and the latency
 * of a query (every query run {@code repeats} times after one warm-up round; p50 and p99 over all runs).
 */
public record EvaluationReport(String system, Map<String, Scores> byKind, Scores overall, double p50Millis,
    double p99Millis, List<Answer> answers) {

  /** What the system answered to one query, and how well. */
  public record Answer(JudgedCollection.JudgedQuery query, List<String> ranked, Scores scores) {}

  /** Runs every query of {@code collection} against {@code search}. */
  static EvaluationReport run(RankedSearch search, JudgedCollection collection, int repeats) {
    Map<String, List<Scores>> perKind = new LinkedHashMap<>();
    List<Scores> all = new ArrayList<>();
    List<Answer> answers = new ArrayList<>();
    for (JudgedCollection.JudgedQuery query : collection.queries()) {
      List<String> ranked = search.search(query.query(), Scores.CUTOFF);
      Scores scores = Scores.of(ranked, query.relevant());
      perKind.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add(scores);
      all.add(scores);
      answers.add(new Answer(query, ranked, scores));
    }
    Map<String, Scores> byKind = new LinkedHashMap<>();
    perKind.forEach((kind, scores) -> byKind.put(kind, Scores.mean(scores)));
    long[] nanos = new long[repeats * collection.queries().size()];
    int i = 0;
    for (int round = 0; round < repeats; round++) {
      for (JudgedCollection.JudgedQuery query : collection.queries()) {
        long start = System.nanoTime();
        search.search(query.query(), Scores.CUTOFF);
        nanos[i++] = System.nanoTime() - start;
      }
    }
    return new EvaluationReport(search.name(), byKind, Scores.mean(all), percentile(nanos, 50), percentile(nanos, 99),
        List.copyOf(answers));
  }

  /** The {@code p}th percentile of {@code nanos}, in milliseconds (nearest rank). */
  static double percentile(long[] nanos, int p) {
    if (nanos.length == 0) {
      return 0;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, rank)] / 1e6;
  }

  /** The report as a table: one row per kind, then overall and latency. */
  public String table() {
    StringBuilder out = new StringBuilder(system + "\n");
    out.append(String.format("  %-8s %7s %8s %8s %9s %6s %7s %9s%n", "kind", "queries", "recall@1", "recall@5",
        "recall@10", "MRR@10", "nDCG@10", "no result"));
    byKind.forEach((kind, s) -> out.append(row(kind, s)));
    out.append(row("overall", overall));
    out.append(String.format("  latency p50 %.2f ms, p99 %.2f ms%n", p50Millis, p99Millis));
    return out.toString();
  }

  /** Every query that missed a relevant document in the first ten, with what came instead. */
  public String misses() {
    StringBuilder out = new StringBuilder();
    for (Answer answer : answers) {
      if (answer.scores().recallAt10() < 1 || answer.scores().mrr() < 1) {
        out.append(String.format("  %-6s MRR %.2f recall %.2f  %s%n    got: %s%n    relevant: %s%n",
            answer.query().kind(), answer.scores().mrr(), answer.scores().recallAt10(), answer.query().query(),
            answer.ranked(), answer.query().relevant()));
      }
    }
    return out.toString();
  }

  private static String row(String label, Scores s) {
    return String.format("  %-8s %7d %8.3f %8.3f %9.3f %6.3f %7.3f %9.3f%n", label, s.queries(), s.recallAt1(),
        s.recallAt5(), s.recallAt10(), s.mrr(), s.ndcgAt10(), s.noResult());
  }
}
