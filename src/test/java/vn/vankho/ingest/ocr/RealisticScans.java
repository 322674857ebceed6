package vn.vankho.ingest.ocr;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Scans of award decisions as offices make them, drawn with Java2D, each with the truth a reader should get
 * from it. Every page is an A4 decision (Nghị định 30/2020/NĐ-CP layout): a two-column header (issuing body
 * left, motto right, each centred, a short rule under each), the number line under the body and the place and
 * date under the motto, the type heading and subject, italic "Căn cứ" lines, bold "Điều", a signature block
 * with a scribbled signature, and "Nơi nhận". It is printed in DejaVu Serif on slightly tinted paper, then
 * skewed by up to a degree, given sensor noise and saved as a colour JPEG.
 *
 * <p>What varies is the {@link Kind} (page {@code i} is kind {@code i % 6}), and every other round of kinds
 * has its number and day filled in by hand in blue ink, as offices number a decision when it is signed. The
 * truth text is the printed text and the handwritten values, in the order a reader of the layout gives them
 * (left header column, right header column, then the body); the seal's and the stamp's own words are not in
 * it. Everything is deterministic: the same index gives the same JPEG.
 */
public final class RealisticScans {
  /** What makes a page hard, one thing per kind, so that the benchmark can say which costs what. */
  public enum Kind {
    /** 200 dpi colour, no seal or stamp. */
    PLAIN,
    /** A red round seal over the left of the signature block. */
    SEAL,
    /** A blue reception stamp ("ĐẾN") beside the header, with a handwritten number and date. */
    STAMP,
    /** The awardees in a ruled table, and the seal. */
    TABLE,
    /** Fed upside down or sideways: turned by 90, 180 or 270 degrees. */
    ROTATED,
    /** Scanned at 150 dpi. */
    COLOUR_150
  }

  /** One row of the award table (or list): who, and which form of award. */
  public record Awardee(String name, String form) {}

  /**
   * What a perfect reader gets from the page. {@code handwritten} says the number and the day were filled
   * in by hand: a reader should then flag them for review rather than guess.
   */
  public record Truth(String text, String number, LocalDate date, String issuer, String signer,
      List<Awardee> awardees, boolean handwritten) {}

  /** A generated scan: the JPEG as saved, the page decoded from it, its resolution and quarter-turns. */
  public record Scan(int index, Kind kind, byte[] jpeg, BufferedImage image, int dpi, int quarterTurns, Truth truth) {}

  /** An issuing body as its decisions print it: header lines, code, place, authority line, signature. */
  private record Issuer(String body, String parent, String code, String place, String issuerName, String authority,
      String prefix, String deputy, String signer, String form) {}

