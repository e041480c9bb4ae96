"""Post titles (chức vụ) and their abbreviations, as written in Vietnamese notices.

Sources: Nghị định 30/2020/NĐ-CP (signature titles), Luật Tổ chức chính quyền
địa phương 2015 and the usual titles of Sở/Phòng/Chi cục/Trung tâm staff;
abbreviations as seen in attendee lists (P. Giám đốc, PGĐ, P.TP, PCT, CV, TUV).

TITLES maps every accepted spelling (lower case) to the canonical title. The
matcher is case- and tone-placement-insensitive and prefers the longest form.
"""

import unicodedata

# canonical title -> extra spellings (besides the canonical one itself)
_TITLE_FORMS: dict[str, tuple[str, ...]] = {
    "Thủ tướng": (),
    "Phó Thủ tướng": (),
    "Bộ trưởng": (),
    "Thứ trưởng": (),
    "Tổng cục trưởng": (),
    "Phó Tổng cục trưởng": ("phó tổng cục trưởng phụ trách",),
    "Cục trưởng": (),
    "Phó Cục trưởng": ("phó cục trưởng phụ trách",),
    "Vụ trưởng": (),
    "Phó Vụ trưởng": ("phó vụ trưởng phụ trách",),
    "Chi cục trưởng": (),
    "Phó Chi cục trưởng": ("p. chi cục trưởng", "pcct", "phó chi cục trưởng phụ trách"),
    "Bí thư": (),
    "Phó Bí thư": ("p. bí thư",),
    "Phó Bí thư Thường trực": (),
    "Ủy viên Ban Thường vụ": (
        "ủy viên ban thường vụ tỉnh ủy",
        "ủy viên ban thường vụ thành ủy",
        "ủy viên ban thường vụ huyện ủy",
        "ủy viên ban thường vụ quận ủy",
        "ủy viên ban thường vụ thị ủy",
        "ủy viên ban thường vụ đảng ủy",
        "ủy viên btv",
        "ubtv",
        # written short in a mass organisation's attendance, before the member's post ("đồng chí A, UV BTV, Trưởng
        # Ban Phong trào Tỉnh đoàn")
        "uv btv",
        "uvbtv",
        "uv.btv",
        "uv. btv",
    ),
    "Ủy viên dự khuyết Trung ương Đảng": ("ủy viên dự khuyết ban chấp hành trung ương đảng",),
    "Ủy viên Trung ương Đảng": ("ủy viên ban chấp hành trung ương đảng", "ủy viên bch trung ương đảng"),
    "Tỉnh ủy viên": ("tuv", "t.u.v", "ủy viên ban chấp hành đảng bộ tỉnh"),
    "Huyện ủy viên": ("huv",),
    "Thành ủy viên": (),
    # a member of a district's Party committee in a city's urban district or a town (Điều lệ Đảng): "Quận ủy
    # viên, Phó Chủ tịch UBND quận", "Thị ủy viên"; the standing committee's member of a district ("Ủy viên Ban
    # Thường vụ Huyện ủy", "Ủy viên Ban Thường vụ Quận ủy")
    "Quận ủy viên": ("quv",),
    "Thị ủy viên": (),
    # the presidium of the Vietnam General Confederation of Labour and of the MTTQ's central committee:
    # "Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"
    "Ủy viên Đoàn Chủ tịch": ("ủy viên đcttlđ",),
    "Ủy viên": (),
    # a science council's reviewers (Thông tư 02/2015/TT-BKHCN, 09/2024/TT-BKHCN: "Chủ tịch, Phó Chủ tịch, hai Ủy
    # viên phản biện, Ủy viên thư ký"), written by their number in a member list ("TS. A, Viện X - Phản biện 1");
    # "phản biện" bare is the verb ("giám sát và phản biện xã hội"), no title
    "Ủy viên phản biện": (
        "phản biện 1",
        "phản biện 2",
        "phản biện 3",
        "ủy viên phản biện 1",
        "ủy viên phản biện 2",
        "ủy viên phản biện 3",
    ),
    "Chủ tịch": ("ct",),
    # a company's council and its chair (Luật Doanh nghiệp 2020, Điều 80, 156: a limited company's "Hội đồng thành
    # viên", a joint-stock company's "Hội đồng quản trị"): the council is the company's organ, so the whole is the
    # title and the company after it the post's body ("Chủ tịch Hội đồng thành viên Công ty TNHH MTV …")
    "Chủ tịch Hội đồng thành viên": ("chủ tịch hđtv",),
    "Chủ tịch Hội đồng quản trị": ("chủ tịch hđqt",),
    "Phó Chủ tịch Hội đồng quản trị": ("phó chủ tịch hđqt",),
    "Thành viên Hội đồng thành viên": ("thành viên hđtv",),
    "Thành viên Hội đồng quản trị": ("thành viên hđqt",),
    # "Phó Chủ tịch phụ trách Ủy ban": the deputy in charge of a committee whose chair is vacant (as "Phó Cục
    # trưởng phụ trách"), still its deputy
    "Phó Chủ tịch": ("p. chủ tịch", "p.chủ tịch", "pct", "p.ct", "phó ct", "phó chủ tịch phụ trách"),
    "Phó Chủ tịch Thường trực": (),
    "Giám đốc": ("gđ", "gd"),
    "Quyền Giám đốc": ("q. giám đốc", "q.giám đốc", "q. gđ"),
    # acting heads ("Quyền Cục trưởng", the signature's "Q. CỤC TRƯỞNG"): the head's post, held while it is vacant
    **{
        f"Quyền {t}": (f"q. {t.lower()}", f"q.{t.lower()}")
        for t in (
            "Bộ trưởng",
            "Tổng cục trưởng",
            "Cục trưởng",
            "Vụ trưởng",
            "Chi cục trưởng",
            "Viện trưởng",
            "Hiệu trưởng",
            "Chánh Thanh tra",
            "Trưởng ban",
            "Tổng Giám đốc",
            "Trạm trưởng",
            "Đội trưởng",
        )
    },
    "Quyền Chủ tịch": ("q. chủ tịch",),
    "Quyền Trưởng phòng": ("q. trưởng phòng",),
    "Quyền Chánh Văn phòng": ("q. chánh văn phòng",),
    "Phó Giám đốc": ("p. giám đốc", "p.giám đốc", "pgđ", "p. gđ", "p.gđ", "p. gd", "p.gd", "pgd", "phó gđ"),
    "Phó Giám đốc phụ trách": (),
    "Trưởng phòng": (
        "tp.",
        "tp",
        "t.p",
        "tr. phòng",
        "trưởng p.",
    ),  # "TP" alone only where `match_title` allows
    "Phó Trưởng phòng": (
        "p. trưởng phòng",
        "p.trưởng phòng",
        "p.tp",
        "p. tp",
        "ptp",
        "ptp.",  # "- PTP. Tổ chức cán bộ: ông A" (a Sở's own attendance list)
        "phó phòng",
        "phó tp",
        "phó trưởng phòng phụ trách",
    ),
    "Phụ trách phòng": (),
    # the one in charge of a faculty or a hospital's ward whose head's post is vacant ("CN. Võ Thị Hạnh - Phụ trách
    # khoa", as "Phụ trách phòng")
    "Phụ trách khoa": (),
    "Chánh Văn phòng": ("cvp", "chánh vp"),
    "Phó Chánh Văn phòng": (
        "p. chánh văn phòng",
        "pcvp",
        "phó cvp",
        "phó chánh vp",
        # "PHÓ CHÁNH VĂN PHÒNG PHỤ TRÁCH" under "TL. BỘ TRƯỞNG": the deputy in charge of an office whose head's
        # post is vacant is still its deputy (likewise the other "Phó … phụ trách" forms)
        "phó chánh văn phòng phụ trách",
    ),
    "Chánh Thanh tra": ("chánh tt",),
    "Phó Chánh Thanh tra": ("p. chánh thanh tra", "pctt", "phó chánh thanh tra phụ trách"),
    "Trưởng ban": ("tb.",),
    # "Phó Ban Quản lý dự án …", "Phó Ban Tuyên giáo …": the deputy's title fused with the board's name, its "Ban"
    # said once for both (the board is read from the title's last word, as "Trưởng phòng" reads its "phòng")
    "Phó Trưởng ban": ("p. trưởng ban", "ptb", "phó trưởng ban phụ trách", "phó ban"),
    # the standing deputy of a steering board ("Phó Trưởng ban Thường trực BCĐ 389 huyện")
    "Phó Trưởng ban Thường trực": ("phó trưởng ban tt", "phó ban thường trực"),
    "Ủy viên Thường trực": (),
    "Viện trưởng": (),
    "Phó Viện trưởng": ("p. viện trưởng", "phó viện trưởng phụ trách"),
    # a court's president and vice-presidents (Luật Tổ chức Tòa án nhân dân 2014, Điều 45-46, 2024, Điều 73): "Phó
    # Chánh án Tòa án nhân dân tỉnh", "Chánh án TAND huyện", as a procuracy's Viện trưởng
    "Chánh án": (),
    "Phó Chánh án": ("p. chánh án", "phó chánh án phụ trách"),
    "Hiệu trưởng": (),
    "Phó Hiệu trưởng": ("p. hiệu trưởng", "phó hiệu trưởng phụ trách"),
    "Chủ nhiệm": (),
    # who leads a research project (Thông tư 09/2024/TT-BKHCN): "Chủ nhiệm đề tài: TS. A" in an acceptance
    # council's record (`TITLES_CAPITALISED_AS_LABELS`)
    "Chủ nhiệm đề tài": (),
    "Phó Chủ nhiệm": ("phó chủ nhiệm phụ trách",),
    # universities and hospitals (Luật Giáo dục đại học, Điều lệ trường đại học; Quy chế bệnh viện 1997):
    # a faculty (khoa) and its departments (bộ môn); a hospital's ward (khoa) and its nursing head
    "Trưởng khoa": ("tr. khoa",),
    "Phó Trưởng khoa": ("p. trưởng khoa", "p.trưởng khoa", "phó khoa"),
    "Quyền Trưởng khoa": ("q. trưởng khoa",),
    "Chủ nhiệm khoa": (),
    "Phó Chủ nhiệm khoa": (),
    "Trưởng bộ môn": (),
    "Phó Trưởng bộ môn": ("p. trưởng bộ môn", "phó bộ môn"),
    "Điều dưỡng trưởng": (),
    "Tổng thư ký": (),
    "Phó Tổng thư ký": (),
    "Thư ký": (),
    "Tổng Giám đốc": ("tgđ",),
    # a company's chief executive, beside its Giám đốc or Tổng Giám đốc: "ông X, Giám đốc điều hành Công ty TNHH …"
    "Giám đốc điều hành": (),
    "Phó Giám đốc điều hành": (),
    "Phó Tổng Giám đốc": ("ptgđ", "phó tổng giám đốc phụ trách"),
    "Kế toán trưởng": (),
    # the head of a newspaper or a magazine and the deputies (Luật Báo chí 2016, Điều 24: "Tổng biên tập, Phó Tổng
    # biên tập"), the deputy often running it alone ("Phó Tổng Biên tập phụ trách Báo Hà Tĩnh")
    "Tổng Biên tập": (),
    "Phó Tổng Biên tập": ("phó tổng biên tập phụ trách",),
    "Chỉ huy trưởng": (),
    # a deputy commander is written "Chỉ huy phó" as often as "Phó Chỉ huy trưởng" (Luật Dân quân tự vệ 2019, Điều
    # 20: "Chỉ huy phó Ban Chỉ huy quân sự cấp xã"; the district commands' and border posts' own usage: "Thiếu tá
    # X - Chỉ huy phó Ban Chỉ huy Quân sự huyện"), and a deputy political officer "Chính trị viên phó"
    "Phó Chỉ huy trưởng": ("chỉ huy phó",),
    # heads of a military command's branches (Bộ Chỉ huy Quân sự tỉnh, Bộ đội Biên phòng tỉnh, a division): each
    # heads the command's Phòng of that branch (`TITLE_BRANCH_UNIT`)
    "Tham mưu trưởng": (),
    "Phó Tham mưu trưởng": (),
    "Chủ nhiệm Chính trị": (),
    "Phó Chủ nhiệm Chính trị": (),
    "Chủ nhiệm Hậu cần - Kỹ thuật": ("chủ nhiệm hậu cần-kỹ thuật", "chủ nhiệm hc-kt"),
    "Phó Chủ nhiệm Hậu cần - Kỹ thuật": ("phó chủ nhiệm hậu cần-kỹ thuật",),
    "Chủ nhiệm Hậu cần": (),
    "Phó Chủ nhiệm Hậu cần": (),
    "Chủ nhiệm Kỹ thuật": (),
    "Phó Chủ nhiệm Kỹ thuật": (),
    "Chính ủy": (),
    "Phó Chính ủy": (),
    "Trưởng đoàn": (),
    # the posts of a donor's or a foreign agency's people in an ODA project's minutes and a mission's records: the
    # head of a representative office and the deputy ("ông Kim Jong-soo - Trưởng Đại diện Văn phòng KOICA tại Việt
    # Nam", "Phó Trưởng Đại diện Văn phòng JICA Việt Nam"), a project's chief adviser ("Cố vấn trưởng (Chief
    # Technical Adviser)"), its coordinator and officers, and a mission's experts by their field (the posts of the
    # donors' terms of reference: team leader, financial management, procurement, safeguards specialists)
    # the governor of a province of Cambodia, Laos or Thailand and the deputy, as Vietnamese notices on the
    # neighbours' delegations name them ("ngài Ouch Phea, Tỉnh trưởng tỉnh Takeo"; "Phó Tỉnh trưởng tỉnh
    # Champasak"): the post in that province
    "Tỉnh trưởng": (),
    "Phó Tỉnh trưởng": (),
    "Trưởng Đại diện": ("trưởng đại diện",),
    "Phó Trưởng Đại diện": ("phó trưởng đại diện",),
    "Cố vấn trưởng": ("cố vấn kỹ thuật trưởng",),
    "Điều phối viên": ("điều phối viên dự án", "điều phối viên quốc gia"),
    "Cán bộ dự án": ("cán bộ chương trình",),
    "Chuyên gia": (
        "chuyên gia tư vấn",
        "chuyên gia tư vấn trưởng",
        "chuyên gia tư vấn giám sát",
        "chuyên gia tư vấn cao cấp",
        "chuyên gia cao cấp",
        "chuyên gia trưởng",
        "chuyên gia quản lý tài chính",
        "chuyên gia tài chính",
        "chuyên gia đấu thầu",
        "chuyên gia mua sắm",
        "chuyên gia môi trường",
        "chuyên gia tái định cư",
        "chuyên gia xã hội",
        "chuyên gia an toàn xã hội",
        "chuyên gia kinh tế",
        "chuyên gia đô thị",
        "chuyên gia đô thị cao cấp",
        "chuyên gia giao thông",
        "chuyên gia y tế",
        "chuyên gia kỹ thuật",
        "chuyên gia giám sát",
        "chuyên gia giám sát và đánh giá",
    ),
    "Phó Trưởng đoàn": ("phó đoàn",),
    # a National Assembly delegation's full-time deputy head (Luật Tổ chức Quốc hội 2014, Điều 43)
    "Phó Trưởng đoàn chuyên trách": ("phó trưởng đoàn đbqh chuyên trách",),
    # an elected delegate, by the body elected to ("Đại biểu Quốc hội khóa XV, Giám đốc Sở Tư pháp"), or bare before
    # the name and the body ("Đại biểu Trương Công Bình (Tổ đại biểu huyện Đại Lộc)", "Đại biểu HĐND tỉnh")
    "Đại biểu Quốc hội": (
        "đbqh",
        "đại biểu quốc hội chuyên trách",
        "đại biểu quốc hội khóa xiii",
        "đại biểu quốc hội khóa xiv",
        "đại biểu quốc hội khóa xv",
        "đại biểu quốc hội khóa xvi",
        "đbqh khóa xiv",
        "đbqh khóa xv",
        "đbqh khóa xvi",
    ),
    "Đại biểu": (),
    "Đội trưởng": (),
    "Phó Đội trưởng": ("phó đội trưởng phụ trách",),
    "Trưởng trạm": (),
    "Phó Trưởng trạm": (),
    # the head of a district's or a commune's radio station (Đài Truyền thanh huyện, Đài Truyền thanh - Truyền
    # hình huyện, until they joined the Trung tâm Văn hóa - Thể thao và Truyền thanh): "Trưởng đài", "Trưởng Đài
    # Truyền thanh huyện"
    "Trưởng đài": (),
    "Phó Trưởng đài": (),
    # the head of a coach station (bến xe khách), a unit of a transport company or a district: "Trưởng Bến xe
    # khách Rạch Giá"
    "Trưởng bến": (),
    "Phó Trưởng bến": (),
    # the heads of a border post, a station and a forest-ranger unit, as the units write them: "Đồn trưởng Đồn
    # Biên phòng Lý Sơn", "Trạm trưởng Trạm Khí tượng Hải văn", "Hạt trưởng Hạt Kiểm lâm huyện"
    "Đồn trưởng": (),
    "Phó Đồn trưởng": (),
    "Chính trị viên": (),
    "Phó Chính trị viên": ("chính trị viên phó",),
    "Trạm trưởng": (),
    "Phó Trạm trưởng": ("phó trạm trưởng phụ trách",),
    "Hạt trưởng": (),
    "Phó Hạt trưởng": (),
    # commune and district posts (Luật Công an nhân dân 2018 and Nghị định 42/2021/NĐ-CP: Trưởng Công an xã; Luật
    # Dân quân tự vệ 2019: Chỉ huy trưởng Ban Chỉ huy Quân sự xã, called "Xã đội trưởng"; Thông tư 04/2012/TT-BNV
    # and Luật Thực hiện dân chủ ở cơ sở 2022: the head of a village; Nghị định 33/2023/NĐ-CP: the commune's civil
    # servants by field)
    "Trưởng Công an": (),
    "Phó Trưởng Công an": (),
    # the heads of a border-gate customs office since the 2025 customs reform ("Hải quan cửa khẩu quốc tế Cầu Treo"
    # under a "Chi cục Hải quan khu vực"; Quyết định 382/QĐ-BTC 2025): the office has no head noun of its own, so its
    # head is "Trưởng" + its name ("Trưởng Hải quan cửa khẩu Cha Lo"), as a commune's police chief is "Trưởng Công an
    # xã"
    "Trưởng Hải quan cửa khẩu": (),
    "Phó Trưởng Hải quan cửa khẩu": (),
    # the heads of the tax offices since the 2025 reform (Quyết định 381/QĐ-BTC 2025: "Thuế tỉnh", "Thuế thành
    # phố", "Thuế cơ sở 3" replace the Cục and Chi cục Thuế): the office has no head noun of its own, so its head
    # is titled "Trưởng" + its name ("Trưởng Thuế tỉnh", "Phó Trưởng Thuế cơ sở 8"), its name the body
    "Trưởng Thuế tỉnh": (),
    "Phó Trưởng Thuế tỉnh": (),
    "Trưởng Thuế thành phố": (),
    "Phó Trưởng Thuế thành phố": (),
    "Trưởng Thuế cơ sở": (),
    "Phó Trưởng Thuế cơ sở": (),
    # the heads of a civil judgment enforcement office named by its function and level ("Thi hành án dân sự tỉnh",
    # under the ordinances to 2009 and again from 01/3/2025): titled "Trưởng" + its name ("Trưởng Thi hành án dân sự
    # huyện", "Phó Trưởng Thi hành án dân sự tỉnh"), as a police chief is "Trưởng Công an huyện"; the level after the
    # title is the office's
    "Trưởng Thi hành án dân sự": (),
    "Phó Trưởng Thi hành án dân sự": (),
    # the State Audit's heads of a specialised or regional office (Luật Kiểm toán nhà nước 2015, Điều 40: "Kiểm toán
    # trưởng", "Phó Kiểm toán trưởng"), a fused "-trưởng" title as "Cục trưởng"
    "Kiểm toán trưởng": (),
    "Phó Kiểm toán trưởng": (),
    "Xã đội trưởng": ("xã đội trưởng", "chỉ huy trưởng quân sự xã"),
    "Xã đội phó": ("phó xã đội trưởng",),
    "Trưởng thôn": (),
    "Phó Trưởng thôn": ("phó thôn",),
    "Trưởng xóm": (),
    "Trưởng khóm": (),
    "Phó Trưởng khóm": (),
    "Trưởng ấp": (),
    "Phó Trưởng ấp": (),
    "Phó Trưởng bản": (),
    "Tổ trưởng tổ dân phố": (),
    "Trưởng bản": (),
    # the standing a village gives a person, not an office, written in ethnic-affairs notices before the name, in
    # lower case, with the village after it in brackets ("già làng, người có uy tín Thào Seo Lìn (thôn Na Hối)";
    # Quyết định 12/2018/QĐ-TTg on "người có uy tín"); read only before a name (`TITLES_BEFORE_A_NAME_ONLY`)
    "Già làng": (),
    "Người có uy tín": (),
    "Trưởng dòng họ": ("trưởng họ",),
    "Tổ trưởng": (),
    "Tổ phó": ("phó tổ trưởng",),
    "Đảng ủy viên": ("đuv",),
    "Chi ủy viên": (),
    "Công chức": (),
    "Công chức Văn hóa - Xã hội": ("công chức văn hóa-xã hội", "công chức văn hóa – xã hội"),
    "Công chức Tư pháp - Hộ tịch": ("công chức tư pháp-hộ tịch", "công chức tư pháp – hộ tịch"),
    "Công chức Địa chính - Xây dựng": ("công chức địa chính-xây dựng",),
    # the same post's names by the kind of commune (Nghị định 92/2009/NĐ-CP, 34/2019/NĐ-CP, 33/2023/NĐ-CP): a
    # ward's or a township's, and a rural commune's, each its own title
    "Công chức Địa chính - Xây dựng - Đô thị và Môi trường": (
        "công chức địa chính-xây dựng-đô thị và môi trường",
        "công chức địa chính - xây dựng - đô thị - môi trường",
    ),
    "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường": (
        "công chức địa chính-nông nghiệp-xây dựng và môi trường",
        "công chức địa chính - nông nghiệp - xây dựng - môi trường",
    ),
    "Công chức Văn phòng - Thống kê": ("công chức văn phòng-thống kê",),
    "Công chức Tài chính - Kế toán": ("công chức tài chính-kế toán",),
    "Cán bộ kỹ thuật": (),
    # the head of a commune's post office and cultural point (Quyết định 191/2003/QĐ-TTg on Bưu điện văn hóa xã)
    "Trưởng Bưu điện văn hóa xã": ("trưởng điểm bưu điện văn hóa xã", "phụ trách bưu điện văn hóa xã"),
    "Trưởng Bưu điện": (),
    "Chuyên viên chính": ("cvc",),
    "Chuyên viên cao cấp": (),
    "Chuyên viên": ("cv", "cv.", "chuyên viên phụ trách"),
    # a military command's staff officer of one branch ("Trợ lý quân lực Ban CHQS huyện", "Trợ lý tác chiến"), or a
    # leader's assistant ("Trợ lý Chủ tịch UBND tỉnh"); read only before its branch or a capital (`TITLES_NOT_AFTER`)
    "Trợ lý": (
        "trợ lý quân lực",
        "trợ lý tác chiến",
        "trợ lý tham mưu",
        "trợ lý chính trị",
        "trợ lý tuyên huấn",
        "trợ lý dân vận",
        "trợ lý tổ chức",
        "trợ lý cán bộ",
        "trợ lý hậu cần",
        "trợ lý kỹ thuật",
        "trợ lý quân khí",
        "trợ lý quân y",
        "trợ lý dân quân",
        "trợ lý dân quân tự vệ",
        "trợ lý tổng hợp",
        "trợ lý huấn luyện",
        "trợ lý cơ yếu",
        "trợ lý thông tin",
        "trợ lý tài chính",
        "trợ lý bảo vệ",
    ),
    "Thanh tra viên": (),
    # the sector forces' officers by their rank name (Nghị định 01/2019/NĐ-CP: kiểm lâm viên; Luật Thủy sản 2017:
    # kiểm ngư viên; Luật Thú y 2015 and Luật Bảo vệ và kiểm dịch thực vật 2013: kiểm dịch viên; Luật Giao thông
    # đường bộ: đăng kiểm viên), written as a member's post in a forest ranger unit's or a sub-department's minutes
    "Kiểm lâm viên": ("kiểm lâm viên chính", "kiểm lâm viên trung cấp", "kiểm lâm viên cao cấp"),
    "Kiểm ngư viên": ("kiểm ngư viên chính", "kiểm ngư viên trung cấp"),
    "Kiểm dịch viên": (
        "kiểm dịch viên chính",
        "kiểm dịch viên động vật",
        "kiểm dịch viên thực vật",
        "kiểm dịch viên chính động vật",
        "kiểm dịch viên chính thực vật",
    ),
    "Đăng kiểm viên": (),
    "Kiểm định viên": (),
    "Kiểm soát viên": (),
    # an inspector of a sector's checks (the food-quality and market-control forces' "kiểm tra viên", Nghị định
    # 115/2018/NĐ-CP; the Party's inspection commissions', Quy định 30-QĐ/TW: "kiểm tra viên chính")
    "Kiểm tra viên": ("kiểm tra viên chính", "kiểm tra viên cao cấp", "kiểm tra viên trung cấp"),
    # the civil judgment enforcement bodies' officers (Luật Thi hành án dân sự 2008, Điều 17-18) and the
    # procuracy's and courts' (Luật Tổ chức Viện kiểm sát nhân dân 2014, Luật Tổ chức Tòa án nhân dân 2014)
    "Chấp hành viên": ("chấp hành viên cao cấp", "chấp hành viên trung cấp", "chấp hành viên sơ cấp"),
    "Thẩm tra viên": (),
    "Kiểm sát viên": (),
    "Thẩm phán": (),
    "Cán bộ": (),
    # a commune's land officer (the "Địa chính" civil servant of Nghị định 92/2009/NĐ-CP, called "cán bộ địa chính"
    # in complaints and denunciations): "ông X, cán bộ địa chính xã Y" holds it in that commune's UBND, the
    # commune after it being his body
    "Cán bộ địa chính": ("công chức địa chính",),
    # a public-service employee, as a post beside its body ("Viên chức Trung tâm Y tế huyện", Luật Viên chức 2010)
    "Viên chức": (),
    "Nhân viên": (),
    "Kế toán": (),
}

