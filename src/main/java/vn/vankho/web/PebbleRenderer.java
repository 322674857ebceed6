package vn.vankho.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the templates in web/templates with Pebble. Autoescaping is on for every value: file
 * names, OCR text and metadata are untrusted, and only a value marked safe (a snippet the index
 * already escaped) goes out as HTML.
 */
final class PebbleRenderer implements FileRenderer {
  private final PebbleEngine engine;

  PebbleRenderer() {
    ClasspathLoader loader = new ClasspathLoader();
    loader.setPrefix("web/templates");
    this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false)
        .extension(new ReasonFilter.Extension()).build();
  }

  @Override
  public String render(String filePath, Map<String, ?> model, Context ctx) {
    StringWriter out = new StringWriter();
    try {
      Map<String, Object> values = new HashMap<>(model);
      // every page's menu shows who is logged in, and every form carries the session's CSRF token
      Access.session(ctx).ifPresent(session -> {
        values.put("user", CurrentUser.of(session.user()));
        values.putIfAbsent("csrf", session.csrfToken());
      });
      engine.getTemplate(filePath).evaluate(out, values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
