"""Who acts on a task and what post a person holds, in the ways round AN's unseen notices (culture and heritage;
natural disasters and weather; industrial clusters and waste) wrote them.

Each case is a variant written here, not a copy of a test notice: other provinces, bodies and sentence shapes. The
bodies' kinds are real; the officials are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import notice_as_read, posts_of, task_of

# A numbered item that names a group of the places' bodies with what sets them apart ("bị ảnh hưởng", "có hộ dân
# bị thiệt hại", "ven suối", "vùng lũ") and a colon, then the group's duties as bullets below it: the group does
# each bullet, as it does under a bare "1. UBND các xã:".

FLOOD_MD = """| ỦY BAN NHÂN DÂN<br>**HUYỆN BẮC HÀ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|---|---|
| Số: 92/TB-UBND | *Bắc Hà, ngày 15 tháng 7 năm 2019* |

# THÔNG BÁO

## Kết luận của Chủ tịch UBND huyện tại cuộc họp khắc phục hậu quả mưa lũ

Ngày 14/7/2019, tại Hội trường UBND huyện, ông **Hoàng Văn Thắng** - Chủ tịch UBND huyện chủ trì cuộc họp.

**Thành phần dự họp:** đại diện Phòng Nông nghiệp và PTNT, Phòng Tài chính - Kế hoạch, Công an huyện.

### Kết luận

Chủ tịch UBND huyện yêu cầu:

1. {head}:
   - Rà soát, di dời các hộ dân ở vùng có nguy cơ sạt lở đến nơi an toàn, xong trước ngày 25/7/2019.
   - Tuyên truyền nhân dân không qua suối khi có lũ.
2. **Phòng Tài chính - Kế hoạch** tham mưu bố trí kinh phí hỗ trợ các hộ bị thiệt hại.

UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.
"""

FLOOD_TXT = """ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN KỲ SƠN                               Độc lập - Tự do - Hạnh phúc
Số: 210/TB-UBND                             Kỳ Sơn, ngày 06 tháng 10 năm 2022

THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp ứng phó lũ quét

Ngày 05/10/2022, tại UBND huyện, đồng chí Vi Hòe - Chủ tịch UBND huyện chủ trì cuộc họp.

Chủ tịch UBND huyện kết luận:

1. {head}:
- Rà soát, di dời các hộ dân ở vùng có nguy cơ sạt lở đến nơi an toàn, xong trước ngày 20/10/2022.
- Tuyên truyền nhân dân không qua suối khi có lũ.
2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí hỗ trợ các hộ bị thiệt hại.

UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.
"""


_FLOOD = {"md": (FLOOD_MD, "2019-07-25"), "txt": (FLOOD_TXT, "2022-10-20")}


# fmt: off
@pytest.mark.parametrize(
    ("form", "head", "group"),
    [
        ("md", "**UBND các xã** có hộ dân bị thiệt hại", "Ủy ban nhân dân các xã"),
        ("md", "**Ủy ban nhân dân các xã** vùng lũ", "Ủy ban nhân dân các xã"),
        ("txt", "UBND các xã, thị trấn ven suối", "Ủy ban nhân dân các xã, thị trấn"),
        ("txt", "Phòng Kinh tế các xã bị ảnh hưởng", "Phòng Kinh tế các xã"),
        # guard (passes on the starting code too): the group alone heads its bullets
        ("txt", "UBND các xã", "Ủy ban nhân dân các xã"),
    ],
)
# fmt: on
def test_extract_a_described_group_heading_its_bullets_does_them(form: str, head: str, group: str) -> None:
    notice, due = _FLOOD[form]
    n = notice_as_read(notice.format(head=head), "x." + form)
    assert task_of(n, "Rà soát, di dời") == ([group], [], due)
    assert task_of(n, "Tuyên truyền nhân dân")[0] == [group]


def test_extract_a_group_and_a_body_heading_bullets_both_do_them() -> None:
    """Guard (passes on the starting code too): words after the group that name another body list it, they do not
    describe the group."""
    n = notice_as_read(FLOOD_TXT.format(head="UBND các xã biên giới và thị trấn Mường Xén"))
    assert task_of(n, "Rà soát, di dời")[0] == ["Ủy ban nhân dân các xã biên giới", "Thị trấn Mường Xén"]


# "Trưởng" right before a group of villages or units ("Trưởng các thôn", "Trưởng các xóm") names the head of each:
# the villages act, as the bodies do under "Thủ trưởng các đơn vị" — not the collective of a lead-in above ("đề nghị
# các cơ quan, đơn vị thực hiện …:"), and the item is not lost after "Giao".

COMMUNE = """ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ MƯỜNG KHƯƠNG                               Độc lập - Tự do - Hạnh phúc
Số: 41/TB-UBND                             Mường Khương, ngày 20 tháng 9 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp triển khai khắc phục hậu quả mưa lũ

Ngày 18/9/2024, tại Hội trường UBND xã, đồng chí Lù Văn Sính - Chủ tịch UBND xã chủ trì cuộc họp.

