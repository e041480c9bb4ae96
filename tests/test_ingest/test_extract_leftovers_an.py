"""Who acts, signs and leads a team, in ways of writing the fixers of earlier rounds left over: two heads addressed in
one task, a head opening an item with "chỉ đạo", a heading that names a described group and a place, the heads of
the villages with their Party cells' secretaries, a visiting team's leader titled without his body, and a signer's
title whose body wrapped on to the next line.

Each case is a variant written here, not a copy of a test notice: other provinces, bodies and sentence shapes. The
bodies' kinds are real; the officials are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import notice_as_read, posts_of, task_of

PROVINCE = """ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NINH THUẬN                               Độc lập - Tự do - Hạnh phúc
Số: 131/TB-VPUB                             Ninh Thuận, ngày 22 tháng 7 năm 2015

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về công tác phòng, chống hạn hán

Ngày 20/7/2015, tại Văn phòng UBND tỉnh, ông Võ Đại - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có đại diện
lãnh đạo Sở Nông nghiệp và Phát triển nông thôn, Sở Tài chính, Sở Y tế, Công ty TNHH MTV Khai thác công trình thủy lợi
và UBND các huyện, thành phố.

Phó Chủ tịch UBND tỉnh kết luận:

1. Thời gian qua hạn hán diễn ra gay gắt, ảnh hưởng đến sản xuất và đời sống của Nhân dân.

2. {text}

3. Sở Tài chính tham mưu bố trí kinh phí hỗ trợ các địa phương bị thiệt hại.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
"""

NN = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Ninh Thuận"
YT = "Sở Y tế tỉnh Ninh Thuận"
HUYEN = "Ủy ban nhân dân các huyện, thành phố"


# The conclusions address a body through its head ("Giám đốc Sở X", "Chủ tịch UBND các huyện"); two heads listed with
# "và" or "," in one task are two bodies, each acting, as two bodies listed are.


# fmt: off
@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Giao Giám đốc Sở Nông nghiệp và Phát triển nông thôn và Chủ tịch UBND các huyện, thành phố chỉ đạo rà "
         "soát diện tích cây trồng bị hạn, báo cáo trước ngày 05/8/2015.", [NN, HUYEN]),
        ("Đề nghị Chủ tịch UBND các huyện, thành phố và Giám đốc Sở Y tế chỉ đạo bảo đảm nước sạch cho Nhân dân "
         "vùng hạn, báo cáo trước ngày 05/8/2015.", [HUYEN, YT]),
        ("Giao Giám đốc Sở Y tế, Chủ tịch UBND các huyện, thành phố chỉ đạo bảo đảm nước sạch cho Nhân dân vùng hạn, "
         "báo cáo trước ngày 05/8/2015.", [YT, HUYEN]),
        # the heads as the subject of the item
        ("Giám đốc Sở Nông nghiệp và Phát triển nông thôn và Chủ tịch UBND các huyện, thành phố chỉ đạo rà soát "
         "diện tích cây trồng bị hạn, báo cáo trước ngày 05/8/2015.", [NN, HUYEN]),
        # guard (passes on the starting code too): one head addressed
        ("Giao Giám đốc Sở Y tế chỉ đạo bảo đảm nước sạch cho Nhân dân vùng hạn, báo cáo trước ngày 05/8/2015.",
         [YT]),
    ],
)
# fmt: on
def test_extract_two_heads_addressed_in_one_task_both_bodies_act(text: str, bodies: list[str]) -> None:
    n = notice_as_read(PROVINCE.format(text=text))
    assert task_of(n, text[:20]) == (bodies, [], "2015-08-05")


# A head's post opening an item and the verb "chỉ đạo" (maybe after an adverb: "trực tiếp") addresses the body he heads:
# it acts, with a body it is to direct by name. Not the meeting's own voice: "Chủ tịch UBND tỉnh chỉ đạo …" opening an
# item of the province's notice is the chair speaking.

# fmt: off
@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Giám đốc Sở Nông nghiệp và Phát triển nông thôn chỉ đạo rà soát diện tích cây trồng bị hạn.", [NN]),
        ("Giám đốc Sở Y tế trực tiếp chỉ đạo bảo đảm nước sạch cho Nhân dân vùng hạn.", [YT]),
        ("Giám đốc Sở Nông nghiệp và Phát triển nông thôn chỉ đạo Chi cục Thủy lợi rà soát các hồ chứa.",
         [NN, "Chi cục Thủy lợi tỉnh Ninh Thuận"]),
    ],
)
# fmt: on
def test_extract_a_head_opening_an_item_with_chi_dao_names_his_body(text: str, bodies: list[str]) -> None:
    n = notice_as_read(PROVINCE.format(text=text))
    assert task_of(n, text[:20])[0] == bodies


def test_extract_the_chairs_own_head_directing_is_not_his_body_acting() -> None:
    """Guard (passes on the starting code too): the province's chair directing is the meeting's voice."""
    n = notice_as_read(PROVINCE.format(text="Chủ tịch UBND tỉnh chỉ đạo các sở rà soát diện tích cây trồng bị hạn."))
    assert all("Ủy ban nhân dân tỉnh" not in a for d in n.directives for a in d.assignees)


DISTRICT = """ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN QUẾ PHONG                               Độc lập - Tự do - Hạnh phúc
Số: 188/TB-UBND                             Quế Phong, ngày 09 tháng 9 năm 2023

THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp ứng phó mưa lũ

Ngày 08/9/2023, tại UBND huyện, đồng chí Lô Thanh Hải - Chủ tịch UBND huyện chủ trì cuộc họp.

Chủ tịch UBND huyện kết luận:

1. {head}:
- Rà soát, di dời các hộ dân ở vùng có nguy cơ sạt lở đến nơi an toàn, xong trước ngày 15/9/2023.
- Tuyên truyền Nhân dân không qua suối khi có lũ.
2. {text}
3. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí hỗ trợ các hộ bị thiệt hại.

UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.
"""


# fmt: off
@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch UBND xã Tiền Phong chỉ đạo lực lượng dân quân hỗ trợ Nhân dân di dời.",
        "Chủ tịch UBND xã Tiền Phong trực tiếp chỉ đạo lực lượng dân quân hỗ trợ Nhân dân di dời.",
    ],
)
# fmt: on
def test_extract_a_communes_head_directing_in_a_districts_notice(text: str) -> None:
    n = notice_as_read(DISTRICT.format(head="UBND các xã", text=text))
    assert task_of(n, text[:20])[0] == ["Ủy ban nhân dân xã Tiền Phong"]


# A numbered heading naming a group of the places' bodies described by a few words ("ven suối", "vùng lũ") and then
# another body after "và" or ",": both do each bullet under it.

# fmt: off
@pytest.mark.parametrize(
    ("head", "bodies"),
    [
        ("UBND các xã ven suối và thị trấn Kim Sơn", ["Ủy ban nhân dân các xã", "Thị trấn Kim Sơn"]),
        ("UBND các xã vùng lũ, UBND thị trấn Kim Sơn", ["Ủy ban nhân dân các xã", "Ủy ban nhân dân thị trấn Kim Sơn"]),
    ],
)
# fmt: on
def test_extract_a_described_group_and_a_town_heading_bullets_both_do_them(head: str, bodies: list[str]) -> None:
    n = notice_as_read(DISTRICT.format(head=head, text="Công an huyện bố trí lực lượng canh gác tại các ngầm tràn."))
    assert task_of(n, "Rà soát, di dời") == (bodies, [], "2023-09-15")
    assert task_of(n, "Tuyên truyền Nhân dân")[0] == bodies


# "Bí thư chi bộ, Trưởng các thôn …": the heads of the villages, listed after the Party cells' secretaries (the cell
# written by its kind word alone), address the villages, as "Trưởng các thôn …" alone does.

COMMUNE = """ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ THANH SƠN                               Độc lập - Tự do - Hạnh phúc
Số: 67/TB-UBND                             Thanh Sơn, ngày 14 tháng 10 năm 2022

THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp triển khai phòng, chống sạt lở đất

Ngày 13/10/2022, tại Hội trường UBND xã, đồng chí Đinh Văn Tám - Chủ tịch UBND xã chủ trì cuộc họp.

Đồng chí Chủ tịch UBND xã kết luận:

1. Tình hình: mưa lớn gây sạt lở tại 3 thôn.

2. {lead}

a) Công an xã bố trí lực lượng canh gác tại các điểm sạt lở.

b) {text}

c) Trạm Y tế xã hướng dẫn Nhân dân vệ sinh môi trường sau mưa lũ.

