package vn.vankho.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vankho.text.Diacritics;

/**
 * ALQAC 2022, a public Vietnamese legal retrieval benchmark, as a {@link JudgedCollection}: each statute article
 * a document (named by its id, "91/2015/QH13#1"), each question a query whose relevant document is the article
 * that answers it. It is read where it lies (by default alqac2022 in the shared corpus beside the project) and never
 * copied into the repository.
 *
 * <p>The questions are split once, by the parity of their number: odd ones ("q-1", "q-3" …) are of kind
 * {@value #TUNING}, on which the ranking's parameters were chosen, even ones of kind {@value #HELD_OUT}, on which
 * they are reported. So the held-out figure is not fitted.
 */
public final class AlqacCollection {
  /** alqac2022 in the shared corpus ({@link SharedCorpus}), or where it would be beside the project. */
  public static final Path DEFAULT_FOLDER = SharedCorpus.find().orElse(Path.of("../shared/corpus"))
      .resolve("alqac2022");
  public static final String TUNING = "tuning";
  public static final String HELD_OUT = "held-out";
  private static final String ARTICLES = "alqac2022_articles.jsonl";
  private static final String QUESTIONS = "alqac2022_qrels.jsonl";

  private AlqacCollection() {}

  /** Whether {@code folder} holds the two files of the collection. */
  public static boolean isIn(Path folder) {
    return Files.isRegularFile(folder.resolve(ARTICLES)) && Files.isRegularFile(folder.resolve(QUESTIONS));
  }

  public static JudgedCollection load(Path folder) {
    if (!isIn(folder)) {
      throw new IllegalArgumentException("no ALQAC 2022 collection in " + folder.toAbsolutePath().normalize()
          + ": expected " + ARTICLES + " and " + QUESTIONS);
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, String> articles = new LinkedHashMap<>();
    List<JudgedCollection.JudgedQuery> questions = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(folder.resolve(ARTICLES), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode article = json.readTree(line);
          articles.put(article.get("id").asText(), Diacritics.nfc(article.get("text").asText()));
        }
      }
      for (String line : Files.readAllLines(folder.resolve(QUESTIONS), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode question = json.readTree(line);
          String answer = question.get("doc_id").asText();
          if (!articles.containsKey(answer)) {
            throw new IllegalArgumentException(QUESTIONS + " names an article not in " + ARTICLES + ": " + answer);
          }
          questions.add(new JudgedCollection.JudgedQuery(half(question.get("query_id").asText()),
              Diacritics.nfc(question.get("query").asText()), List.of(answer)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ALQAC 2022 collection in " + folder, e);
    }
    return new JudgedCollection(articles, questions);
  }

  /** "q-17" is tuned on, "q-18" held out. */
  static String half(String queryId) {
    String digits = queryId.replaceAll("\\D", "");
    if (digits.isEmpty()) {
      throw new IllegalArgumentException("a question id without a number: " + queryId);
    }
    return Long.parseLong(digits) % 2 == 1 ? TUNING : HELD_OUT;
  }
}