# Titles a mission's or a project's member writes with a free field after them, in lower case, up to the next post
# or the line's end: "Chuyên gia phát triển đô thị, Trưởng đoàn", "Chuyên gia quản lý đất đai; …" (the donors'
# terms of reference name an expert by any field; those listed above are only the usual ones). The field is part of
# the title, so the post after the comma is read as the second one.
TITLES_WITH_A_FREE_FIELD: frozenset[str] = frozenset({"Chuyên gia"})
#: lower-case words such a field may run to
FREE_FIELD_MAX_WORDS = 6

# A company's director of one function, the field written in lower case after the title ("Phó Giám đốc nhân sự
# Công ty TNHH Giày …", "Giám đốc kinh doanh Công ty …"): the company's Giám đốc, the body the name after it.
# Fields that also name a Sở or a Trung tâm ("tài chính", "y tế") are left out: "Giám đốc Tài chính" may be the
# Sở's director written short.
COMPANY_FUNCTION_FIELDS: tuple[str, ...] = (
    "nhân sự",
    "hành chính nhân sự",
    "hành chính - nhân sự",
    "kinh doanh",
    "sản xuất",
    "kỹ thuật",
    "kĩ thuật",
    "marketing",
)
_DIRECTORS_OF_A_FUNCTION: tuple[str, ...] = ("Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc")

