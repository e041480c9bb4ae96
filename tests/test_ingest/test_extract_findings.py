"""A finding written among a conclusion's tasks is not a task: "Việc kiểm định … còn chậm, ảnh hưởng …".

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

from notice_checks import names_of

from ketluan.ingest.extract import parse_notice

_NOTICE = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
Số: 88/TB-UBND

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về phòng, chống dịch

Ngày 15/4/2019, Phó Chủ tịch UBND tỉnh Nguyễn Tuấn Kiệt chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh kết luận:
1. Dịch sốt xuất huyết có nguy cơ bùng phát; các sở, ngành, địa phương phải xác định đây là nhiệm vụ trọng tâm. {one}
2. Giao Sở Y tế xây dựng kế hoạch phòng, chống dịch, trình UBND tỉnh trước ngày 30/4/2019. {two}

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Tuấn Kiệt
"""


def _tasks(one: str, two: str) -> list[tuple[list[str], str]]:
    n = parse_notice(_NOTICE.format(one=one, two=two), "findings.txt")
    names = names_of(n)
    return [([names[a] for a in d.assignees], d.text) for d in n.directives]


def test_a_finding_after_a_task_is_not_a_task() -> None:
    got = _tasks(
        "Việc kiểm định, hiệu chuẩn thiết bị y tế tại các bệnh viện còn chậm, ảnh hưởng đến chất lượng chẩn đoán.",
        "Tình trạng thiếu hóa chất tại một số huyện chưa được khắc phục.",
    )
    texts = [t for _, t in got]
    assert not any(t.startswith(("Việc kiểm định", "Tình trạng")) for t in texts), texts
    assert (["Sở Y tế tỉnh Bình Định"], texts[-1]) == got[-1]


def test_a_finding_with_a_duty_or_a_request_is_a_task() -> None:
    got = _tasks(
        "Việc kiểm định thiết bị y tế còn chậm, cần khắc phục ngay trong quý II/2019.",
        "Việc kiểm định thiết bị y tế chưa được thực hiện, đề nghị Sở Khoa học và Công nghệ phối hợp.",
    )
    texts = [t for _, t in got]
    assert any(t.startswith("Việc kiểm định thiết bị y tế còn chậm") for t in texts), texts
    assert any(t.startswith("Việc kiểm định thiết bị y tế chưa được") for t in texts), texts