Tham dự cuộc họp có: đồng chí Vàng Thị Mỷ - Phó Chủ tịch UBND xã; Trạm Y tế xã, Công an xã và trưởng các thôn.

Đồng chí Chủ tịch UBND xã kết luận:

1. Tình hình: mưa lũ làm 12 nhà bị sập.

2. {lead}

a) Công an xã bố trí lực lượng canh gác tại các điểm sạt lở.

b) {text}

c) Trạm Y tế xã hướng dẫn Nhân dân vệ sinh môi trường sau lũ.

UBND xã thông báo để các cơ quan, đơn vị, thôn biết, thực hiện./.
"""

_ASKED_OF_ALL = "Để sớm ổn định đời sống Nhân dân, đề nghị các cơ quan, đơn vị thực hiện tốt các nội dung sau:"


# fmt: off
@pytest.mark.parametrize(
    ("lead", "text", "bodies"),
    [
        (_ASKED_OF_ALL, "Trưởng các thôn thông tin rộng rãi đến người dân về nguy cơ sạt lở.", ["Các thôn"]),
        (_ASKED_OF_ALL, "Trưởng các xóm rà soát, lập danh sách các hộ phải di dời.", ["Các xóm"]),
        ("Giao nhiệm vụ như sau:", "Giao Trưởng các thôn rà soát, lập danh sách các hộ phải di dời.", ["Các thôn"]),
        ("Giao nhiệm vụ như sau:", "Trưởng các thôn thông tin rộng rãi đến người dân về nguy cơ sạt lở.",
         ["Các thôn"]),
        # guards (pass on the starting code too): a body's head by his own title is read as before
        ("Giao nhiệm vụ như sau:", "Giao Trưởng phòng Tài chính - Kế hoạch huyện tham mưu bố trí kinh phí.",
         ["Phòng Tài chính - Kế hoạch huyện"]),
        ("Giao nhiệm vụ như sau:", "Yêu cầu Trưởng Đài Truyền thanh xã tăng thời lượng tuyên truyền.",
         ["Đài Truyền thanh xã Mường Khương"]),
        # guard (passes on the starting code too): "Trưởng" before one body's name is that body's head's title, and
        # the person named after it is given the task
        ("Giao nhiệm vụ như sau:", "Giao Trưởng Ban Tổ chức Lò Văn Hặc quyết định số đội văn nghệ tham gia.",
         ["Lò Văn Hặc"]),
    ],
)
# fmt: on
def test_extract_the_head_of_each_village_names_the_villages(lead: str, text: str, bodies: list[str]) -> None:
    n = notice_as_read(COMMUNE.format(lead=lead, text=text))
    assert task_of(n, text[:20])[0] == bodies


# The deputy commander and the deputy political officer of a district's or a commune's military command are
# written "Chỉ huy phó" and "Chính trị viên phó" (the commands' own usage for "Phó Chỉ huy trưởng"): titles like
# "Chỉ huy trưởng", followed by the command.

ATTENDED = """ỦY BAN NHÂN DÂN
HUYỆN SÌN HỒ
Số: 55/TB-UBND
Sìn Hồ, ngày 12 tháng 7 năm 2018
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp ứng phó mưa lũ
Ngày 11/7/2018, ông Lò Văn Pâng - Chủ tịch UBND huyện chủ trì cuộc họp.
Thành phần dự họp:
- Ông Tao Văn Sơn - Trưởng phòng Nông nghiệp và PTNT;
- {line};
Chủ tịch UBND huyện kết luận:
1. Phòng Nông nghiệp và PTNT tổng hợp thiệt hại, báo cáo UBND huyện trước ngày 20/7/2018.
"""


# the commands' "Chỉ huy phó" and "Chính trị viên phó" are the canonical "Phó Chỉ huy trưởng" and "Phó Chính
# trị viên" (lang/vi/titles.py), so one post is one title however it is written
# fmt: off
@pytest.mark.parametrize(
    ("line", "name", "post"),
    [
        ("Thiếu tá Giàng A Chớ - Chỉ huy phó Ban Chỉ huy Quân sự huyện", "Giàng A Chớ",
         ("Phó Chỉ huy trưởng", "Ban Chỉ huy Quân sự huyện Sìn Hồ")),
        ("Đại úy Lò Văn Panh - Chính trị viên phó Ban Chỉ huy Quân sự huyện", "Lò Văn Panh",
         ("Phó Chính trị viên", "Ban Chỉ huy Quân sự huyện Sìn Hồ")),
        ("Ông Lý Văn Sủ - Chỉ huy phó Ban CHQS xã Nậm Tăm", "Lý Văn Sủ",
         ("Phó Chỉ huy trưởng", "Ban Chỉ huy Quân sự xã Nậm Tăm")),
    ],
)
# fmt: on
def test_extract_a_military_commands_deputies_hold_posts(line: str, name: str, post: tuple[str, str]) -> None:
    n = notice_as_read(ATTENDED.format(line=line))
    assert posts_of(n, name) == [post]