TITLES: dict[str, str] = {}
for _canon, _forms in _TITLE_FORMS.items():
    TITLES[_canon.lower()] = _canon
    for _f in _forms:
        TITLES[_f] = _canon
for _canon in _DIRECTORS_OF_A_FUNCTION:
    for _field in COMPANY_FUNCTION_FIELDS:
        TITLES.setdefault(f"{_canon.lower()} {_field}", _canon)

# The titles a scan most often loses the marks of (an OCR copy's "Truong phòng Quản lý đê điều", "Pho Giam doc",
# "Chu tich UBND huyện", "Chanh Van phong"): each is also read with any of its syllables written without marks (its
# "đ" kept or written "d"), and spelt back canonically. Only a loss: a syllable with other marks is another word
# ("Trưởng bản", the head of a mountain village, is no "Trưởng ban").
TITLES_SCANS_LOSE_MARKS_OF: tuple[str, ...] = (
    "Trưởng phòng",
    "Phó Trưởng phòng",
    "Giám đốc",
    "Phó Giám đốc",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Chánh Văn phòng",
    "Phó Chánh Văn phòng",
    "Trưởng ban",
    "Phó Trưởng ban",
    "Chi cục trưởng",
    "Phó Chi cục trưởng",
    "Chánh Thanh tra",
    "Phó Chánh Thanh tra",
    "Hạt trưởng",
    "Phó Hạt trưởng",
    "Đội trưởng",
    "Phó Đội trưởng",
    "Trưởng đoàn",
    "Phó Trưởng đoàn",
    "Chuyên viên",
    "Bí thư",
    "Phó Bí thư",
)


