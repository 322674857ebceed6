package vn.vankho.testing;

/** Short Vietnamese official texts for tests: a directive and a plan that implements it. */
public final class Samples {
  private Samples() {}

  public static final String DIRECTIVE = """
      BỘ CHÍNH TRỊ
      Số 41-CT/TW
      Hà Nội, ngày 26 tháng 12 năm 2024
      CHỈ THỊ
      Về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới
      Công tác thi đua, khen thưởng là động lực phát triển kinh tế - xã hội.
      Các cấp ủy đảng quán triệt, tuyên truyền sâu rộng tư tưởng thi đua yêu nước của Chủ tịch Hồ Chí Minh.""";

  public static final String PLAN = """
      HUYỆN ỦY ĐAM RÔNG
      Số 229-KH/HU
      Đam Rông, ngày 15 tháng 3 năm 2025
      KẾ HOẠCH
      Thực hiện Kế hoạch số 152-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 41-CT/TW
      Ban Thường vụ Huyện ủy Đam Rông ban hành kế hoạch thực hiện như sau.
      Tổ chức phong trào "Người tốt, việc tốt" ở các xã, thị trấn.""";
}
