"""Names of persons, posts and bodies in the ways round AB's unseen notices wrote them, and the leftovers of round AA.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from notice_checks import posts_of

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice
from ketluan.ingest.tokens import tokenize

PORTAL_STORY = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TIỀN GIANG
Chiều ngày 14/9/2021, Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh họp trực tuyến với các huyện.
"""


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.txt")


def test_posts_then_a_dash_then_the_name_closing_the_clause_is_the_holder() -> None:
    n = _notice(
        PORTAL_STORY
        + "Tham dự tại điểm cầu tỉnh có Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo - Trần"
        " Thị Kim Hoa; Đại tá Lê Minh Sơn, Giám đốc Công an tỉnh; Giám đốc Sở Y tế - Phạm Quốc Bảo cùng lãnh"
        " đạo các sở, ngành.\n"
    )
    hoa = posts_of(n, "Trần Thị Kim Hoa")
    assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Tiền Giang") in hoa
    assert any(title.startswith("Phó Trưởng ban") for title, _ in hoa)
    assert posts_of(n, "Phạm Quốc Bảo") == [("Giám đốc", "Sở Y tế tỉnh Tiền Giang")]


def test_a_place_after_a_dash_is_not_a_holder() -> None:
    n = _notice(PORTAL_STORY + "Dự họp có Phó Giám đốc Sở Tư pháp - Hà Nội và đại diện các sở, ngành.\n")
    assert not any(p.name == "Hà Nội" for p in n.persons.values())


def test_words_running_into_a_short_name_in_brackets_belong_to_the_name() -> None:
    def names(text: str) -> list[str]:
        return [m.surface for m in find_agencies(text, tokenize(text), None)]

    assert "Trung tâm Thú y khẩn cấp" in names(
        "- Bà Anna Berg, Điều phối viên Trung tâm Thú y khẩn cấp (ECTAD);"
    )
    # a verb right after the name is the predicate, bracket or not; a head with no name of its own is a thing
    assert "Trung tâm Thú y" in names("Trung tâm Thú y phối hợp (ECTAD) kiểm tra.")
    assert not any(n.startswith("Trạm cân") for n in names("Trạm cân tự động (WIM) tại Km 12 hỏng."))


def _names(text: str) -> list[str]:
    return [m.name for m in find_agencies(text, tokenize(text), "Gia Lai")]


def test_a_sos_field_in_one_or_two_letters_is_that_so() -> None:
    assert _names("- Các sở: TC, XD, NN&MT, NV;") == [
        "Tài chính",
        "Xây dựng",
        "Nông nghiệp và Môi trường",
        "Nội vụ",
    ]
    assert _names("Sở TC chủ trì, phối hợp Sở YT.") == ["Tài chính", "Y tế"]


def test_a_group_of_so_and_nganh_lists_bare_names_and_bodies_with_heads() -> None:
    text = "Tham dự có lãnh đạo các sở, ngành: Tài chính, Y tế, Công an tỉnh, Cục Hải quan tỉnh."
    found = [(m.kind, m.surface) for m in find_agencies(text, tokenize(text), "Gia Lai")]
    assert found[:2] == [("so", "Tài chính"), ("so", "Y tế")]
    assert [s for _, s in found[2:]] == ["Công an tỉnh", "Cục Hải quan tỉnh"]
    # a group word that is no head of bare names beside another ("các sở, huyện: …") is not read so
    assert not any(m == "Tài chính" for m in _names("Ý kiến các sở, huyện: Tài chính, Xây dựng."))
