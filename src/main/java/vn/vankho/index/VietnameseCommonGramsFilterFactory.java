package vn.vankho.index;

import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.commongrams.CommonGramsFilter;

/**
 * {@link CommonGramsFilter} over the archive's commonest syllables (index-config/common-syllables.txt), by the name
 * {@value #NAME}: {@code form="folded"} for the folded text field, {@code form="exact"} for the one with marks. The
 * list is the one {@link VietnameseAnalyzers} reads, written as that field writes its words.
 */
public final class VietnameseCommonGramsFilterFactory extends TokenFilterFactory {
  public static final String NAME = "vietnameseCommonGrams";
  private final CharArraySet common;

  public VietnameseCommonGramsFilterFactory(Map<String, String> args) {
    super(args);
    String form = require(args, "form");
    common = switch (form) {
      case "folded" -> VietnameseAnalyzers.commonSyllables(true);
      case "exact" -> VietnameseAnalyzers.commonSyllables(false);
      default -> throw new IllegalArgumentException("form must be folded or exact, not " + form);
    };
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters: " + args);
    }
  }

  /** For the service loader only. */
  public VietnameseCommonGramsFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new CommonGramsFilter(input, common);
  }
}
