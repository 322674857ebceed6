package vn.vankho.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.jsoup.parser.Parser;
import vn.vankho.archive.Json;

/** How the command line prints values. */
final class Output {
  private Output() {}

  static String json(Object value) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String orDash(String value) {
    return value == null ? "-" : value;
  }

  /** A snippet's text for a terminal: the marks removed and the escaped characters restored. */
  static String plain(String snippetHtml) {
    return Parser.unescapeEntities(snippetHtml.replaceAll("</?mark>", ""), false);
  }
}
