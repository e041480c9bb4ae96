"""Round AN (blind notices on culture and heritage; disasters and weather; industrial clusters and waste): festivals named
by their kind, a festival checked or a street dressed for it, promotion leaflets, forecast bulletins and transmitter masts,
disaster response plans, relief money and service prices, the Party's inspection programme, the press steered, emulation
titles, books rotated, boats counted, crews of a service company and a check of investment. Each case is a variant written
here (another province, body or sentence shape), not a copy of a round's notice."""

import pytest

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context=context)}


# fmt: off
FIRES = [
    # a festival named by its loanword, a spring press fair and a New Year reception are events held
    ("Sở Văn hóa và Thể thao hoàn thiện chương trình Festival Biển Nha Trang 2025, trình UBND tỉnh trong tháng 3/2025.", "events"),
    ("Thư viện thành phố tổ chức Hội báo Xuân Ất Tỵ tại Nhà văn hóa trung tâm; phục vụ bạn đọc các ngày Tết.", "events"),
    ("Đồng chí Phó Chủ tịch UBND huyện trực tiếp chỉ đạo tổ chức Lễ đón Tết cổ truyền của đồng bào Khmer tại chùa Kom Pong.",
     "events"),
    # leaflets published to promote a place are communication beside the check in the next clause
    ("Trung tâm Xúc tiến du lịch phát hành tập gấp giới thiệu các điểm đến của huyện; kiểm tra việc niêm yết giá tại các nhà "
     "nghỉ.", "communication"),
    # visual propaganda along the streets
    ("UBND thị xã Sa Đéc chỉnh trang đô thị, trang trí cổ động trực quan trên các trục đường chính.", "communication"),
    # the written disaster plans of a commune, a dam, a dyke, the forces, and a landfill's closure plan
    ("UBND xã Kỳ Ninh rà soát, bổ sung phương án ứng phó thiên tai theo phương châm \"4 tại chỗ\", hoàn thành trong tháng 5.",
     "planning"),
    ("Công ty TNHH MTV Thủy lợi Bắc Nghệ An cập nhật phương án ứng phó thiên tai cho công trình và vùng hạ du hồ Vực Mấu, trình "
     "Sở phê duyệt.", "planning"),
    ("UBND các xã ven sông Đáy xây dựng phương án hộ đê năm 2016; kiện toàn lực lượng xung kích.", "planning"),
    ("UBND huyện Đồng Phú xây dựng phương án đóng cửa bãi chôn lấp rác Tân Lập, gửi Sở Tài nguyên và Môi trường.", "planning"),
    ("Công an huyện xây dựng phương án huy động lực lượng, phương tiện sẵn sàng cứu hộ khi có bão.", "planning"),
    # relief paid in money, and a public service's price set or changed
    ("Phòng Lao động - Thương binh và Xã hội thống kê các hộ bị thiệt hại; chi trả tiền hỗ trợ theo Nghị định số "
     "20/2021/NĐ-CP.", "finance"),
    ("Phòng Kinh tế và Hạ tầng tham mưu UBND huyện điều chỉnh mức giá dịch vụ thu gom rác thải sinh hoạt năm 2025.", "finance"),
    ("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng rà soát đơn giá dịch vụ kiểm định phương tiện đo, trình Giám đốc Sở.",
     "finance"),
    # a reporting regime whose period is a number of days, written before "tổng hợp báo cáo"
    ("UBND các xã tiếp nhận, phân bổ tiền, hàng ủng hộ; định kỳ 3 ngày một lần tổng hợp báo cáo Ban Chỉ huy huyện (qua Phòng "
     "Nông nghiệp).", "reporting"),
    # the cultural titles of families and villages are emulation titles
    ("Rà soát, chấn chỉnh việc bình xét danh hiệu \"Gia đình văn hóa\" ở các khu dân cư, bảo đảm thực chất.", "personnel"),
    ("Hướng dẫn các thôn tổ chức xét tặng danh hiệu \"Làng văn hóa\" năm 2024.", "personnel"),
    # the Party's inspection programme
    ("Ủy ban Kiểm tra Thành ủy đưa việc thực hiện Chỉ thị về phòng cháy, chữa cháy vào chương trình kiểm tra, giám sát năm 2025.",
     "party-affairs"),
    # a restoration dossier, and a treatment plant built
    ("Ban Quản lý di tích tỉnh lập hồ sơ tu bổ cấp thiết đình làng Chèm, trình Sở Văn hóa thẩm định.", "investment"),
    ("Ban Quản lý các khu kinh tế tăng cường kiểm tra việc xả thải; đôn đốc doanh nghiệp khẩn trương xây dựng nhà máy xử lý nước "
     "thải tập trung.", "investment"),
]