  private static final List<Issuer> ISSUERS = List.of(
      new Issuer("THỦ TƯỚNG CHÍNH PHỦ", null, "QĐ-TTg", "Hà Nội", "Thủ tướng Chính phủ", "THỦ TƯỚNG CHÍNH PHỦ",
          "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Trần Hồng Hà", "Bằng khen của Thủ tướng Chính phủ"),
      new Issuer("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "QĐ-UBND", "Đà Lạt", "Ủy ban nhân dân tỉnh Lâm Đồng",
          "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Trí Dũng", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"),
      new Issuer("ỦY BAN NHÂN DÂN", "HUYỆN ĐAM RÔNG", "QĐ-UBND", "Đam Rông", "Ủy ban nhân dân huyện Đam Rông",
          "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐAM RÔNG", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Lực", "Giấy khen của Chủ tịch Ủy ban nhân dân huyện"));

  private static final List<Awardee> PEOPLE = List.of(
      new Awardee("Ông Nguyễn Văn Đức, Bí thư Chi bộ thôn Liêng Trang", "Bằng khen"),
      new Awardee("Bà K' Hương, hội viên Hội Nông dân xã Rô Men", "Bằng khen"),
      new Awardee("Trường Tiểu học Phi Liêng, huyện Đam Rông", "Cờ thi đua"),
      new Awardee("Cô giáo Lê Thị Thủy, Trường Tiểu học Đạ Tông", "Bằng khen"),
      new Awardee("Ông Hoàng Quốc Việt, công nhân Công ty Cà phê Đà Lạt", "Bằng khen"),
      new Awardee("Hội Cựu chiến binh xã Đạ M'Rông", "Cờ thi đua"),
      new Awardee("Bà Phạm Thị Yến, nông dân thôn Đạ Nhar", "Bằng khen"),
      new Awardee("Đồn Biên phòng Lộc Bắc, tỉnh Lâm Đồng", "Cờ thi đua"));

  private static final String[] PREAMBLE = {
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
      "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
      "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;",
      "Xét đề nghị của Trưởng ban Ban Thi đua - Khen thưởng tại Tờ trình số 152/TTr-TĐKT."};

  private static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");
  private static final Map<Style, Font> FONTS = new EnumMap<>(Style.class);
  private static final double A4_WIDTH_INCHES = 8.27;
  private static final double A4_HEIGHT_INCHES = 11.69;
  private static final Color INK = new Color(25, 25, 30);
  private static final Color PEN_BLUE = new Color(20, 40, 150);
  private static final Color SEAL_RED = new Color(215, 30, 35);
  private static final Color STAMP_BLUE = new Color(40, 70, 200);
  private static final float JPEG_QUALITY = 0.8f;

  /** The three faces a decision is printed in. */
  enum Style {
    REGULAR("DejaVuSerif.ttf"), BOLD("DejaVuSerif-Bold.ttf"), ITALIC("DejaVuSerif-Italic.ttf");

    final String file;

    Style(String file) {
      this.file = file;
    }
  }

  private RealisticScans() {}

  /** The kind of page {@code index}. */
  public static Kind kindOf(int index) {
    return Kind.values()[Math.floorMod(index, Kind.values().length)];
  }

  /** Page {@code index} (from 0): its kind, issuer, awardees, number and date follow from the index. */
  public static Scan page(int index) {
    Kind kind = kindOf(index);
    boolean handwritten = (index / Kind.values().length) % 2 == 1;
    Random random = new Random(index * 7919L + 17);
    Issuer issuer = ISSUERS.get(index % ISSUERS.size());
    int number = 100 + random.nextInt(900);
    LocalDate date = LocalDate.of(2025, 1 + random.nextInt(12), 10 + random.nextInt(18));
    List<Awardee> awardees = new ArrayList<>();
    for (int i = 0; i < 4; i++) awardees.add(PEOPLE.get((index + i * 3) % PEOPLE.size()));
    int dpi = kind == Kind.COLOUR_150 ? 150 : 200;
    Sheet sheet = new Sheet(dpi, random, kind == Kind.STAMP);
    String text = sheet.decision(issuer, number, date, awardees, handwritten, kind == Kind.TABLE);
    if (kind == Kind.SEAL || kind == Kind.TABLE) sheet.seal(issuer);
    if (kind == Kind.STAMP) sheet.receptionStamp(number, date);
    BufferedImage image = sheet.finish(0.3 + random.nextDouble() * 0.6, random.nextBoolean());
    int quarterTurns = kind == Kind.ROTATED ? 1 + (index / Kind.values().length) % 3 : 0;
    image = turn(image, quarterTurns);
    byte[] jpeg = jpeg(image);
    Truth truth = new Truth(text, number + "/" + issuer.code, date, issuer.issuerName, issuer.signer,
        List.copyOf(awardees), handwritten);
    return new Scan(index, kind, jpeg, decode(jpeg), dpi, quarterTurns, truth);
  }

  /** Draws one page and remembers where things are, so that seals and stamps land over the right parts. */
  private static final class Sheet {
    final int dpi;
    final Random random;
    final BufferedImage page;
    final Graphics2D g;
    final int left;
    final int right;
    int y;
    int signatureTop;
    int signatureLeft;
    int headerBottom;
    int baseline;
    final boolean stampSpace;

    /** {@code stampSpace}: leave room under the header for a reception stamp, as offices stamp where it fits. */
    Sheet(int dpi, Random random, boolean stampSpace) {
      this.dpi = dpi;
      this.stampSpace = stampSpace;
      this.random = random;
      page = new BufferedImage(px(A4_WIDTH_INCHES), px(A4_HEIGHT_INCHES), BufferedImage.TYPE_INT_RGB);
      g = page.createGraphics();
      g.setColor(new Color(250, 247, 238)); // recycled paper is never white
      g.fillRect(0, 0, page.getWidth(), page.getHeight());
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      left = px(1.18); // 30 mm left margin, 20 mm right (Nghị định 30/2020/NĐ-CP, Phụ lục I)
      right = page.getWidth() - px(0.79);
      y = px(0.9);
    }

    int px(double inches) {
      return (int) Math.round(inches * dpi);
    }

    String decision(Issuer issuer, int number, LocalDate date, List<Awardee> awardees, boolean handwritten,
        boolean table) {
      List<String> text = new ArrayList<>();
      // the header runs a little wider than the body, as in the templates of Nghị định 30/2020/NĐ-CP
      int headerLeft = left - px(0.35);
      int headerRight = right + px(0.2);
      int columnSplit = headerLeft + (headerRight - headerLeft) * 2 / 5;
      int top = y;
      // left column: the body, a short rule, the number
      List<String> bodyLines = new ArrayList<>();
      if (issuer.parent != null) bodyLines.add(issuer.body);
      bodyLines.add(issuer.parent != null ? issuer.parent : issuer.body);
      for (String line : bodyLines) centred(line, Style.BOLD, 11.5f, headerLeft, columnSplit);
      rule(headerLeft, columnSplit, 0.3);
      y += px(0.12);
      String printedNumber = "Số: " + number + "/" + issuer.code;
      if (handwritten) {
        int x = centred("Số:               /" + issuer.code, Style.REGULAR, 13f, headerLeft, columnSplit);
        handwrite(Integer.toString(number), x + textWidth("Số: ", Style.REGULAR, 13f), 13f);
        printedNumber = "Số: " + number + " /" + issuer.code;
      } else {
        centred(printedNumber, Style.REGULAR, 13f, headerLeft, columnSplit);
      }
      text.addAll(bodyLines);
      text.add(printedNumber);
      headerBottom = y;
      // right column: the motto, a short rule, the place and date
      y = top;
      centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Style.BOLD, 11.5f, columnSplit, headerRight);
      centred("Độc lập - Tự do - Hạnh phúc", Style.BOLD, 12.5f, columnSplit, headerRight);
      rule(columnSplit, headerRight, 0.45);
      y += px(0.12);
      String dateLine = issuer.place + ", ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue()
          + " năm " + date.getYear();
      if (handwritten) {
        String blank = issuer.place + ", ngày        tháng        năm " + date.getYear();
        int x = centred(blank, Style.ITALIC, 13f, columnSplit, headerRight);
        int dayX = x + textWidth(issuer.place + ", ngày ", Style.ITALIC, 13f);
        handwrite(Integer.toString(date.getDayOfMonth()), dayX, 13f);
        int monthX = x + textWidth(issuer.place + ", ngày        tháng ", Style.ITALIC, 13f);
        handwrite(Integer.toString(date.getMonthValue()), monthX, 13f);
      } else {
        centred(dateLine, Style.ITALIC, 13f, columnSplit, headerRight);
      }
      text.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      text.add("Độc lập - Tự do - Hạnh phúc");
      text.add(dateLine);
      y = Math.max(y, headerBottom);
      headerBottom = y;
      y += px(stampSpace ? 1.1 : 0.45);

      text.add(heading("QUYẾT ĐỊNH", 14f));
      String subject = "Về việc tặng " + issuer.form;
      text.addAll(wrapped(subject, Style.BOLD, 13f, true));
      y += px(0.2);
      text.addAll(wrapped(issuer.authority, Style.BOLD, 13f, true));
      y += px(0.1);
      for (String line : PREAMBLE) text.addAll(wrapped(line, Style.ITALIC, 12.5f, false));
      y += px(0.1);
      text.add(heading("QUYẾT ĐỊNH:", 13f));
      y += px(0.1);
      text.addAll(article("Điều 1.", "Tặng " + issuer.form + " cho " + awardees.size()
          + " tập thể và cá nhân đã có thành tích xuất sắc trong phong trào thi đua \"Dân vận khéo\" giai đoạn"
          + " 2021 - 2025" + (table ? " (có danh sách kèm theo):" : ":")));
      if (table) {
        text.addAll(table(awardees));
      } else {
        for (int i = 0; i < awardees.size(); i++) {
          Awardee a = awardees.get(i);
          text.addAll(wrapped((i + 1) + ". " + a.name() + ";", Style.REGULAR, 12.5f, false));
        }
      }
      text.addAll(article("Điều 2.", "Quyết định này có hiệu lực thi hành kể từ ngày ký."));
      text.addAll(article("Điều 3.", "Chánh Văn phòng, Trưởng ban Ban Thi đua - Khen thưởng và các tập thể,"
          + " cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."));
      y += px(0.25);
      text.addAll(signature(issuer));
      return String.join("\n", text);
    }

    List<String> article(String label, String body) {
      return wrapped(label + " " + body, Style.REGULAR, 12.5f, false, label);
    }

    /** The signature block on the right and "Nơi nhận" on the left, side by side as printed. */
    List<String> signature(Issuer issuer) {
      int split = left + (right - left) / 2;
      int top = y;
      String prefix = issuer.prefix;
      centred(prefix, Style.BOLD, 12.5f, split, right);
      centred(issuer.deputy, Style.BOLD, 12.5f, split, right);
      signatureTop = y;
      signatureLeft = split;
      scribble(split + (right - split) / 4, y + px(0.25));
      y += px(0.9);
      centred(issuer.signer, Style.BOLD, 13f, split, right);
      int signatureBottom = y;
      y = top;
      List<String> recipients = List.of("Nơi nhận:", "- Như Điều 3;", "- Ban Thi đua - Khen thưởng;", "- Lưu: VT.");
      drawAt(recipients.get(0), Style.BOLD, 11f, left);
      for (String line : recipients.subList(1, recipients.size())) drawAt(line, Style.REGULAR, 10.5f, left);
      y = Math.max(y, signatureBottom);
      // read as the header is, left column then right: the recipients, then the signer's block
      List<String> text = new ArrayList<>(recipients);
      text.addAll(List.of(prefix, issuer.deputy, issuer.signer));
      return text;
    }

    /**
     * The awardees in a ruled table (STT, who, form), a cell's text wrapped within its column as word processors
     * do. Its truth is a line a row, the cells separated by " | ", as a reader of the table gives it.
     */
    List<String> table(List<Awardee> awardees) {
      int[] columns = {left, left + px(0.55), right - px(1.45), right};
      int padding = px(0.08);
      List<String> text = new ArrayList<>();
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"STT", "Tập thể, cá nhân", "Hình thức"});
      for (int i = 0; i < awardees.size(); i++) {
        rows.add(new String[] {Integer.toString(i + 1), awardees.get(i).name(), awardees.get(i).form()});
      }
      g.setColor(INK);
      g.setStroke(new BasicStroke(Math.max(1f, dpi / 150f)));
      List<Integer> rules = new ArrayList<>(List.of(y));
      for (int r = 0; r < rows.size(); r++) {
        Font font = font(r == 0 ? Style.BOLD : Style.REGULAR, 11.5f);
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        List<List<String>> cells = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < 3; c++) {
          int width = columns[c + 1] - columns[c] - 2 * padding;
          cells.add(SamplePages.wrap(rows.get(r)[c], m, width, width));
          lines = Math.max(lines, cells.get(c).size());
        }
        int top = rules.get(rules.size() - 1);
        int height = Math.max(px(0.36), lines * m.getHeight() + 2 * padding);
        for (int c = 0; c < 3; c++) {
          List<String> cell = cells.get(c);
          int first = top + (height - cell.size() * m.getHeight()) / 2 + m.getAscent();
          for (int l = 0; l < cell.size(); l++) {
            String line = cell.get(l);
            int x = c == 1 ? columns[c] + padding : (columns[c] + columns[c + 1] - m.stringWidth(line)) / 2;
            g.setColor(INK);
            g.drawString(line, x, first + l * m.getHeight());
          }
        }
        rules.add(top + height);
        text.add(String.join(" | ", rows.get(r)));
      }
      int top = rules.get(0);
      int bottom = rules.get(rules.size() - 1);
      g.setColor(INK);
      for (int ruleY : rules) g.drawLine(columns[0], ruleY, columns[3], ruleY);
      for (int x : columns) g.drawLine(x, top, x, bottom);
      y = bottom + px(0.15);
      return text;
    }