UBND xã thông báo để các cơ quan, đơn vị, thôn biết, thực hiện./.
"""


# fmt: off
@pytest.mark.parametrize(
    "lead",
    [
        "Đề nghị các cơ quan, đơn vị thực hiện tốt các nội dung sau:",
        "Giao nhiệm vụ như sau:",
    ],
)
# fmt: on
def test_extract_the_cells_secretaries_and_the_village_heads_name_the_villages(lead: str) -> None:
    text = "Bí thư chi bộ, Trưởng các thôn vận động các hộ dân ở vùng nguy hiểm di dời đến nơi an toàn."
    n = notice_as_read(COMMUNE.format(lead=lead, text=text))
    assert task_of(n, "Bí thư chi bộ")[0] == ["Các thôn"]


# A visiting team "Đoàn công tác (của) <body> do ông Y, <title> làm trưởng đoàn": a title written without its body is
# held in the body the team is of, not in the notice's issuer or nowhere.

VISIT = """<html><body>
<h1>Đoàn công tác của {owner} làm việc tại huyện Tân Uyên</h1>
<p>Chiều 16/3/2022, Phó Chủ tịch UBND huyện Tân Uyên Lò Văn Chung đã có buổi làm việc với Đoàn công tác của {owner}
do ông Trịnh Văn Khôi, {title} làm trưởng đoàn, về tình hình thu ngân sách trên địa bàn.</p>
<p>Phó Chủ tịch UBND huyện đề nghị Phòng Tài chính - Kế hoạch huyện phối hợp rà soát các khoản thu, báo cáo trước
ngày 30/3/2022.</p>
</body></html>
"""


# fmt: off
@pytest.mark.parametrize(
    ("owner", "title", "post"),
    [
        ("Bảo hiểm xã hội tỉnh Lai Châu", "Phó Giám đốc", ("Phó Giám đốc", "Bảo hiểm xã hội tỉnh Lai Châu")),
        ("Kiểm toán Nhà nước khu vực VII", "Kiểm toán trưởng", ("Kiểm toán trưởng", "Kiểm toán Nhà nước khu vực VII")),
    ],
)
# fmt: on
def test_extract_a_team_leaders_title_is_held_in_the_body_the_team_is_of(
    owner: str, title: str, post: tuple[str, str]
) -> None:
    n = notice_as_read(VISIT.format(owner=owner, title=title), "x.html")
    assert post in posts_of(n, "Trịnh Văn Khôi")


# The signer's title, then on the next line the body it is held in and, after a dash, his seat on the board he signs
# for ("TL. TRƯỞNG BAN / CHÁNH VĂN PHÒNG / UBND TỈNH - THÀNH VIÊN BAN CHỈ ĐẠO"): the post is in that body's office.

BOARD = """UBND TỈNH BẮC KẠN                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ ĐẠO PHÒNG CHỐNG DỊCH BỆNH                   Độc lập - Tự do - Hạnh phúc
Số: 12/TB-BCĐ                                      Bắc Kạn, ngày 20 tháng 4 năm 2010

THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo tại cuộc họp triển khai phòng, chống dịch bệnh

Ngày 19/4/2010, ông Hà Văn Lý - Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì cuộc họp.

Trưởng Ban Chỉ đạo kết luận:

1. Sở Y tế chủ trì giám sát chặt chẽ dịch bệnh, báo cáo trước ngày 30/4/2010.

Ban Chỉ đạo thông báo để các thành viên biết, thực hiện./.

Nơi nhận:                                       TL. TRƯỞNG BAN CHỈ ĐẠO
- Thành viên BCĐ;                                   CHÁNH VĂN PHÒNG
- Lưu: VT.                                  {line}

                                                 Nông Văn Tuấn
"""


# fmt: off
@pytest.mark.parametrize(
    "line",
    [
        "UBND TỈNH - THÀNH VIÊN BAN CHỈ ĐẠO",
        # guard (passes on the starting code too): the body on the title's own line
        "",
    ],
)
# fmt: on
def test_extract_the_signers_body_on_the_line_below_his_title(line: str) -> None:
    board = BOARD.format(line=line)
    if not line:
        board = board.replace("CHÁNH VĂN PHÒNG\n", "CHÁNH VĂN PHÒNG UBND TỈNH\n")
    n = notice_as_read(board)
    assert posts_of(n, "Nông Văn Tuấn") == [("Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Bắc Kạn")]
