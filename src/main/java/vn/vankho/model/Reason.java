package vn.vankho.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a file was turned away, could not be read, or has a page to check. The code is stable: the
 * API, {@code import --json}, the inbox's {@code .reason.txt}, the database and the pages all carry
 * it; people read the Vietnamese message in the UI and the English one in logs and on the command
 * line. Details (a parser's words, a path) go to the server log, never to the message.
 *
 * <p>The one catalogue of reasons: a new one is one more constant here, with its code and both
 * messages; nothing else lists them.
 */
public enum Reason {
  // turned away at the door
  EMPTY("Tệp rỗng, không có nội dung.", "the file is empty"),
  TOO_LARGE("Tệp lớn hơn giới hạn tải lên của kho.", "the file is larger than the upload limit"),
  UNSUPPORTED_TYPE("Kho không đọc loại tệp này (kho đọc PDF, DOCX, ODT, DOC, RTF, HTML, TXT, TIFF, JPEG, PNG).",
      "the archive does not read files of this type (it reads PDF, DOCX, ODT, DOC, RTF, HTML, TXT, TIFF, JPEG, PNG)"),
  DISK_FULL("Ổ đĩa của kho đã đầy nên tệp chưa được lưu; hãy tải lên lại khi quản trị viên đã giải phóng chỗ trống.",
      "the archive's disk is full, the file was not kept; upload it again once there is space"),
  MALFORMED_UPLOAD("Yêu cầu tải lên sai định dạng (ví dụ tên tệp chứa ký tự điều khiển); hãy đổi tên tệp rồi tải lên lại.",
      "the upload request is malformed (a control character in the file name, say); rename the file and upload it again"),
  CANNOT_READ_SOURCE("Không mở được tệp để nhập vào kho.", "the file to import cannot be opened"),
  // the whole file could not be read
  ENCRYPTED("Tệp được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.",
      "the file is protected by a password; remove the password and upload it again"),
  TRUNCATED("Tệp bị cắt cụt, thiếu phần cuối (có thể tải lên chưa xong); hãy tải lên lại bản đầy đủ.",
      "the file is cut short (its end is missing); upload the whole file again"),
  ZIP_BOMB("Tệp nén bung ra lớn bất thường so với kích thước của nó; kho không đọc để tự bảo vệ.",
      "the file inflates to far more than its size (a zip bomb); it was not read"),
  DAMAGED("Tệp bị hỏng, không đọc được.", "the file is damaged and cannot be read"),
  IMAGE_TOO_LARGE("Ảnh quá lớn (quá nhiều điểm ảnh) để đọc; hãy quét lại ở độ phân giải 300 dpi.",
      "the image has too many pixels to read; scan it again at 300 dpi"),
  TOO_MANY_PAGES("Văn bản có nhiều trang hơn mức kho đọc cho một văn bản; hãy tách thành từng văn bản, hoặc nhờ quản trị viên nâng giới hạn rồi đọc lại.",
      "the document has more pages than one document may have here"),
  READING_TIME_EXCEEDED("Đọc văn bản quá thời gian cho phép nên đã dừng, không giữ phần đã đọc; hãy tách thành từng văn bản, hoặc nhờ quản trị viên nâng giới hạn rồi đọc lại.",
      "reading the document took longer than one document may take here"),
  NO_PAGES("Tệp không có trang nào.", "the file has no pages"),
  NO_TEXT_READ("Không đọc được chữ trên trang nào của tệp.", "no text could be read on any page"),
  OCR_UNAVAILABLE("Đây là bản quét nhưng kho chưa cài phần nhận dạng chữ (OCR).",
      "this is a scan, and OCR is not set up on this archive (run scripts/install-deps)"),
  CHECKSUM_MISMATCH("Bản gốc lưu trong kho đã bị thay đổi trên đĩa (mã SHA-256 không khớp); hãy tải lên lại bản gốc đúng để sửa.",
      "the kept original was altered on disk (its SHA-256 does not match); upload the good copy again to repair it"),
  GAVE_UP("Đã thử đọc nhiều lần mà không xong; quản trị viên xem nhật ký máy chủ.",
      "given up after repeated attempts; see the server log"),
  UNEXPECTED("Lỗi không lường trước khi đọc tệp; quản trị viên xem nhật ký máy chủ.",
      "unexpected error while reading; see the server log"),
  // one page to check, while the rest of the document goes on
  NO_TEXT("Không tìm thấy chữ trên trang này.", "no text was found on this page"),
  POOR_TEXT("Chữ đọc ra phần lớn không phải tiếng Việt, kể cả sau khi nhận dạng lại.",
      "the text reads poorly even after OCR"),
  LIKELY_MISREAD("Nhận dạng chữ (OCR) có lẽ đã đọc sai một số chữ trên trang này; hãy đối chiếu với ảnh trang.",
      "the OCR probably misread some characters on this page"),
  PAGE_UNREADABLE("Trang này không đọc được.", "the page could not be read"),
  PAGE_OCR_UNAVAILABLE("Kho chưa cài OCR để đọc lại trang này.", "OCR is not set up to read this page again");

  private final String vietnamese;
  private final String english;

  Reason(String vietnamese, String english) {
    this.vietnamese = vietnamese;
    this.english = english;
  }

  /** The stable code, e.g. {@code zip-bomb}: the constant's name in lower case with hyphens. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** For the UI. */
  public String vietnamese() {
    return vietnamese;
  }

  /** For logs and the command line. */
  public String english() {
    return english;
  }

  public static Optional<Reason> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
  }

  /** The Vietnamese message for a stored code; a reason kept before codes existed is shown as it was. */
  public static String vietnameseOf(String stored) {
    return stored == null ? null : ofCode(stored).map(Reason::vietnamese).orElse(stored);
  }

  /** The English message for a stored code, after the code, as the command line prints it. */
  public static String englishOf(String stored) {
    return stored == null ? null : ofCode(stored).map(r -> r.code() + ": " + r.english()).orElse(stored);
  }
}
