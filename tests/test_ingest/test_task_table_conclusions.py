"""A task table's column of what was concluded ("TT | Nội dung | Ý kiến kết luận | Cơ quan thực hiện | Thời hạn")
is read with the row's matter as the task's words, so its topics count. A variant written here."""

from __future__ import annotations

from ketluan.ingest.extract import parse_notice

_NOTICE = """ỦY BAN NHÂN DÂN
TỈNH LONG AN
Số: 301/TB-UBND

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp giao ban khối kinh tế tháng 9/2024

Ngày 16/9/2024, Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm chủ trì cuộc họp giao ban. Phó Chủ tịch UBND tỉnh kết luận:

| TT | Nội dung | Ý kiến kết luận | Cơ quan thực hiện | Thời hạn |
|---|---|---|---|---|
| 1 | Phòng, chống sốt xuất huyết | Tăng cường tuyên truyền trên Đài Phát thanh và Truyền hình tỉnh | Sở Y tế | Tháng 9/2024 |
| 2 | Chợ Bến Lức xuống cấp | Kêu gọi nhà đầu tư xây dựng lại chợ theo hình thức xã hội hóa | Sở Công Thương | 15/10/2024 |

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Minh Lâm
"""


def test_the_conclusion_column_is_the_tasks_words() -> None:
    n = parse_notice(_NOTICE, "conclusions.md")
    by_text = {d.text.split(" ", 2)[0] + " " + d.text.split(" ", 2)[1]: d for d in n.directives}
    assert "Tăng cường tuyên truyền" in by_text["Phòng, chống"].text
    assert "communication" in by_text["Phòng, chống"].topics
    assert "Kêu gọi nhà đầu tư" in by_text["Chợ Bến"].text
    assert "investment" in by_text["Chợ Bến"].topics
