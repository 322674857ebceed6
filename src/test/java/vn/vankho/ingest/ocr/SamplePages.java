package vn.vankho.ingest.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Vietnamese official-document pages rendered with Java2D, with the exact text on them: the reference input
 * of the OCR tests and the benchmark, and of any test that needs a scan whose content is known.
 *
 * <p>The text uses every Vietnamese letter form: đ/Đ, ă, â, ê, ô, ơ, ư and all five tones (sắc, huyền, hỏi,
 * ngã, nặng). Pages are A4, set in DejaVu Serif 12 pt (a font with every Vietnamese glyph; Debian package
 * fonts-dejavu-core), one column, so that the reading order is the line order.
 * <ul>
 *   <li>{@link Quality#CLEAN}: 300 dpi, as a good flatbed scan.
 *   <li>{@link Quality#DEGRADED}: 150 dpi, rotated 1 degree, 2% salt-and-pepper noise, as a poor scan.
 * </ul>
 * Everything is deterministic: the same index and quality give the same pixels.
 */
public final class SamplePages {
  /** How good a scan the page imitates. */
  public enum Quality {
    CLEAN(300, 0, 0), DEGRADED(150, 1.0, 0.02);

    final int dpi;
    final double skewDegrees;
    final double noise;

    Quality(int dpi, double skewDegrees, double noise) {
      this.dpi = dpi;
      this.skewDegrees = skewDegrees;
      this.noise = noise;
    }
  }

  /** A rendered page and the text on it, lines separated by {@code \n}. */
  public record SamplePage(String text, BufferedImage image, int dpi) {}

  private static final Path FONT_FILE = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
  private static final double A4_WIDTH_INCHES = 8.27;
  private static final double A4_HEIGHT_INCHES = 11.69;
  private static final double MARGIN_INCHES = 1.0;
  private static final float FONT_POINTS = 12f;
  private static final double LINE_SPACING = 1.5;
  private static final int PARAGRAPHS_PER_PAGE = 9;

  private static final List<String> PARAGRAPHS = List.of(
      "ĐẢNG BỘ TỈNH LÂM ĐỒNG. HUYỆN ỦY ĐAM RÔNG. Số 229-KH/HU. Đam Rông, ngày 15 tháng 3 năm 2025.",
      "KẾ HOẠCH thực hiện Chỉ thị số 41-CT/TW ngày 20 tháng 12 năm 2024 của Ban Bí thư về tăng cường sự lãnh"
          + " đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới.",
      "Thực hiện Kế hoạch số 125-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng kế hoạch"
          + " triển khai thực hiện như sau.",
      "Quán triệt sâu sắc mục đích, ý nghĩa của phong trào thi đua yêu nước; khơi dậy tinh thần đoàn kết,"
          + " ý chí tự lực, tự cường và khát vọng xây dựng quê hương giàu đẹp, văn minh.",
      "Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội chủ động"
          + " đổi mới nội dung, hình thức tổ chức các phong trào thi đua, bảo đảm thiết thực, hiệu quả.",
      "Tiếp tục đẩy mạnh phong trào \"Người tốt, việc tốt\", \"Dân vận khéo\" và phong trào \"Cả nước chung"
          + " tay vì người nghèo - Không để ai bị bỏ lại phía sau\" giai đoạn 2021 - 2025.",
      "Kịp thời phát hiện, bồi dưỡng, tổng kết và nhân rộng các điển hình tiên tiến; chú trọng khen thưởng"
          + " người trực tiếp lao động, sản xuất, công nhân, nông dân, đồng bào dân tộc thiểu số.",
      "Ủy ban nhân dân huyện chỉ đạo Phòng Nội vụ hướng dẫn việc xét tặng danh hiệu Chiến sĩ thi đua cơ sở,"
          + " Lao động tiên tiến, Tập thể lao động xuất sắc và Giấy khen của Chủ tịch Ủy ban nhân dân huyện.",
      "Hội đồng Thi đua - Khen thưởng huyện đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho"
          + " 12 tập thể và 27 cá nhân có thành tích xuất sắc trong lao động, sản xuất và bảo vệ Tổ quốc.",
      "Ông Nguyễn Văn Đức, Bí thư Chi bộ thôn Liêng Trang, xã Đạ Tông; bà K' Hương, người dân tộc Cơ Ho, hội"
          + " viên Hội Nông dân xã Rô Men, đã hiến đất làm đường và giúp đỡ hộ nghèo vươn lên thoát nghèo.",
      "Các đồng chí ủy viên Ban Thường vụ Huyện ủy theo dõi, đôn đốc, kiểm tra việc thực hiện ở địa bàn được"
          + " phân công; định kỳ sáu tháng, một năm báo cáo kết quả về Ban Thường vụ Huyện ủy.",
      "Giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy theo dõi, tổng hợp, sơ kết và"
          + " tham mưu tổng kết; những khó khăn, vướng mắc kịp thời phản ánh để xem xét, giải quyết.",
      "Nơi nhận: Ban Thường vụ Tỉnh ủy (báo cáo); các đồng chí Huyện ủy viên; các chi bộ, đảng bộ trực thuộc;"
          + " lưu Văn phòng Huyện ủy. T/M BAN THƯỜNG VỤ, BÍ THƯ, Trần Thị Mỹ Hạnh.",
      "Quyết định về việc khen thưởng thành tích xuất sắc trong phong trào thi đua \"Đổi mới, sáng tạo\" năm"
          + " 2024: tặng Giấy khen cho Trường Tiểu học Phi Liêng và cô giáo Lê Thị Thủy đã có nhiều đóng góp.");

  private static Font font;

  private SamplePages() {}

  /** Page {@code index} (from 0) of an endless sample document: nine paragraphs, a different window per page. */
  public static SamplePage page(int index, Quality quality) {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < PARAGRAPHS_PER_PAGE; i++) paragraphs.add(PARAGRAPHS.get((index * 3 + i) % PARAGRAPHS.size()));
    return render(paragraphs, quality, index);
  }

  /**
   * Renders paragraphs onto one page, wrapped to the text width; text that does not fit on the page is cut,
   * and the returned text is what is on the page. {@code seed} drives the noise of degraded pages.
   */
  public static SamplePage render(List<String> paragraphs, Quality quality, long seed) {
    int dpi = quality.dpi;
    BufferedImage page = new BufferedImage((int) Math.round(A4_WIDTH_INCHES * dpi),
        (int) Math.round(A4_HEIGHT_INCHES * dpi), BufferedImage.TYPE_BYTE_GRAY);
    List<String> lines = new ArrayList<>();
    Graphics2D g = page.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, page.getWidth(), page.getHeight());
      g.setColor(Color.BLACK);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(font().deriveFont(FONT_POINTS * dpi / 72f));
      FontMetrics metrics = g.getFontMetrics();
      int margin = (int) Math.round(MARGIN_INCHES * dpi);
      int lineHeight = (int) Math.round(metrics.getHeight() * LINE_SPACING);
      int maxLines = (page.getHeight() - 2 * margin) / lineHeight;
      int width = page.getWidth() - 2 * margin;
      for (String paragraph : paragraphs) lines.addAll(wrap(paragraph, metrics, width, width));
      if (lines.size() > maxLines) lines = new ArrayList<>(lines.subList(0, maxLines));
      for (int i = 0; i < lines.size(); i++) g.drawString(lines.get(i), margin, margin + metrics.getAscent() + i * lineHeight);
    } finally {
      g.dispose();
    }
    if (quality.skewDegrees != 0) page = rotate(page, quality.skewDegrees);
    if (quality.noise != 0) sprinkle(page, quality.noise, new Random(seed));
    return new SamplePage(String.join("\n", lines), page, dpi);
  }

  /** Breaks a paragraph into lines between words: the first line {@code firstWidth} pixels wide, the rest {@code width}. */
  static List<String> wrap(String paragraph, FontMetrics metrics, int firstWidth, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (metrics.stringWidth(candidate) > (lines.isEmpty() ? firstWidth : width) && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (line.length() > 0) lines.add(line.toString());
    return lines;
  }

  private static BufferedImage rotate(BufferedImage page, double degrees) {
    BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, out.getWidth(), out.getHeight());
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(degrees), page.getWidth() / 2.0,
          page.getHeight() / 2.0), null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** Salt-and-pepper noise: each pixel turns black or white with the given probability. */
  private static void sprinkle(BufferedImage page, double probability, Random random) {
    byte[] pixels = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < pixels.length; i++) {
      if (random.nextDouble() < probability) pixels[i] = random.nextBoolean() ? 0 : (byte) 255;
    }
  }

  private static synchronized Font font() {
    if (font == null) {
      try (InputStream in = Files.newInputStream(FONT_FILE)) {
        font = Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException | FontFormatException e) {
        throw new IllegalStateException("cannot load " + FONT_FILE + " (apt-get install fonts-dejavu-core): "
            + e.getMessage(), e);
      }
    }
    return font;
  }
}
