package vn.vankho.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealSetMissesTest {
  @TempDir
  Path set;

  @Test
  void listsTheDevelopmentMissesAndNeverReadsADocumentKeptAside() throws IOException {
    Path documents = Files.createDirectories(set.resolve("documents"));
    Files.writeString(set.resolve("holdout.txt"), "# kept aside\ndocuments/kept\n", StandardCharsets.UTF_8);
    Files.writeString(documents.resolve("open.txt"),
        "BỘ TÀI CHÍNH\nSố: 12/2025/TT-BTC\nHà Nội, ngày 3 tháng 4 năm 2025\nTHÔNG TƯ\nQuy định về phí\n",
        StandardCharsets.UTF_8);
    Files.writeString(documents.resolve("open.json"),
        "{\"number\": \"12/2025/TT-BTC\", \"type\": \"Thông tư\", \"issuer\": \"Bộ Tư pháp\"}", StandardCharsets.UTF_8);
    // kept aside: its text is missing, so reading it would fail the listing
    Files.writeString(documents.resolve("kept.json"), "{\"number\": \"1/2025/TT-BTP\"}", StandardCharsets.UTF_8);

    List<String> misses = RealSetMisses.list(set, set, List.of("documents"), null);

    assertEquals(List.of("documents/open\tissuer\tBộ Tư pháp\tBộ Tài chính"),
        misses.stream().filter(m -> !m.contains("\tsubject\t") && !m.contains("\tplace\t")
            && !m.contains("\tdate\t")).toList());
    assertEquals(List.of(), misses.stream().filter(m -> m.startsWith("documents/kept")).toList());
  }
}
