"""Round Y (old notices, damaged text, working visits): topics of old spellings, money allotted, and words that name
staff or trade rather than the work."""

from ketluan.ingest.topics import classify_topics


def topics(text: str) -> set[str]:
    return {h.topic for h in classify_topics(text)}


def test_old_spelling_qui_is_read_as_quy() -> None:
    # notices of the 2000s write "qui hoạch", "qui chế"; the keyword is "quy hoạch"
    assert "planning" in topics(
        "Phòng Quản lý thương mại rà soát qui hoạch mạng lưới cửa hàng xăng dầu đến năm 2010, dự thảo tờ trình UBND tỉnh."
    )
    assert "planning" in topics(
        "Phòng Kinh tế xây dựng Qui hoạch phát triển chợ trên địa bàn huyện đến năm 2015."
    )
    # the same for "lí" and "kì"
    assert "inspection" in topics("Thanh tra huyện kiểm tra, xử lí vi phạm tại các cơ sở kinh doanh.")


def test_old_spelling_keeps_offsets() -> None:
    text = "Sở Tài chính bố trí kinh phí lập qui hoạch vùng nguyên liệu."
    for h in classify_topics(text):
        assert h.span.end <= len(text)
    hit = next(h for h in classify_topics(text) if h.topic == "planning")
    assert text[hit.span.start : hit.span.end].lower() == "qui hoạch"


def test_money_allotted_is_finance() -> None:
    assert "finance" in topics(
        "Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí 150 triệu đồng sửa chữa nhà lồng chợ và mua bổ sung 03 "
        "cân đối chứng."
    )
    assert topics(
        "Phòng Tài chính - Kế hoạch thị xã cân đối, bố trí 150 triệu đồng từ nguồn kích cầu của thị xã."
    ) == {"finance"}
    assert "finance" in topics("Sở Tài chính cấp bổ sung 2,5 tỷ đồng cho huyện để khắc phục hậu quả lũ.")


def test_counts_that_are_not_money() -> None:
    assert "finance" not in topics("Sở Y tế phân bổ 2 triệu liều vắc xin cho các huyện.")
    assert "finance" not in topics("Chi cục cấp 05 đồng hồ nước mẫu cho Công ty.")
    assert "finance" not in topics("Thanh tra Sở xử phạt 15 triệu đồng đối với cơ sở vi phạm.")


def test_fuel_sold_is_no_metrology() -> None:
    assert "metrology" not in topics(
        "UBND phường kiểm tra, giải tỏa các điểm bán xăng dầu tự phát (bán bằng can, chai) tại khu vực chợ trước Tết."
    )
    # a fuel dispenser checked still is
    assert "metrology" in topics(
        "Chi cục kiểm tra cột đo xăng dầu tại các cửa hàng bán xăng dầu trên địa bàn."
    )


def test_built_works_checked_are_no_calibration() -> None:
    assert "metrology" not in topics(
        "Đề nghị Bưu điện tỉnh thực hiện kiểm định các công trình viễn thông (cột ăng ten, trạm BTS) theo quy định."
    )


def test_extension_staff_is_personnel_not_extension_work() -> None:
    assert topics(
        "Về bổ sung biên chế cán bộ khuyến nông: Giao Sở Nội vụ xem xét, giải quyết theo thẩm quyền."
    ) == {"personnel"}
    # extension work itself stays
    assert "technology-transfer" in topics(
        "Trạm Khuyến nông xây dựng mô hình khuyến nông trồng nấm cho nông dân."
    )
