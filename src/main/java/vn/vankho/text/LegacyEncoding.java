package vn.vankho.text;

import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A font encoding in which Vietnamese was typed before Unicode. Such text reaches us as the
 * Windows-1252 reading of its bytes, because Word and PDF fonts show each byte that way: "Quảng Ninh"
 * typed in a .VnTime font (TCVN3) reads "Qu¶ng Ninh", typed in VNI-Times "Quaûng Ninh". The tables are
 * index-config/legacy-tcvn3.txt and legacy-vni.txt, read here once.
 */
public enum LegacyEncoding {
  /** TCVN 5712:1993 VN3, the ABC fonts (.VnTime): one byte a letter, no capitals with tone marks. */
  TCVN3("TCVN3 (ABC)", "legacy-tcvn3.txt"),
  /** VNI-Windows, the VNI fonts (VNI-Times): a vowel, then one byte for its marks. */
  VNI("VNI-Windows", "legacy-vni.txt");

  private final String label;
  private final String file;

  LegacyEncoding(String label, String file) {
    this.label = label;
    this.file = file;
  }

  /** The name archivists know it by: "TCVN3 (ABC)", "VNI-Windows". */
  public String label() {
    return label;
  }

  /** The table: each sequence as it shows in a text layer ("¶", "aû") to its Unicode letter ("ả"), NFC. */
  public Map<String, String> table() {
    return Tables.ALL.get(this);
  }

  /** The longest sequence in the table, in characters. */
  int longest() {
    return Tables.LONGEST.get(this);
  }

  /** True when {@code c} occurs in some sequence of the table. */
  boolean uses(char c) {
    return Tables.USED.get(this).indexOf(c) >= 0;
  }

  private static final class Tables {
    static final Map<LegacyEncoding, Map<String, String>> ALL = new EnumMap<>(LegacyEncoding.class);
    static final Map<LegacyEncoding, Integer> LONGEST = new EnumMap<>(LegacyEncoding.class);
    static final Map<LegacyEncoding, String> USED = new EnumMap<>(LegacyEncoding.class);

    static {
      Charset windows1252 = Charset.forName("windows-1252");
      for (LegacyEncoding encoding : values()) {
        Map<String, String> table = new HashMap<>();
        StringBuilder used = new StringBuilder();
        for (String[] row : ConfigTables.rows(encoding.file)) {
          byte[] bytes = HexFormat.ofDelimiter(" ").parseHex(row[0]);
          String shown = new String(bytes, windows1252);
          if (table.put(shown, row[1]) != null) {
            throw new IllegalStateException(encoding.file + " lists " + row[0] + " twice");
          }
          used.append(shown);
        }
        ALL.put(encoding, Map.copyOf(table));
        LONGEST.put(encoding, table.keySet().stream().mapToInt(String::length).max().orElse(1));
        USED.put(encoding, used.toString());
      }
    }
  }
}
