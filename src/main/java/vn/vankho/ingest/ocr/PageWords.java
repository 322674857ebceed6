package vn.vankho.ingest.ocr;

import com.sun.jna.Pointer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/** The words of a recognised page with their boxes, from Tesseract's iterator, in Tesseract's reading order. */
final class PageWords {
  private PageWords() {}

  /** The words {@code handle} recognised; call after recognition, before the handle is cleared. */
  static List<PageLayout.Word> read(TessBaseAPI handle) {
    TessAPI api = TessAPI.INSTANCE;
    TessResultIterator words = api.TessBaseAPIGetIterator(handle);
    if (words == null) return List.of();
    List<PageLayout.Word> read = new ArrayList<>();
    try {
      // the page iterator is the same iterator seen as its base: it walks the layout, the other gives the text
      TessPageIterator layout = api.TessResultIteratorGetPageIterator(words);
      IntBuffer left = IntBuffer.allocate(1);
      IntBuffer top = IntBuffer.allocate(1);
      IntBuffer right = IntBuffer.allocate(1);
      IntBuffer bottom = IntBuffer.allocate(1);
      int line = -1;
      int paragraph = -1;
      do {
        if (api.TessPageIteratorIsAtBeginningOf(layout, TessPageIteratorLevel.RIL_PARA) != 0) paragraph++;
        if (api.TessPageIteratorIsAtBeginningOf(layout, TessPageIteratorLevel.RIL_TEXTLINE) != 0) line++;
        Pointer utf8 = api.TessResultIteratorGetUTF8Text(words, TessPageIteratorLevel.RIL_WORD);
        if (utf8 == null) continue;
        String text;
        try {
          text = utf8.getString(0, StandardCharsets.UTF_8.name());
        } finally {
          api.TessDeleteText(utf8);
        }
        if (text.isBlank()
            || api.TessPageIteratorBoundingBox(layout, TessPageIteratorLevel.RIL_WORD, left, top, right, bottom) == 0) {
          continue;
        }
        read.add(new PageLayout.Word(text.strip(), left.get(0), top.get(0), right.get(0), bottom.get(0), line,
            paragraph));
      } while (api.TessPageIteratorNext(layout, TessPageIteratorLevel.RIL_WORD) != 0);
    } finally {
      api.TessResultIteratorDelete(words);
    }
    return read;
  }
}
