package vn.vankho.index;

import java.util.Map;

/** {@link ToneSpellingFilter} by the name {@value #NAME}: one spelling of each tone placement and i/y. */
public final class ToneSpellingFilterFactory extends TermRewriteFilterFactory {
  public static final String NAME = "vietnameseToneSpelling";

  public ToneSpellingFilterFactory(Map<String, String> args) {
    super(args, ToneSpellingFilter::new);
  }

  /** For the service loader only. */
  public ToneSpellingFilterFactory() {
    super();
  }
}
