package vn.vankho.archive;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import vn.vankho.model.Retention;
import vn.vankho.text.ConfigTables;

/** The retention schedule of index-config/retention-schedule.txt: a document kind's period, and a file's. */
final class RetentionSchedule {
  private static final String UNREAD = "*";

  private final Map<String, Retention> byKind = new HashMap<>();

  RetentionSchedule() {
    for (String[] row : ConfigTables.rows("retention-schedule.txt")) {
      if (row.length != 2) {
        throw new IllegalStateException("retention-schedule.txt: expected kind<TAB>period, got " + String.join("|", row));
      }
      byKind.put(row[0], Retention.parse(row[1]));
    }
    if (!byKind.containsKey(UNREAD)) {
      throw new IllegalStateException("retention-schedule.txt has no \"*\" row for documents of an unread kind");
    }
  }

  /** The period of one kind (a type code; "" or an unlisted code takes the "*" row). */
  Retention of(String kind) {
    return byKind.getOrDefault(kind, byKind.get(UNREAD));
  }

  /** A file's period from its documents' kinds: the longest of theirs; an empty file takes the "*" row. */
  Retention ofFile(Collection<String> kinds) {
    return kinds.stream().map(this::of).max(Retention::compareTo).orElse(byKind.get(UNREAD));
  }
}