def _marks_lost(syllable: str, plain_d: bool) -> str:
    """``syllable`` without its tone and vowel marks; "đ" as "d" too with ``plain_d``."""
    bare = unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", syllable) if not unicodedata.combining(c))
    )
    return bare.replace("đ", "d").replace("Đ", "D") if plain_d else bare


for _canon in TITLES_SCANS_LOSE_MARKS_OF:
    _sylls = _canon.lower().split()
    for _mask in range(1, 1 << len(_sylls)):
        for _plain_d in (False, True):
            _form = " ".join(_marks_lost(w, _plain_d) if _mask >> n & 1 else w for n, w in enumerate(_sylls))
            TITLES.setdefault(_form, _canon)

# Titles that are also common nouns or words of a body's name, read as a post only where a person's post stands:
# canonical title -> the words before it that make it no post ("Đoàn đại biểu Quốc hội", "Tổ đại biểu huyện Đại
# Lộc": a delegation; "các đại biểu": the attendees); `TITLES_BEFORE_A_NAME_ONLY`: a title read only before a
# capitalised word, the delegate's name or the body elected to ("Đại biểu Trương Công Bình", "Đại biểu HĐND tỉnh";
# not "Đại biểu các huyện, thành phố:", "Đại biểu dự họp").
TITLES_NOT_AFTER: dict[str, frozenset[str]] = {
    "Đại biểu": frozenset({"đoàn", "tổ", "các", "những", "lượt"}),
    "Đại biểu Quốc hội": frozenset({"đoàn", "tổ"}),
    "Trợ lý": frozenset({"các", "những"}),
    "Già làng": frozenset({"các", "những"}),
    "Người có uy tín": frozenset({"các", "những"}),
    "Trưởng dòng họ": frozenset({"các", "những"}),
}
TITLES_BEFORE_A_NAME_ONLY: frozenset[str] = frozenset(
    {"Đại biểu", "Trợ lý", "Già làng", "Người có uy tín", "Trưởng dòng họ"}
)
# Of those, a village's standings, written in lower case before the name ("già làng A Ma Thanh", "người có uy tín
# Thào Seo Lìn"): read as a post in lower case too, the name after it being a person's.
STANDINGS_BEFORE_A_NAME: frozenset[str] = frozenset({"Già làng", "Người có uy tín", "Trưởng dòng họ"})
# Of those, the titles a record of an elected body still gives to the persons named right after "các" ("Các đại
# biểu Lương Thị Kim Oanh (Tổ đại biểu huyện Quỳ Châu), Nguyễn Văn Hưởng (…) chất vấn lại"): a surname and a
# capitalised word must follow, so "các đại biểu dự họp", "các đại biểu Quốc hội" stay no post.
TITLES_HELD_BY_THE_NAMES_AFTER: frozenset[str] = frozenset({"Đại biểu"})
# Titles a record writes as a field's label, capitalised ("Chủ nhiệm đề tài: TS. A"); in lower case in running
# text the words are the title before them and its matter ("đề nghị chủ nhiệm đề tài A và Viện B hoàn thiện …":
# the "Chủ nhiệm" of a project). key: the title; value: the shorter title read in lower case.
TITLES_CAPITALISED_AS_LABELS: dict[str, str] = {"Chủ nhiệm đề tài": "Chủ nhiệm"}

