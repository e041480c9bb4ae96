"""Dates and deadlines in the ways round AA's unseen notices wrote them (storms and floods, scanned).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import task_of

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.layout_repair import repair_ocr_slips
from ketluan.ingest.readers import read_notice_bytes

# 1. A scan's OCR reads a letter for a digit of a deadline's hour ("trước l7 giờ ngày 15/10/2013", "1l giờ 30",
# "2O giờ"): the hour is put back as it puts back a date's digits, so the deadline is read.

STORM = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ TĨNH                        Độc lập - Tự do - Hạnh phúc
Số: 318 /TB-UBND               Hà Tĩnh, ngày 14 tháng 10 năm 2013
                              THÔNG BÁO
   Kết luận của Chủ tịch UBND tỉnh tại cuộc họp khẩn ứng phó với cơn bão số 11
     Vào lúc 19 giờ ngày 13/10/2013, tại Văn phòng thường trực Ban Chỉ huy PCLB tỉnh, đồng chí Võ Kim Cự -
Chủ tịch UBND tỉnh chủ trì cuộc họp khẩn. Sau khi nghe báo cáo, đồng chí Chủ tịch kết luận như sau:
     1. Bộ Chỉ huy Bộ đội Biên phòng tỉnh kêu gọi tàu thuyền vào nơi tránh trú an toàn, hoàn thành trước {hour}
ngày 15/10/2013.
     2. Sở Nông nghiệp và Phát triển nông thôn theo dõi mực nước các hồ chứa, báo cáo Ban Chỉ huy.
"""


@pytest.mark.parametrize("hour", ["l7 giờ", "1l giờ 30", "2O giờ", "l6h30"])
def test_an_hour_ocr_read_a_letter_into_keeps_its_deadline(hour: str) -> None:
    text = read_notice_bytes(STORM.format(hour=hour).encode("utf-8"), "x_ocr.txt").text
    n = parse_notice(text, "x_ocr.txt")
    assert task_of(n, "Bộ Chỉ huy Bộ đội Biên phòng")[2] == "2013-10-15", task_of(n, "Bộ Chỉ huy")
    # a group with no real digit, an hour that is none, and a word ending in the letter stay as written
    for written in ("lúc l giờ sáng", "trước 7l giờ", "Phòng họp Al7 giờ"):
        assert repair_ocr_slips(written + " ngày 15/10/2013.")[0].startswith(written), written
