package vn.vankho.index;

import java.util.Map;

/** {@link OcrConfusionFilter} by the name {@value #NAME}: OCR's misreadings of Vietnamese rewritten (after folding). */
public final class OcrConfusionFilterFactory extends TermRewriteFilterFactory {
  public static final String NAME = "ocrConfusion";

  public OcrConfusionFilterFactory(Map<String, String> args) {
    super(args, OcrConfusionFilter::new);
  }

  /** For the service loader only. */
  public OcrConfusionFilterFactory() {
    super();
  }
}
