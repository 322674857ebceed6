package vn.vankho.ingest;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Whether a PDF page is born digital all through: it draws no picture, and every font it uses says which
 * character each glyph is. Its text layer is then exactly the text printed on it, and OCR of its rendering can
 * only read the same text again, less surely (the last page of a gazette issue, a column of blank lines and the
 * publisher's address, scores as poor text). A page with a picture (a scan, perhaps under an invisible layer made
 * by a poor OCR engine) or with a font whose glyphs map to no character is still worth reading by OCR.
 */
final class PrintedPage {
  private PrintedPage() {}

  static boolean isBornDigital(PDPage page) {
    try {
      return bornDigital(page.getResources(), new HashSet<>());
    } catch (IOException e) {
      return false; // a resource that cannot be read: let OCR look at the page
    }
  }

  private static boolean bornDigital(PDResources resources, Set<COSBase> seen) throws IOException {
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
      if (object instanceof PDImageXObject) {
        return false;
      }
      if (object instanceof PDFormXObject form && seen.add(form.getCOSObject())
          && !bornDigital(form.getResources(), seen)) {
        return false;
      }
    }
    return true;
  }
}
