"""Layout, round I: signature blocks the layout reader handed on in a shape the signer could not be read from.

- a meeting record (biên bản) signed by its secretary and its chair: the signature is the chair's, whether
  the two stand side by side (a PDF's text flattens them one space apart: "THƯ KÝ CHỦ TỌA" / "(Đã ký) (Đã ký)"
  / "Trần Thị Mai Phạm Quốc Hưng"; a .docx table sets them a tab apart) or one under the other;
- "Nơi nhận" and the signature in the two columns of a markdown pipe table ("| Nơi nhận: | KT. CHÁNH VĂN
  PHÒNG |"): the recipients and the signature are read from their columns.

Snippets written for these tests (officials invented; bodies and places real).
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice_bytes
from ketluan.ingest.sections import chair_signature, parse_layout, split_lines


def _names(notice, keys: list[str]) -> list[str]:
    return [notice.agencies[k].name if k in notice.agencies else notice.persons[k].name for k in keys]


RECORD_HEAD = """SỞ NÔNG NGHIỆP VÀ PTNT NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ CÁC CẢNG CÁ Độc lập - Tự do - Hạnh phúc
Số: 41/BB-BQLCC Nghệ An, ngày 09 tháng 8 năm 2018
BIÊN BẢN CUỘC HỌP
Về việc kiểm tra cân tại cảng cá Cửa Hội
I. THỜI GIAN, ĐỊA ĐIỂM
Vào hồi 14 giờ 00 ngày 09/8/2018, tại Ban Quản lý các cảng cá Nghệ An.
II. THÀNH PHẦN
Chủ trì: ông Phạm Quốc Hưng - Phó Trưởng ban.
Thư ký: bà Trần Thị Mai - Chuyên viên Phòng Tổ chức - Hành chính.
III. NỘI DUNG
Ông Phạm Quốc Hưng - Phó Trưởng ban kết luận:
1. Phòng Kế hoạch - Kỹ thuật lập danh sách cân đang sử dụng tại cảng, đưa cân đi kiểm định trước
ngày 30/8/2018.
2. Phòng Tổ chức - Hành chính tổng hợp biên bản, báo cáo Sở trước ngày 15/8/2018.
Cuộc họp kết thúc lúc 16 giờ 30 phút cùng ngày. Biên bản đã được đọc lại cho các thành viên dự họp
nghe và thống nhất./.
"""


@pytest.mark.parametrize(
    "signatures",
    [
        # a PDF's text: the two columns one space apart
        "THƯ KÝ CHỦ TỌA\n(Đã ký) (Đã ký)\nTrần Thị Mai Phạm Quốc Hưng\n2\n",
        # a Word table copied as text: a tab apart, the chair's column holding a post the secretary's has not
        "THƯ KÝ\tCHỦ TRÌ\n\tPHÓ TRƯỞNG BAN\n(Đã ký)\t(Đã ký)\nTrần Thị Mai\tPhạm Quốc Hưng\n",
        # the chair on the left
        "CHỦ TRÌ CUỘC HỌP THƯ KÝ CUỘC HỌP\n(Đã ký) (Đã ký)\nPhạm Quốc Hưng Trần Thị Mai\n",
        # one under the other, the secretary first
        "THƯ KÝ\n(Đã ký)\nTrần Thị Mai\nCHỦ TRÌ\nPHÓ TRƯỞNG BAN\n(Đã ký)\nPhạm Quốc Hưng\n",
        # one under the other, the chair first
        "CHỦ TỌA\n(Đã ký)\nPhạm Quốc Hưng\nNGƯỜI GHI BIÊN BẢN\n(Đã ký)\nTrần Thị Mai\n",
    ],
)
def test_a_meeting_record_is_signed_by_its_chair(signatures: str) -> None:
    text = read_notice_bytes((RECORD_HEAD + signatures).encode(), "bb_pdf.txt").text
    layout = parse_layout(text)
    names = [ln.clean for ln in layout.signature]
    assert "Phạm Quốc Hưng" in names
    assert not any("Trần Thị Mai" in n for n in names)
    for ln in layout.signature:  # each part keeps its offsets in the notice's text
        assert text[ln.clean_start : ln.clean_start + len(ln.clean)] == ln.clean
    notice = parse_notice(text, "bb_pdf.txt")
    assert notice.signer is not None and notice.persons[notice.signer].name == "Phạm Quốc Hưng"


def test_two_names_flattened_are_cut_before_a_family_name_that_is_no_middle_name() -> None:
    text = "THƯ KÝ CHỦ TRÌ\n(đã ký) (đã ký)\nNguyễn Văn An Trần Văn Bình"
    assert [ln.clean for ln in chair_signature(split_lines(text))] == ["CHỦ TRÌ", "(đã ký)", "Trần Văn Bình"]


@pytest.mark.parametrize(
    "signatures",
    [
        "TM. BAN QUẢN LÝ\nTRƯỞNG BAN\n(Đã ký)\nPhạm Quốc Hưng\n",  # one signature
        "CHỦ TRÌ\n(Đã ký)\nPhạm Quốc Hưng\n",  # the chair alone
    ],
)
def test_a_signature_without_a_secretarys_is_left_whole(signatures: str) -> None:
    lines = [ln for ln in split_lines(signatures) if ln.clean]
    assert chair_signature(lines) == lines


MARKDOWN_TABLE = """| **UBND HUYỆN TUY PHƯỚC** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| **VĂN PHÒNG HĐND VÀ UBND** | **Độc lập - Tự do - Hạnh phúc** |
| Số: 52/TB-VP | *Tuy Phước, ngày 21 tháng 9 năm 2016* |

## THÔNG BÁO

**Kết luận của Chủ tịch UBND huyện tại buổi kiểm tra chợ Diêu Trì**

Ngày 19/9/2016, đồng chí Lê Văn Thạch, Chủ tịch UBND huyện đã kiểm tra công tác quản lý chợ Diêu Trì.
Chủ tịch UBND huyện kết luận:

1. **Phòng Kinh tế và Hạ tầng** phối hợp Ban Quản lý chợ kiểm tra cân tại các quầy hàng, hoàn thành trong tháng 10/2016.
2. **UBND thị trấn Diêu Trì** đặt cân đối chứng tại cổng chợ trước ngày 30/10/2016.

Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.

| Nơi nhận: | TL. CHỦ TỊCH |
|---|---|
| - CT UBND huyện (b/c); | CHÁNH VĂN PHÒNG |
| - Phòng KT&HT; | |
| - UBND thị trấn Diêu Trì; | *(đã ký)* |
| - Lưu: VT. | |
| | **Võ Thị Kim Hoa** |
"""


def test_a_signature_in_a_markdown_tables_column_is_read() -> None:
    text = read_notice_bytes(MARKDOWN_TABLE.encode(), "tb.md").text
    layout = parse_layout(text)
    assert [ln.clean for ln in layout.signature] == [
        "TL. CHỦ TỊCH",
        "CHÁNH VĂN PHÒNG",
        "(đã ký)",
        "Võ Thị Kim Hoa",
    ]
    assert [ln.clean for ln in layout.recipients] == [
        "- CT UBND huyện (b/c);",
        "- Phòng KT&HT;",
        "- UBND thị trấn Diêu Trì;",
        "- Lưu: VT.",
    ]
    notice = parse_notice(text, "tb.md")
    assert notice.signer is not None and notice.persons[notice.signer].name == "Võ Thị Kim Hoa"
    post = next(p for p in notice.posts if p.person == notice.signer)
    assert post.role == "Chánh Văn phòng"
    assert any("Diêu Trì" in n for n in _names(notice, notice.recipients))