# Places in a delegation, a monitoring team or an elected body, held beside one's own post: written without a
# body, they are not posts in the notice's Sở or in the body the clause is about ("bà A, Trưởng Ban Văn hóa - Xã
# hội HĐND tỉnh, Phó Trưởng đoàn" is no Phó Trưởng đoàn of the Sở Y tế whose hall the team met in).
# value: the kinds of body (`AGENCY_HEADS`' kinds) such a place may still be taken in from the clause ("Đoàn kiểm
# tra liên ngành (ông A, Trưởng đoàn)").
#: the kinds of body a Tổng Giám đốc heads: a company or a corporation, a bank, the State Treasury, a fund, the
#: social insurance (Bảo hiểm xã hội Việt Nam) and the state broadcasters
_GENERAL_DIRECTED_KINDS = frozenset({"company", "bank", "treasury", "fund", "department", "media"})
TITLES_WITHOUT_CONTEXT_BODY: dict[str, frozenset[str]] = {
    "Trưởng đoàn": frozenset({"team"}),
    "Phó Trưởng đoàn": frozenset({"team"}),
    # a deputy listed under the province's delegation ("- Đoàn ĐBQH tỉnh: đồng chí A – ĐBQH chuyên trách"; its kind
    # is that of the elected bodies)
    "Phó Trưởng đoàn chuyên trách": frozenset({"hdnd"}),
    "Đại biểu": frozenset(),
    "Đại biểu Quốc hội": frozenset({"hdnd"}),
    # a company's general director and his deputies (Luật Doanh nghiệp 2020): no post of a Sở, a committee or a
    # Ban the clause is about ("Về phía chủ đầu tư – Công ty …: ông A – Tổng Giám đốc" after the Sở's officials)
    "Tổng Giám đốc": _GENERAL_DIRECTED_KINDS,
    "Phó Tổng Giám đốc": _GENERAL_DIRECTED_KINDS,
    # a research project's leader leads it, not a post in the body the clause is about
    "Chủ nhiệm đề tài": frozenset(),
    # an editor-in-chief heads a newspaper, a magazine or a broadcaster's merged newsroom, never a Sở or a Ban
    "Tổng Biên tập": frozenset({"media"}),
    "Phó Tổng Biên tập": frozenset({"media"}),
}

