package vn.vankho.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated tables of index-config/ from the classpath: one row a line, '#' starts a
 * comment line, blank lines skipped, every cell NFC. A missing table is a build fault, so it fails loudly.
 */
public final class ConfigTables {
  private ConfigTables() {}

  /** The rows of index-config/{@code name}, each split on tabs. */
  public static List<String[]> rows(String name) {
    String resource = "index-config/" + name;
    try (InputStream in = ConfigTables.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing " + resource + " on the classpath"));
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String trimmed = Diacritics.nfc(line.strip());
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          rows.add(trimmed.split("\t"));
        }
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
