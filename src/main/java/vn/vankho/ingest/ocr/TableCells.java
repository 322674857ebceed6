package vn.vankho.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;

/**
 * Reads a ruled table cell by cell. Read with the page, a row whose name wraps onto two lines beside a form
 * centred between them is one Tesseract line of three half-lines, and comes out garbled ("ĐÀ Văn Đức ... Băng
 * kưan" for "Ông Nguyễn Văn Đức ... Trang | Bằng khen", generated page 21); a cell read alone as one block of
 * text is read as it is printed. Only pages with a table pay for it, a recognition of each cell's small rectangle.
 */
final class TableCells {
  private TableCells() {}

  /**
   * {@code pageWords} with the words inside {@code tables} replaced by those read cell by cell on {@code handle}
   * (its image set, the page already recognised and its words read). The cells' words take the line of the
   * table's first word, so that the table keeps its place in the page's order.
   */
  static List<PageLayout.Word> read(TessBaseAPI handle, List<RuledTables.Grid> tables, List<PageLayout.Word> pageWords,
      int pageSegMode) {
    if (tables.isEmpty()) return pageWords;
    TessAPI api = TessAPI.INSTANCE;
    List<PageLayout.Word> words = new ArrayList<>(pageWords);
    api.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_SINGLE_BLOCK);
    try {
      for (RuledTables.Grid grid : tables) {
        List<PageLayout.Word> inside = words.stream().filter(w -> inside(grid, w)).toList();
        int line = inside.isEmpty() ? words.stream().filter(w -> w.top() > grid.bottom()).mapToInt(PageLayout.Word::line)
            .findFirst().orElse(Integer.MAX_VALUE) : inside.get(0).line();
        words.removeAll(inside);
        int at = insertionPoint(words, line);
        List<PageLayout.Word> cells = new ArrayList<>();
        for (int r = 0; r + 1 < grid.rows().length; r++) {
          for (int c = 0; c + 1 < grid.columns().length; c++) {
            int left = grid.columns()[c];
            int top = grid.rows()[r];
            int width = grid.columns()[c + 1] - left;
            int height = grid.rows()[r + 1] - top;
            if (width < 4 || height < 4) continue;
            api.TessBaseAPISetRectangle(handle, left, top, width, height);
            if (api.TessBaseAPIRecognize(handle, null) != 0) continue;
            for (PageLayout.Word w : PageWords.read(handle)) {
              cells.add(new PageLayout.Word(w.text(), w.left(), w.top(), w.right(), w.bottom(), line, -1));
            }
          }
        }
        words.addAll(at, cells.stream().filter(w -> inside(grid, w)).toList());
      }
    } finally {
      api.TessBaseAPISetPageSegMode(handle, pageSegMode);
    }
    return words;
  }

  private static boolean inside(RuledTables.Grid grid, PageLayout.Word w) {
    return grid.rowOf(w.centreY()) >= 0 && grid.columnOf(w.centreX()) >= 0;
  }

  /** Where the words of Tesseract line {@code line} start: the table goes there. */
  private static int insertionPoint(List<PageLayout.Word> words, int line) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).line() >= line) return i;
    }
    return words.size();
  }
}