# Titles that are also the second half of a unit's name after a dash ("Phòng Tài chính - Kế toán", "Phòng Tổ
# chức - Cán bộ", "Phòng Hành chính - Nhân viên"?): after a dash any other title is a member's role and ends the
# body's name ("Sở Y tế - Ủy viên", "Sở KH&CN - Chủ tịch Hội đồng").
# The Home Affairs sector's unit of civil servants and public employees ("Vụ Công chức - Viên chức" of Bộ Nội vụ,
# "Phòng Công chức - Viên chức" of a Sở Nội vụ) holds the title "Viên chức" as its second field.
TITLES_IN_UNIT_NAMES: frozenset[str] = frozenset(
    {"Kế toán", "Cán bộ", "Nhân viên", "Kế toán trưởng", "Viên chức"}
)

# A title that names the kind of unit it heads: "Trưởng phòng KT-HT" is the head of
# "Phòng KT-HT"; the remainder after the title is the unit's own name.
TITLE_UNIT_HEAD: dict[str, str] = {
    "Trưởng khoa": "Khoa",
    "Phó Trưởng khoa": "Khoa",
    "Quyền Trưởng khoa": "Khoa",
    "Trưởng phòng": "Phòng",
    "Phó Trưởng phòng": "Phòng",
    "Phụ trách phòng": "Phòng",
    "Phụ trách khoa": "Khoa",
    "Trưởng Đại diện": "Văn phòng",
    "Phó Trưởng Đại diện": "Văn phòng",
    "Quyền Trưởng phòng": "Phòng",
    "Quyền Chánh Văn phòng": "Văn phòng",
    "Chánh Văn phòng": "Văn phòng",
    "Phó Chánh Văn phòng": "Văn phòng",
    "Chánh Thanh tra": "Thanh tra",
    "Phó Chánh Thanh tra": "Thanh tra",
    "Chi cục trưởng": "Chi cục",
    "Phó Chi cục trưởng": "Chi cục",
    "Cục trưởng": "Cục",
    "Phó Cục trưởng": "Cục",
    "Tổng cục trưởng": "Tổng cục",
    "Phó Tổng cục trưởng": "Tổng cục",
    "Vụ trưởng": "Vụ",
    "Phó Vụ trưởng": "Vụ",
    "Viện trưởng": "Viện",
    "Phó Viện trưởng": "Viện",
    "Hiệu trưởng": "Trường",
    "Phó Hiệu trưởng": "Trường",
    "Trưởng ban": "Ban",
    "Phó Trưởng ban": "Ban",
    "Phó Trưởng ban Thường trực": "Ban",
    "Trưởng trạm": "Trạm",
    "Phó Trưởng trạm": "Trạm",
    "Trưởng đài": "Đài",
    "Phó Trưởng đài": "Đài",
    "Trưởng bến": "Bến",
    "Phó Trưởng bến": "Bến",
    "Trạm trưởng": "Trạm",
    "Phó Trạm trưởng": "Trạm",
    "Đội trưởng": "Đội",
    "Phó Đội trưởng": "Đội",
    # the leader of a working group ("Tổ công tác đặc biệt", "Tổ giúp việc"), often its chair's second post
    "Tổ trưởng": "Tổ",
    "Tổ phó": "Tổ",
    "Quyền Tổng cục trưởng": "Tổng cục",
    "Quyền Cục trưởng": "Cục",
    "Quyền Vụ trưởng": "Vụ",
    "Quyền Chi cục trưởng": "Chi cục",
    "Quyền Viện trưởng": "Viện",
    "Quyền Hiệu trưởng": "Trường",
    "Quyền Chánh Thanh tra": "Thanh tra",
    "Quyền Trưởng ban": "Ban",
    "Quyền Trạm trưởng": "Trạm",
    "Quyền Đội trưởng": "Đội",
    # "Trưởng Công an xã": the unit is the title's last words with the place after them
    "Trưởng Bưu điện văn hóa xã": "Bưu điện",
    "Trưởng Bưu điện": "Bưu điện",
    "Trưởng Công an": "Công an",
    "Phó Trưởng Công an": "Công an",
    # "Trưởng Hải quan cửa khẩu quốc tế Lao Bảo": the office, a "Hải quan cửa khẩu", named right after the title
    "Trưởng Hải quan cửa khẩu": "Hải quan cửa khẩu",
    "Phó Trưởng Hải quan cửa khẩu": "Hải quan cửa khẩu",
    "Trưởng thôn": "Thôn",
    "Phó Trưởng thôn": "Thôn",
    "Trưởng xóm": "Xóm",
    "Trưởng khóm": "Khóm",
    "Phó Trưởng khóm": "Khóm",
    "Trưởng ấp": "Ấp",
    "Phó Trưởng ấp": "Ấp",
    "Trưởng bản": "Bản",
    "Phó Trưởng bản": "Bản",
    # a tax office since 2025 has no head noun of its own ("Trưởng Thuế cơ sở 3"): its number after the title
    # closes the office's name, "Thuế cơ sở 3"
    "Trưởng Thuế cơ sở": "Thuế",
    "Phó Trưởng Thuế cơ sở": "Thuế",
    # the province's tax office the same way ("Phó Trưởng Thuế tỉnh Tây Ninh", "Trưởng Thuế thành phố Hà Nội"):
    # the title's last words and the place after them name it, "Thuế tỉnh Tây Ninh"
    "Trưởng Thuế tỉnh": "Thuế",
    "Phó Trưởng Thuế tỉnh": "Thuế",
    "Trưởng Thuế thành phố": "Thuế",
    "Phó Trưởng Thuế thành phố": "Thuế",
    # a civil judgment enforcement office the same way ("Trưởng Thi hành án dân sự tỉnh Nghệ An")
    "Trưởng Thi hành án dân sự": "Thi hành án dân sự",
    "Phó Trưởng Thi hành án dân sự": "Thi hành án dân sự",
}

