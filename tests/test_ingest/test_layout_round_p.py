"""Reading scanned and PDF notices, dates and news pages as round P's blind sets showed them.

Snippets written for these tests (officials invented; provinces, districts and bodies real: Lạng Sơn with
Cao Lộc, Phú Thọ, Kiên Giang).
"""

from __future__ import annotations

from ketluan.ingest.layout_repair import drop_page_numbers, join_hyphenated_syllables, repair_layout
from ketluan.ingest.sections import parse_layout

# --------------------------------------------------------------------------- a syllable split at a line's end


def test_syllable_split_by_a_hyphen_joins_into_one_word():
    text = "Phòng Nông nghiệp hướng dẫn các xã thực hi-\nện hợp phần hỗ trợ sản xuất; hoàn thành trư-\nớc vụ Đông."
    out, n = join_hyphenated_syllables(text)
    assert n == 2
    assert "thực hiện" in out and "hoàn thành trước" in out
    assert " hi " not in out.replace("\n", " ")


def test_split_inside_the_final_consonant_joins_too():
    out, _ = join_hyphenated_syllables("Chi cục kiể-\nm tra đo lường tại thàn-\nh phố Lạng Sơn")
    assert "kiểm" in out and "thành" in out


def test_two_syllables_a_hyphen_set_apart_stay_two_words():
    out, _ = join_hyphenated_syllables("kiểm định phương tiện-\nđo nhóm 2; công tác bảo-\nan ninh; e-\nmail")
    assert "phương tiện\nđo" in out
    assert "bảo\nan ninh" in out
    assert "e-\nmail" in out


def test_split_word_reads_whole_in_the_item():
    text = (
        "     a) Sở Tài chính hướng dẫn các chủ đầu tư thực hi-\n"
        "ện thanh toán vốn; hoàn thành trư-\nớc ngày 31/01/2024.\n"
    )
    repaired, _ = repair_layout(text, "txt")
    block = parse_layout(repaired).body[-1]
    assert "thực hiện thanh toán" in block.text
    assert "hoàn thành trước ngày 31/01/2024" in block.text


# --------------------------------------------------------------------------- page marks between paragraphs


def test_page_mark_between_two_items_goes():
    text = "1. Ban Chỉ huy Quân sự huyện tổng hợp, báo cáo định kỳ hằng tháng.\n\n     - 2 -\n2. Công an huyện thẩm tra."
    out, n = drop_page_numbers(text)
    assert n == 1
    assert "- 2 -" not in out
    assert "hằng tháng." in out and "2. Công an huyện" in out


def test_number_and_ruled_footer_between_lettered_items_go():
    text = (
        "a) Sở Kế hoạch và Đầu tư tổng hợp, trình UBND tỉnh trước ngày 15/11/2024.\n\n"
        "                                    2\n"
        "──────────────────────────────────────── Trang 2/3\n\n"
        "b) Sở Tài chính bố trí kinh phí."
    )
    out, _ = drop_page_numbers(text)
    assert "Trang" not in out and "\n2\n" not in out.replace(" ", "")
    layout = parse_layout(out)
    assert [b.label for b in layout.body] == ["a", "b"]


def test_page_word_ending_the_text_goes():
    text = "Nơi nhận:\n- Lưu: VT.                     Nguyễn Văn Hùng\nTrang 2"
    out, n = drop_page_numbers(text)
    assert n == 1 and not out.rstrip().endswith("Trang 2")


def test_bare_number_between_paragraphs_stays():
    # a number alone could be a table's cell or a count: only a mark no text could be goes
    text = "Kết quả như sau:\n\n2\n\nTrung tâm Y tế báo cáo."
    assert drop_page_numbers(text) == (text, 0)


def test_page_number_inside_a_sentence_still_goes():
    out, _ = drop_page_numbers("báo cáo Ban Chỉ huy Phòng\n2\nthủ dân sự tỉnh.")
    assert out == "báo cáo Ban Chỉ huy Phòng\nthủ dân sự tỉnh."


# --------------------------------------------------------------------------- dates a scan or a typist spaced out


def test_date_with_blanks_around_its_slashes_is_a_deadline():
    from ketluan.ingest.dates import find_deadline

    assert find_deadline("báo cáo UBND tỉnh trước ngày 15/ 11/2024.", 2024).value == "2024-11-15"
    assert find_deadline("hoàn thành trước ngày 30 / 6 / 2024.", 2024).value == "2024-06-30"
    assert find_deadline("hoàn thành trước ngày 31/12/\n2024.", 2024).value == "2024-12-31"


def test_spaced_fraction_or_document_number_is_no_date():
    from ketluan.ingest.dates import find_dates

    assert not [d for d in find_dates("đạt 3 / 4 số xã; theo Thông tư số 16/2016/ TTLT-BYT") if d.iso_date]


# --------------------------------------------------------------------------- a news story's day


def test_relative_day_words_read_against_the_publication_date():
    from ketluan.ingest.dates import find_relative_days

    assert [
        d.iso_date for d in find_relative_days("Sáng nay, Chi cục Thuế tổ chức hội nghị", "2024-03-05")
    ] == ["2024-03-05"]
    assert [d.iso_date for d in find_relative_days("Chiều ngày hôm qua, Sở Tư pháp họp", "2024-03-01")] == [
        "2024-02-29"
    ]
    assert [d.iso_date for d in find_relative_days("Hôm nay (5/3), UBND huyện họp", "2024-03-05")] == [
        "2024-03-05"
    ]
    assert [d.iso_date for d in find_relative_days("Tối qua, Công an huyện ra quân", "2024-03-05")] == [
        "2024-03-04"
    ]


def test_now_and_recently_are_no_day():
    from ketluan.ingest.dates import find_relative_days

    text = "Trong thời gian vừa qua, năm nay, đến nay các xã đã hoàn thành"
    assert find_relative_days(text, "2024-03-05") == []
    span = find_relative_days("(KG) – Sáng nay, Sở Tài chính họp", "2024-03-05")[0].span
    assert "(KG) – Sáng nay, Sở Tài chính họp"[span.start : span.end] == "Sáng nay"
