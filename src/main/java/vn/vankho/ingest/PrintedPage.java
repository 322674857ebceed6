package vn.vankho.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Whether a PDF page is born digital all through: every glyph of its text layer is drawn where one sees it, and
 * every font it uses says which character each glyph is. Its text layer is then exactly the text printed on it, and
 * OCR of its rendering can only read the same text again, less surely (the last page of a gazette issue, a column
 * of blank lines, the publisher's logo and address, scores as poor text). A page whose text is invisible (a scan
 * under the layer a poor OCR engine made) or drawn in a font whose glyphs map to no character is still worth
 * reading by OCR.
 */
final class PrintedPage {
  private PrintedPage() {}

  /**
   * A text stripper that also notes whether the page it last read drew any glyph invisibly, and drops glyphs
   * printed over themselves by PDFBox's rule at a fraction of PDFBox's cost ({@link OverprintedGlyphs}).
   */
  static final class Stripper extends PDFTextStripper {
    private boolean invisibleText;
    private final OverprintedGlyphs overprinted = new OverprintedGlyphs();
    /** Whether each marked content open on the page carries an actual text, innermost first (as PDFBox's). */
    private final Deque<Boolean> markedContents = new ArrayDeque<>();
    /** PDFBox's own actual text is private: a glyph under one is never dropped as overprinted. */
    private boolean underActualText;
    /**
     * The page's glyphs, one list for the document: PDFBox drops its list at each {@code getText} and grows a new one
     * from ten glyphs to the page's two thousand, copying it some fifteen times a page.
     */
    private final List<TextPosition> glyphs = new ArrayList<>();

    Stripper() {
      setSuppressDuplicateOverlappingText(false);
    }

    String pageText(PDDocument pdf, int number) throws IOException {
      if (!(pdf.getResourceCache() instanceof FontsKept)) {
        pdf.setResourceCache(new FontsKept());
      }
      invisibleText = false;
      setStartPage(number);
      setEndPage(number);
      return getText(pdf);
    }

    boolean drewInvisibleText() {
      return invisibleText;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
      overprinted.clear();
      if (charactersByArticle.isEmpty()) {
        // PDFBox empties and reuses the lists it finds there, and adds one per bead after the first
        glyphs.clear();
        charactersByArticle.add(glyphs);
      }
      super.processPage(page);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
      underActualText = PDMarkedContent.create(tag, properties).getActualText() != null;
      markedContents.push(underActualText);
      super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
      if (!markedContents.isEmpty() && markedContents.pop()) {
        underActualText = false;
      }
      super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
      if (!mode.isFill() && !mode.isStroke()) {
        invisibleText = true;
      }
      String unicode = text.getUnicode();
      if (!underActualText
          && overprinted.isDuplicate(unicode, text.getX(), text.getY(), text.getWidth() / unicode.length() / 3.0f)) {
        return;
      }
      super.processTextPosition(text);
    }
  }

  /**
   * PDFBox's resource cache, but a font once read stays for the whole document (softly held, as PDFBox holds it).
   * PDFBox's stripper drops a page's resources from the cache after each page, while a gazette issue's pages share
   * the same embedded fonts: the born-digital check and then the next page parsed them anew (TrueType tables, CMaps,
   * widths), an eighth of the text layer's CPU (docs/benchmarks.md, "Sixth pass").
   */
  private static final class FontsKept extends DefaultResourceCache {
    @Override
    public PDFont removeFont(COSObject indirect) {
      return null;
    }
  }

  /** True when {@code page}, read by {@code stripper} just before, drew its text visibly in mapped fonts only. */
  static boolean isBornDigital(PDPage page, Stripper stripper) {
    if (stripper.drewInvisibleText()) {
      return false;
    }
    try {
      return fontsMapped(page.getResources(), new HashSet<>());
    } catch (IOException e) {
      return false; // a resource that cannot be read: let OCR look at the page
    }
  }

  private static boolean fontsMapped(PDResources resources, Set<COSBase> seen) throws IOException {
    if (resources == null) {
      return true;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      if (font == null || !(font instanceof PDSimpleFont || font.getCOSObject().containsKey(COSName.TO_UNICODE))) {
        return false;
      }
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form && seen.add(form.getCOSObject())
          && !fontsMapped(form.getResources(), seen)) {
        return false;
      }
    }
    return true;
  }
}
