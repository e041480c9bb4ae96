"""The chair, the tasks and their deadlines, in the ways round AG's unseen notices (citizens' reception, complaints
and anti-corruption; housing and urban development; labour relations, unions, youth and sport) wrote them.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials and
firms are invented.
"""

from __future__ import annotations

from notice_checks import bodies_per_task as _assignees

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

CONCLUDED = """ỦY BAN NHÂN DÂN
TỈNH {upper}
Số: 63/TB-UBND
{place}, ngày 18 tháng 4 năm 2023
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp
Ngày 14/4/2023, Phó Chủ tịch UBND tỉnh Lê Quang Huy chủ trì cuộc họp. Sau khi nghe báo cáo, Phó Chủ tịch UBND
tỉnh kết luận như sau:
"""


def _notice(text: str, place: str = "Nghệ An", name: str = "x.txt") -> Notice:
    return parse_notice(CONCLUDED.format(upper=place.upper(), place=place) + text, name)


def _chairs(n: Notice) -> list[str]:
    return [n.persons[k].name for k in n.meeting.chairs]


# A citizens' reception (tiếp công dân) is presided over by the official who receives the citizens: "Chủ tịch UBND
# tỉnh X đã tiếp đột xuất đoàn công dân …", "… trực tiếp tiếp công dân định kỳ". The notice never says "chủ trì".