# Heads' titles that the departments named by a bare "Ban" or "Phòng" never hold: a department is headed by its
# Trưởng ban or Trưởng phòng, so "CHỦ TỊCH" signing under a header whose lowest line is "BAN KẾ HOẠCH - HỖ TRỢ"
# (under "LIÊN MINH HỢP TÁC XÃ TỈNH") holds the post in the body above it, the Liên minh, as "GIÁM ĐỐC" over a
# Sở's "PHÒNG QUẢN LÝ KHOA HỌC" is the Sở's. key: the unit's head word as written in its name.
TITLES_ABOVE_UNITS: dict[str, frozenset[str]] = {
    unit: frozenset(
        {
            "Chủ tịch",
            "Phó Chủ tịch",
            "Bí thư",
            "Phó Bí thư",
            "Giám đốc",
            "Phó Giám đốc",
            "Tổng Giám đốc",
            "Phó Tổng Giám đốc",
            "Viện trưởng",
            "Phó Viện trưởng",
            "Hiệu trưởng",
            "Phó Hiệu trưởng",
        }
    )
    for unit in ("Ban", "Phòng")
}

# The branch heads of a military command and the unit each heads within it: "Thượng tá X, Chủ nhiệm Chính trị"
# in a Bộ Chỉ huy Quân sự tỉnh's notice heads that command's Phòng Chính trị (a provincial command has a Phòng
# Tham mưu, a Phòng Chính trị and a Phòng Hậu cần - Kỹ thuật): the post's body when none is written, under the
# command the post is listed with or the notice's own.
TITLE_BRANCH_UNIT: dict[str, str] = {
    "Tham mưu trưởng": "Phòng Tham mưu",
    "Phó Tham mưu trưởng": "Phòng Tham mưu",
    "Chủ nhiệm Chính trị": "Phòng Chính trị",
    "Phó Chủ nhiệm Chính trị": "Phòng Chính trị",
    "Chủ nhiệm Hậu cần - Kỹ thuật": "Phòng Hậu cần - Kỹ thuật",
    "Phó Chủ nhiệm Hậu cần - Kỹ thuật": "Phòng Hậu cần - Kỹ thuật",
    "Chủ nhiệm Hậu cần": "Phòng Hậu cần",
    "Phó Chủ nhiệm Hậu cần": "Phòng Hậu cần",
    "Chủ nhiệm Kỹ thuật": "Phòng Kỹ thuật",
    "Phó Chủ nhiệm Kỹ thuật": "Phòng Kỹ thuật",
}

# Titles that belong to a fixed kind of body even when no body is written.
#: `TITLE_DEFAULT_BODY`'s value for a post in the commune's People's Committee
COMMUNE_COMMITTEE = "Ủy ban nhân dân xã"

# The Party committee a standing committee member's title names at its end, when it is the province's: "Ủy viên
# Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy" in a city's notice is a member of the province's standing committee, not
# the city's. "Thành ủy" is the province's only in a centrally-run city (else the city's, a district's committee).
PROVINCE_COMMITTEE_WORDS: tuple[str, ...] = ("tỉnh ủy",)
CENTRAL_CITY_COMMITTEE_WORDS: tuple[str, ...] = ("thành ủy",)

