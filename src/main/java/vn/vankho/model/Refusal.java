package vn.vankho.model;

import java.util.Locale;

/**
 * Why the archive turned a request away: what was asked for is not there, the input is not a value the archive
 * takes, it clashes with what is kept, or it is not the asker's to do. Like {@link Reason}: a stable code the API
 * carries, a Vietnamese message for the UI and an English one for logs and the command line. A message names what
 * it refused (a code, a name, a limit) through {@code %s}, the same values in both languages; the labels of fields
 * are the UI's, in Vietnamese.
 *
 * <p>The one catalogue of refusals: a new one is one more constant here; {@link Refused} carries one.
 */
public enum Refusal {
  // what was named is not there
  NO_DOCUMENT(Kind.MISSING, "Không có văn bản %s.", "no document %s"),
  NO_FONDS(Kind.MISSING, "Không có phông %s.", "no fonds %s"),
  NO_SERIES(Kind.MISSING, "Không có tập hồ sơ %s.", "no series %s"),
  NO_FILE(Kind.MISSING, "Không có hồ sơ %s.", "no file %s"),
  NO_PROPOSAL(Kind.MISSING, "Không có đề xuất hủy %s.", "no destruction proposal %s"),
  NO_ACCOUNT(Kind.MISSING, "Không có tài khoản %s.", "no account %s"),
  NO_AWARD(Kind.MISSING, "Không có khen thưởng %s.", "no award %s"),
  NO_CAMPAIGN_LINK(Kind.MISSING, "Không có liên kết phong trào %s.", "no campaign link %s"),
  NO_CAMPAIGN(Kind.MISSING, "Không có phong trào %s.", "no campaign %s"),
  NO_AWARDEE(Kind.MISSING, "Không có đối tượng khen thưởng %s.", "no awardee %s"),
  // clashes with what is kept
  FONDS_TAKEN(Kind.TAKEN, "Đã có phông mã %s; mỗi phông một mã định danh riêng.", "there is already a fonds %s"),
  SERIES_TAKEN(Kind.TAKEN, "Phông này đã có tập hồ sơ ký hiệu %s.", "the fonds already has a series %s"),
  FILE_CODE_TAKEN(Kind.TAKEN, "Mã của hồ sơ mới trùng với mã một hồ sơ đã có; hồ sơ chưa được tạo.",
      "the new file's code is another file's; the file was not created"),
  FILE_AWAITS_DESTRUCTION(Kind.TAKEN, "Hồ sơ %s đang chờ phê duyệt hủy; không thể chuyển thêm văn bản vào.",
      "file %s awaits the approval of its destruction; no document can be moved into it"),
  PROPOSAL_DECIDED(Kind.TAKEN, "Đề xuất hủy %s đã được quyết định.", "destruction proposal %s was decided already"),
  ACCOUNT_TAKEN(Kind.TAKEN, "Đã có tài khoản %s.", "there is already an account %s"),
  LAST_ADMINISTRATOR(Kind.TAKEN, "Kho cần ít nhất một quản trị viên đăng nhập được; thay đổi không được thực hiện.",
      "the archive needs an administrator who can log in; nothing was changed"),
  // not this person's to do
  ADMINISTRATORS_DECIDE(Kind.FORBIDDEN, "Chỉ quản trị viên được quyết định hủy hồ sơ.",
      "only an administrator decides on the destruction of a file"),
  // not a value the archive takes
  REQUIRED(Kind.INVALID, "%s không được để trống.", "%s must not be empty"),
  TOO_LONG(Kind.INVALID, "%s dài quá giới hạn %s ký tự.", "%s is longer than %s characters"),
  OWN_ADMINISTRATOR_RIGHTS(Kind.INVALID,
      "Quản trị viên không tự bỏ quyền quản trị của mình; một quản trị viên khác làm được việc này.",
      "an administrator does not take their own rights away; another one can"),
  OWN_LOCK(Kind.INVALID, "Quản trị viên không tự khóa tài khoản của mình; một quản trị viên khác làm được việc này.",
      "an administrator does not lock their own account; another one can"),
  ACCOUNT_NAME(Kind.INVALID, "Tên tài khoản dài 1 đến 64 ký tự, gồm chữ cái, chữ số, '.', '_', '@' hoặc '-'.",
      "a user name is 1 to 64 letters, digits, '.', '_', '@' or '-'"),
  PASSWORD_TOO_SHORT(Kind.INVALID, "Mật khẩu phải dài ít nhất %s ký tự.", "the password must be at least %s characters long"),
  PASSWORD_TOO_LONG(Kind.INVALID, "Mật khẩu dài quá %s byte (phần sau đó không được kiểm tra).",
      "the password must be at most %s bytes long (bcrypt reads no further)"),
  SECRECY(Kind.INVALID, "Độ mật là không, mật, tối mật hoặc tuyệt mật, không phải \"%s\".",
      "độ mật is không, mật, tối mật or tuyệt mật, not \"%s\""),
  URGENCY(Kind.INVALID, "Độ khẩn là không, khẩn, thượng khẩn hoặc hỏa tốc, không phải \"%s\".",
      "độ khẩn is không, khẩn, thượng khẩn or hỏa tốc, not \"%s\""),
  DATE(Kind.INVALID, "Ngày viết theo dạng năm-tháng-ngày, năm từ 1 đến 9999, ví dụ 2025-03-15, không phải \"%s\".",
      "a date is written yyyy-mm-dd with a year from 1 to 9999, e.g. 2025-03-15, not \"%s\""),
  DOCUMENT_NUMBER(Kind.INVALID, "\"%s\" không phải số, ký hiệu văn bản (ví dụ 229-KH/HU, 123/QĐ-UBND).",
      "not a document number: \"%s\" (e.g. 229-KH/HU, 123/QĐ-UBND)"),
  DOCUMENT_TYPE(Kind.INVALID, "Không có loại văn bản mã \"%s\".", "unknown document type code: \"%s\""),
  RETENTION(Kind.INVALID, "Thời hạn bảo quản là \"vĩnh viễn\" hoặc một số năm, không phải \"%s\".",
      "a retention period is \"vĩnh viễn\" or a number of years, not \"%s\""),
  AWARDEE_KIND(Kind.INVALID, "Loại đối tượng khen thưởng là individual (cá nhân), collective (tập thể) hoặc "
      + "household (hộ gia đình), không phải \"%s\".",
      "the awardee kind is individual, collective or household, not \"%s\""),
  YEARS_BACKWARDS(Kind.INVALID, "Khoảng năm bị ngược: từ %s đến %s.", "the years run from %s to %s: backwards"),
  LIMIT(Kind.INVALID, "Số kết quả (limit) phải lớn hơn 0.", "the limit must be positive"),
  SERIES_SYMBOL(Kind.INVALID, "Ký hiệu tập hồ sơ chỉ gồm chữ, số và dấu gạch ngang, không phải \"%s\".",
      "a series symbol is letters, digits and hyphens, not \"%s\""),
  FILE_YEAR(Kind.INVALID, "Năm hình thành hồ sơ không hợp lệ: %s.", "not a year a file can have been opened in: %s"),
  WITHIN_RETENTION(Kind.INVALID, "Hồ sơ %s chưa hết thời hạn bảo quản (%s); không thể đề xuất hủy.",
      "file %s is within its retention period (%s); its destruction cannot be proposed"),
  OWN_PROPOSAL(Kind.INVALID, "Người đề xuất hủy không được tự phê duyệt; cần một tài khoản quản trị khác.",
      "whoever proposed a destruction does not approve it; another administrator must"),
  QUERY_TOO_LONG(Kind.INVALID, "Câu tìm kiếm dài quá %s ký tự.", "the query is longer than %s characters"),
  SEARCH_LIMIT(Kind.INVALID, "Số kết quả mỗi trang (limit) phải từ 1 đến %s.", "limit must be from 1 to %s"),
  OFFSET(Kind.INVALID, "Vị trí bắt đầu (offset) không được âm.", "offset must not be negative"),
  SORT(Kind.INVALID, "Thứ tự (sort) là relevance hoặc date, không phải \"%s\".", "sort is relevance or date, not \"%s\""),
  MERGE_INTO_ITSELF(Kind.INVALID, "Không gộp được một đối tượng khen thưởng vào chính nó.",
      "an awardee cannot be merged into itself");

  /** What kind of refusal: the web answers 404, 409, 403 and 400 for them. */
  public enum Kind { MISSING, TAKEN, FORBIDDEN, INVALID }

  private final Kind kind;
  private final String vietnamese;
  private final String english;

  Refusal(Kind kind, String vietnamese, String english) {
    this.kind = kind;
    this.vietnamese = vietnamese;
    this.english = english;
  }

  /** The stable code, e.g. {@code fonds-taken}: the constant's name in lower case with hyphens. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public Kind kind() {
    return kind;
  }

  /** The refusal of these values, to throw. */
  public Refused of(Object... values) {
    return new Refused(this, values);
  }

  /** For the UI. */
  String vietnamese(Object... values) {
    return String.format(Locale.ROOT, vietnamese, values);
  }

  /** For logs and the command line. */
  String english(Object... values) {
    return String.format(Locale.ROOT, english, values);
  }
}