RECEPTION = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 88/TB-UBND
Quảng Trị, ngày 12 tháng 9 năm 2018
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại buổi tiếp công dân
Ngày 10/9/2018, tại Trụ sở Tiếp công dân tỉnh, Chủ tịch UBND tỉnh Võ Đình Khải {verb} đoàn công dân thôn An Hưng,
xã Triệu Phước, huyện Triệu Phong đến kiến nghị về việc bồi thường khi thu hồi đất.
Tham dự buổi tiếp có: Chánh Thanh tra tỉnh Hồ Văn Lâm; Trưởng Ban Tiếp công dân tỉnh Phan Thị Ngọc.
Sau khi nghe công dân trình bày, Chủ tịch UBND tỉnh kết luận như sau:
1. Giao UBND huyện Triệu Phong rà soát hồ sơ bồi thường của các hộ dân, báo cáo trước ngày 30/9/2018.
"""


def test_the_official_who_receives_the_citizens_unannounced_chairs() -> None:
    n = parse_notice(RECEPTION.format(verb="đã tiếp đột xuất"), "x.txt")
    assert _chairs(n) == ["Võ Đình Khải"]


def test_the_official_who_himself_receives_and_talks_with_the_citizens_chairs() -> None:
    n = parse_notice(RECEPTION.format(verb="trực tiếp tiếp và đối thoại với"), "x.txt")
    assert _chairs(n) == ["Võ Đình Khải"]


def test_the_reception_named_before_its_attendees_makes_none_of_them_chair() -> None:
    n = parse_notice(
        RECEPTION.format(verb="đã tiếp").replace("Tham dự buổi tiếp có:", "Dự buổi tiếp công dân có:"),
        "x.txt",
    )
    assert _chairs(n) == ["Võ Đình Khải"]


def test_an_attendee_in_charge_of_the_reception_work_is_no_chair() -> None:
    n = parse_notice(
        RECEPTION.format(verb="đã tiếp").replace(
            "Trưởng Ban Tiếp công dân tỉnh Phan Thị Ngọc.",
            "đồng chí Phan Thị Ngọc, Phó Chánh Văn phòng UBND tỉnh phụ trách công tác tiếp công dân.",
        ),
        "x.txt",
    )
    assert _chairs(n) == ["Võ Đình Khải"]


def _dues(n: Notice) -> list[str | None]:
    return [d.due.value if d.due else None for d in n.directives]


# "Về an ninh, an toàn: A …; B …; thời gian hoàn thành trước ngày …": a deadline clause that closes a sentence of
# several bodies' tasks across ";" dates each of them, not only the nearest.


def test_a_deadline_closing_a_sentence_of_two_bodies_tasks_dates_both() -> None:
    n = _notice(
        "\n2. Về bảo đảm an ninh, y tế: Công an tỉnh xây dựng phương án bảo đảm an ninh trật tự tại khu vực tổ chức"
        " Lễ hội; Sở Y tế bố trí các tổ cấp cứu lưu động tại các điểm đón khách; thời gian hoàn thành trước ngày"
        " 20/5/2023.\n"
    )
    assert _assignees(n) == [["Công an tỉnh Nghệ An"], ["Sở Y tế tỉnh Nghệ An"]]
    assert _dues(n) == ["2023-05-20", "2023-05-20"]


# "Công ty X nộp …; quá hạn 30 ngày mà không thực hiện, giao Sở Y …": a task whose subject opens the sentence, then
# its fallback handed to another body. Both act; the body of the fallback does not take the firm's task.


def test_a_firm_opening_the_sentence_keeps_its_task_when_a_fallback_is_handed_on() -> None:
    n = _notice(
        "\n3. Công ty cổ phần Địa ốc Sông Lam hoàn thành thủ tục bàn giao hạ tầng khu đô thị cho địa phương trước"
        " ngày 30/6/2023; quá thời hạn trên mà không thực hiện, giao Sở Xây dựng tham mưu UBND tỉnh xử lý theo quy"
        " định.\n"
    )
    assert _assignees(n) == [["Công ty cổ phần Địa ốc Sông Lam"], ["Sở Xây dựng tỉnh Nghệ An"]]
    assert _dues(n)[0] == "2023-06-30"


# Under a heading that names the firm, a bullet whose fallback names the issuing Sở ("…; quá thời hạn trên, Sở Xây
# dựng sẽ đề nghị …") is still the firm's task, with its deadline.


def test_a_bullet_under_a_firms_heading_stays_the_firms_despite_a_fallback_body() -> None:
    n = _notice(
        "\n3. Công ty TNHH Bất động sản Hồng Lĩnh (chủ đầu tư)\n"
        "- Bàn giao kinh phí bảo trì phần sở hữu chung cho Ban quản trị nhà chung cư trước ngày 15/6/2023; nếu"
        " không thực hiện, Sở Xây dựng sẽ đề nghị UBND tỉnh cưỡng chế bàn giao theo quy định.\n"
    )
    firm = [d for d in n.directives if "Công ty TNHH Bất động sản Hồng Lĩnh" in _names(n, d)]
    assert [d.due.value if d.due else None for d in firm] == ["2023-06-15"]


def _names(n: Notice, d) -> list[str]:
    return [n.agencies[a].name for a in d.assignees if a in n.agencies]


# A tripartite record of a work stoppage (biên bản làm việc) first tells what happened ("1. Diễn biến: … công nhân
# ngừng việc, yêu cầu Công ty tăng lương …") and what each side asked ("2. Ý kiến các bên: - Đại diện công đoàn đề
# nghị Công ty …"); only the items the parties agreed on are tasks.

STOPPAGE = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
TỈNH LONG AN
BIÊN BẢN LÀM VIỆC
Về việc giải quyết vụ ngừng việc tập thể tại Công ty TNHH May mặc Tân Phú Hưng
Hôm nay, ngày 20 tháng 9 năm 2017, tại Công ty TNHH May mặc Tân Phú Hưng, chúng tôi gồm:
- Ông Nguyễn Hữu Phước, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, chủ trì;
- Ông Trần Quốc Dũng, Chủ tịch Công đoàn cơ sở Công ty.
NỘI DUNG LÀM VIỆC
1. Diễn biến: Sáng ngày 18/9/2017, khoảng 600 công nhân Công ty đã ngừng việc tập thể, yêu cầu Công ty tăng tiền
ăn ca và trả lương làm thêm giờ còn nợ.
2. Ý kiến các bên:
- Đại diện công đoàn đề nghị Công ty công khai cách tính lương làm thêm giờ.
3. Các bên thống nhất:
3.1. Công ty TNHH May mặc Tân Phú Hưng trả đủ tiền lương làm thêm giờ còn nợ trước ngày 30/9/2017.
3.2. Công đoàn cơ sở Công ty vận động công nhân trở lại làm việc từ ngày 21/9/2017.
"""


def test_a_records_account_of_the_stoppage_and_the_sides_demands_are_no_tasks() -> None:
    n = parse_notice(STOPPAGE, "x.txt")
    assert [d.text[:12] for d in n.directives] == ["Công ty TNHH", "Công đoàn cơ"]