TITLE_DEFAULT_BODY: dict[str, str] = {
    "Tỉnh ủy viên": "Tỉnh ủy",
    # "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy": the standing committee of the notice's Party
    # committee (the district's in a district notice)
    "Ủy viên Ban Thường vụ": "Tỉnh ủy",
    "Huyện ủy viên": "Huyện ủy",
    "Quận ủy viên": "Quận ủy",
    "Thị ủy viên": "Thị ủy",
    "Thành ủy viên": "Thành ủy",
    "Ủy viên dự khuyết Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
    "Ủy viên Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
    "Bộ trưởng": "Bộ",
    "Thứ trưởng": "Bộ",
    "Thủ tướng": "Chính phủ",
    "Phó Thủ tướng": "Chính phủ",
    # a commune Party committee's member, and its military command's head
    "Đảng ủy viên": "Đảng ủy",
    "Xã đội trưởng": "Ban Chỉ huy Quân sự xã",
    "Xã đội phó": "Ban Chỉ huy Quân sự xã",
    # a commune's civil servants by their field: posts in the commune's People's Committee (the one the notice
    # names; none when it names no such commune or several)
    "Công chức Văn hóa - Xã hội": COMMUNE_COMMITTEE,
    "Công chức Tư pháp - Hộ tịch": COMMUNE_COMMITTEE,
    "Công chức Địa chính - Xây dựng": COMMUNE_COMMITTEE,
    "Công chức Địa chính - Xây dựng - Đô thị và Môi trường": COMMUNE_COMMITTEE,
    "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường": COMMUNE_COMMITTEE,
    "Công chức Văn phòng - Thống kê": COMMUNE_COMMITTEE,
    "Công chức Tài chính - Kế toán": COMMUNE_COMMITTEE,
}

# Titles of a military command's leaders, written bare in the command's own notice ("Đại tá X - Chỉ huy trưởng",
# "Thượng tá Y - Phó Chính ủy", "Đồn trưởng kết luận"): the post is in the issuing command (a Bộ Chỉ huy Quân sự or
# Bộ đội Biên phòng tỉnh, a Ban Chỉ huy Quân sự huyện, a Đồn Biên phòng), as a bare "Giám đốc" is in the Sở that
# issues. value: the kind of body the issuer must be (that of `AGENCY_HEADS`).
#: the kinds of body a Giám đốc heads (agencies.AGENCY_HEADS' kinds): Sở, hospital, centre, management board,
#: company, State Treasury, fund, State Bank branch
_DIRECTED_KINDS = ("so", "hospital", "center", "board", "company", "treasury", "fund", "bank")

TITLE_ISSUER_KIND: dict[str, tuple[str, ...]] = {
    # a delegate written bare in a people's council's own notice ("Đại biểu Trương Công Bình (Tổ đại biểu huyện Đại
    # Lộc)" in the HĐND's conclusions after a questioning session) is a delegate of that council
    "Đại biểu": ("hdnd",),
    "Chỉ huy trưởng": ("military",),
    "Phó Chỉ huy trưởng": ("military",),
    "Chính ủy": ("military",),
    "Phó Chính ủy": ("military",),
    "Đồn trưởng": ("military",),
    "Phó Đồn trưởng": ("military",),
    "Chính trị viên": ("military",),
    "Phó Chính trị viên": ("military",),
    # directors written bare in their own body's notice ("ThS.BS. Nguyễn Thị Thu Hà - Phó Giám đốc" at a hospital's
    # giao ban, "ông A - Phó Giám đốc" among a Sở's or a centre's own staff): the post is in the nearest body of
    # these kinds from the issuer up (a Phòng's notice: its Sở)
    "Giám đốc": _DIRECTED_KINDS,
    "Phó Giám đốc": _DIRECTED_KINDS,
    "Quyền Giám đốc": _DIRECTED_KINDS,
    # an inspector written bare in an inspection's own conclusions ("Đoàn thanh tra do ông A - Chánh Thanh tra Sở
    # làm Trưởng đoàn, thành viên gồm ông B - Thanh tra viên"): of the issuing inspectorate, else its Sở (Luật
    # Thanh tra 2010, Điều 31: a Sở's inspectors belong to its Thanh tra); a sector's checks' inspector, of the
    # issuing Chi cục (a food-quality or market-control sub-department's working record)
    "Thanh tra viên": ("inspectorate", "so"),
    # a company's general director, deputies and controller written bare in its own notice ("ông Lê Hoài Phong -
    # Tổng Giám đốc", "bà A - Phó Tổng Giám đốc", "ông B - Kiểm soát viên" at a corporation's giao ban; Luật Doanh
    # nghiệp 2020, Điều 79, 101: a one-member company's controller is the company's)
    "Tổng Giám đốc": ("company",),
    "Phó Tổng Giám đốc": ("company",),
    "Kiểm soát viên": ("company",),
    "Kiểm tra viên": ("sub-department", "inspectorate", "so"),
}

# Titles that are heads of a body; used to read a signature block ("KT. GIÁM ĐỐC")
# and "Giám đốc Sở đã chủ trì" back to the kind of body.
HEAD_TITLE_BODY_KINDS: dict[str, tuple[str, ...]] = {
    "Giám đốc": ("Sở", "Trung tâm", "Bệnh viện", "Ban Quản lý", "Kho bạc"),
    "Quyền Giám đốc": ("Sở", "Trung tâm", "Bệnh viện", "Ban Quản lý", "Kho bạc"),
    "Chủ tịch": ("Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc", "Liên hiệp các Hội"),
    "Bí thư": ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy"),
    "Chánh Văn phòng": ("Văn phòng",),
    "Bộ trưởng": ("Bộ",),
    "Cục trưởng": ("Cục",),
    "Quyền Cục trưởng": ("Cục",),
    "Quyền Chi cục trưởng": ("Chi cục",),
    "Quyền Viện trưởng": ("Viện",),
    "Quyền Tổng cục trưởng": ("Tổng cục",),
    "Chi cục trưởng": ("Chi cục",),
    "Viện trưởng": ("Viện",),
    "Trưởng ban": ("Ban",),
    "Tổng cục trưởng": ("Tổng cục",),
}

# Words that open a signature block (Nghị định 30/2020/NĐ-CP, Phụ lục I).
SIGNATURE_AUTHORITY_MARKS: tuple[str, ...] = (
    "KT.",
    "K/T",
    "KT/",
    "TL.",
    "T/L",
    "Q.",
    "TUQ.",
    "TM.",
    "T/M",
    "T.M.",
    "TM/",
)

# the first words of titles several persons hold at once in one body (a deputy, a member, a specialist): one such
# title written after names joined by "và" or "," is all of theirs ("ThS. A và TS. B, Phó Hiệu trưởng"); a title
# one person holds ("Hiệu trưởng", "Giám đốc", "Chủ tịch") is the last name's only
TITLES_HELD_BY_SEVERAL: tuple[str, ...] = (
    "Phó",
    "Ủy viên",
    "Uỷ viên",
    "Chuyên viên",
    "Thành viên",
    "Cán bộ",
    "Giảng viên",
    "Nghiên cứu viên",
    "Kiểm định viên",
    "Thanh tra viên",
)
