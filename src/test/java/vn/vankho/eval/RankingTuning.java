package vn.vankho.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import vn.vankho.index.Ranking;

/**
 * {@code RankingTuning [ALQAC_DIR [PARAMETER,...]]}: how index-config/ranking.txt was chosen. Starting from the configured
 * ranking, each parameter in turn takes each of a few values, the others held, and keeps the value with the best
 * MRR@10 on the {@value AlqacCollection#TUNING} half of ALQAC 2022 only; two rounds (only the parameters
 * named, when some are). Prints every trial, so the
 * choice can be read and repeated; the held-out half is never searched here ({@code vankho eval} reports it).
 */
public final class RankingTuning {
  private record Parameter(String name, float[] values, BiFunction<Ranking, Float, Ranking> set) {}

  private static final List<Parameter> PARAMETERS = List.of(
      new Parameter("k1", new float[] {0.6f, 0.9f, 1.2f, 1.5f, 2f},
          (r, v) -> r.with(v, r.b(), r.rankFrom(), r.shouldMatch(), r.exactBoost(), r.pairBoost(), r.stopWeight())),
      new Parameter("b", new float[] {0.4f, 0.6f, 0.75f, 0.9f},
          (r, v) -> r.with(r.k1(), v, r.rankFrom(), r.shouldMatch(), r.exactBoost(), r.pairBoost(), r.stopWeight())),
      new Parameter("should-match", new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f},
          (r, v) -> r.with(r.k1(), r.b(), r.rankFrom(), v, r.exactBoost(), r.pairBoost(), r.stopWeight())),
      new Parameter("exact-boost", new float[] {0f, 0.5f, 1f, 2f, 3f},
          (r, v) -> r.with(r.k1(), r.b(), r.rankFrom(), r.shouldMatch(), v, r.pairBoost(), r.stopWeight())),
      new Parameter("pair-boost", new float[] {0f, 0.25f, 0.5f, 1f, 2f},
          (r, v) -> r.with(r.k1(), r.b(), r.rankFrom(), r.shouldMatch(), r.exactBoost(), v, r.stopWeight())),
      new Parameter("stop-weight", new float[] {0f, 0.1f, 0.3f, 0.6f, 1f},
          (r, v) -> r.with(r.k1(), r.b(), r.rankFrom(), r.shouldMatch(), r.exactBoost(), r.pairBoost(), v)));
  private static final int ROUNDS = 2;

  private RankingTuning() {}

  public static void main(String[] args) {
    JudgedCollection alqac = AlqacCollection.load(args.length > 0 ? Path.of(args[0]) : AlqacCollection.DEFAULT_FOLDER);
    List<String> only = args.length > 1 ? List.of(args[1].split(",")) : List.of();
    JudgedCollection tuning = new JudgedCollection(alqac.documents(),
        alqac.queries().stream().filter(q -> q.kind().equals(AlqacCollection.TUNING)).toList());
    try (LuceneSearch lucene = new LuceneSearch(tuning.documents())) {
      Ranking best = Ranking.configured();
      Scores bestScores = scores(lucene, best, tuning);
      System.out.printf("configured: %s%n", line(best, bestScores));
      for (int round = 1; round <= ROUNDS; round++) {
        for (Parameter parameter : PARAMETERS) {
          if (!only.isEmpty() && !only.contains(parameter.name())) {
            continue;
          }
          for (float value : parameter.values()) {
            Ranking trial = parameter.set().apply(best, value);
            Scores trialScores = scores(lucene, trial, tuning);
            System.out.printf("round %d %s=%s: %s%n", round, parameter.name(), value, line(trial, trialScores));
            if (trialScores.mrr() > bestScores.mrr() + 1e-9) {
              best = trial;
              bestScores = trialScores;
            }
          }
        }
      }
      System.out.printf("best: %s%n", line(best, bestScores));
    }
  }

  private static Scores scores(LuceneSearch lucene, Ranking ranking, JudgedCollection tuning) {
    try (RankedSearch search = lucene.rankedBy(ranking)) {
      return EvaluationReport.run(search, tuning, 0).overall();
    }
  }

  private static String line(Ranking r, Scores s) {
    return String.format("k1 %.2f b %.2f should-match %.2f exact-boost %.2f pair-boost %.2f stop-weight %.2f"
        + " -> MRR@10 %.4f recall@1 %.3f recall@10 %.3f no result %.3f", r.k1(), r.b(), r.shouldMatch(), r.exactBoost(),
        r.pairBoost(), r.stopWeight(), s.mrr(), s.recallAt1(), s.recallAt10(), s.noResult());
  }
}