DOES_NOT_FIRE = [
    # a festival's organisation checked, preserved, or a street dressed with banners holds no event
    ("Phòng Quản lý Văn hóa xây dựng kế hoạch kiểm tra công tác tổ chức lễ hội xuân năm 2025 trên địa bàn tỉnh, trình Giám đốc "
     "Sở.", "events"),
    ("UBND phường Điện Biên treo cờ, trang trí băng rôn, khẩu hiệu tuyên truyền trên các tuyến phố chính.", "events"),
    ("Sở Văn hóa hướng dẫn các xã bảo tồn lễ hội truyền thống; quảng bá các điểm du lịch trên Cổng thông tin du lịch của tỉnh.",
     "events"),
    # forecast bulletins for the command boards, and a mobile network's masts
    ("Đài Khí tượng thủy văn tỉnh cung cấp bản tin dự báo, cảnh báo lũ cho Ban Chỉ huy tỉnh hằng ngày.", "communication"),
    ("Viettel Quảng Ngãi lắp đặt trạm phát sóng di động tại khu vực lễ hội, bảo đảm thông tin liên lạc thông suốt.",
     "communication"),
    # digital platforms as the channel of promotion
    ("Phòng Văn hóa quảng bá sản phẩm OCOP trên Trang thông tin điện tử của huyện và các nền tảng số.", "innovation"),
    # the press steered, a promotion plan and a New Year festival's plan are no planning
    ("Ban Tuyên giáo Thị ủy định hướng các cơ quan thông tin trên địa bàn tuyên truyền về mùa mưa bão.", "planning"),
    ("Sở Du lịch xây dựng kế hoạch quảng bá du lịch tại thị trường Hàn Quốc, Nhật Bản.", "planning"),
    ("Xây dựng kế hoạch tổ chức Tết cổ truyền cấp huyện; tổ chức hội thi văn nghệ dân tộc tại nhà văn hóa.", "planning"),
    # households' land and property counted for compensation
    ("UBND xã Hòa Tiến kiểm kê đất đai, tài sản của các hộ dân trong phạm vi mở rộng nghĩa trang, phục vụ công tác bồi thường, "
     "hỗ trợ, tái định cư.", "finance"),
    # a service company's crews and vehicles, and books rotated between libraries
    ("Công ty Môi trường đô thị bố trí đủ phương tiện, nhân lực thu gom rác tại các phường.", "personnel"),
    ("Thư viện tỉnh luân chuyển 1.500 bản sách về các thư viện xã.", "personnel"),
    # investment as what a check looks at, buildings assessed after a flood, boats counted in a storm
    ("Kiểm tra việc đầu tư, vận hành hệ thống xử lý nước thải tại các khu chăn nuôi tập trung; xử lý nghiêm các khu chưa có hệ "
     "thống mà vẫn tiếp nhận dự án mới.", "investment"),
    ("Phòng Kinh tế rà soát, đánh giá an toàn kết cấu các công trình công cộng sau lũ, cắm biển cảnh báo.", "investment"),
    ("Các đồn biên phòng ven biển kiểm đếm, hướng dẫn tàu thuyền vào nơi tránh trú an toàn khi có gió mạnh.", "investment"),
]

# guards against over-reach (they pass before the change too): the same words in their own sense
GUARDS = [
    ("Trung tâm Xúc tiến du lịch phát hành tập gấp giới thiệu các điểm đến của huyện; kiểm tra việc niêm yết giá tại các nhà "
     "nghỉ.", "inspection", True),
    ("Sở Thông tin và Truyền thông đăng tải bản tin dự báo xâm nhập mặn trên Cổng thông tin điện tử tỉnh.", "communication", True),
    ("Sở Nội vụ tham mưu luân chuyển cán bộ, công chức giữa các phòng chuyên môn.", "personnel", True),
    ("Trung tâm Phát triển quỹ đất kiểm đếm, lập phương án bồi thường cho các hộ còn lại.", "investment", True),
    ("Tỉnh đoàn tổ chức lễ hội xuân cho thanh niên tại quảng trường.", "events", True),
]
# fmt: on


@pytest.mark.parametrize(("text", "topic"), FIRES)
def test_topics_round_an_fires(text: str, topic: str) -> None:
    assert topic in topics(text)


@pytest.mark.parametrize(("text", "topic"), DOES_NOT_FIRE)
def test_topics_round_an_does_not_fire(text: str, topic: str) -> None:
    assert topic not in topics(text)


@pytest.mark.parametrize(("text", "topic", "expected"), GUARDS)
def test_topics_round_an_guards(text: str, topic: str, expected: bool) -> None:
    assert (topic in topics(text)) is expected


def test_topics_round_an_tone_placement() -> None:
    # "hoà"/"hòa" and "thuỷ"/"thủy" written either way: the festival keyword and the exclusion of a response plan's works
    assert "events" in topics(
        "Trung tâm Văn hoá tỉnh hoàn chỉnh chương trình Festival Hoa Đà Lạt, trình UBND tỉnh."
    )
    assert "investment" not in topics(
        "Công ty Thuỷ lợi Sông Chu cập nhật phương án ứng phó thiên tai cho công trình đầu mối, trình Sở phê duyệt."
    )