    /** Stamp ink: a little transparent, so the print under a seal or stamp shows through as on paper. */
    Graphics2D ink(Color colour) {
      Graphics2D s = (Graphics2D) g.create();
      s.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.8f));
      s.setColor(colour);
      return s;
    }

    /** A round seal (Nghị định 99/2016/NĐ-CP: the body's name around the rim, a star in the middle). */
    void seal(Issuer issuer) {
      int r = px(0.72);
      int cx = signatureLeft + px(0.25);
      int cy = signatureTop + px(0.35);
      Graphics2D s = ink(SEAL_RED);
      s.setStroke(new BasicStroke(px(0.035)));
      s.drawOval(cx - r, cy - r, 2 * r, 2 * r);
      s.setStroke(new BasicStroke(px(0.015)));
      int inner = r * 62 / 100;
      s.drawOval(cx - inner, cy - inner, 2 * inner, 2 * inner);
      String rim = (issuer.parent == null ? "CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
          : issuer.body + " " + issuer.parent) + " * ";
      s.setFont(font(Style.BOLD, 8.5f));
      double step = 2 * Math.PI / rim.length();
      for (int i = 0; i < rim.length(); i++) {
        double angle = -Math.PI / 2 + i * step;
        AffineTransform at = s.getTransform();
        s.translate(cx + Math.cos(angle) * r * 0.8, cy + Math.sin(angle) * r * 0.8);
        s.rotate(angle + Math.PI / 2);
        s.drawString(String.valueOf(rim.charAt(i)), -s.getFontMetrics().charWidth(rim.charAt(i)) / 2, 0);
        s.setTransform(at);
      }
      Path2D star = new Path2D.Double();
      for (int i = 0; i < 10; i++) {
        double radius = i % 2 == 0 ? inner * 0.7 : inner * 0.28;
        double angle = -Math.PI / 2 + i * Math.PI / 5;
        double x = cx + Math.cos(angle) * radius;
        double yy = cy + Math.sin(angle) * radius;
        if (i == 0) star.moveTo(x, yy);
        else star.lineTo(x, yy);
      }
      star.closePath();
      s.fill(star);
      s.dispose();
    }

    /** The reception stamp ("ĐẾN", a number and date written in) in the space under the left header. */
    void receptionStamp(int number, LocalDate date) {
      int w = px(1.9);
      int h = px(0.85);
      int x = left + px(0.1);
      int top = headerBottom + px(0.1);
      Graphics2D s = ink(STAMP_BLUE);
      s.setStroke(new BasicStroke(px(0.02)));
      s.drawRect(x, top, w, h);
      s.setFont(font(Style.BOLD, 14f));
      s.drawString("ĐẾN", x + px(0.08), top + px(0.3));
      s.setFont(font(Style.REGULAR, 9f));
      s.drawString("Số: ............", x + px(0.7), top + px(0.22));
      s.drawString("Ngày: ..../..../" + date.getYear(), x + px(0.08), top + px(0.55));
      s.drawString("Chuyển: ........", x + px(0.08), top + px(0.78));
      s.dispose();
      baseline = top + px(0.22);
      handwrite(Integer.toString(number + 37), x + px(1.0), 10f);
      baseline = top + px(0.55);
      handwrite((date.getDayOfMonth() + 2) + "/" + date.getMonthValue(), x + px(0.55), 10f);
    }

    /** Draws {@code line} centred between x0 and x1 on the next line; returns where the line starts. */
    int centred(String line, Style style, float points, int x0, int x1) {
      Font font = font(style, points);
      g.setFont(font);
      FontMetrics m = g.getFontMetrics();
      int x = x0 + (x1 - x0 - m.stringWidth(line)) / 2;
      y += m.getAscent();
      g.setColor(INK);
      g.drawString(line, x, y);
      baseline = y;
      y += m.getDescent() + m.getLeading() + px(0.03);
      return x;
    }

    String heading(String line, float points) {
      centred(line, Style.BOLD, points, left, right);
      return line;
    }

    Font font(Style style, float points) {
      return face(style).deriveFont(points * dpi / 72f);
    }

    void drawAt(String line, Style style, float points, int x) {
      g.setFont(font(style, points));
      FontMetrics m = g.getFontMetrics();
      y += m.getAscent();
      g.setColor(INK);
      g.drawString(line, x, y);
      y += m.getDescent() + m.getLeading() + px(0.03);
    }

    List<String> wrapped(String paragraph, Style style, float points, boolean centre) {
      return wrapped(paragraph, style, points, centre, null);
    }

    /** Wraps to the text width, first line indented; a bold {@code lead} ("Điều 1.") starts the paragraph. */
    List<String> wrapped(String paragraph, Style style, float points, boolean centre, String lead) {
      g.setFont(font(style, points));
      FontMetrics m = g.getFontMetrics();
      int indent = centre ? 0 : px(0.5);
      List<String> lines = SamplePages.wrap(paragraph, m, right - left - indent, right - left);
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        if (centre) {
          centred(l, style, points, left, right);
          continue;
        }
        int x = left + (i == 0 ? indent : 0);
        y += m.getAscent();
        g.setColor(INK);
        if (i == 0 && lead != null) {
          g.setFont(font(Style.BOLD, points));
          g.drawString(lead, x, y);
          x += g.getFontMetrics().stringWidth(lead + " ");
          g.setFont(font(style, points));
          g.drawString(l.substring(lead.length() + 1), x, y);
        } else {
          g.drawString(l, x, y);
        }
        y += m.getDescent() + m.getLeading() + px(0.04);
      }
      return lines;
    }

    void rule(int x0, int x1, double fraction) {
      int length = (int) ((x1 - x0) * fraction);
      int x = x0 + (x1 - x0 - length) / 2;
      g.setColor(INK);
      g.setStroke(new BasicStroke(dpi / 96f)); // 0.75 pt, a word processor's default line
      g.drawLine(x, y + px(0.02), x + length, y + px(0.02));
      y += px(0.05);
    }

    int textWidth(String text, Style style, float points) {
      return g.getFontMetrics(font(style, points)).stringWidth(text);
    }

    /**
     * Digits as a hand writes them: strokes of a pen through jittered points, each digit its own size and
     * slant, in blue ink, sitting a little off the last printed line's baseline.
     */
    void handwrite(String digits, int x, float points) {
      double height = points / 72.0 * dpi * (0.95 + random.nextDouble() * 0.25);
      Graphics2D pen = pen();
      double cursor = x;
      for (char c : digits.toCharArray()) {
        double w = height * 0.62;
        double slant = 0.15 + random.nextDouble() * 0.15;
        double top = baseline - height * (0.8 + random.nextDouble() * 0.25);
        if (c == '/') {
          pen.drawLine((int) (cursor + w * 0.6), (int) top, (int) cursor, (int) (top + height));
        } else {
          for (double[] stroke : HandDigits.strokes(c)) {
            Path2D path = new Path2D.Double();
            for (int i = 0; i < stroke.length; i += 2) {
              double jx = (random.nextDouble() - 0.5) * 0.1;
              double jy = (random.nextDouble() - 0.5) * 0.08;
              double px = cursor + (stroke[i] + jx) * w + (1 - stroke[i + 1]) * slant * w;
              double py = top + (stroke[i + 1] + jy) * height;
              if (i == 0) path.moveTo(px, py);
              else path.lineTo(px, py);
            }
            pen.draw(path);
          }
        }
        cursor += w * (1.05 + random.nextDouble() * 0.25);
      }
      pen.dispose();
    }

    /** A ballpoint pen: blue ink, round ends, about half a millimetre wide. */
    Graphics2D pen() {
      Graphics2D pen = (Graphics2D) g.create();
      pen.setColor(PEN_BLUE);
      pen.setStroke(new BasicStroke((float) Math.max(1.5, dpi / 90.0), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      return pen;
    }

    /** A signature: a few loops and a long tail, in a pen's blue. */
    void scribble(int x, int top) {
      Graphics2D pen = pen();
      Path2D path = new Path2D.Double();
      double unit = px(0.2);
      path.moveTo(x, top + unit * 1.5);
      for (int i = 0; i < 4; i++) {
        double cx = x + unit * (i + 0.5);
        path.curveTo(cx, top - unit * random.nextDouble(), cx + unit, top + unit * 2.5, cx + unit * 0.8,
            top + unit * (1 + random.nextDouble()));
      }
      path.curveTo(x + unit * 5, top + unit * 2, x + unit * 7, top + unit * 0.5, x + unit * 8, top + unit);
      pen.draw(path);
      pen.dispose();
    }

    /** Slight skew, sensor noise, and the page's end: what a feeder scanner adds. */
    BufferedImage finish(double skewDegrees, boolean clockwise) {
      g.dispose();
      BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
      Graphics2D r = out.createGraphics();
      r.setColor(new Color(250, 247, 238));
      r.fillRect(0, 0, out.getWidth(), out.getHeight());
      r.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      r.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(clockwise ? skewDegrees : -skewDegrees),
          page.getWidth() / 2.0, page.getHeight() / 2.0), null);
      r.dispose();
      int[] rgb = out.getRGB(0, 0, out.getWidth(), out.getHeight(), null, 0, out.getWidth());
      for (int i = 0; i < rgb.length; i++) {
        int noise = (int) Math.round(random.nextGaussian() * 9);
        int red = clamp(((rgb[i] >> 16) & 0xff) + noise);
        int green = clamp(((rgb[i] >> 8) & 0xff) + noise);
        int blue = clamp((rgb[i] & 0xff) + noise);
        rgb[i] = (red << 16) | (green << 8) | blue;
      }
      out.setRGB(0, 0, out.getWidth(), out.getHeight(), rgb, 0, out.getWidth());
      return out;
    }
  }

  private static int clamp(int value) {
    return Math.max(0, Math.min(255, value));
  }

  private static BufferedImage turn(BufferedImage image, int quarterTurns) {
    if (quarterTurns == 0) return image;
    boolean sideways = quarterTurns % 2 == 1;
    int w = sideways ? image.getHeight() : image.getWidth();
    int h = sideways ? image.getWidth() : image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    AffineTransform at = new AffineTransform();
    at.translate(w / 2.0, h / 2.0);
    at.quadrantRotate(quarterTurns);
    at.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
    g.drawImage(image, at, null);
    g.dispose();
    return out;
  }

  private static byte[] jpeg(BufferedImage image) {
    return jpeg(image, JPEG_QUALITY);
  }

  /** {@code image} as a JPEG file of {@code quality} (0 to 1), as a scanner or a phone saves it. */
  public static byte[] jpeg(BufferedImage image, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static BufferedImage decode(byte[] jpeg) {
    try {
      return ImageIO.read(new ByteArrayInputStream(jpeg));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The DejaVu Serif face of {@code style}; the fonts are loaded once. */
  static Font face(Style style) {
    Font base;
    synchronized (FONTS) {
      base = FONTS.get(style);
      if (base == null) {
        Path file = FONT_DIR.resolve(style.file);
        try (InputStream in = Files.newInputStream(file)) {
          base = Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
          throw new IllegalStateException("cannot load " + file + " (apt-get install fonts-dejavu-core): "
              + e.getMessage(), e);
        }
        FONTS.put(style, base);
      }
    }
    return base;
  }
}
