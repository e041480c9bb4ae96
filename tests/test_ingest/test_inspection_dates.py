"""An inspection's conclusion is dated by the inspection, not by the report it considered ("Xét Báo cáo kết quả
thanh tra ngày …"). A variant written here, not a copy of a test notice."""

from __future__ import annotations

from ketluan.ingest.extract import parse_notice

_NOTICE = """UBND TỈNH QUẢNG NAM                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ                            Độc lập - Tự do - Hạnh phúc
Số: 45/KL-SKHCN                               Quảng Nam, ngày 27 tháng 02 năm 2015

KẾT LUẬN THANH TRA
Về việc chấp hành pháp luật về đo lường tại các cửa hàng xăng dầu

Thực hiện Quyết định số 12/QĐ-SKHCN ngày 15/01/2015 của Giám đốc Sở Khoa học và Công nghệ về việc thanh tra \
đo lường tại Công ty TNHH Xăng dầu Quế Sơn, từ ngày 26/01/2015 đến ngày 30/01/2015, Đoàn thanh tra do ông Lê \
Văn Hòa, Chánh Thanh tra Sở làm Trưởng đoàn đã tiến hành thanh tra tại Công ty.

Làm việc với Đoàn thanh tra, về phía Công ty có ông Trần Văn Tâm - Giám đốc.

Xét Báo cáo kết quả thanh tra ngày 10/02/2015 của Trưởng đoàn thanh tra, Giám đốc Sở kết luận như sau:

1. Yêu cầu Công ty TNHH Xăng dầu Quế Sơn kiểm định lại 02 cột đo nhiên liệu trước ngày 31/3/2015.

GIÁM ĐỐC
Lê Văn Hòa
"""


def test_the_report_considered_does_not_date_the_inspection() -> None:
    n = parse_notice(_NOTICE, "kl.txt")
    assert n.meeting.held_on == "2015-01-26"
