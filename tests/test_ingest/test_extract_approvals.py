"""An approval that hands the work to the body approved for it is a task of that body ("Thống nhất để UBND huyện X
chủ trì tổ chức …", "Đồng ý để Sở Y tế tổ chức …"); an approval of a plan alone is none. Variants written here, not
copies of a test notice."""

from __future__ import annotations

from notice_checks import task_of

from ketluan.ingest.extract import parse_notice

_NOTICE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 95/TB-UBND

THÔNG BÁO
Ý kiến kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp giao ban khối văn xã tháng 5/2013

Ngày 20/5/2013, Phó Chủ tịch UBND tỉnh Lê Quang Thích chủ trì cuộc họp giao ban. Phó Chủ tịch UBND tỉnh kết luận:
1. Về Lễ hội Khao lề thế lính Hoàng Sa: Thống nhất để UBND huyện Lý Sơn chủ trì tổ chức Lễ hội năm 2013.
2. Đồng ý để Sở Y tế tổ chức đợt cao điểm phòng chống sốt xuất huyết trong tháng 6/2013.
3. Về dự án Trường THPT Lý Sơn: thống nhất chủ trương đầu tư.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Quang Thích
"""


def test_an_approval_for_a_body_to_act_is_its_task() -> None:
    n = parse_notice(_NOTICE, "approvals.txt")
    assert task_of(n, "Về Lễ hội")[0] == ["Ủy ban nhân dân huyện Lý Sơn"]
    assert task_of(n, "Đồng ý để Sở Y tế") == (["Sở Y tế tỉnh Quảng Ngãi"], [], "2013-06")
    assert not [d for d in n.directives if "chủ trương đầu tư" in d.text]
