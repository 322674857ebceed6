package vn.vankho.index;

import java.util.Map;

/** {@link VietnameseFoldingFilter} by the name {@value #NAME}: Vietnamese folded to plain letters. */
public final class VietnameseFoldingFilterFactory extends TermRewriteFilterFactory {
  public static final String NAME = "vietnameseFolding";

  public VietnameseFoldingFilterFactory(Map<String, String> args) {
    super(args, VietnameseFoldingFilter::new);
  }

  /** For the service loader only. */
  public VietnameseFoldingFilterFactory() {
    super();
  }
}
