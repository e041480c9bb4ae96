"""Kinds of bodies (cơ quan, đơn vị), their abbreviations and the words their names are made of.

Sources: Nghị định 24/2014/NĐ-CP and 107/2020/NĐ-CP (Sở and their Phòng/Chi cục/Trung tâm),
Nghị định 37/2014/NĐ-CP (Phòng of district People's Committees), Điều lệ Đảng (Tỉnh ủy,
Huyện ủy, Ban Thường vụ), and the abbreviations of Phụ lục III, Nghị định 30/2020/NĐ-CP.
"""

from ketluan.ingest.lang.vi.structure import YOUTH_UNION_MOTTOS

# Head nouns that open an agency name, longest first when matching.
# value: a short kind code used by the parser and for IRIs.
AGENCY_HEADS: dict[str, str] = {
    "ủy ban nhân dân": "ubnd",
    "ubnd": "ubnd",
    "hội đồng nhân dân": "hdnd",
    "hđnd": "hdnd",
    # the same heads as a scan or an old font loses their marks in a header ("UY BAN NHAN DAN TINH BẾN TRE"), spelled
    # back by `UNTONED_HEAD_SPELLINGS`
    "uy ban nhan dan": "ubnd",
    "hoi dong nhan dan": "hdnd",
    "ủy ban mặt trận tổ quốc": "mttq",
    "ủy ban mttq": "mttq",
    "ủy ban kiểm tra": "party-board",
    "ủy ban bầu cử": "board",  # Luật Bầu cử 2015: the election committee of a province or district  # Điều lệ Đảng: Ủy ban Kiểm tra Tỉnh ủy / Huyện ủy / Đảng ủy
    "mặt trận tổ quốc": "mttq",
    # a province's National Assembly delegation (Luật Tổ chức Quốc hội 2014, Điều 43), a body of the province's
    # level as its council is: "Đoàn đại biểu Quốc hội tỉnh Quảng Trị", "Đoàn ĐBQH tỉnh"
    "đoàn đại biểu quốc hội": "hdnd",
    "đoàn đbqh": "hdnd",
    "thường trực tỉnh ủy": "party",
    "thường trực thành ủy": "party",
    "thường trực huyện ủy": "party",
    "thường trực hội đồng nhân dân": "hdnd",
    "thường trực hđnd": "hdnd",
    "ban thường vụ tỉnh ủy": "party",
    "ban thường vụ thành ủy": "party",
    "ban thường vụ huyện ủy": "party",
    "ban chấp hành trung ương đảng": "party",
    "ban chấp hành trung ương": "party",
    "bộ chính trị": "party",
    "ban bí thư": "party",
    "ban cán sự đảng": "party",
    "đảng đoàn": "party",  # "Đảng đoàn HĐND tỉnh", "Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh"
    "đảng bộ": "party",
    "tỉnh ủy": "party",
    "thành ủy": "party",
    "huyện ủy": "party",
    "quận ủy": "party",
    "thị ủy": "party",
    "đảng ủy khối các cơ quan": "party",  # "Đảng ủy Khối các cơ quan tỉnh" (to 2025): "các" is in the name
    "đảng ủy khối": "party",
    "đảng ủy các cơ quan đảng": "party",  # "Đảng ủy các cơ quan Đảng tỉnh / thành phố" (from 2025)
    "đảng ủy": "party",
    "chính phủ": "government",
    "văn phòng chính phủ": "office",
    "văn phòng ubnd": "office",
    "văn phòng ủy ban nhân dân": "office",
    "văn phòng tỉnh ủy": "office",
    "văn phòng huyện ủy": "office",
    "văn phòng thành ủy": "office",
    "văn phòng quận ủy": "office",
    "văn phòng thị ủy": "office",
    "văn phòng đảng ủy": "office",
    # a district's one office for both councils: "Văn phòng HĐND và UBND huyện Bảo Thắng"
    "văn phòng hđnd và ubnd": "office",
    "văn phòng hđnd - ubnd": "office",
    "văn phòng hội đồng nhân dân và ủy ban nhân dân": "office",
    "văn phòng hđnd": "office",
    # the province's one office for its National Assembly delegation and its council (2016–2025)
    "văn phòng đoàn đại biểu quốc hội và hội đồng nhân dân": "office",
    "văn phòng đoàn đại biểu quốc hội và hđnd": "office",
    "văn phòng đoàn đbqh và hđnd": "office",
    "văn phòng đoàn đbqh và hội đồng nhân dân": "office",
    "văn phòng đoàn đbqh": "office",
    "văn phòng đoàn đại biểu quốc hội": "office",
    "vp đoàn đbqh và hđnd": "office",  # "- VP Đoàn ĐBQH và HĐND tỉnh;" (a recipient), not the delegation
    "vp đoàn đbqh": "office",
    "văn phòng sở": "office",
    "văn phòng bộ": "office",
    "văn phòng tổng cục": "office",
    "văn phòng cục": "office",
    # a body's office in another city, named by its owner and the city ("Văn phòng đại diện Cục Sở hữu trí tuệ tại
    # TP. Hồ Chí Minh", "Văn phòng đại diện Bộ Công Thương tại Đà Nẵng"): see `NAMED_BY_OWNER_AND_CITY`
    "văn phòng đại diện": "office",
    # a representative board: of a religious community ("Ban Đại diện Cộng đồng Hồi giáo tỉnh", Luật Tín ngưỡng,
    # tôn giáo 2016) or of a bank's board in a province or district ("Ban đại diện HĐQT NHCSXH tỉnh", Quyết định
    # 131/2002/QĐ-TTg); "đại diện" alone after "và" is a representative, a person ("Sở Xây dựng và đại diện Sở Y tế")
    "ban đại diện": "board",
    "cơ quan đại diện": "office",
    "văn phòng": "office",
    "thanh tra sở": "inspectorate",
    "thanh tra chính phủ": "inspectorate",
    "thanh tra bộ": "inspectorate",
    "thanh tra tổng cục": "inspectorate",
    "thanh tra tỉnh": "inspectorate",
    "thanh tra huyện": "inspectorate",
    "thanh tra": "inspectorate",
    "bảo hiểm xã hội": "department",  # "Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội tỉnh" (a Cục's rank)
    "bhxh": "department",  # "BHXH tỉnh", "BHXH huyện Lương Tài"
    "chi bộ": "party",  # "Chi bộ Trường Tiểu học X", "Chi bộ Công an xã"
    "chi đoàn": "mass-org",
    "đoàn thanh niên cộng sản hồ chí minh": "mass-org",
    "đoàn thanh niên": "mass-org",  # "Đoàn Thanh niên xã", "Bí thư Đoàn Thanh niên"
    # the Youth Union with its name written short, at every level ("Đoàn TNCS Hồ Chí Minh xã", "Bí thư Đoàn TNCS Hồ
    # Chí Minh huyện"; Điều lệ Đoàn): as written out
    "đoàn tncs hồ chí minh": "mass-org",
    "đoàn tncs hcm": "mass-org",
    "huyện đoàn": "mass-org",
    "thành đoàn": "mass-org",
    "thị đoàn": "mass-org",  # "Thị đoàn Buôn Hồ", "Quận đoàn 3": a town's or an urban district's Youth Union
    "quận đoàn": "mass-org",
    # the Youth Union of a university or college, named by the school ("Đoàn Trường Đại học Tây Nguyên"); written
    # with a capital only (`CAPITALISED_HEADS`). (A high school's, "Đoàn trường THPT Chu Văn An", is not read yet:
    # a name after it that looks like a person's stops the scan.)
    "đoàn trường đại học": "mass-org",
    "đoàn trường cao đẳng": "mass-org",
    "công đoàn": "mass-org",
    "bộ phận": "unit",  # "Bộ phận Kế toán Chi cục", "Bộ phận một cửa": a unit, no ministry
    "khoa": "unit",  # a faculty or a hospital's ward: "Khoa Nông nghiệp", "Khoa Dược" ("khoa học" is none)
    # a university's or research institute's department (Điều lệ trường đại học; the institutes' own charters):
    # "Bộ môn Di truyền và Chọn giống", "Bộ môn Canh tác" (no ministry "Bộ")
    "bộ môn": "unit",
    "bộ chỉ huy quân sự": "military",
    "bộ tư lệnh": "military",
    "bộ chỉ huy": "military",  # "BỘ CHỈ HUY BĐBP TỈNH QUẢNG NINH", "Bộ Chỉ huy BĐBP tỉnh" (the abbreviation after it)  # "Bộ Tư lệnh Vùng Cảnh sát biển 1", "Bộ Tư lệnh Bộ đội Biên phòng"
    "bộ chỉ huy bộ đội biên phòng": "military",
    "bộ đội biên phòng": "military",  # "Bộ đội Biên phòng tỉnh": the province's border guard command
    "đồn biên phòng": "military",  # "Đồn Biên phòng Lý Sơn", "Đồn Biên phòng cửa khẩu Cầu Treo"
    # a border post's control station at a river mouth or a port ("Trạm kiểm soát Biên phòng cửa biển Đề Gi", Nghị
    # định 34/2014/NĐ-CP): under its Đồn, named by where it controls
    "trạm kiểm soát biên phòng": "military",
    # the border guard's sea units and checkpoints: "Hải đội Biên phòng 2", "Hải đoàn Biên phòng 18", "Trạm Kiểm
    # soát Biên phòng cửa khẩu"
    "hải đội biên phòng": "military",
    "hải đội": "military",
    "hải đoàn biên phòng": "military",
    "hải đoàn": "military",
    # a commune's military command (Luật Dân quân tự vệ 2019): "Ban Chỉ huy Quân sự xã", "Xã đội"
    "xã đội": "military",
    "ban chỉ huy quân sự": "military",  # "Ban Chỉ huy Quân sự huyện / xã"
    # the standing boards of a province, district or commune for a hazard (Luật Phòng thủ dân sự 2023; Luật
    # Phòng, chống thiên tai 2013): "Ban Chỉ huy Phòng thủ dân sự tỉnh", "Ban Chỉ huy Phòng, chống thiên tai
    # và Tìm kiếm cứu nạn huyện"
    "ban chỉ huy": "board",
    "bộ": "ministry",
    "tổng cục": "general-department",
    "chi cục": "sub-department",
    "cục thuế": "department",
    "cục thống kê": "department",
    "cục hải quan": "department",
    # a border gate's customs named bare ("Hải quan cửa khẩu quốc tế Tịnh Biên"): since 2025 a unit of a regional
    # Chi cục at a team's level, headed by a "Đội trưởng" (Quyết định 382/QĐ-BTC 2025); the older border-gate
    # offices were Chi cục and are written with that head ("Chi cục Hải quan cửa khẩu Lao Bảo")
    "hải quan cửa khẩu": "team",
    "hải quan": "department",  # "Hải quan tỉnh", "Hải quan cửa khẩu Lao Bảo" (written with a capital)
    # bodies named by their function and a level, with no Cục or Chi cục before it: civil judgment enforcement of a
    # province or district (Pháp lệnh Thi hành án dân sự 1993, 2004: "Thi hành án dân sự tỉnh / huyện"; again from
    # 01/3/2025, "Thi hành án dân sự tỉnh, thành phố") and the State Audit's regional offices ("Kiểm toán Nhà nước
    # khu vực XII", Luật Kiểm toán nhà nước 2015, Điều 40); written with a capital (`CAPITALISED_HEADS`)
    "thi hành án dân sự": "department",
    "kiểm toán nhà nước khu vực": "ministry",  # a regional office of a national body: of no province
    "kiểm toán nhà nước": "ministry",  # the State Audit itself is of no province
    "cục": "department",
    "vụ": "ministry-department",
    "sở": "so",
    "phòng": "phong",
    # the one-stop centres of provinces and communes (Nghị định 118/2025/NĐ-CP), often written in lower case
    "trung tâm phục vụ hành chính công": "center",
    "trung tâm pvhcc": "center",
    "trung tâm": "center",
    # the social-welfare and drug-rehabilitation facilities of a Sở Lao động - Thương binh và Xã hội (Nghị định
    # 103/2017/NĐ-CP, 116/2021/NĐ-CP): "Cơ sở Cai nghiện ma túy tỉnh", "Cơ sở Bảo trợ xã hội tổng hợp". "cơ sở" alone
    # is premises or a basis, so only the facility's kind makes it a head (and only capitalised: `CAPITALISED_HEADS`)
    "cơ sở cai nghiện ma túy": "center",
    "cơ sở cai nghiện ma tuý": "center",
    "cơ sở cai nghiện": "center",
    "cơ sở điều trị nghiện": "center",
    "cơ sở bảo trợ xã hội": "center",
    "cơ sở trợ giúp xã hội": "center",
    "cơ sở điều dưỡng": "center",
    "cơ sở nuôi dưỡng": "center",
    "cơ sở chăm sóc người cao tuổi": "center",
    "cơ sở chăm sóc người khuyết tật": "center",
    "cơ sở giáo dục bắt buộc": "center",
    "tt": "center",  # written short: see `SHORT_HEADS`
    "ttđk": "center",  # a vehicle-inspection centre written short, with its code: "TTĐK 37-01S"
    "p.": "phong",
    "viện": "institute",
    # the people's courts (Luật Tổ chức Tòa án nhân dân): "Tòa án nhân dân tỉnh/huyện …", both tone placements
    "tòa án": "institute",
    "toà án": "institute",
    "trường đại học": "school",
    "trường cao đẳng": "school",
    "trường": "school",
    "đại học": "school",
    "bệnh viện": "hospital",
    # a clinic, private or public (Luật Khám bệnh, chữa bệnh 2023, Điều 39; Nghị định 96/2023/NĐ-CP): "Phòng khám
    # đa khoa Tâm Đức", "Phòng khám chuyên khoa Răng hàm mặt …", "Phòng khám đa khoa khu vực …"; a body, no unit
    "phòng khám": "hospital",
    "ban quản lý": "board",
    # a national park, a public service unit of the UBND tỉnh or of the ministry (Luật Lâm nghiệp 2017, Điều 8;
    # Nghị định 156/2018/NĐ-CP), headed by a "Giám đốc" and named by its place alone ("Vườn quốc gia Pù Mát",
    # "VQG Kon Ka Kinh"), not by its province
    "vườn quốc gia": "board",
    "vqg": "board",
    # a board written short at the start of its name, as forestry notices write their boards ("BQL rừng phòng hộ
    # Sông Tranh", "BQL KBTTN Pù Huống")
    "bql": "board",
    "ban tuyên giáo và dân vận": "party-board",  # the merged Party board of 2025 (Quy định 296-QĐ/TW)
    "ban tuyên giáo": "party-board",
    "ban tổ chức - kiểm tra": "board",  # a board of the MTTQ, a union, a Hội ("Ban Tổ chức - Kiểm tra")
    "ban tổ chức – kiểm tra": "board",
    "ban tổ chức": "party-board",
    "ban dân vận": "party-board",
    "ban nội chính": "party-board",
    "ban kinh tế và ngân sách": "council-board",
    "ban kinh tế - ngân sách": "council-board",
    "ban kinh tế - xã hội": "council-board",
    "ban đô thị": "council-board",
    "ban pháp chế": "council-board",
    "ban văn hóa - xã hội": "council-board",
    "ban dân tộc": "board",
    "ban giám đốc": "leadership",
    "ban giám hiệu": "leadership",  # a school's leadership: "Ban Giám hiệu" (the Hiệu trưởng and deputies)
    "ban chỉ đạo": "board",
    "bcđ": "board",  # "BCĐ 389 huyện", "BCĐ 138 tỉnh" (named by the number of the decision that set it up)
    # the sub-committees of a congress or a steering board (Điều lệ Đảng; Chỉ thị 35-CT/TW): "Tiểu ban Văn kiện",
    # "Tiểu ban Nhân sự", "Tiểu ban Tổ chức phục vụ Đại hội"
    "tiểu ban": "board",
    "ban": "board",
    # the teams and groups a decision sets up ("Tổ công tác triển khai Đề án 06", "Tổ giúp việc Ban Chỉ đạo",
    # "Tổ Phổ cập"): "tổ" alone is no head ("tổ chức", "tổ quốc") but for a unit's team named with capitals ("Tổ Kế
    # hoạch - Kỹ thuật của Ban", "Tổ Hành chính"; see CAPITALISED_HEADS, HEADS_NEVER_BARE, NOT_BODIES_AFTER_HEAD)
    "tổ": "team",
    "tổ công tác": "team",
    "tổ giúp việc": "team",
    "tổ thư ký": "team",
    "tổ kiểm tra": "team",
    "tổ phổ cập": "team",
    "tổ chuyên môn": "team",
    # the executive of a fund (Quỹ Phát triển KH&CN, Quỹ Bảo vệ môi trường): "Cơ quan điều hành Quỹ"
    "cơ quan điều hành": "office",
    "liên hiệp các hội khoa học và kỹ thuật": "association",
    "liên hiệp các hội": "association",
    "liên hiệp hội": "association",
    "liên minh hợp tác xã": "association",
    "liên minh htx": "association",  # "Liên minh HTX tỉnh"
    "hội nông dân": "association",
    "hội liên hiệp phụ nữ": "association",
    "hiệp hội": "association",
    "tổng liên đoàn lao động": "mass-org",  # "Tổng Liên đoàn Lao động Việt Nam"
    "liên đoàn lao động": "mass-org",
    # the mass organisations written short in their own notices and the Front's ("Chủ tịch LĐLĐ huyện", "UBKT
    # LĐLĐ tỉnh", "Cơ quan UBMTTQ huyện", "UB MTTQ xã"): Điều lệ Công đoàn Việt Nam, Điều lệ MTTQ Việt Nam
    "lđlđ": "mass-org",
    "tổng lđlđ": "mass-org",
    "ubmttq": "mttq",
    "ub mttq": "mttq",
    "ubkt": "party-board",
    # the Youth Union of the bloc of provincial agencies ("Bí thư Đoàn Khối các cơ quan tỉnh", "Đoàn Khối Doanh
    # nghiệp tỉnh") and the civil servants' trade union of a province ("Công đoàn Viên chức tỉnh")
    "đoàn khối các cơ quan": "mass-org",
    "đoàn khối": "mass-org",
    "công đoàn viên chức": "mass-org",
    "hội": "association",
    "tỉnh đoàn": "mass-org",
    # the same committee as a scan writes it with the mark of "tỉnh" lost ("Phó Bí thư Tinh đoàn"; OCR copies lose
    # the marks of the most frequent words first): no other word is spelt "tinh đoàn", spelled back by
    # `UNTONED_HEAD_SPELLINGS`
    "tinh đoàn": "mass-org",
    "công an": "police",
    # a centrally-run city's fire police, a department of its police named on its own ("Cảnh sát Phòng cháy và chữa
    # cháy Thành phố Hồ Chí Minh", "Cảnh sát PCCC và CNCH Thành phố Hà Nội"; until 2018 "Sở Cảnh sát PCCC")
    "cảnh sát phòng cháy và chữa cháy": "police",
    "cảnh sát phòng cháy, chữa cháy": "police",
    "cảnh sát pccc": "police",
    "cảnh sát pccc và cnch": "police",
    "cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ": "police",
    "kho bạc nhà nước": "treasury",
    "kbnn": "treasury",
    "bqlda": "board",
    "kho bạc": "treasury",
    "ngân hàng": "bank",
    # the State Bank, written short: its branch in a province ("NHNN Chi nhánh tỉnh Quảng Bình", "NHNN CN tỉnh")
    # and its regional branches since 2025 ("NHNN Khu vực 5"); written out, it is a "Ngân hàng" named "Nhà nước …"
    "nhnn": "bank",
    # the Bank for Social Policies written short, with its branch or place ("NHCSXH chi nhánh tỉnh Hậu Giang",
    # "NHCSXH huyện Long Mỹ")
    "nhcsxh": "bank",
    "quỹ": "fund",
    # the public cultural institutions of a province or district under the Sở VHTTDL: "Bảo tàng Tổng hợp tỉnh",
    # "Thư viện tỉnh", "Nhà hát Nghệ thuật truyền thống tỉnh" (capitalised only: `CAPITALISED_HEADS`)
    "bảo tàng": "center",
    "thư viện": "center",
    "nhà hát": "center",
    # a province's performing-arts troupes (đơn vị nghệ thuật biểu diễn công lập under the Sở VHTTDL, Nghị định
    # 144/2020/NĐ-CP), named "Đoàn" + the art form + the place: "Đoàn Chèo Nam Định", "Đoàn Cải lương Tây Đô",
    # "Đoàn Nghệ thuật Khmer Ánh Bình Minh", "Đoàn Ca múa nhạc dân tộc …"; their head is "Trưởng đoàn". Capitalised
    # only (`CAPITALISED_HEADS`): "các đoàn nghệ thuật quần chúng" are troupes counted, no body. Not the "Đoàn kiểm
    # tra", "Đoàn công tác" of a record (ad-hoc teams)
    "đoàn chèo": "center",
    "đoàn tuồng": "center",
    "đoàn cải lương": "center",
    "đoàn ca kịch": "center",
    "đoàn kịch": "center",
    "đoàn kịch nói": "center",
    "đoàn xiếc": "center",
    "đoàn múa rối": "center",
    "đoàn ca múa nhạc": "center",
    "đoàn ca múa": "center",
    "đoàn nghệ thuật": "center",
    "đoàn văn công": "center",
    "đài phát thanh và truyền hình": "media",
    # the provincial newspaper merged with the broadcaster in 2025: "Báo và Phát thanh, Truyền hình Lâm Đồng"
    "báo và phát thanh, truyền hình": "media",
    "báo và phát thanh - truyền hình": "media",
    "đài khí tượng thủy văn": "center",  # "Đài Khí tượng Thủy văn tỉnh / khu vực Tây Bắc"
    "đài kttv": "center",
    "đài phát thanh - truyền hình": "media",
    "báo": "media",
    # a magazine of a province's association or Sở ("Tạp chí Sông Lam", "Tạp chí Khoa học và Công nghệ Nghệ An"),
    # capitalised only (`CAPITALISED_HEADS`): "các tạp chí" are none
    "tạp chí": "media",
    "công ty": "company",
    "tổng công ty": "company",
    # a company's operating units, named by their trade and place: "Xí nghiệp Cấp nước Trà Cú", "Nhà máy Nước
    # Sóc Trăng", "Nhà máy Thủy điện Sơn La" (capitalised only: "các xí nghiệp", "xây dựng nhà máy" are none)
    "xí nghiệp": "company",
    "nhà máy": "company",
    "điện lực": "company",  # "Điện lực Đà Lạt": a branch of the power company in a district
    "bưu điện": "company",  # "Bưu điện tỉnh", "Bưu điện thành phố Cần Thơ" (Vietnam Post in a province)
    "viễn thông": "company",  # "Viễn thông Cần Thơ": VNPT in a province
    "vnpt": "company",  # "VNPT Cần Thơ"
    # the other carriers' branch in a province, named by the brand and the province ("Viettel Tuyên Quang", "MobiFone
    # Quảng Ngãi"); never bare (see `HEADS_NEVER_BARE`: "hạ tầng Viettel" is the network, not a body)
    "viettel": "company",
    "mobifone": "company",
    "vietnamobile": "company",
    # the commercial banks' branches, named by the bank's brand and the branch ("Agribank Chi nhánh tỉnh Sóc
    # Trăng", "BIDV Chi nhánh Quảng Ngãi", "Vietcombank Bình Định"); never bare (`HEADS_NEVER_BARE`: "vay vốn
    # Agribank" is the bank as a lender, and "các tổ chức tín dụng (Agribank, BIDV)" lists the banks of a collective)
    "agribank": "bank",
    "bidv": "bank",
    "vietcombank": "bank",
    "vietinbank": "bank",
    "sacombank": "bank",
    "techcombank": "bank",
    # the supermarket chains' stores, named by the brand and the town the store is in ("Co.opmart Cao Lãnh",
    # "WinMart Tân An", "Big C Hạ Long", "Lotte Mart Cần Thơ"); never bare (`HEADS_NEVER_BARE`: "đưa hàng vào
    # Co.opmart, WinMart" names the chains as outlets, no party)
    "co.opmart": "company",
    "co.op mart": "company",
    "coopmart": "company",
    "winmart": "company",
    "vinmart": "company",
    "big c": "company",
    "lotte mart": "company",
    "mm mega market": "company",
    "chi nhánh": "company",  # "Chi nhánh Xăng dầu Gia Lai", "Chi nhánh Văn phòng Đăng ký đất đai huyện"
    "tập đoàn": "company",  # "Tập đoàn Điện lực Việt Nam"
    "khu quản lý đường bộ": "department",  # "Khu Quản lý đường bộ III" (regional, under the road authority)
    # the transport sector's port authorities, airports, road-maintenance units and bus stations (Nghị định
    # 58/2017/NĐ-CP, Thông tư 12/2020/TT-BGTVT): "Cảng vụ Hàng hải Vũng Tàu", "Cảng vụ Đường thủy nội địa tỉnh",
    # "Cảng hàng không quốc tế Cần Thơ", "Đoạn Quản lý đường bộ 2", "Bến xe khách Rạch Giá" (capitalised only:
    # "tại bến xe", "đoạn quản lý" are places and stretches)
    "cảng vụ hàng hải": "sub-department",
    "cảng vụ đường thủy nội địa": "sub-department",
    "cảng vụ đường thuỷ nội địa": "sub-department",
    "cảng vụ": "sub-department",
    "cảng hàng không quốc tế": "company",
    "cảng hàng không": "company",
    "đoạn quản lý đường bộ": "station",
    "đoạn quản lý đường thủy nội địa": "station",
    "đoạn quản lý đường thuỷ nội địa": "station",
    "bến xe khách": "station",
    "bến xe": "station",
    "hạt kiểm lâm": "sub-department",  # "Hạt Kiểm lâm huyện X" (a district's forest rangers)
    # the dyke and road wardens of a district, under the province's Chi cục Thủy lợi / Đê điều or Sở GTVT ("Hạt
    # Quản lý đê Hải Hậu", "Hạt Quản lý đê điều huyện Nam Sách", "Hạt Quản lý đường bộ số 3"); headed by a "Hạt
    # trưởng"
    "hạt quản lý đê điều": "station",
    "hạt quản lý đê": "station",
    "hạt quản lý đường bộ": "station",
    # the WTO/TBT enquiry points of the provinces (Quyết định 114/2005/QĐ-TTg; Quyết định 444/QĐ-TTg 2005): "Điểm
    # TBT Hải Phòng", "Điểm hỏi đáp TBT tỉnh", "Điểm Thông báo và Hỏi đáp về TBT" ("điểm" alone is no head)
    "điểm tbt": "office",
    "điểm hỏi đáp tbt": "office",
    "điểm hỏi đáp": "office",
    "điểm thông báo và hỏi đáp": "office",
    "điểm thông báo hỏi đáp": "office",
    # an ad-hoc team set up by a decision, which may issue its own notice: "Đoàn kiểm tra liên ngành"
    "đoàn kiểm tra liên ngành": "team",
    "đoàn thanh tra liên ngành": "team",
    # a Sở's own inspection team, which signs its site-inspection records ("SỞ GIAO THÔNG VẬN TẢI / ĐOÀN KIỂM
    # TRA"): capitalised only (`CAPITALISED_HEADS`), "đoàn kiểm tra đã làm việc" is the team as people. Not a
    # "Đoàn công tác": a province's or a ministry's delegation ("Đoàn công tác tỉnh Sơn La vắng mặt")
    "đoàn kiểm tra": "team",
    "đoàn thanh tra": "team",
    "hợp tác xã": "coop",
    # a fishing port run by the province's Ban Quản lý cảng cá ("Giám đốc Cảng cá Tam Quan"), and a company's
    # shop that is given tasks ("Cửa hàng xăng dầu cảng cá Lạch Bạng", "Cửa hàng Xăng dầu số 12"); both
    # capitalised only: "tại cảng cá Tam Quan", "các cửa hàng xăng dầu" are places and trades
    "cảng cá": "station",
    "cửa hàng": "company",
    "trạm kiểm tra tải trọng xe lưu động": "station",
    "trạm kiểm tra tải trọng xe": "station",  # "Trạm kiểm tra tải trọng xe lưu động" (Sở GTVT)
    "trạm": "station",
    "đội": "team",
    "hội đồng": "council",
    # the grassroots broadcasters of a district or commune (Quyết định 135/QĐ-TTg 2020): "Đài Truyền thanh huyện",
    # "Đài Truyền thanh xã", "Trạm Truyền thanh - Truyền hình"
    "đài truyền thanh - truyền hình": "media",
    "đài truyền thanh": "media",
    "đài phát thanh": "media",
    # a cooperative written short: "HTX Dịch vụ nông nghiệp Hải Đông", "HTX DVNN"
    "htx": "coop",
    # a sole proprietorship (Luật Doanh nghiệp 2020, Điều 188), named by its owner's chosen name and written out or
    # short: "Doanh nghiệp tư nhân Đức Tùng", "DNTN Hoàng Long" (capitalised only: "các doanh nghiệp tư nhân" are
    # the kind)
    "doanh nghiệp tư nhân": "company",
    "dntn": "company",
    # national universities and their members (Nghị định 186/2013/NĐ-CP): "Đại học Quốc gia Hà Nội", "Đại học
    # Thái Nguyên"; the national committee for standards, metrology and quality (2025, from the Tổng cục TĐC)
    "ủy ban tiêu chuẩn đo lường chất lượng quốc gia": "general-department",
    "ủy ban dân tộc": "ministry",  # a ministry-level body ("Ủy ban Dân tộc", to 2025)
    # any other committee, named after its head ("Ủy ban An toàn giao thông Quốc gia", "Ủy ban Quốc gia về
    # chuyển đổi số"); bare, it refers back to the one committee the notice names ("Chủ nhiệm Ủy ban")
    "ủy ban": "committee",
    # a university's or ministry's personnel board ("Ban Tổ chức cán bộ Đại học Thái Nguyên")
    "ban tổ chức cán bộ": "board",
    "ban tổ chức - cán bộ": "board",
}

# A head noun followed by these words names a place or an event, not a body
# ("Hội trường", "Hội nghị", "Hội chợ Thương mại").
NOT_BODIES_AFTER_HEAD: dict[str, frozenset[str]] = {
    # (and the events "Hội khỏe Phù Đổng", "Hội giảng", "Hội thao", "Hội trại", "Hội báo Xuân")
    "hội": frozenset(
        {
            "trường",
            "nghị",
            "thi",
            "thảo",
            "chợ",
            "diễn",
            "khỏe",
            "khoẻ",
            "giảng",
            "thao",
            "trại",
            "báo",
        }
    ),
    # "Phòng họp số 1 UBND tỉnh": a room; "Phòng thủ dân sự", "Phòng, chống thiên tai", "Phòng cháy": defence
    # against a hazard, inside a name ("Ban Chỉ huy Phòng thủ dân sự", "Chi cục Thủy lợi và Phòng, chống thiên tai")
    # ("Phòng Tiếp nhận và Trả kết quả" is a body: only "phòng tiếp khách/dân/công dân" are rooms)
    "phòng": frozenset(
        {
            "họp",
            "làm",
            "khách",
            "tiếp khách",
            "tiếp dân",
            "tiếp công",
            "chống",
            "thủ",
            "cháy",
            "ngừa",
            ", chống",
        }
    ),
    "sở": frozenset({"hữu"}),  # "… Chất lượng và Sở hữu trí tuệ": intellectual property, not a Sở
    "khoa": frozenset({"học"}),  # "Khoa học và Công nghệ": science, not a faculty
    "báo": frozenset({"cáo", "chí"}),  # "Báo cáo …" (a report), "Giải Báo chí" (the press): not a newspaper
    "trạm": frozenset(
        {"bts", "phát sóng", "thu phát sóng"}
    ),  # "lắp đặt trạm BTS": a base station, not a body
    # "bộ đội" (troops), unless "Bộ đội Biên phòng" (a head of its own); a set of things ("Bộ tiêu chí quốc gia về
    # y tế xã", "Bộ chỉ số", "Bộ công cụ", "Bộ câu hỏi", "bộ hồ sơ", "bộ thủ tục hành chính")
    "bộ": frozenset(
        {
            "đội",
            "tiêu chí",
            "chỉ số",
            "công cụ",
            "câu hỏi",
            "hồ sơ",
            "thủ tục",
            "quy tắc",
            "tài liệu",
            "mẫu",
            "sách",
        }
    ),
    # a crop season ("vụ Xuân", "vụ Hè Thu", "vụ Đông Xuân", "vụ Mùa"), not a ministry's department
    # (and its harvest and sowing, "vụ thu hoạch", "vụ gieo trồng"; a case, "vụ việc", "vụ án"; an incident, "Vụ
    # cháy chung cư mini …" opening a heading, "vụ nổ", "vụ tai nạn", "vụ ngộ độc")
    "vụ": frozenset(
        {
            "cháy",
            "nổ",
            "tai nạn",
            "ngộ độc",
            "sạt lở",
            "đắm",
            "va chạm",
            "xuân",
            "hè",
            "mùa",
            "chiêm",
            "đông xuân",
            "thu đông",
            "hè thu",
            "thu hoạch",
            "gieo",
            "gieo trồng",
            "gieo cấy",
            "cấy",
            "lúa",
            "việc",
            "án",
        }
    ),
    # the verbs "ban hành" (issue: "a) Ban hành Kế hoạch …" opening an item) and "ban bố" (declare), not a board
    "ban": frozenset({"hành", "bố"}),
    # "thanh tra, giám sát", "thanh tra, kiểm tra": the activities, written as a pair of verbs
    "thanh tra": frozenset({", giám", ", kiểm", ", xử", ", xác"}),
    "công đoàn": frozenset({"viên"}),
    # "Tổ chức …", "Tổ quốc", "Tổ hợp", "Tổ tiên", "Tổ ấm": no team ("tổ dân phố" is a locality keyword)
    "tổ": frozenset({"chức", "quốc", "hợp", "tiên", "ấm", "đình", "khúc"}),
    # "Trường học: …" (schools, an item's subject), "Trường hợp vi phạm …" (a case): no school
    "trường": frozenset({"học", "hợp"}),
}

# Words after a head that make it a body's name again although NOT_BODIES_AFTER_HEAD reads its first words as a
# room: the citizens' reception unit of an inspectorate (Thông tư 05/2014/TT-TTCP): "Phòng Tiếp dân và Xử lý đơn
# thư", "Phòng Tiếp công dân và Xử lý đơn thư" (not "tại phòng tiếp dân": the room).
BODIES_AFTER_HEAD_DESPITE: dict[str, frozenset[str]] = {
    "phòng": frozenset({"tiếp dân và xử lý", "tiếp công dân và xử lý"}),
}

# Heads that name a body only when written with a capital: "Khoa Nông nghiệp" is a faculty, "tại khoa Hồi sức"
# a ward where equipment stands (a place, not a body that acts); "hạ tầng viễn thông Viettel", "thủ tục hải quan",
# "dịch vụ bưu điện" are a trade or a service, "Viễn thông Cần Thơ", "Hải quan tỉnh", "Bưu điện tỉnh" the bodies.
CAPITALISED_HEADS: frozenset[str] = frozenset(
    {
        "khoa",
        "tạp chí",
        "đoàn trường đại học",
        "đoàn trường cao đẳng",
        "viễn thông",
        "bưu điện",
        "hải quan",
        "thi hành án dân sự",
        "kiểm toán nhà nước khu vực",
        "kiểm toán nhà nước",
        "chi nhánh",
        "tập đoàn",
        "xí nghiệp",
        "nhà máy",
        "ban chỉ huy",
        "bộ đội biên phòng",
        "hải đội",
        "hải đoàn",
        "xã đội",
        "đài truyền thanh",
        "đài phát thanh",
        "cảng cá",
        "cửa hàng",
        "cảng vụ",
        "cảng vụ hàng hải",
        "cảng vụ đường thủy nội địa",
        "cảng vụ đường thuỷ nội địa",
        "cảng hàng không",
        "cảng hàng không quốc tế",
        "đoạn quản lý đường bộ",
        "đoạn quản lý đường thủy nội địa",
        "đoạn quản lý đường thuỷ nội địa",
        "bến xe",
        "bến xe khách",
        "bảo tàng",
        "thư viện",
        "nhà hát",
        "đoàn chèo",
        "đoàn tuồng",
        "đoàn cải lương",
        "đoàn ca kịch",
        "đoàn kịch",
        "đoàn kịch nói",
        "đoàn xiếc",
        "đoàn múa rối",
        "đoàn ca múa nhạc",
        "đoàn ca múa",
        "đoàn nghệ thuật",
        "đoàn văn công",
        "đoàn kiểm tra",
        "đoàn thanh tra",
        "tổ",
        "cơ sở cai nghiện ma túy",
        "cơ sở cai nghiện ma tuý",
        "cơ sở cai nghiện",
        "cơ sở điều trị nghiện",
        "cơ sở bảo trợ xã hội",
        "cơ sở trợ giúp xã hội",
        "cơ sở điều dưỡng",
        "cơ sở nuôi dưỡng",
        "cơ sở chăm sóc người cao tuổi",
        "cơ sở chăm sóc người khuyết tật",
        "cơ sở giáo dục bắt buộc",
        "doanh nghiệp tư nhân",
    }
)

# Names written in lower case right after their head, by the head: the one-stop desk of a Sở, a district or a
# commune ("Bộ phận một cửa", "bộ phận tiếp nhận và trả kết quả", Nghị định 61/2018/NĐ-CP), which a lower-case
# head otherwise needs a capital after it to name.
LOWER_CASE_NAMES_AFTER_HEAD: dict[str, frozenset[str]] = {
    "bộ phận": frozenset(
        {
            "một cửa",
            "một cửa liên thông",
            "tiếp nhận và trả kết quả",
            "tiếp nhận và trả kết quả thủ tục hành chính",
            "tiếp nhận và trả kết quả giải quyết thủ tục hành chính",
            "tiếp nhận hồ sơ và trả kết quả",
            "tiếp nhận và trả kết quả hồ sơ",
        }
    ),
    # a province's board of its fishing ports, named by what it manages ("Ban Quản lý cảng cá", "Ban Quản lý các cảng
    # cá tỉnh"), with or without the port's place after it ("Ban Quản lý cảng cá Lạch Bạng")
    "ban quản lý": frozenset({"cảng cá", "các cảng cá", "cảng cá và khu neo đậu tránh trú bão"}),
    "bql": frozenset({"cảng cá", "các cảng cá", "cảng cá và khu neo đậu tránh trú bão"}),
    # the army's regional defence commands that replaced the district military commands in 2025 (Luật Phòng thủ dân
    # sự 2023; Nghị định 02/2025/NĐ-CP): "Ban Chỉ huy phòng thủ khu vực 2", "… khu vực Ea Kar", often in lower case
    "ban chỉ huy": frozenset({"phòng thủ khu vực"}),
    # a province's facility for all kinds of people in need ("Cơ sở Bảo trợ xã hội tổng hợp tỉnh")
    "cơ sở bảo trợ xã hội": frozenset({"tổng hợp"}),
    "cơ sở trợ giúp xã hội": frozenset({"tổng hợp"}),
    # a district's land-clearance council (Luật Đất đai, Nghị định 47/2014/NĐ-CP: "Hội đồng bồi thường, hỗ trợ và
    # tái định cư"), written short in lower case ("Hội đồng bồi thường của dự án", "Hội đồng bồi thường GPMB huyện")
    "hội đồng": frozenset(
        {
            "bồi thường",
            "bồi thường, hỗ trợ và tái định cư",
            "bồi thường, hỗ trợ, tái định cư",
            "bồi thường hỗ trợ tái định cư",
            "bồi thường giải phóng mặt bằng",
            "bồi thường, giải phóng mặt bằng",
            "bồi thường gpmb",
            "giải phóng mặt bằng",
            "thẩm định giá đất",
        }
    ),
    # the land registration office and the land fund centre, written in lower case as the Land Law writes them
    # (Luật Đất đai 2013, Điều 5, 68; Nghị định 43/2014/NĐ-CP, Điều 5: "Văn phòng đăng ký đất đai", its "Chi nhánh
    # Văn phòng đăng ký đất đai" in each district, "Tổ chức phát triển quỹ đất"), up to the place that closes them
    "văn phòng": frozenset({"đăng ký đất đai", "đăng ký quyền sử dụng đất"}),
    "trung tâm": frozenset({"phát triển quỹ đất"}),
    # a province's special working group that clears the way for investment projects (Đồng Nai, Quyết định
    # 1620/QĐ-UBND 2023; Hồ Chí Minh City, Bình Dương): "Tổ công tác đặc biệt của tỉnh"
    "tổ công tác": frozenset({"đặc biệt"}),
}

# Heads whose word is also a word of other bodies' names: met inside a name they do not end it ("Chi cục
# Hải quan cửa khẩu", "Phòng Bưu chính - Viễn thông", "Ban Quản lý dự án", "Trạm Khuyến nông", "Quỹ Bảo vệ
# môi trường", "Trung tâm Bưu điện").
HEADS_INSIDE_NAMES: frozenset[str] = frozenset(
    {
        "ban",
        "hội",
        "bộ",
        "trạm",
        "đội",
        "quỹ",
        "báo",
        "vụ",
        "hải quan",
        "viễn thông",
        "bưu điện",
        "chi nhánh",
        "bhxh",  # "Phòng Chế độ BHXH", "Phòng Quản lý thu BHXH"
        # the social policy bank's district offices, named by the bank written short (Quyết định 131/2002/QĐ-TTg):
        # "Phòng giao dịch NHCSXH huyện Phù Mỹ", "Chi nhánh NHCSXH tỉnh"
        "nhcsxh",
        "bến xe",  # "Công ty Cổ phần Bến xe Đà Nẵng", "Công ty Cổ phần Bến xe tàu Kiên Giang"
        "bến xe khách",
        # a national park inside its board's or its rangers' name: "Ban Quản lý Vườn quốc gia Cúc Phương", "Hạt
        # Kiểm lâm Vườn quốc gia Bạch Mã", "Ban QL VQG Phong Nha - Kẻ Bàng"
        "vườn quốc gia",
        "vqg",
        # "Phòng Cảnh sát PCCC và CNCH Công an tỉnh", "Đội Cảnh sát phòng cháy và chữa cháy quận": the fire police's
        # name inside a unit's
        "cảnh sát phòng cháy và chữa cháy",
        "cảnh sát phòng cháy, chữa cháy",
        "cảnh sát pccc",
        "cảnh sát pccc và cnch",
        "cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    }
)

# A unit of a mass organisation or a company is named by its owner, written right after the unit's own name:
# "Ban Tổ chức Liên đoàn Lao động tỉnh", "Ban Phong trào Ủy ban MTTQ Việt Nam tỉnh", "Ban Kỹ thuật Tổng công ty",
# "Văn phòng Tổng công ty Điện lực miền Bắc", "Phòng Kinh doanh Công ty Điện lực Hải Dương" are one body each
# (as "Ban Tuyên giáo Tỉnh ủy" is). Heads of owners (folded), and the kinds of unit that take them.
UNIT_OWNER_HEADS: frozenset[str] = frozenset(
    {
        "ủy ban mặt trận tổ quốc",
        "ủy ban mttq",
        "tổng liên đoàn lao động",
        "liên đoàn lao động",
        "lđlđ",
        "ubmttq",
        "ub mttq",
        "hội nông dân",
        "hội liên hiệp phụ nữ",
        "tỉnh đoàn",
        "thành đoàn",
        "liên hiệp các hội khoa học và kỹ thuật",
        "liên minh hợp tác xã",
        "tổng công ty",
        "công ty",
        "tập đoàn",
        "quỹ",  # "Cơ quan điều hành Quỹ", "Ban Kiểm soát Quỹ", "Văn phòng Quỹ Phát triển KH&CN"
        # a steering board's standing office ("Văn phòng Thường trực Ban Chỉ đạo 389 tỉnh", "Văn phòng Ban Chỉ đạo
        # xây dựng nông thôn mới", "Văn phòng BCĐ 138")
        "ban chỉ đạo",
        "bcđ",
        # the standing board for disasters, whose office is named by it ("Văn phòng Ban Chỉ huy phòng, chống thiên
        # tai và tìm kiếm cứu nạn huyện", "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh")
        "ban chỉ huy",
        # the police's departments are named by their police ("Phòng Cảnh sát môi trường Công an tỉnh", "Phòng An
        # ninh kinh tế Công an thành phố"): one body, as "Ban Tuyên giáo Tỉnh ủy" is
        "công an",
        # a bank's and the social insurance's units are named by them ("Phòng giao dịch Ngân hàng Chính sách xã hội
        # huyện", "Phòng Khai thác và Thu nợ Bảo hiểm xã hội tỉnh"): one body each, under the bank or the fund
        "ngân hàng",
        "bảo hiểm xã hội",
    }
)
# (a company's branch, plant or works is named by its company the same way: "Chi nhánh Công ty TNHH MTV Cấp nước
# Trà Vinh", "Xí nghiệp Cấp nước Trà Cú Công ty Cổ phần Cấp thoát nước Trà Vinh"; on one line, as a header puts the
# company and its unit on two)
UNIT_KINDS_NAMED_BY_OWNER: frozenset[str] = frozenset({"board", "party-board", "office", "phong", "company"})
# Owners that name the units of one more kind: a police force's teams ("Đội Cảnh sát PCCC và CNCH Công an quận",
# "Đội Cảnh sát giao thông Công an huyện"; Thông tư 12/2019/TT-BCA), one body with its police, as its Phòng are.
UNIT_OWNER_HEADS_BY_KIND: dict[str, frozenset[str]] = {"team": frozenset({"công an"})}

# Bodies named after a person ("Trường Chính trị Tô Hiệu", "Trường THPT Nguyễn Du", "Bệnh viện Trưng Vương"):
# in their names a surname-led run of capitalised syllables is the name, not a person who follows it.
NAMED_AFTER_PEOPLE_KINDS: frozenset[str] = frozenset({"school", "hospital", "military", "coop"})
# Cultural institutions named the same way, by their head ("Nhà hát Cải lương Trần Hữu Trang", "Nhà hát Tuồng
# Nguyễn Hiển Dĩnh", "Thư viện Tạ Quang Bửu", "Bảo tàng Hồ Chí Minh"), where other bodies of their kind
# ("Trung tâm …") are not: one person's name after the head and its art form is the body's
NAMED_AFTER_PEOPLE_HEADS: frozenset[str] = frozenset({"nhà hát", "thư viện", "bảo tàng"})
# (border posts and cooperatives are named after their place, whose syllables may open like a family name:
# "Đồn Biên phòng Phan Rí Cửa", "Hợp tác xã Thanh long Dương Xuân Hội")
# Nouns of named places inside a body's name ("Ban Quản lý chợ Đồng Tâm", "Ban Quản lý cảng cá Lạch Bạng",
# "Ban Quản lý khu du lịch Tràng An"): the capitalised run after them is the place's name, even when it opens
# like a family name (Đồng, Lạch, Hồ …).
NAMED_PLACE_NOUNS: frozenset[str] = frozenset(
    {
        "chợ",
        "cảng",
        "cá",
        "bến",
        "khu",
        "cụm",
        "làng",
        "đảo",
        "hồ",
        "đầm",
        "đèo",
        "cửa",
        # "cửa khẩu Đồng Đăng", "Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn": a border gate is named by its place
        "khẩu",
        "đường",
        "phố",
        "bãi",
    }
)

# Single-syllable heads that are also syllables of commune and ward names ("xã Lịch Hội Thượng", "xã Đội Bình",
# "xã Ban Công", "phường Tân Hội"): inside a place's name, followed by another of its syllables, no body opens.
HEADS_IN_PLACE_NAMES: frozenset[str] = frozenset({"hội", "đội", "ban", "trạm"})

# Words that name a region after a body's name: "Trung tâm Chất lượng Nông lâm thủy sản vùng 6", "Trung tâm
# Đo lường điện miền Bắc", "Trung tâm Kiểm định kỹ thuật an toàn khu vực I", "Chi cục Hải quan khu vực IV",
# "các tỉnh vùng ĐBSCL". The region (a number, a Roman numeral, a capitalised name or abbreviation) is part of
# the name, and such a body belongs to no province.
REGION_WORDS: frozenset[str] = frozenset({"vùng", "miền", "khu vực", "liên vùng", "phía"})
# Words a notice names its own issuer by after a post title, which are no unit's name: "Hiệu trưởng Nhà trường" is
# the head of the school that issues (its "Trường"), not of a "Trường Nhà trường".
ISSUER_SELF_REFERENCES: frozenset[str] = frozenset({"nhà trường"})

# Of those, the words whose direction after them is the region's whole name ("miền núi phía Bắc", "phía Nam"): a
# province after such a direction is the body's place ("… miền núi phía Bắc Nghệ An"). After the others a direction
# opens the region's name, a province's part ("Bệnh viện Đa khoa khu vực Bắc Quảng Bình", "vùng Tây Nghệ An").
REGION_WORDS_NAMED_BY_DIRECTION: frozenset[str] = frozenset({"miền", "phía"})

# The country's regions, named without a region word: after the kind of place a collective is shared over
# they are the one region its members lie in ("Chi cục TĐC các tỉnh Đông Nam Bộ", "Sở NN&PTNT các tỉnh Tây
# Nguyên", "UBND các tỉnh Đồng bằng sông Cửu Long"); the six socio-economic regions of Nghị quyết
# 81/2023/QH15 and the older names of their parts.
REGION_NAMES: frozenset[str] = frozenset(
    {
        "Trung du và miền núi phía Bắc",
        "miền núi phía Bắc",
        "Tây Bắc",
        "Đông Bắc",
        "Đồng bằng sông Hồng",
        "Đồng bằng Bắc Bộ",
        "Bắc Bộ",
        "Bắc Trung Bộ và Duyên hải miền Trung",
        "Bắc Trung Bộ",
        "Duyên hải Nam Trung Bộ",
        "Duyên hải miền Trung",
        "Nam Trung Bộ",
        "Trung Bộ",
        "Tây Nguyên",
        "Đông Nam Bộ",
        "Tây Nam Bộ",
        "Nam Bộ",
        "Đồng bằng sông Cửu Long",
        "ĐBSCL",
    }
)

# The three parts of the country a body of the nation's may be named after, written without "vùng" ("Viện Nghiên cứu
# khoa học Miền Trung", "Trung tâm … miền Nam"): such a body, like one named after a region, has no province.
REGIONS_OF_THE_COUNTRY: tuple[str, ...] = ("miền Bắc", "miền Trung", "miền Nam")

# The last words of a national body's name: "Viện Đo lường Việt Nam", "Trung tâm Khuyến nông Quốc gia", "Viện Kiểm
# nghiệm an toàn vệ sinh thực phẩm quốc gia", "Trung tâm Chẩn đoán Thú y Trung ương". Such a body belongs to no
# province, whatever province the notice is from or names.
NATIONAL_NAME_ENDINGS: tuple[str, ...] = ("việt nam", "quốc gia", "trung ương", "vn")

# Heads of a body that exists inside another and is named by it: "Đảng đoàn HĐND tỉnh", "Ban cán sự đảng Bộ
# Y tế", "Chi bộ Trường Tiểu học Tân Lập", "Đảng ủy Sở Khoa học và Công nghệ", "Công đoàn Sở Y tế" — the body
# after the head is part of the name, not a second body.
PARTY_GROUP_HEADS: frozenset[str] = frozenset(
    {
        "đảng đoàn",
        "ban cán sự đảng",
        "chi bộ",
        "đảng ủy",
        "đảng bộ",
        "công đoàn",
        "đoàn thanh niên",
        "chi đoàn",
    }
)

# A whole head that is also the name of an activity, and the words after it that make it the activity: "Thanh
# tra việc chấp hành quy định …", "thanh tra các cơ sở", "thanh tra đột xuất" (not the body "Thanh tra").
HEAD_AS_ACTIVITY: dict[str, frozenset[str]] = {
    "thanh tra": frozenset(
        {"việc", "các", "đột", "định", "chuyên", "hành", "trách", "công", "toàn", "về", "tại", "đối", "những"}
    ),
}
# ... unless, capitalised, a collective of localities or of departments follows: "Thanh tra các huyện, thành
# phố" (a table cell: the inspectorates of each district), "Thanh tra các sở, ngành".
HEAD_AS_BODY_OF_EACH: dict[str, frozenset[str]] = {
    "thanh tra": frozenset(
        {"các huyện", "các quận", "các thị xã", "các thành phố", "các tỉnh", "các sở", "các bộ", "các xã"}
    ),
}

# A lower-case head noun that ends a compound word with the syllable before it is no head:
# "hội trường", "thị trường", "môi trường" (places, not a "Trường"); "cơ sở", "trụ sở"; "giao ban";
# "cán bộ", "toàn bộ", "đồng bộ"; "bố cục"; "thư viện". key: the head's first syllable.
# A capitalised head noun that ends a region's name is no head: "các tỉnh Bắc Trung Bộ", "Nam Bộ", "Tây Nam Bộ".
NOT_BODIES_IN_PLACE_NAMES: dict[str, frozenset[str]] = {"bộ": frozenset({"bắc", "trung", "nam"})}

# A district's People's Council and People's Committee share one office (Nghị định 37/2014/NĐ-CP, Điều 8): the
# office of either, when the notice names the joint one, is that one ("TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG" in a notice
# of "Văn phòng HĐND và UBND huyện Tủa Chùa"). key: the office of one, as named in full; value: the joint office.
JOINT_OFFICE_NAMES: dict[str, str] = {
    "Văn phòng Ủy ban nhân dân": "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
    "Văn phòng Hội đồng nhân dân": "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
}
# The levels whose People's Council and Committee have only that joint office (a district, a district town, a
# city within a province; Nghị định 172/2004/NĐ-CP, 14/2008/NĐ-CP and 37/2014/NĐ-CP): the office of either alone,
# written after one of these, is the joint one even where the notice does not name it.
DISTRICT_LEVEL_OFFICE_OWNERS: tuple[str, ...] = ("huyện", "quận", "thị xã", "thành phố")

# Heads of a plant or works that, after a project's or a building's word, name the facility being built or
# served, not a body that acts: "dự án Nhà máy nước Càng Long giai đoạn 2", "công trình Nhà máy xử lý rác"
# (the body is written on its own: "Nhà máy Nước Sóc Trăng báo cáo"). key: the head; value: the words before it.
FACILITY_HEADS_AFTER: dict[str, frozenset[str]] = {
    "nhà máy": frozenset({"dự án", "công trình", "xây dựng", "mở rộng", "nâng cấp", "hạng mục", "di dời"}),
    "xí nghiệp": frozenset({"dự án", "công trình", "xây dựng", "mở rộng", "nâng cấp", "hạng mục", "di dời"}),
}

NOT_BODIES_AFTER_WORD: dict[str, frozenset[str]] = {
    "trường": frozenset(
        {
            "hội",
            "thị",
            "môi",
            "quảng",
            "chiến",
            "lập",
            "công",
            "hiện",
            "phi",
            "ngư",
            "thương",
            "nông",
            "giảng",
        }
    ),
    "sở": frozenset({"cơ", "tại", "văn", "trụ", "giao", "tiếp", "phát", "dự"}),
    "ban": frozenset({"giao", "tiếp", "cơ", "phát", "dự"}),  # "trưởng ban": `HEADS_SHARED_WITH_TITLES`
    "thanh": frozenset({"giao", "tiếp", "cơ", "phát", "dự"}),
    "bộ": frozenset({"cán", "toàn", "đồng", "tiến", "cục", "sơ", "nội", "đảng", "từng", "thủ"}),
    "cục": frozenset({"bố", "kết", "chi", "tổng"}),
    "viện": frozenset({"thư", "nghị", "hạ", "thượng", "tu", "học", "bệnh"}),
    "hội": frozenset({"xã", "cơ", "đại", "quốc", "lễ", "hiệp", "nông", "giao"}),
    "phòng": frozenset({"dự", "đề", "quốc", "biên", "phòng"}),
    "đội": frozenset({"quân", "bộ", "biệt"}),
    "trạm": frozenset({"bưu"}),
    "báo": frozenset({"thông", "tình", "cảnh", "dự", "họa", "tin"}),  # "THÔNG BÁO", "cảnh báo": no newspaper
    # "phục vụ Đại hội", "nhiệm vụ", "dịch vụ", "nghiệp vụ": the word, not a ministry's Vụ
    "vụ": frozenset(
        {
            "phục",
            "nhiệm",
            "dịch",
            "nghiệp",
            "nội",
            "thời",
            "sự",
            "chức",
            "phụ",
            "đặc",
            "nghĩa",
            "thuế",
            "cảng",
        }
    ),
    # "Bệnh viện Đa khoa", "Phòng khám Chuyên khoa", "Trường Đại học Bách khoa", "Nha khoa": no faculty
    "khoa": frozenset(
        {
            "đa",
            "chuyên",
            "bách",
            "nha",
            "nhãn",
            "nhi",
            "sản",
            "nội",
            "ngoại",
            "phụ",
            "lão",
            "y",
            "răng",
            "liên",
            "nam",
        }
    ),
}

# Administrative-unit words that name a locality as a whole ("Huyện Long Hồ" as a body).
LOCALITY_TYPES: dict[str, str] = {
    "tỉnh": "tỉnh",
    "thành phố": "thành phố",
    "tp.": "thành phố",
    "tp": "thành phố",
    "huyện": "huyện",
    "h.": "huyện",
    "quận": "quận",
    "thị xã": "thị xã",
    "tx.": "thị xã",
    "tx": "thị xã",
    "xã": "xã",
    "phường": "phường",
    "thị trấn": "thị trấn",
    "đặc khu": "đặc khu",
    # the villages and neighbourhoods of a commune or ward, which attend a commune's meetings and are given its
    # tasks ("thôn Ba Bàu", "xóm 9", "Khóm 4", "ấp Phú Hòa", "tổ dân phố số 3"); not a district
    "thôn": "thôn",
    "xóm": "xóm",
    "khóm": "khóm",
    "ấp": "ấp",
    "tổ dân phố": "tổ dân phố",
    # the law's common name of a village or street group (Luật Thực hiện dân chủ ở cơ sở 2022, Điều 2: "thôn, tổ dân
    # phố … gọi chung là khu dân cư"), which some cities give their neighbourhoods as a name ("khu dân cư Nam Ô",
    # "Chi bộ khu dân cư Xuân Dương", "Ban công tác Mặt trận khu dân cư số 3")
    "khu dân cư": "khu dân cư",
    # the villages of the northern mountain provinces ("bản Lở Thàng", "Trưởng bản Nà Khum"), named only
    # (VILLAGE_KINDS_NAMED_ONLY)
    "bản": "bản",
}
# Locality keywords as a scan or an old font loses their tone marks, read only when written in capitals (a header's
# "UỶ BAN NHÂN DÂN / XA HÀM MỸ", "PHUONG 3", "THI TRAN CÁI BÈ"): lower-case "xa" is the word "far".
LOCALITY_TYPES_UNTONED: dict[str, str] = {
    "xa": "xã",
    "phuong": "phường",
    "thi tran": "thị trấn",
    "huyen": "huyện",
    "tinh": "tỉnh",
    "quan": "quận",
    "thi xa": "thị xã",
}

# Of those, the keywords read in lower case too, where a scan lost the marks inside a line ("Phó Cục trưởng Cục Hải
# quan tinh Quảng Ninh"): only before a province's (tỉnh) or district's (huyện) name the gazetteer knows, since
# "tinh" and "xa" are words of their own ("tinh thần", "xa trung tâm").
LOCALITY_TYPES_UNTONED_LOWER: frozenset[str] = frozenset({"tinh", "huyen"})

# Words before a village's keyword that make it another word: "nông thôn" (the countryside), "Văn phòng Điều phối
# nông thôn mới", "NÔNG THÔN" in a ministry's name; "liên" makes a road or canal that joins villages ("đường liên
# thôn", "kênh liên xóm", "liên ấp"), a thing, not a village's body.
NOT_VILLAGES_AFTER: frozenset[str] = frozenset({"nông", "liên"})

# Lower-case words after a commune's keyword, itself in lower case, that make it another word: "xã hội" (society:
# "Phòng Bảo trợ xã hội", "Trung tâm Công tác xã hội"), "xã viên" (a cooperative's member). A commune's name is
# capitalised ("xã Hội Xuân"), and a capitalised "Xã hội" is read by the rule for names' capitals.
NOT_PLACES_AFTER_KEYWORD: dict[str, frozenset[str]] = {"xã": frozenset({"hội", "viên"})}

# The kinds of place below a commune (Luật Tổ chức chính quyền địa phương 2015, Điều 2; Thông tư 04/2012/TT-BNV):
# a body of one is no district's.
VILLAGE_TYPES: frozenset[str] = frozenset({"thôn", "xóm", "khóm", "ấp", "tổ dân phố", "bản", "khu dân cư"})
# Village keywords that are common words as well ("bản" is a copy, a document: "văn bản", "bản sao", "bản Cam
# kết"): a village only with a capitalised name after them, never bare or numbered, and not one of the words that
# name a document or a thing written ("bản Kế hoạch", "Bản Đồ"); nor after a word it makes another word with
# ("Nhật Bản", "cơ bản", "tư bản", "thác Bản Giốc"). Capitalised after another word it is a syllable of a name
# ("xã Bản Lầu", "thác Bản Giốc"), save after a title or "các" ("Trưởng Bản Nà Khum").
VILLAGE_KINDS_NAMED_ONLY: dict[str, frozenset[str]] = {
    "bản": frozenset(
        """
        cam kết|thỏa thuận|thoả thuận|ghi nhớ|đồ|sao|chính|tin|nhận xét|báo cáo|kế hoạch|hướng dẫn|kiểm điểm
        tự kiểm điểm|án|quyền|lĩnh|sắc|thân|chất|vẽ|thiết kế|đăng ký|khai|mô tả|tường trình|đề xuất|dự thảo
        giải trình|hiến pháp|hợp đồng|thông báo|tổng hợp|danh sách|phụ lục|quy chế|điều lệ|nghị quyết|quyết định
        pdf|word|excel|scan|photo|gốc|mềm|cứng|điện tử
        """.replace("\n", "|").split("|")
    )
    - {""}
}
VILLAGE_CAPITALISED_AFTER: frozenset[str] = frozenset({"trưởng", "các", "tại", "của", "và", "ở"})
NOT_VILLAGES_AFTER_KIND: dict[str, frozenset[str]] = {
    "bản": frozenset(
        {"văn", "cơ", "nhật", "phiên", "tái", "xuất", "căn", "nguyên", "tư", "kịch", "thác", "bài"}
    )
}
# The kinds of place a local body's notice speaks for: a district (huyện, quận, thị xã, thành phố thuộc tỉnh) or,
# below it, a commune (xã, phường, thị trấn). In a commune's notice "Trạm Y tế xã", "Công an xã" are that
# commune's; its district's bodies are written with "huyện" ("Trạm Bảo vệ thực vật huyện").
# (since 1 July 2025 there are no districts, and the special zone, "đặc khu", is a commune-level unit beside xã and
# phường: Luật Tổ chức chính quyền địa phương 2025, Điều 2)
COMMUNE_TYPES: frozenset[str] = frozenset({"xã", "phường", "thị trấn", "đặc khu"})
DISTRICT_TYPES: frozenset[str] = frozenset({"huyện", "quận", "thị xã", "thành phố"}) | COMMUNE_TYPES
# Commune-level units whose notices' bare "Phòng Kinh tế", "Phòng Văn hóa - Xã hội" are their own (Nghị định
# 150/2025/NĐ-CP), not a district's: the special zone, which never had a district above it
COMMUNES_WITH_PHONG: frozenset[str] = frozenset({"đặc khu"})
# Kinds of body that belong to no province (Bộ, Tổng cục, Vụ, Chính phủ): their notices have none.
NATIONAL_KINDS: frozenset[str] = frozenset(
    {"ministry", "general-department", "ministry-department", "government"}
)
# Kinds of body that speak for a whole district when they issue a notice (UBND huyện, Huyện ủy):
# in their notices "UBND huyện", "Phòng Tài chính - Kế hoạch", "Kho bạc Nhà nước huyện" are theirs.
DISTRICT_LEVEL_KINDS: frozenset[str] = frozenset({"ubnd", "hdnd", "party", "locality", "mttq"})

# Names of the Phòng of a district People's Committee (Nghị định 37/2014/NĐ-CP, 108/2020/NĐ-CP): a
# Phòng so named belongs to a district, never to the Sở that issues a notice.
DISTRICT_PHONG_NAMES: frozenset[str] = frozenset(
    {
        "kinh tế",
        "kinh tế và hạ tầng",
        "kinh tế - hạ tầng",
        "quản lý đô thị",
        "tài chính - kế hoạch",
        "tài chính kế hoạch",
        "nội vụ",
        "tư pháp",
        "tài nguyên và môi trường",
        "lao động - thương binh và xã hội",
        "văn hóa và thông tin",
        "văn hóa - thông tin",
        "văn hóa, khoa học và thông tin",
        "giáo dục và đào tạo",
        "y tế",
        "nông nghiệp và phát triển nông thôn",
        "dân tộc",
    }
)

# How a head written in capitals ("VĂN PHÒNG CHÍNH PHỦ", "BAN TUYÊN GIÁO TỈNH ỦY") is spelled in running text:
# the words of a proper name keep their capital (Quy định 30/2020/NĐ-CP, Phụ lục II, viết hoa tên cơ quan).
# A head in lower case that closes a post title, by the title's syllable before it ("Trưởng ban", "Phó trưởng ban"):
# the head opens the body the title is of, its word written once for both ("Trưởng ban ATGT huyện Chư Sê", "Trưởng
# ban Kinh tế - Ngân sách HĐND tỉnh"), unless the body follows in full ("Trưởng ban Ban Quản lý …") or the title
# goes on with its qualifier (`TITLE_QUALIFIERS_AFTER_HEAD`: "Phó Trưởng ban Thường trực").
HEADS_SHARED_WITH_TITLES: dict[str, str] = {"ban": "trưởng"}
TITLE_QUALIFIERS_AFTER_HEAD: frozenset[str] = frozenset({"thường trực"})

# The heads of `AGENCY_HEADS` written without their marks, and their spelling.
UNTONED_HEAD_SPELLINGS: dict[str, str] = {
    "uy ban nhan dan": "Ủy ban nhân dân",
    "hoi dong nhan dan": "Hội đồng nhân dân",
    "tinh đoàn": "Tỉnh đoàn",
}

HEAD_SPELLINGS: tuple[str, ...] = (
    "Ủy ban Mặt trận Tổ quốc",
    "Ủy ban MTTQ",
    "Ủy ban Kiểm tra",
    "Ủy ban Bầu cử",
    "Mặt trận Tổ quốc",
    "Đoàn đại biểu Quốc hội",
    "Đoàn ĐBQH",
    "Thường trực Tỉnh ủy",
    "Thường trực Thành ủy",
    "Thường trực Huyện ủy",
    "Thường trực Hội đồng nhân dân",
    "Thường trực HĐND",
    "Ban Thường vụ Tỉnh ủy",
    "Ban Thường vụ Thành ủy",
    "Ban Thường vụ Huyện ủy",
    "Ban Chấp hành Trung ương Đảng",
    "Ban Chấp hành Trung ương",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Ban cán sự đảng",
    "Đảng đoàn",
    "Đảng bộ",
    "Tỉnh ủy",
    "Thành ủy",
    "Huyện ủy",
    "Quận ủy",
    "Thị ủy",
    "Đảng ủy Khối",
    "Đảng ủy",
    "Chính phủ",
    "Văn phòng Chính phủ",
    "Văn phòng Tỉnh ủy",
    "Văn phòng Huyện ủy",
    "Văn phòng Thành ủy",
    "Văn phòng Quận ủy",
    "Văn phòng Thị ủy",
    "Văn phòng Đảng ủy",
    "Văn phòng Đoàn đại biểu Quốc hội",
    "Văn phòng Sở",
    "Văn phòng Bộ",
    "Văn phòng Tổng cục",
    "Văn phòng Cục",
    "Thanh tra Sở",
    "Thanh tra Chính phủ",
    "Thanh tra Bộ",
    "Thanh tra Tổng cục",
    "Thanh tra tỉnh",
    "Thanh tra huyện",
    "Bộ Chỉ huy Quân sự",
    "Bộ Tư lệnh",
    "Bộ Chỉ huy Bộ đội Biên phòng",
    "Cục Thuế",
    "Cục Thống kê",
    "Cục Hải quan",
    "Ban Quản lý",
    "Ban Tuyên giáo",
    "Ban Tổ chức",
    "Ban Dân vận",
    "Ban Nội chính",
    "Ban Kinh tế và Ngân sách",
    "Ban Pháp chế",
    "Ban Văn hóa - Xã hội",
    "Ban Dân tộc",
    "Ban Giám đốc",
    "Ban Chỉ đạo",
    "Liên hiệp các Hội Khoa học và Kỹ thuật",
    "Liên hiệp các Hội",
    "Liên minh Hợp tác xã",
    "Hội Nông dân",
    "Hội Liên hiệp Phụ nữ",
    "Liên đoàn Lao động",
    "Tỉnh đoàn",
    "Công an",
    "Kho bạc Nhà nước",
    "Đài Phát thanh và Truyền hình",
    "Đài Phát thanh - Truyền hình",
    "Đài Khí tượng Thủy văn",
    "Trung tâm Phục vụ hành chính công",
    "Trung tâm PVHCC",
    "Báo và Phát thanh, Truyền hình",
    "Ban Tuyên giáo và Dân vận",
    "Ban Tổ chức - Kiểm tra",
    "Ban Chỉ huy Quân sự",
    "Ban Chỉ huy",
    "Bộ đội Biên phòng",
    "Đồn Biên phòng",
    "Đảng ủy Khối các cơ quan",
    "Đảng ủy các cơ quan Đảng",
    "Tổng Liên đoàn Lao động",
    "Hải quan cửa khẩu",
    "Hải quan",
    "Bưu điện",
    "Viễn thông",
    "VNPT",
    "Viettel",
    "MobiFone",
    "Vietnamobile",
    "Agribank",
    "BIDV",
    "Vietcombank",
    "VietinBank",
    "Sacombank",
    "Techcombank",
    "DNTN",
    "Doanh nghiệp tư nhân",
    "Chi nhánh",
    "Tập đoàn",
    "Khu Quản lý đường bộ",
    "Hạt Kiểm lâm",
    "Tiểu ban",
    "Tổ công tác",
    "Tổ giúp việc",
    "Cơ quan điều hành",
    "Đài Truyền thanh",
    "Đài Phát thanh",
    "Hải đội Biên phòng",
    "Hải đoàn Biên phòng",
    "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia",
    "Ủy ban Dân tộc",
    "Đoàn kiểm tra liên ngành",
    "Đoàn thanh tra liên ngành",
)

# Words that keep their capitals inside a name recased from capitals ("BAN TUYÊN GIÁO TRUNG ƯƠNG" → "Ban
# Tuyên giáo Trung ương", "KHO BẠC NHÀ NƯỚC" → "Kho bạc Nhà nước").
PROPER_NAME_WORDS: tuple[str, ...] = (
    "Trung ương",
    "Việt Nam",
    "Nhà nước",
    "Quốc hội",
    "Chính phủ",
    "Tổ quốc",
)

# Official spellings of names written several ways: the variant -> the name in the founding decree.
NAME_VARIANTS: dict[str, str] = {
    "kinh tế - hạ tầng": "Kinh tế và Hạ tầng",
    "kinh tế hạ tầng": "Kinh tế và Hạ tầng",
    "tài chính kế hoạch": "Tài chính - Kế hoạch",
}

# Collective bodies: "các huyện, thị xã, thành phố", "các sở, ban, ngành" ...
COLLECTIVE_OPENERS: tuple[str, ...] = ("các", "những", "toàn bộ các")

# The level a collective's members work at, written after them, is part of what it names: "các bệnh viện tuyến
# tỉnh" are the provincial hospitals only (the tiers of the health system, Luật Khám bệnh, chữa bệnh 2023, Điều 104:
# "tuyến trung ương, tuyến tỉnh, tuyến huyện, tuyến xã"); "các trường học cấp huyện", "các đơn vị cấp xã".
COLLECTIVE_LEVEL_TAILS: tuple[str, ...] = (
    "tuyến trung ương",
    "tuyến tỉnh",
    "tuyến huyện",
    "tuyến xã",
    "tuyến cơ sở",
    "cấp tỉnh",
    "cấp huyện",
    "cấp xã",
    "cấp cơ sở",
)

# What the places of a collective have, written after them, narrows it to those places only: "Ủy ban nhân dân các
# tỉnh có huyện nghèo" (Nghị quyết 30a/2008/NQ-CP), "các xã đặc biệt khó khăn" (Chương trình 135), "UBND các huyện
# biên giới" and "các huyện ven biển" (read already) and "các xã có đường biên giới". Part of the collective's name,
# as its level is.
COLLECTIVE_QUALIFYING_TAILS: tuple[str, ...] = (
    "có huyện nghèo",
    "có xã nghèo",
    "có xã đặc biệt khó khăn",
    "có xã biên giới",
    "có đường biên giới",
    "có biên giới",
    "có biển",
    # the places with forest, which the fire-prevention notices address ("UBND các xã, phường có rừng", Luật Lâm
    # nghiệp 2017), and those with an industrial zone or a border gate ("các xã, phường có khu công nghiệp")
    "có rừng",
    "có khu công nghiệp",
    "có cụm công nghiệp",
    "có cửa khẩu",
    # the coastal places with fishing fleets, which the fisheries and IUU notices address ("UBND các xã, phường có
    # tàu cá", "các huyện có cảng cá")
    "có tàu cá",
    "có cảng cá",
    "nghèo",
    "đặc biệt khó khăn",
    # where the places lie, after a list of their kinds ("UBND các huyện, thị xã ven biển", "các xã, thị trấn biên
    # giới"; after one kind they are `COLLECTIVE_NOUNS`' own: "các huyện ven biển")
    "ven biển",
    "biên giới",
    "ven sông",
    "vùng cao",
    "miền núi",
)

# A count of places after a body's head, naming that body of each place counted ("UBND hai huyện", "UBND 02
# tỉnh"): a collective as "UBND các huyện" is, referring back to the places named before.
COUNTED_PLACE_WORDS: frozenset[str] = frozenset({"hai", "ba", "bốn", "2", "3", "4", "02", "03", "04"})
COLLECTIVE_NOUNS: frozenset[str] = frozenset(
    {
        "tỉnh",  # "UBND các tỉnh, thành phố trực thuộc trung ương"
        "huyện",
        "thị xã",
        "thành phố",
        "quận",
        "xã",
        "phường",
        "thị trấn",
        # since 1 July 2025 a commune-level unit beside xã and phường (Luật Tổ chức chính quyền địa phương 2025,
        # Điều 2): "UBND các xã, phường, đặc khu", "các đặc khu"
        "đặc khu",
        "địa phương",
        "sở",
        "ban",
        "ngành",
        "đoàn thể",
        "phòng",
        "đơn vị",
        "cơ quan",
        "hội",
        "viện",
        "trường",
        "trung tâm",
        "chi cục",
        "doanh nghiệp",
        "tổ chức",
        # the Party's grassroots organisations under a committee ("các tổ chức cơ sở đảng trực thuộc", Điều lệ
        # Đảng, Chương III)
        "tổ chức cơ sở đảng",
        "hợp tác xã",
        "tx",
        "tp",
        "phòng chuyên môn",
        "phòng chức năng",  # "các phòng chức năng Sở": the Sở's functional departments
        "phòng, ban chức năng",
        "tx.",
        "tp.",
        "ban ngành",
        "sở ngành",
        "cấp huyện",
        "cấp xã",
        "cấp tỉnh",
        "cấp cơ sở",
        # a kind of body named by its work: "các cơ quan báo chí", "các trường học" ("các cơ sở y tế" are
        # establishments, the objects of inspections, not bodies given tasks)
        "cơ quan báo chí",
        "cơ quan thông tấn, báo chí",
        "cơ quan truyền thông",
        "cơ quan chuyên môn",
        # the member bodies of a board or steering committee ("Các đơn vị thành viên Ban An toàn giao thông tỉnh",
        # "các cơ quan thành viên Ban Chỉ đạo")
        "đơn vị thành viên",
        "cơ quan thành viên",
        # the Front's member organisations (Luật Mặt trận Tổ quốc Việt Nam 2015, Điều 1; Điều lệ MTTQ): "bà đề nghị
        # các tổ chức thành viên …" names them all, not any "tổ chức"
        "tổ chức thành viên",
        # credit institutions, a term of law (Luật Các tổ chức tín dụng 2010, 2024): "các tổ chức tín dụng trên
        # địa bàn" are the banks and funds of the place as one subject, not any "tổ chức"
        "tổ chức tín dụng",
        "tổ chức tín dụng trên địa bàn",
        "trường học",
        "khoa lâm sàng",  # a hospital's departments: "các khoa lâm sàng", "các khoa, phòng"
        "khoa cận lâm sàng",
        "khoa, phòng",
        # the hospitals and the health centres of a province as one subject of a health notice ("các bệnh viện,
        # trung tâm y tế", "các bệnh viện, trung tâm y tế tuyến huyện"): "y tế" names the centres' kind
        "bệnh viện, trung tâm y tế",
        "tổ chức chính trị - xã hội",
        "đoàn thể chính trị - xã hội",
        "đoàn thể chính trị – xã hội",
        "tổ chức đoàn thể",
        # the district Party committees: "Các huyện ủy, thị ủy, thành ủy lãnh đạo …", "các đảng ủy trực thuộc"
        "huyện ủy",
        "thị ủy",
        "thành ủy",
        "quận ủy",
        "đảng ủy",
        "đảng ủy xã",
        "chi bộ",
        # the Youth Union's committees of the districts under a Tỉnh đoàn: "Thành đoàn A, các Huyện đoàn, Thị đoàn
        # chủ động …", "các Huyện, Thị, Thành đoàn" (Điều lệ Đoàn TNCS Hồ Chí Minh)
        "huyện đoàn",
        "thị đoàn",
        "thành đoàn",
        "quận đoàn",
        # kinds of body named by their trade or work: "các doanh nghiệp viễn thông", "các phòng thí nghiệm chuyên
        # ngành xây dựng", "các đơn vị đăng kiểm xe cơ giới", "các trung tâm đăng kiểm"
        "doanh nghiệp viễn thông",
        "doanh nghiệp bưu chính",
        "doanh nghiệp kinh doanh xăng dầu",
        "doanh nghiệp xăng dầu",
        "phòng thí nghiệm",
        "phòng thí nghiệm chuyên ngành xây dựng",
        "phòng thí nghiệm chuyên ngành",
        "đơn vị đăng kiểm",
        "đơn vị đăng kiểm xe cơ giới",
        "trung tâm đăng kiểm",
        "trung tâm đăng kiểm xe cơ giới",
        "tổ chức đánh giá sự phù hợp",
        "tổ chức kiểm định",
        "tổ chức thử nghiệm",
        # a kind named by a lower-case qualifier that is part of the collective's name, not a word of its
        # predicate: where the places lie ("UBND các xã ven biển", "Cục Hải quan các tỉnh biên giới"), what the
        # units do or own ("Các khoa chuyên môn", "các đơn vị chủ rừng", "các đơn vị quản lý cân"), a trade
        # ("các công ty than", "các công ty điện lực")
        "xã ven biển",
        "xã, phường ven biển",
        "huyện ven biển",
        "tỉnh ven biển",
        "xã biên giới",
        "xã, phường biên giới",
        "huyện biên giới",
        "tỉnh biên giới",
        # along a river or a lagoon ("UBND các xã ven sông", "các phường ven sông Hàn", "các xã ven đầm phá")
        "xã ven sông",
        "xã, phường ven sông",
        "phường ven sông",
        "huyện ven sông",
        "xã ven đầm",
        "xã ven đầm phá",
        "xã vùng cao",
        "huyện vùng cao",
        "huyện miền núi",
        "xã miền núi",
        "khoa chuyên môn",
        # a body's own departments by their work ("Các phòng nghiệp vụ thuộc Sở", "các phòng, đơn vị nghiệp vụ")
        "phòng nghiệp vụ",
        "phòng, đơn vị nghiệp vụ",
        "đơn vị nghiệp vụ",
        "đơn vị chuyên môn",
        "bộ phận chuyên môn",
        "đơn vị chủ rừng",
        "chủ rừng",
        "đơn vị quản lý cân",
        "đơn vị quản lý trạm cân",
        "đơn vị sử dụng cân",
        "công ty than",
        "công ty điện lực",
        "công ty xăng dầu",
        "công ty cấp nước",
        # a commune's villages: "các thôn", "các khóm, ấp", "các tổ dân phố"
        "thôn",
        "xóm",
        "khóm",
        "ấp",
        "tổ dân phố",
        "thôn, xóm",
        "khóm, ấp",
    }
)

# Localities a body's name may be shared out over: "Phòng Tài nguyên và Môi trường các huyện, thị xã",
# "Chi cục TĐC các tỉnh, thành phố", "Sở NN&PTNT các tỉnh Nghệ An, Hà Tĩnh" (one body in each).
LOCALITY_COLLECTIVE_NOUNS: frozenset[str] = frozenset(
    {
        "tỉnh",
        "thành phố",
        "huyện",
        "thị xã",
        "quận",
        "xã",
        "phường",
        "thị trấn",
        "đặc khu",
        "địa phương",
        "tx",
        "tp",
        "tx.",
        "tp.",
        "thôn",
        "xóm",
        "khóm",
        "ấp",
    }
)

# Abbreviations inside agency names -> expansion. Applied to whole tokens, longest first.
ABBREVIATIONS: dict[str, str] = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "MTTQ": "Mặt trận Tổ quốc",
    "KH&CN": "Khoa học và Công nghệ",
    "KHCN": "Khoa học và Công nghệ",
    "KH-CN": "Khoa học và Công nghệ",
    "KH và CN": "Khoa học và Công nghệ",
    "KH&KT": "Khoa học và Kỹ thuật",
    "KHKT": "Khoa học và Kỹ thuật",
    "KH&ĐT": "Kế hoạch và Đầu tư",
    "KHĐT": "Kế hoạch và Đầu tư",
    "KH-ĐT": "Kế hoạch và Đầu tư",
    "TN&MT": "Tài nguyên và Môi trường",
    "TNMT": "Tài nguyên và Môi trường",
    "TN-MT": "Tài nguyên và Môi trường",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "NN-PTNT": "Nông nghiệp và Phát triển nông thôn",
    # the second field alone, after "Nông nghiệp và" written out ("Sở Nông nghiệp và PTNT", "Phòng Nông nghiệp và
    # PTNT huyện"): the same body as the name written in full
    "PTNT": "Phát triển nông thôn",
    "NN&MT": "Nông nghiệp và Môi trường",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "VH-TT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "VH,TT&DL": "Văn hóa, Thể thao và Du lịch",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo",
    "GD-ĐT": "Giáo dục và Đào tạo",
    "TT&TT": "Thông tin và Truyền thông",
    "TTTT": "Thông tin và Truyền thông",
    "TT-TT": "Thông tin và Truyền thông",
    "GTVT": "Giao thông vận tải",
    "KT-HT": "Kinh tế và Hạ tầng",
    "KT&HT": "Kinh tế và Hạ tầng",
    "KTHT": "Kinh tế và Hạ tầng",
    "KT và HT": "Kinh tế và Hạ tầng",  # a key of several words is matched on whole tokens (`expand_name`)
    "KH-TC": "Kế hoạch - Tài chính",
    "TC-KH": "Tài chính - Kế hoạch",
    "KT-XH": "Kinh tế - Xã hội",
    "KTXH": "Kinh tế - Xã hội",
    "TĐC": "Tiêu chuẩn Đo lường Chất lượng",
    "TCĐLCL": "Tiêu chuẩn Đo lường Chất lượng",
    "TC-ĐL-CL": "Tiêu chuẩn Đo lường Chất lượng",
    "TCĐL": "Tiêu chuẩn Đo lường",
    "UDTB": "Ứng dụng Tiến bộ",
    "ƯDTB": "Ứng dụng Tiến bộ",
    "QLKH&CN": "Quản lý Khoa học và Công nghệ",
    "QLKH": "Quản lý Khoa học",
    "QLCN": "Quản lý Công nghệ",
    "QL": "Quản lý",
    "CN": "Công nghệ",
    "KT": "Kinh tế",
    "CT": "Công Thương",
    "ĐBSCL": "Đồng bằng sông Cửu Long",
    "LHH": "Liên hiệp các Hội Khoa học và Kỹ thuật",
    "LHHKHKT": "Liên hiệp các Hội Khoa học và Kỹ thuật",
    "VP": "Văn phòng",
    "BGĐ": "Ban Giám đốc",
    "BGD": "Ban Giám đốc",
    "TT": "Trung tâm",
    "TTĐK": "Trung tâm Đăng kiểm",
    "BQL": "Ban Quản lý",
    # the forest owners' names written short (Luật Lâm nghiệp 2017, Điều 8): "BQL RPH Tây Giang", "BQL KBTTN Pù
    # Huống", "VQG Kon Ka Kinh"
    "VQG": "Vườn quốc gia",
    "RPH": "rừng phòng hộ",
    "KBTTN": "Khu bảo tồn thiên nhiên",
    "CNTT": "Công nghệ thông tin",
    "SHTT": "Sở hữu trí tuệ",
    "ATBX": "An toàn bức xạ",
    "BCH": "Ban Chấp hành",
    "BTV": "Ban Thường vụ",
    "KBNN": "Kho bạc Nhà nước",
    "NHNN": "Ngân hàng Nhà nước",
    "NHCSXH": "Ngân hàng Chính sách xã hội",
    "QLNS": "Quản lý ngân sách",
    "TCĐT": "Tài chính đầu tư",
    "TCHCSN": "Tài chính hành chính sự nghiệp",
    "BQLDA": "Ban Quản lý dự án",
    "QLDA": "Quản lý dự án",
    "ĐTXD": "đầu tư xây dựng",
    "HTX": "Hợp tác xã",
    "DVNN": "Dịch vụ nông nghiệp",
    "BHXH": "Bảo hiểm xã hội",
    "BHYT": "Bảo hiểm y tế",
    "BHTN": "Bảo hiểm thất nghiệp",
    "BCĐ": "Ban Chỉ đạo",
    "BCHQS": "Ban Chỉ huy Quân sự",
    "CHQS": "Chỉ huy Quân sự",  # "Bộ CHQS tỉnh", "Ban CHQS huyện"
    "BĐBP": "Bộ đội Biên phòng",
    "QLTT": "Quản lý thị trường",
    "VSATTP": "Vệ sinh an toàn thực phẩm",
    "ATTP": "An toàn thực phẩm",
    "QG": "Quốc gia",  # "TT Khuyến nông QG"
    "KCN": "khu công nghiệp",  # "Ban Quản lý các KCN"
    "KCX": "khu chế xuất",
    # Hồ Chí Minh City's export-processing and industrial zones authority, written short in several ways
    # ("Ban Quản lý các KCX và CN", "… các KCX-KCN", "… các KCX&CN"): its "CN" is công nghiệp, not Công nghệ
    "KCX và CN": "khu chế xuất và công nghiệp",
    "KCX&CN": "khu chế xuất và công nghiệp",
    "KCX-CN": "khu chế xuất và công nghiệp",
    "KCX-KCN": "khu chế xuất và khu công nghiệp",
    "KCX&KCN": "khu chế xuất và khu công nghiệp",
    "KKT": "khu kinh tế",
    "P.": "Phòng",  # "P. KH-TC", "P.QLKH" (a Sở's departments in its own e-mails)
    "QLCN&CN": "Quản lý Công nghệ và Chuyên ngành",
    "QLCN-CN": "Quản lý Công nghệ và Chuyên ngành",
    "KHTC": "Kế hoạch - Tài chính",
    "LĐLĐ": "Liên đoàn Lao động",
    "UBMTTQ": "Ủy ban MTTQ",
    "UBKT": "Ủy ban Kiểm tra",
    # the justice sector's bodies written short in their own and the provinces' notices (Luật Thi hành án dân sự
    # 2008; Luật Tổ chức Viện kiểm sát nhân dân 2014): "Cục THADS tỉnh", "Chi cục THADS huyện", "Tổng cục THADS",
    # "Ban Chỉ đạo THADS tỉnh", "Viện KSND huyện": the same bodies as the names written out
    "THADS": "Thi hành án dân sự",
    "KSND": "Kiểm sát nhân dân",
}

# Abbreviations that are whole agency names on their own (the prefix is implied).
# Abbreviations that stand for another word in one kind of body's name: a bank's "CN" is its branch ("NHNN CN
# tỉnh Long An", "Agribank CN huyện"), not "Công nghệ" as in "Sở KH&CN". key: the kind; value: as ABBREVIATIONS.
# Words a group names beside a kind of body without being a head of names ("các sở, ngành: Tài chính, Y tế, Công
# an tỉnh"): the list after the colon gives bare names under the kind's head and bodies with heads of their own.
GROUP_WORDS_BESIDE_A_HEAD: frozenset[str] = frozenset(
    {"ngành", "đơn vị", "cơ quan", "địa phương", "đoàn thể"}
)

ABBREVIATIONS_BY_KIND: dict[str, dict[str, str]] = {
    "bank": {"CN": "Chi nhánh"},
    # a Sở's field in one or two letters, as the lists of recipients and of bodies given a task write them ("Các
    # sở: TC, XD, NN&MT, NV", "Sở TC chủ trì"); only a Sở's name is read so, since "TC" or "CT" alone are also a
    # general department and a chairman
    "so": {
        "TC": "Tài chính",
        "XD": "Xây dựng",
        "NV": "Nội vụ",
        "YT": "Y tế",
        "CT": "Công Thương",
        "TP": "Tư pháp",
        "NG": "Ngoại vụ",
        "DL": "Du lịch",
        "VHTT": "Văn hóa và Thể thao",
        "DTTG": "Dân tộc và Tôn giáo",
        "DT&TG": "Dân tộc và Tôn giáo",
        "QHKT": "Quy hoạch - Kiến trúc",
        "QH-KT": "Quy hoạch - Kiến trúc",
        "GTCC": "Giao thông công chính",
    },
}

STANDALONE_ABBREVIATIONS: dict[str, str] = {
    "LHH": "Liên hiệp các Hội Khoa học và Kỹ thuật",
    "BGĐ": "Ban Giám đốc",
    "BGD": "Ban Giám đốc",
    "VPUBND": "Văn phòng Ủy ban nhân dân",
    # national and regional universities (Nghị định 186/2013/NĐ-CP), written short in their own notices
    "ĐHTN": "Đại học Thái Nguyên",
    "ĐHQGHN": "Đại học Quốc gia Hà Nội",
    "ĐHQG": "Đại học Quốc gia",
    "ĐHĐN": "Đại học Đà Nẵng",
    "ĐHH": "Đại học Huế",
    # state groups and their corporations, named short in their own notices and in the provinces' ("TKV rà soát
    # …", "Phó Tổng Giám đốc TKV", "Tổng công ty Điện lực TP Hà Nội (EVNHANOI)")
    "TKV": "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam",
    "EVN": "Tập đoàn Điện lực Việt Nam",
    "EVNNPC": "Tổng công ty Điện lực miền Bắc",
    "EVNCPC": "Tổng công ty Điện lực miền Trung",
    "EVNSPC": "Tổng công ty Điện lực miền Nam",
    "EVNHANOI": "Tổng công ty Điện lực thành phố Hà Nội",
    "EVNHCMC": "Tổng công ty Điện lực thành phố Hồ Chí Minh",
    "PVN": "Tập đoàn Dầu khí Việt Nam",
}

# Foreign donors and international organisations, which notices on ODA projects, donors' missions, epidemics and
# nuclear safety name in Vietnamese with lower-case words inside ("Ngân hàng Phát triển châu Á", "Tổ chức Y tế Thế
# giới") or by their abbreviation ("Đoàn ADB", "chuyên gia tư vấn của WB", "phối hợp với JICA"). Each body: its
# canonical Vietnamese name, the other Vietnamese names it goes by, and its abbreviations written alone. Left out
# as abbreviations: "EU", "WTO", "ASEAN", which notices write as the market, the treaty or the region ("thị trường
# EU", "cam kết WTO") more often than as a body; their Vietnamese names are read.
INTERNATIONAL_BODIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Ngân hàng Thế giới", (), ("WB",)),
    ("Ngân hàng Phát triển châu Á", (), ("ADB",)),
    ("Ngân hàng Đầu tư Cơ sở hạ tầng châu Á", (), ("AIIB",)),
    ("Quỹ Tiền tệ Quốc tế", (), ("IMF",)),
    ("Cơ quan Hợp tác Quốc tế Nhật Bản", (), ("JICA",)),
    ("Cơ quan Hợp tác Quốc tế Hàn Quốc", (), ("KOICA",)),
    ("Tổ chức Hợp tác Quốc tế Đức", (), ("GIZ",)),
    ("Cơ quan Phát triển Pháp", (), ("AFD",)),
    ("Cơ quan Phát triển Quốc tế Hoa Kỳ", (), ("USAID",)),
    ("Liên minh châu Âu", ("Phái đoàn Liên minh châu Âu",), ()),
    ("Chương trình Phát triển Liên hợp quốc", (), ("UNDP",)),
    ("Quỹ Nhi đồng Liên hợp quốc", (), ("UNICEF",)),
    ("Quỹ Dân số Liên hợp quốc", (), ("UNFPA",)),
    ("Tổ chức Y tế Thế giới", (), ("WHO",)),
    ("Tổ chức Lương thực và Nông nghiệp Liên hợp quốc", ("Tổ chức Nông lương Liên hợp quốc",), ("FAO",)),
    ("Quỹ Quốc tế về Phát triển Nông nghiệp", (), ("IFAD",)),
    ("Tổ chức Phát triển Công nghiệp Liên hợp quốc", (), ("UNIDO",)),
    ("Tổ chức Lao động Quốc tế", (), ("ILO",)),
    ("Cơ quan Năng lượng Nguyên tử Quốc tế", (), ("IAEA",)),
    ("Tổ chức Sở hữu trí tuệ Thế giới", (), ("WIPO",)),
    ("Tổ chức Thương mại Thế giới", (), ()),
    ("Viện Đo lường Quốc gia Đức", (), ("PTB",)),
)

# A notice's own short name for a body, given in brackets right after its full name: "Công ty Cổ phần Nước - Môi
# trường Bình Dương (Biwase)", "… (sau đây gọi tắt là Biwase)"; later mentions of the short name are that body. The
# words that may open the bracket before the short name:
SHORT_NAME_CUES: tuple[str, ...] = (
    "sau đây gọi tắt là",
    "sau đây viết tắt là",
    "sau đây gọi là",
    "gọi tắt là",
    "viết tắt là",
    "gọi tắt",
    "viết tắt",
)
# the most words such a short name has ("Biwase", "PC07", "Quatest 3", "Sawaco Chợ Lớn")
SHORT_NAME_MAX_TOKENS: int = 3

# Short names made of a word and the body's number (the national technical centres of the standards and metrology
# system, Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1, 2 and 3, known as Quatest 1-3): key -> (head, the
# name before the number, kind).
NUMBERED_SHORT_NAMES: dict[str, tuple[str, str, str]] = {
    "quatest": ("Trung tâm", "Kỹ thuật Tiêu chuẩn Đo lường Chất lượng", "center"),
}

# Prefixes of document codes ("Số: 12/TB-SKHCN") -> the issuing body's name.
DOCUMENT_CODE_ISSUERS: dict[str, str] = {
    "SKHCN": "Sở Khoa học và Công nghệ",
    "SKH&CN": "Sở Khoa học và Công nghệ",
    "SYT": "Sở Y tế",
    "STC": "Sở Tài chính",
    "SKHĐT": "Sở Kế hoạch và Đầu tư",
    "SNN": "Sở Nông nghiệp và Phát triển nông thôn",
    "SNNPTNT": "Sở Nông nghiệp và Phát triển nông thôn",
    "SNNMT": "Sở Nông nghiệp và Môi trường",
    "STNMT": "Sở Tài nguyên và Môi trường",
    "SGDĐT": "Sở Giáo dục và Đào tạo",
    "SCT": "Sở Công Thương",
    "SXD": "Sở Xây dựng",
    "SGTVT": "Sở Giao thông vận tải",
    "SNV": "Sở Nội vụ",
    "STP": "Sở Tư pháp",
    "STTTT": "Sở Thông tin và Truyền thông",
    "SLĐTBXH": "Sở Lao động - Thương binh và Xã hội",
    "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    "UBND": "Ủy ban nhân dân",
    "VPUBND": "Văn phòng Ủy ban nhân dân",
    "TU": "Tỉnh ủy",
    "VPTU": "Văn phòng Tỉnh ủy",
    "HU": "Huyện ủy",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BYT": "Bộ Y tế",
    "BTC": "Bộ Tài chính",
    "BNN": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "VPCP": "Văn phòng Chính phủ",
}

# Lower-case syllables that may continue an agency name (names are not reliably
# capitalised: "Sở Nông nghiệp và Phát triển nông thôn", "Phòng Quản lý khoa học"; a Sở GD&ĐT's general-education
# unit, "Phòng Giáo dục phổ thông", "Phòng Giáo dục phổ thông - Giáo dục dân tộc", the ministry's "Vụ Giáo dục phổ
# thông": "phổ" alone, as "phổ biến" is a verb of NAME_STOP_VERBS that still ends a name).
NAME_SYLLABLES: frozenset[str] = frozenset(
    """
    và khoa học công nghệ quản lý kỹ thuật kinh tế hạ tầng nông nghiệp thôn phát triển chất lượng
    đo lường tiêu chuẩn cơ sở chuyên ngành thị trường xã hội môi trường đầu tư tài chính kế hoạch
    thông tin tư liệu truyền đào tạo giáo dục y dân nhân ứng dụng tiến bộ kiểm định nghiệm
    thống kê hành văn thanh tra an toàn bức xạ hạt năng suất đô thị vận tải giao pháp lao động
    thương binh du lịch thể thao hóa nội vụ ngoại xây dựng trí tuệ sở hữu nguyên tài
    lúa đồng bằng sông cửu long vấn tư chính phòng tổng hợp dịch nghiên cứu bảo vệ thực vật
    chăn nuôi thú thủy lợi lâm kiểm sản nước sạch vệ sinh dự án quy hoạch
    tuyên giáo tổ chức mặt trận tổ quốc phụ nữ nông dân cựu chiến binh thanh niên
    chỉ huy quân sự biên phòng khuyến công xúc tiến thương mại thuế hải quan bạc kho
    tỉnh huyện quận phường trấn dân tộc tôn giáo thường trực vụ ngân sách
    thị điện tử số hóa chuyển đổi sáng tạo đổi mới hỗ trợ cộng đồng doanh nghiệp
    công thương lượng cao kiểm nghiệm thí nghiệm bệnh viện dược phẩm mỹ phẩm thực phẩm
    tế bào sinh học chuyển giao phân tích trắc địa bản đồ đất đai
    điều phối khu vực chợ cảnh sát hình sự cháy chữa cứu nạn hộ gia thiết
    soát tật chống sốt rét nội tiết phục hồi chức năng phổi tâm thần da liễu mắt nhi sản truyền nhiễm
    giám định pháp huyết máu chế trọt giá
    xuyên nghề rừng đê phổ
    """.split()
)

# One-letter syllables written in lower case that a sentence may end on ("… Chi cục Chăn nuôi và Thú y."): a full
# stop after one is the sentence's, not an initial's ("P.", "A.") or a list item's ("a.", "b.").
ONE_LETTER_SYLLABLES: frozenset[str] = frozenset({"y"})

# Function words a name written in lower case never holds after its head: a determiner, a conjunction, a pointer
# back ("… đó", "… nêu trên") or a time word ("… sau", "… trước"). They end a name's tail, the words read after a
# unit's head up to a comma or the line's end.
NAME_TAIL_STOP_WORDS: frozenset[str] = frozenset(
    {"các", "những", "và", "hoặc", "này", "đó", "nêu", "trên", "dưới", "sau", "trước"}
)

# Words of two or three syllables that a body's name holds, written with the first syllable capitalised and
# the rest in lower case: "Phòng Tham mưu", "Phòng Hậu cần - Kỹ thuật", "Vụ Trang thiết bị và Công trình y
# tế", "Phòng An ninh mạng", "Phòng Hợp tác Quốc tế". The later syllables are not name syllables on their own
# ("cần" is the modal verb in "Phòng Kinh tế cần …"), so they continue a name only right after a capitalised
# first syllable that opens the word. The journalists' association is named by the profession's word ("Hội Nhà
# báo", as "Hội Nhà văn", "Hội Luật gia"): "báo" there is no newspaper and no "báo cáo"; the army's firms are
# named "… Quân đội" ("Tập đoàn Công nghiệp - Viễn thông Quân đội", "Ngân hàng TMCP Quân đội"). The elderly's
# association is "Hội Người cao tuổi" (Luật Người cao tuổi 2009), "tuổi" there no age; a pilotage company and the
# maritime safety firms are named by their trade ("Công ty TNHH MTV Hoa tiêu hàng hải khu vực IV", "Xí nghiệp Bảo
# đảm an toàn hàng hải Nam Trung Bộ"); a health department's units by the field ("Phòng Nghiệp vụ Y", "Phòng
# Nghiệp vụ Dược", Thông tư 37/2021/TT-BYT), the one-letter "Y" (medicine) a whole word, no initial.
NAME_WORDS: frozenset[str] = frozenset(
    """
    tham mưu|chính trị|hậu cần|chữ thập đỏ|dự toán|khai thác|công trình|hợp tác|quản trị|an ninh|an ninh mạng|cảnh sát|trang thiết bị|thiết bị
    bảo hiểm|khám bệnh|chữa bệnh|kế toán|nhân sự|đối ngoại|pháp chế|giám sát|tiếp dân|tiếp công dân
    tuyên truyền|dân vận|cứu hộ|cứu nạn|phòng cháy|chữa cháy|ma túy|ma tuý|văn thư|lưu trữ|thi đua|khen thưởng
    bảo tồn|bảo tàng|quốc phòng|cơ yếu|kiểm lâm|lâm nghiệp|dạy nghề|khảo thí|sinh viên|học sinh|đại học
    sau đại học|đảm bảo|quan hệ|công chúng|pháp luật|hộ tịch|đăng ký|kiến trúc|nhà ở|bất động sản|giá đất
    đăng kiểm|cầu đường|năng lượng|viễn thông|bưu chính|báo chí|xuất bản|phát thanh|thể dục|gia đình|di sản
    mỹ thuật|nhiếp ảnh|triển lãm|thư viện|kiểm toán|nội chính|miền núi|biên giới|lãnh sự|lễ tân|nghiệp vụ
    trật tự|cơ động|phản ứng|điều dưỡng|dinh dưỡng|xét nghiệm|chẩn đoán|hình ảnh|gây mê|hồi sức|cấp cứu
    truyền máu|huyết học|dược lý|quốc tế|đối thoại|khiếu nại|tố cáo|tham nhũng|tổng hợp|cải cách|tài sản
    ngân sách|ngân hàng|thủy văn|khí tượng|địa chất|khoáng sản|biển đảo|hải đảo|tài nguyên nước|nhân lực
    trung ương|công tác|dân chủ|phong trào|khuyến ngư|khuyến nông|phương tiện|người lái|hải văn|tìm kiếm|điện ảnh|thiếu niên|nhi đồng|thanh thiếu nhi|thanh thiếu niên
    chỉ dẫn địa lý|chỉ dẫn|nhãn hiệu|sáng chế|kiểu dáng công nghiệp|thông tin sở hữu công nghiệp|cấp phép|cấp giấy phép
    cây lương thực|cây thực phẩm|cây ăn quả|cây công nghiệp|rau quả|thổ nhưỡng nông hóa|cơ điện nông nghiệp|lúa gạo
    độ dài|khối lượng|điện từ|hóa lý|áp suất|lưu lượng|âm thanh|quang học|thời gian|tần số|dung tích|âm - rung|nhiệt
    kiểm soát chi|kế toán nhà nước|ngân quỹ|quản lý ngân quỹ|thanh toán|giao dịch|kho quỹ|thu nợ|quản lý thu|cấp sổ|khai thác
    ung bướu|y học cổ truyền|hồi sức tích cực|chống độc|tai mũi họng|răng hàm mặt|chấn thương chỉnh hình|thận nhân tạo
    giải phẫu bệnh|vi sinh|hóa sinh|thăm dò chức năng|vật lý trị liệu|kiểm soát nhiễm khuẩn|tim mạch|thần kinh|tiêu hóa
    hô hấp|sơ sinh|phụ sản|sản khoa|nhi khoa|lão khoa|khám bệnh|truyền nhiễm|da liễu|nội tiết|công tác xã hội|quản lý chất lượng
    chính phủ|tư lệnh|cảnh sát biển|truyền thông|quản trị kinh doanh|bộ đội biên phòng|bộ đội|chế độ|chế độ chính sách|nghiệp vụ kho bạc|kiểm định xe cơ giới|đăng kiểm xe cơ giới|xe cơ giới|tiếp nhận và trả kết quả|trả kết quả|tiếp nhận|một cửa|văn kiện|ủy ban
    sản xuất|kinh doanh|sản xuất và kinh doanh|dịch vụ|văn hóa|truyền thanh|truyền hình|tuyên giáo|kiểm tra|giám định
    cơ khí|năng lực|doanh nhân|doanh nhân trẻ|chứng nhận|công nhận|mã số|mã vạch|mã số mã vạch|thử nghiệm|hỏi đáp|đánh giá sự phù hợp|sự phù hợp|phù hợp
    nước sinh hoạt|cấp nước|thoát nước|cấp thoát nước|quan trắc|giống cây trồng|cây trồng|vật nuôi
    hữu nghị|đa khoa|sư phạm|kỹ thuật|y dược|dược|ngoại ngữ|bách khoa|nông lâm|kinh tế quốc dân|khai thác|bảo vệ|nuôi trồng
    y tế công cộng|công cộng|cạnh tranh|bảo vệ người tiêu dùng|bảo vệ quyền lợi người tiêu dùng|người tiêu dùng
    bến xe|bến xe khách|bến xe tàu|bến tàu|bến khách|huấn luyện|thi đấu|xúc tiến|đơn thư|xử lý đơn thư|người lái
    quản lý rủi ro|kiểm soát rủi ro|kiểm tra sau thông quan|kiểm soát phòng, chống ma túy|phòng, chống ma túy
    bảo trì|bảo dưỡng|bảo trì đường bộ|quản lý bảo trì
    chế biến|bảo quản|sau thu hoạch|bảo quản sau thu hoạch|chế biến nông sản
    giới thiệu|giới thiệu việc làm|dịch vụ việc làm|việc làm|khởi nghiệp|hỗ trợ khởi nghiệp|khởi nghiệp sáng tạo
    khởi nghiệp đổi mới sáng tạo|đổi mới sáng tạo
    chương trình|chương trình mục tiêu quốc gia|mục tiêu quốc gia|chương trình mtqg|chương trình nông thôn mới
    chương trình xây dựng nông thôn mới|chương trình mục tiêu quốc gia xây dựng nông thôn mới|chương trình mtqg xây dựng nông thôn mới
    chương trình mục tiêu quốc gia giảm nghèo bền vững|chương trình mtqg giảm nghèo bền vững
    địa bàn|công ích|dịch vụ công ích
    giảm nghèo|giảm nghèo bền vững|đồng hồ|đồng hồ nước
    di truyền|chọn giống|chọn tạo giống|canh tác|điện lạnh|nhân sự
    hàng không|tiền lương|tiền công|người có công|nuôi dưỡng|công viên|công viên địa chất|công viên địa chất toàn cầu
    cao nguyên|cao nguyên đá|quản lý nợ|tài chính đối ngoại|cảng hàng không
    xuất nhập cảnh|quản lý xuất nhập cảnh|xuất cảnh|nhập cảnh|quản lý xuất cảnh|quản lý nhập cảnh
    nhà báo|quân đội
    người cao tuổi
    nghiệp vụ y|nghiệp vụ dược
    hoa tiêu|hoa tiêu hàng hải|hàng hải|bảo đảm an toàn hàng hải|đường thủy nội địa
    đoàn kết|tin lành|trị sự|tín dụng|tín dụng nhân dân
    bình đẳng giới|bình đẳng|trẻ em|bảo trợ xã hội|tệ nạn xã hội|cai nghiện|cai nghiện ma túy|cai nghiện ma tuý
    chương trình xây dựng ntm|chương trình mtqg xây dựng ntm|chương trình ntm|chương trình ocop
    liên minh|liên đoàn
    nghệ thuật|ca kịch|cải lương|ca múa nhạc|ca múa|múa rối|kịch nói|dân ca|ca trù|quan họ|đờn ca tài tử|bài chòi
    """.replace("\n", "|").split("|")
) - {""}

# Words of names like `NAME_WORDS` whose later syllables are a verb or a word of the sentence after a name written
# in lower case ("Phòng Kinh tế đối ngoại tổng hợp danh mục …": "tổng hợp" the verb), so they go on with a name
# only after their capitalised first syllable: a hospital's wards by their speciality (Quy chế bệnh viện 1997:
# "Khoa Nội tổng hợp", "Khoa Ngoại chấn thương"), a faculty's or a company's unit ("Khoa Công nghệ Nhiệt lạnh",
# "Phòng Điều độ" of a power company, "Trung tâm Dịch vụ tổng hợp"), and a representative board inside another
# name ("Văn phòng Ban Đại diện", "Chánh Văn phòng Ban Đại diện Hội Người cao tuổi"): lower-case "và đại diện …" is
# a representative, a person, and ends the name before it.
CAPITALISED_NAME_WORDS: frozenset[str] = frozenset(
    """
    nội tổng hợp|ngoại tổng hợp|ngoại chấn thương|nội tim mạch|nội thần kinh|nội tiêu hóa|nội thận|nội cơ xương khớp
    ngoại thần kinh|ngoại tiết niệu|ngoại lồng ngực|ngoại tiêu hóa|ngoại nhi|ngoại chấn thương chỉnh hình
    nhiệt lạnh|nhiệt - lạnh|điều độ|dịch vụ tổng hợp
    đại diện
    """.replace("\n", "|").split("|")
) - {""}

# Words of the kind a body is, written in lower case after its head, which no name syllable opens: a general
# hospital ("Bệnh viện đa khoa tỉnh", "các bệnh viện đa khoa huyện", Thông tư 43/2013/TT-BYT), a specialised one
# ("Bệnh viện chuyên khoa …"), a board or team of several sectors ("Ban Chỉ đạo liên ngành về an toàn thực phẩm",
# "Đoàn kiểm tra liên ngành", "Tổ công tác liên ngành"). A phrase may end in a word that opens the field the body
# is of (`FIELD_OPENERS_IN_NAMES`), taken only when the field follows.
LOWER_CASE_KIND_WORDS: frozenset[str] = frozenset({"đa khoa", "chuyên khoa", "liên ngành", "liên ngành về"})

# Nouns of the field a cultural-heritage body is named by, written in lower case after the head's first field as
# the sentence case of names has it (Luật Di sản văn hóa 2001 and 2024; the provinces' decisions on a Sở VHTTDL's
# units): "Ban Quản lý di tích và danh thắng tỉnh", "Trung tâm Quản lý bảo tồn di sản văn hóa Hội An", "Phòng Quản
# lý di sản", "Ban Quản lý di tích lịch sử - văn hóa …". Their first syllable is no name syllable on its own ("di"
# opens "di dời", "danh" opens "danh sách"), so they are listed whole; nouns, they open no predicate after a name.
FIELD_NOUNS_IN_NAMES: frozenset[str] = frozenset(
    {
        "di tích",
        "di tích lịch sử",
        "di sản",
        "di sản văn hóa",
        "di sản văn hoá",
        "di sản thế giới",
        "danh thắng",
        "danh lam thắng cảnh",
        "danh lam",
        "thắng cảnh",
        "di vật",
        "cổ vật",
    }
)
FIELD_OPENERS_IN_NAMES: frozenset[str] = frozenset({"về"})

# Heads of the units a post title is of, whose name, written after the title, runs to a comma and the unit's
# parent body: "Phó Trưởng phòng Quản lý hoạt động xây dựng, Sở Xây dựng", "Trưởng ban Chính sách pháp luật,
# Liên đoàn Lao động tỉnh", "Phó Trưởng khoa Y tế công cộng, Trung tâm Y tế huyện".
UNIT_HEADS_BEFORE_PARENTS: frozenset[str] = frozenset({"phòng", "ban", "khoa", "tổ"})

# Lower-case syllables that continue the name of one kind of body only: a company's legal form and trade
# ("Công ty Cổ phần Cấp nước Thanh Hóa", "Công ty Điện lực Phú Yên", "Công ty TNHH Một thành viên Xổ số
# kiến thiết", "Công ty Xăng dầu Khu vực II"). Verbs are left out ("xây dựng", "cấp", "xuất khẩu" after a
# company are its predicate more often than its name, which writes them capitalised).
NAME_SYLLABLES_BY_KIND: dict[str, frozenset[str]] = {
    "company": frozenset(
        """
        lực cổ phần trách nhiệm hữu hạn một thành viên dầu khí xổ số kiến thiết thoát nhập khẩu mại
        liệu măng su bì bón đường sắt bia rượu giải khát than khoáng may mặc dệt lương thủy miền
        cà phê chè mía muối giống
        """.split()
    ),
    # a cooperative's trade ("Hợp tác xã Sản xuất và kinh doanh muối Hải Đông", "HTX Dịch vụ nông nghiệp", "Hợp
    # tác xã Rau an toàn", "HTX Chè Tân Cương", "Hợp tác xã Thanh long", "HTX Vận tải")
    "coop": frozenset(
        """
        muối chè rau quả hoa cây cảnh giống lúa gạo nấm mật ong tỏi nuôi trồng thủy hải sản tôm cá mây tre đan gốm sứ
        dệt thổ cẩm cà phê điều cao su mía đường lồng bè bưởi cam nhãn vải chanh xoài dừa thanh long sạch hữu cơ
        xe khách vận tải điện nước dịch vụ tổng hợp thương mại môi trường an toàn
        sành thiều quýt chuối dứa mận ổi
        """.split()
    ),
}
# a people's credit fund (Luật Các tổ chức tín dụng 2010, Điều 4: "quỹ tín dụng nhân dân"), written in lower case
# after its head as often as capitalised: "Quỹ tín dụng nhân dân Tân Dĩnh", "Quỹ tín dụng nhân dân xã Yên Lư"
NAME_SYLLABLES_BY_KIND["fund"] = frozenset({"tín", "dụng", "nhân", "dân"})
# ... and then named by the commune it serves, whose name may open like a family name ("Quỹ tín dụng nhân dân Yên
# Lư", "… Lê Lợi"): after these words of its kind the capitalised run is that place, not a person.
PLACE_AFTER_WORDS_BY_KIND: dict[str, tuple[str, ...]] = {"fund": ("tín dụng nhân dân",)}
# a producers' association is named by the same trades ("Hội Sản xuất và Kinh doanh tỏi Lý Sơn", "Hội Thanh long
# Châu Thành", "Hội Nuôi ong")
NAME_SYLLABLES_BY_KIND["association"] = NAME_SYLLABLES_BY_KIND["coop"] | frozenset(
    # livestock breeders' associations ("Hội Chăn nuôi gà đồi Yên Thế", "Hội Chăn nuôi bò sữa", "Hội Nuôi ong")
    {"tỏi", "ong", "vườn", "gà", "đồi", "vịt", "lợn", "heo", "bò", "sữa", "dê", "trâu", "thỏ", "yến"}
)

# Bodies named by their trade, or by what they manage, and then by the place they serve: the words between the
# head and the place are written in lower case and are too many trades to list ("HTX sản xuất muối Tri Hải",
# "Hợp tác xã chế biến nước mắm Vạn Phần", "HTX nước mắm Xuân Phương", "Trạm Quản lý cảng cá Lạch Bạng", "Ban
# Quản lý chợ Bình Châu", "Cửa hàng xăng dầu cảng cá Lạch Bạng", "Cửa hàng xăng dầu số 5"), so the name runs on
# over them to the capitalised place (or the number) that closes it. Keys: the head, or the head and the words
# of its name before the trade ("ban quản lý": a Ban named "Quản lý" + what it manages). A board that steers or
# manages a programme is named the same way, and may close with the commune or district it serves ("Ban Quản lý
# xây dựng nông thôn mới xã", "Ban Chỉ đạo xây dựng nông thôn mới huyện Bình Sơn", Quyết định 800/QĐ-TTg 2010).
NAMED_BY_TRADE_AND_PLACE: frozenset[str] = frozenset(
    {
        "hợp tác xã",
        "htx",
        "trạm",
        "ban quản lý",
        "ban chỉ đạo",
        "cảng cá",
        "cửa hàng",
        "ban chỉ huy phòng thủ khu vực",
    }
)  # ("Ban Chỉ huy phòng thủ khu vực 2", "… khu vực Ea Kar": a regional defence command closed by its number or place)
# The heads of a national park's name: the place after them is the park's, whatever family name opens it
# ("Vườn quốc gia Bạch Mã", "Hạt Kiểm lâm VQG Hoàng Liên"), no person.
PARK_HEADS: frozenset[str] = frozenset({"vườn quốc gia", "vqg"})
# Bodies numbered within their province and named by the place they sit in after a dash, both part of the name
# (the regional defence commands of 2025, Nghị định 02/2025/NĐ-CP: "Ban Chỉ huy phòng thủ khu vực 2 - Sơn Dương",
# "… khu vực 1 - Biên Hòa"): without them the name is that of every zone. Head and lower-case name, folded.
NUMBERED_ZONE_NAMES: frozenset[str] = frozenset({"ban chỉ huy phòng thủ khu vực"})
# Verbs that name the trade or programme inside such a name although they end other names as a predicate
# ("sản xuất", "kinh doanh" are in NAME_STOP_VERBS, "xây dựng" in NAME_STOP_PHRASES): "HTX sản xuất và kinh doanh
# muối Hải Đông", "Ban Quản lý xây dựng nông thôn mới xã". With one of them the name may also close with a
# locality keyword ("… xã", "… huyện Bình Sơn") instead of a capitalised place.
TRADE_VERBS_IN_NAMES: frozenset[str] = frozenset(
    {
        "sản xuất",
        "kinh doanh",
        "chế biến",
        "nuôi trồng",
        "khai thác",
        "thu mua",
        "dịch vụ",
        "tiêu thụ",
        "xây dựng nông thôn mới",
        "xây dựng xã nông thôn mới",
    }
)
# Boards named by their purpose, in lower case, then the place they serve (Quyết định thành lập …): "Ban Chỉ đạo
# giảm nghèo bền vững tỉnh", "Ban Chỉ đạo thi tốt nghiệp THPT tỉnh", "Hội đồng nghĩa vụ quân sự huyện", "Ban Tổ
# chức lễ hội … tỉnh". The purpose is part of the name only when the words run, unbroken, to a place keyword
# ("tỉnh", "huyện X", "cấp tỉnh"): otherwise they are the board's predicate ("Ban Chỉ đạo đề nghị các xã …").
PURPOSE_NAMED_HEADS: frozenset[str] = frozenset(
    {"ban chỉ đạo", "ban chỉ huy", "ban tổ chức", "hội đồng", "tổ công tác", "ban điều hành"}
)
# Teams a body sets up for one task, named by that task in lower case and then by the body they work in ("Tổ kiểm
# soát nghề cá Cảng cá Lạch Quèn", "Tổ giám sát sản lượng Ban Quản lý cảng cá tỉnh"): the owner closes the name
# (with no owner named, the words are the predicate: "Tổ đề nghị …").
TEAMS_NAMED_BY_TASK_AND_OWNER: frozenset[str] = frozenset({"tổ"})
# Words that open a board's predicate, not its purpose: "Ban Chỉ đạo đề nghị UBND huyện", "Hội đồng đã thống
# nhất …", "Ban Tổ chức giao cho huyện Tân Phú".
PREDICATE_OPENERS_AFTER_BOARD: frozenset[str] = frozenset(
    {
        "đề nghị", "yêu cầu", "giao", "chỉ đạo", "họp", "kết luận", "thống nhất", "báo cáo", "chủ trì",
        "phối hợp", "đôn đốc", "hướng dẫn", "đã", "đang", "sẽ", "cần", "phải", "có", "được", "bị", "là", "và",
        "cùng", "với", "tại", "ở", "cho", "của", "về", "để", "trên", "đến", "theo", "khẩn trương", "tiếp tục",
        "sớm", "thường xuyên", "xin", "nhất trí", "ghi nhận", "đánh giá", "biểu dương", "phê bình", "lưu ý",
        "quyết định", "ban hành", "trình", "gửi", "làm việc", "kiểm tra", "tổng hợp", "rà soát", "triển khai",
        "phân công", "phân bổ", "thông báo", "đề xuất", "tham mưu", "chuẩn bị", "gặp", "thăm",
    }
)  # fmt: skip
# A council's purpose whose first verb opens a predicate elsewhere ("Hội đồng đánh giá cao …"), written as a pair:
# "Hội đồng Khoa học và Công nghệ đánh giá, nghiệm thu đề tài cấp tỉnh", "Hội đồng tư vấn tuyển chọn, giao trực
# tiếp …" (the councils of Thông tư 02/2015/TT-BKHCN and its successors).
COUNCIL_PURPOSE_PAIRS: frozenset[str] = frozenset(
    {"đánh giá, nghiệm thu", "kiểm tra, đánh giá", "tuyển chọn, giao trực tiếp", "xét chọn, đặt hàng"}
    # the OCOP rating councils (Quyết định 1048/QĐ-TTg 2019, 148/QĐ-TTg 2023): "Hội đồng đánh giá, phân hạng sản
    # phẩm OCOP cấp tỉnh"
    | {"đánh giá, phân hạng", "đánh giá và phân hạng"}
)
# Words before a place keyword that make it the place of the predicate, not the board's: "… tổ chức kiểm tra
# tại huyện X", "… hỗ trợ cho tỉnh".
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    {"tại", "ở", "cho", "với", "trên", "đến", "về", "của", "từ", "giữa", "các", "những", "toàn"}
)

# Heads never written bare for a body: a capitalised "Cửa hàng xăng dầu tại cảng có …" opening a sentence is
# the shop as a place, "Cảng cá" alone the port's grounds; the body has a name or a number ("Cảng cá Tam Quan").
HEADS_NEVER_BARE: frozenset[str] = frozenset(
    # ("BQL" stands for a board with its name after it: "BQL rừng phòng hộ Sông Tranh", never alone)
    {"cửa hàng", "cảng cá", "tt", "p.", "tổ", "viettel", "mobifone", "vietnamobile", "bql"}
    | {"agribank", "bidv", "vietcombank", "vietinbank", "sacombank", "techcombank"}
    | {"doanh nghiệp tư nhân", "dntn"}
    | {"co.opmart", "co.op mart", "coopmart", "winmart", "vinmart", "big c", "lotte mart", "mm mega market"}
)
# Of those, the carriers' brands: a firm the notice deals with is named by its brand alone when it is the
# subject of a task or a party to the meeting ("3. MobiFone làm việc với Viettel …", "giao Viettel, VNPT và
# MobiFone rà soát"), i.e. when it opens a sentence, a line or a list item, or follows one of these words or a
# list's comma; after any other lower-case word it is the network ("hạ tầng Viettel", "thuê bao MobiFone"). Bare,
# the brand is the firm's name, not a bare "Công ty" that points back to the company named before ("VNPT" is
# never the network's name alone, so it is read bare anywhere).
BRANDS_BARE_AS_PARTIES: frozenset[str] = frozenset({"viettel", "mobifone", "vietnamobile", "vnpt"})
WORDS_BEFORE_A_BARE_BRAND: frozenset[str] = frozenset(
    {"giao", "đề nghị", "yêu cầu", "và", "với", "cùng", "đại diện"}
)

# Bodies named by their sector and the place they serve, with no head noun: since 2025 the tax and statistics
# offices of a province are "Thuế tỉnh Thanh Hóa", "Thuế thành phố Hà Nội", "Thuế cơ sở 1 tỉnh Nghệ An" (Quyết
# định 381/QĐ-BTC and 1377/QĐ-BTC 2025) and "Thống kê tỉnh Lào Cai" (Quyết định 386/QĐ-BTC 2025). The words are
# also the tax and the statistics, so they name a body only when capitalised and followed by a named place ("tỉnh
# X", "thành phố X"), a numbered unit ("cơ sở 1") or a region ("khu vực V"). key: the sector; value: the body's
# kind and the words before it that make it the thing, not the body ("niên giám Thống kê tỉnh X", "nộp Thuế").
HEADS_NAMED_BY_PLACE_ONLY: dict[str, tuple[str, frozenset[str]]] = {
    "thuế": (
        "department",
        frozenset({"nộp", "thu", "khai", "tiền", "mức", "nợ", "miễn", "giảm", "hoàn", "số", "quyết toán"}),
    ),
    "thống kê": ("department", frozenset({"giám", "liệu", "công tác", "báo cáo", "số", "biểu"})),
}

# Heads written short in a unit's own notices and e-mails ("TT Kỹ thuật và Ứng dụng công nghệ", "TT Thông tin và
# Thống kê KH&CN", "P. KH-TC", "P.QLKH: …"). The short forms are other words too ("TT" a thị trấn, a Thông tư,
# the Thường trực of "TT HĐND"; "P." a Phó of "P. Giám đốc"), so they are heads only when a body's name follows:
# an abbreviation of one ("P. QLKH"), or two capitalised-first words of which names are made ("TT Kỹ thuật").
SHORT_HEADS: frozenset[str] = frozenset({"tt", "p."})

# Lower-case words that are name syllables elsewhere ("Sở Giao thông vận tải", "… giao thông") but end a
# name when another body's name or a punctuation mark follows them: "Ban Thường vụ Tỉnh ủy giao Ban Tuyên giáo
# …", "kế hoạch BHXH Việt Nam giao;" (a verb).
NAME_STOPS_BEFORE_A_BODY: frozenset[str] = frozenset({"giao"})
# Words after a bare head that name the body of the level just named ("UBND các xã, phường chỉ đạo Ủy ban bầu cử
# cùng cấp", "Công an các huyện cung cấp thông tin cho Ban Chỉ đạo cùng cấp"): that body of the same places.
SAME_LEVEL_WORDS: frozenset[str] = frozenset({"cùng cấp"})

# The request verbs a task opens with, capitalised after a heading's colon ("Đối với các hiệp hội: Đề nghị Hiệp
# hội Doanh nghiệp tỉnh …", "Về du lịch: Giao Sở …", "Các sở: Yêu cầu …"): never a name listed under the heading.
# ("Giao" only before a body's head: "Các sở: Giao thông vận tải, Xây dựng" lists a Sở)
REQUEST_VERBS: frozenset[str] = frozenset({"đề nghị", "yêu cầu", "đề xuất", "kiến nghị"})

# Lower-case words that go on with a name right after a head written as an abbreviation: a bank's, a treasury's
# or an insurance fund's branch ("NHCSXH chi nhánh tỉnh Hậu Giang", "NHNN chi nhánh tỉnh", "BHXH chi nhánh …").
# After a written-out head the name's own words come first ("Ngân hàng Nông nghiệp … chi nhánh huyện").
BRANCH_WORDS_AFTER_ABBREVIATION: frozenset[str] = frozenset({"chi nhánh"})

# A company's legal form or its group, written short after a dash, that closes its name (Luật Doanh nghiệp 2020:
# a joint-stock company equitised from a state corporation keeps "- CTCP" in its name, "Tổng công ty Cảng hàng không
# Việt Nam - CTCP"; a coal group's members end theirs with the group's "- TKV", "Công ty Than Hà Lầm - TKV"): the
# words after it are the sentence's ("… - CTCP huy động nhân lực").
COMPANY_FORMS_AFTER_DASH: frozenset[str] = frozenset({"ctcp", "tkv", "vinacomin"})

# An economic zone's board that manages the province's industrial zones too (Nghị định 35/2022/NĐ-CP): "Ban Quản lý
# Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi", "… Nghi Sơn và các khu công nghiệp Thanh Hóa": one body,
# its "và các" no list of bodies. Only after the economic zone (ECONOMIC_ZONE_WORDS) in the name: "Sở Xây dựng và
# các khu công nghiệp" is two.
ZONES_ADDED_TO_AN_ECONOMIC_ZONE: frozenset[str] = frozenset(
    {"và các khu công nghiệp", "và các khu chế xuất", "và các kcn", "và các khu công nghiệp, khu chế xuất"}
)
ECONOMIC_ZONE_WORDS: frozenset[str] = frozenset({"khu kinh tế", "kkt"})

# Compound words that continue a name although they hold a verb of NAME_STOP_VERBS or
# NAME_STOP_PHRASES ("Ban Quản lý dự án đầu tư xây dựng huyện").
NAME_COMPOUNDS: frozenset[str] = frozenset(
    {
        # units of a Sở Xây dựng and a Sở Tư pháp named after their field, where the words read as no task after
        # a body ("Phòng Quản lý nhà và thị trường bất động sản", "Trung tâm Trợ giúp pháp lý nhà nước", "Phòng
        # Hành chính tư pháp"); not "quản lý xây dựng", "phổ biến, giáo dục pháp luật": after a whole name they
        # are its task ("Sở Tư pháp phổ biến, giáo dục pháp luật cho …")
        "nhà và thị trường bất động sản",
        # (and with the unit's head word before it, which "phát triển nhà" would otherwise close too early; a Sở
        # Xây dựng's housing and public-buildings unit: "Phòng Quản lý nhà và công sở", Quyết định of TP.HCM)
        "phát triển nhà và thị trường bất động sản",
        "quản lý nhà và thị trường bất động sản",
        "quản lý nhà và công sở",
        "nhà và công sở",
        "trợ giúp pháp lý nhà nước",
        # continuing education ("Trung tâm Giáo dục thường xuyên", "Phòng Giáo dục thường xuyên"): "thường xuyên"
        # is the field's word there, an adverb of the task after other names
        "giáo dục thường xuyên",
        # the donors' community-driven projects and their management boards ("Ban Quản lý Dự án Phát triển cơ sở hạ
        # tầng nông thôn dựa vào cộng đồng (ADB)", the World Bank's "… dựa vào cộng đồng"): the project's approach,
        # no verb after a whole name
        "dựa vào cộng đồng",
        # the level of government a unit of the Home Affairs sector works on ("Vụ Chính quyền địa phương" of Bộ Nội
        # vụ, "Phòng Xây dựng chính quyền địa phương"): "địa phương" after it is the field's, not the places'
        "chính quyền địa phương",
        # the tax offices' taxpayer-service units (Quyết định 110/QĐ-TCT and its successors): "Phòng Tuyên truyền -
        # Hỗ trợ người nộp thuế", "Đội Tuyên truyền - Hỗ trợ NNT"
        "hỗ trợ người nộp thuế",
        "hỗ trợ nnt",
        # a shipping company's trade, written in lower case: "Công ty TNHH Vận tải biển Côn Sơn Express"
        "vận tải biển",
        "hành chính tư pháp",
        "bổ trợ tư pháp",
        "đầu tư xây dựng",
        # the Tổng cục Hải quan's "Cục Giám sát quản lý về hải quan" (Quyết định 1919/QĐ-BTC, 2015): "về" in the name
        "quản lý về hải quan",
        "đầu tư xây dựng công trình",  # "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"
        # a project board's or a contractor's trade ("Ban Quản lý dự án xây dựng công trình giao thông Hải Phòng",
        # "Công ty Cổ phần Xây dựng công trình giao thông 810")
        "xây dựng công trình giao thông",
        "xây dựng công trình dân dụng",
        "xây dựng công trình dân dụng và công nghiệp",
        "khai thác công trình thủy lợi",  # "Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Ngãi"
        "công trình thủy lợi",
        # the units of a Sở Giao thông vận tải and a Sở Xây dựng by their field (Thông tư 04/2022/TT-BGTVT, 04/2022/
        # TT-BXD): "Phòng Quản lý kết cấu hạ tầng giao thông", "Phòng Quản lý chất lượng công trình xây dựng"
        # ("trình", "xây dựng" end other names as a verb)
        # names that end with "xã hội" (society), which a header writes in capitals, where "XÃ" would read as a
        # commune's keyword: "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "PHÒNG VĂN HÓA - XÃ HỘI" (Nghị định 150/2025/NĐ-CP)
        "thương binh và xã hội",
        "kinh tế - xã hội",
        "văn hóa - xã hội",
        "văn hoá - xã hội",
        "văn hóa và xã hội",
        "văn hoá và xã hội",
        "kết cấu hạ tầng giao thông",
        "kết cấu hạ tầng",
        "công trình xây dựng",
        "chất lượng công trình xây dựng",
        "chất lượng công trình giao thông",
        "chất lượng công trình",
        # the people a Sở Lao động - Thương binh và Xã hội serves ("Trung tâm Điều dưỡng người có công", "Phòng Người
        # có công", "Trung tâm Nuôi dưỡng và điều dưỡng người có công"; "có" is a verb elsewhere)
        "người có công",
        "chính sách xã hội",
        "khoa học và công nghệ địa phương",  # "Vụ Phát triển khoa học và công nghệ địa phương"
        # the industrial-zone authority's name written short: "Ban Quản lý các KCN" (one body, not a collective)
        "các kcn",
        "các kkt",
        "các kcx và cn",
        # (written as they appear: a lower-case "kcx-kcn" would be read as three words)
        "các KCX&CN",
        "các KCX-CN",
        "các KCX-KCN",
        "các KCX&KCN",
        "các kcx",
        "các khu chế xuất và khu công nghiệp",
        "các khu chế xuất",
        "ô nhiễm",  # "Cục Kiểm soát ô nhiễm", "Phòng Quản lý ô nhiễm môi trường"
        "ô nhiễm môi trường",
        "cửa biển",  # "Trạm kiểm soát Biên phòng cửa biển Đề Gi", "Đồn Biên phòng cửa biển Mỹ Thủy"
        "cửa khẩu",  # "Chi cục Hải quan cửa khẩu Móng Cái"  # "Ngân hàng Chính sách xã hội": no commune ("xã")
        # a border gate that is a seaport, an airport or an international gate, named after it in lower case and then
        # its place (Nghị định 77/2008/NĐ-CP on the border gates; the customs' and border guards' units named after
        # them): "Chi cục Hải quan cửa khẩu cảng Cái Mép", "Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị", "Đồn Biên
        # phòng cửa khẩu cảng Dung Quất", "Chi cục Hải quan cửa khẩu sân bay quốc tế Nội Bài"
        "cửa khẩu cảng",
        "cửa khẩu cảng biển",
        "cửa khẩu quốc tế",
        "cửa khẩu chính",
        "cửa khẩu phụ",
        "cửa khẩu sân bay",
        "cửa khẩu sân bay quốc tế",
        "cửa khẩu cảng hàng không",
        "cửa khẩu cảng hàng không quốc tế",
        "công trình giao thông",
        "công trình dân dụng và công nghiệp",
        "công trình dân dụng",
        "công trình nông nghiệp và phát triển nông thôn",
        "hỗ trợ phát triển",
        "phát triển quỹ đất",
        "phát triển nông thôn",  # "Sở Nông nghiệp và phát triển nông thôn" written in lower case
        "phát triển đô thị",
        "phát triển cụm công nghiệp",
        "phát triển nhà",
        "phát triển công nghệ",
        "phát triển doanh nghiệp",
        "phát triển thị trường",
        "tư vấn xây dựng",
        "kiểm định xây dựng",
        # "hoạt động xây dựng" is the Luật Xây dựng's term for the works a Sở Xây dựng licenses ("Phòng Quản lý hoạt
        # động xây dựng"): "hoạt động" and "xây dựng" are verbs after other names
        "hoạt động xây dựng",
        # a district police's traffic-and-order team (Hà Nội, TP.HCM: "Đội Cảnh sát giao thông - trật tự Công an
        # quận"): "trật tự" after the dash is the team's second field
        "giao thông - trật tự",
        "csgt - trật tự",
        "hành chính tổng hợp",
        "hành chính - tổng hợp",
        "cán bộ",  # "Vụ Tổ chức cán bộ", "Phòng Tổ chức cán bộ"
        "công sản",  # "Phòng Quản lý giá và công sản" (Sở Tài chính)
        "các khu công nghiệp",  # "Ban Quản lý các khu công nghiệp tỉnh …": a name, not a list of bodies
        "các khu kinh tế",
        "việc làm",  # "Trung tâm Dịch vụ việc làm"
        "kế toán",  # "Phòng Tài chính kế toán" (a hospital's, a company's)
        "kế hoạch tổng hợp",  # "Phòng Kế hoạch tổng hợp" (a hospital's)
        # lower-case words of official names by sector, which are not name syllables on their own:
        # a name holding "các" ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh")
        "các công trình giao thông",
        "các công trình dân dụng và công nghiệp",
        "các công trình dân dụng",
        "các công trình nông nghiệp và phát triển nông thôn",
        "các công trình nông nghiệp",
        "các công trình hạ tầng",
        "các dự án",
        # a district's market board, one body ("Ban Quản lý các chợ quận Lê Chân"), not a list of markets
        "các chợ",
        # the forest boards at every level (Quyết định 245/1998/QĐ-TTg and the provinces' own): "Ban Chỉ đạo các vấn
        # đề cấp bách trong bảo vệ và phát triển rừng tỉnh", "Ban Chỉ đạo Nhà nước về các vấn đề cấp bách …"
        "các vấn đề cấp bách trong bảo vệ và phát triển rừng",
        "các vấn đề cấp bách trong bảo vệ rừng",
        "các vấn đề cấp bách trong bảo vệ và phòng cháy, chữa cháy rừng",
        "các vấn đề cấp bách trong bảo vệ và phòng cháy chữa cháy rừng",
        "các vấn đề cấp bách trong bảo vệ và pcccr",
        "các vấn đề cấp bách",
        "nhà nước về các vấn đề cấp bách trong bảo vệ và phát triển rừng",
        # "Ban Quản lý dự án các công trình huyện", "Ban QLDA các công trình trọng điểm" (a district's or province's
        # project board named for all its works)
        "các công trình",
        "các khu chế xuất và công nghiệp",  # "Ban Quản lý các Khu chế xuất và công nghiệp"
        "các khu công nghệ cao",
        # the MTTQ and mass organisations ("Ban Dân chủ - Pháp luật", "Ban Phong trào", "Trường Đào tạo cán bộ
        # công đoàn", "Ban quản lý Khu bảo tồn biển")
        "dân chủ",
        "phong trào",
        "công đoàn",
        "bảo tồn biển",
        "bảo tồn thiên nhiên",
        "bảo tồn",
        "khuyến ngư",
        # the police (Thông tư 12/2019/TT-BCA and its successors): "Phòng Cảnh sát quản lý hành chính về trật
        # tự xã hội", "Phòng Cảnh sát điều tra tội phạm về ma túy", "Phòng Cảnh sát giao thông đường bộ - đường
        # sắt", "Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc"
        "phòng thủ dân sự",  # "Ban Chỉ huy Phòng thủ dân sự"
        "phòng thủ",
        "hành chính về trật tự xã hội",
        "tội phạm về trật tự xã hội",
        "tội phạm về kinh tế và tham nhũng",
        "tội phạm về kinh tế",
        "tội phạm về tham nhũng",
        "tội phạm về ma túy",
        "tội phạm về ma tuý",
        "tội phạm về môi trường",
        "tội phạm về buôn lậu",
        "tội phạm sử dụng công nghệ cao",
        "tội phạm",
        "đường bộ - đường sắt",
        "đường bộ",
        "đường sắt",
        "đường thủy nội địa",
        "đường thủy",
        "ô tô",  # "Hiệp hội Vận tải ô tô"
        "tải trọng xe lưu động",  # "Trạm kiểm tra tải trọng xe lưu động"
        "tải trọng xe",
        "kiểm tra tải trọng xe",
        "lưu động",
        # Party and state building ("Phòng Xây dựng chính quyền và Công tác thanh niên", Sở Nội vụ)
        "xây dựng chính quyền",
        "chính quyền",
        "xây dựng đảng",
        # construction ("Phòng Kinh tế - Vật liệu xây dựng", "Trung tâm Kiểm định chất lượng xây dựng"); not
        # "kinh tế xây dựng" ("Phòng Kinh tế xây dựng kế hoạch …": the verb)
        "vật liệu xây dựng",
        "kiểm định chất lượng xây dựng",  # not "chất lượng xây dựng" alone: "… Chất lượng xây dựng lộ trình …"
        "giám định chất lượng xây dựng",
        "giám định xây dựng",
        "phát triển công nghiệp",  # "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp"
        "nghiên cứu ứng dụng",  # "Trung tâm Nghiên cứu ứng dụng và Dịch vụ KH&CN"
        # finance and trade ministries ("Vụ Ngân sách nhà nước", "Vụ Thị trường trong nước", "Cục Quản lý công
        # sản", "Vụ Tài chính hành chính sự nghiệp", "Cục Tài chính doanh nghiệp")
        "ngân sách nhà nước",
        "thị trường trong nước",
        "thị trường ngoài nước",
        "doanh nghiệp nhà nước",
        "hành chính sự nghiệp",
        "sự nghiệp",
        # education ("Vụ Giáo dục Mầm non", "Cục Cơ sở vật chất, thiết bị trường học và đồ chơi trẻ em")
        "mầm non",
        "tiểu học",
        "trung học",
        "vật chất",
        "thiết bị trường học",
        "trẻ em",
        # hazards and campaigns the standing boards are named for ("Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm
        # cứu nạn xã", "Ban Chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả", "Ban Chỉ đạo phòng chống
        # dịch bệnh")
        "chống thiên tai",
        "thiên tai",
        # research centres of the Viện Khoa học Kỹ thuật Nông nghiệp miền Nam and the VAAS named by their crops, with
        # commas ("Trung tâm Nghiên cứu Khoai tây, Rau và Hoa", Đà Lạt; "Trung tâm Nghiên cứu Cây ăn quả, …")
        "khoai tây, rau và hoa",
        # the same boards and units before 2013, named for floods and storms ("Chi cục Thủy lợi và Phòng chống lụt
        # bão", "Ban Chỉ huy phòng chống lụt bão huyện")
        "chống lụt bão",
        "lụt bão",
        # fishing ports and their boards ("Ban Quản lý cảng cá", "Ban Quản lý các cảng cá tỉnh": one board for all
        # the province's ports; "Ban Quản lý Cảng cá, Bến cá và Khu neo đậu tránh trú bão")
        "cảng cá",
        "các cảng cá",
        "các cảng cá và khu neo đậu tránh trú bão",
        "cảng cá, bến cá và khu neo đậu tránh trú bão",
        "cảng cá và khu neo đậu tránh trú bão",
        "khu neo đậu tránh trú bão",
        "neo đậu tránh trú bão",
        "tránh trú bão",
        "tìm kiếm cứu nạn",
        "cứu hộ cứu nạn",
        "chống buôn lậu",
        "buôn lậu",
        "gian lận thương mại",
        "hàng giả",
        "dịch bệnh",
        # trade, treasury, health and transport units written in lower case ("Cục Quản lý và Phát triển thị
        # trường trong nước", "Vụ Kiểm soát chi", "Cục Quản lý ngân quỹ", "Trung tâm Truyền thông - Giáo dục sức
        # khỏe", "Trung tâm Đăng kiểm xe cơ giới")
        "phát triển thị trường trong nước",
        "phát triển thị trường ngoài nước",
        "kiểm soát chi",
        "kế toán nhà nước",
        "ngân quỹ",
        "sức khỏe",
        "sức khỏe sinh sản",
        "xe cơ giới",
        "cơ giới",
        "y học cổ truyền",
        "dịch tễ",  # "Viện Vệ sinh dịch tễ Trung ương"
        "kiểm nghiệm thuốc",  # "Viện Kiểm nghiệm thuốc Trung ương"
        "thuốc, mỹ phẩm, thực phẩm",
        # groups of communes and the programmes an office runs ("Đội Thuế liên xã", "Văn phòng các Chương trình
        # trọng điểm cấp nhà nước")
        "liên xã",
        "liên phường",
        "liên huyện",
        "các chương trình trọng điểm cấp nhà nước",
        "các chương trình",
        "các chương trình mục tiêu quốc gia",  # "Văn phòng Điều phối các Chương trình mục tiêu quốc gia tỉnh"
        "trọng điểm cấp nhà nước",
        "cấp nhà nước",
        "nhà nước",
        "một cửa",
        "trả kết quả",
        "thủ tục hành chính",  # "Phòng Tiếp nhận và Trả kết quả thủ tục hành chính"
        "chống ma túy và tội phạm",  # "Phòng Phòng chống ma túy và tội phạm" (Bộ đội Biên phòng)
        "chống ma tuý và tội phạm",
        "chống ma túy",
        "chống ma tuý",
        "không hạt",  # "Hợp tác xã chanh không hạt"
        # a bank's or a company's branch, written after its name ("Ngân hàng Nông nghiệp và Phát triển nông thôn
        # chi nhánh huyện Hải Hậu", "Công ty Điện lực chi nhánh …")
        "chi nhánh",
        # the standards sector's units written in lower case after a capitalised word ("Trung tâm Tiêu chuẩn Đo
        # lường Chất lượng và mã số mã vạch", "Văn phòng Thông báo và hỏi đáp quốc gia về TBT")
        "mã số mã vạch",
        "hỏi đáp quốc gia",
        "đánh giá sự phù hợp",
        # rural water supply ("Trung tâm Nước sinh hoạt và Vệ sinh môi trường nông thôn", "Trạm Cấp nước sinh hoạt
        # xã"); not "sinh hoạt" alone, the verb of a Party cell's meeting ("Chi bộ … sinh hoạt chuyên đề")
        "nước sinh hoạt",
        # "thiết bị" inside a name ("Trung tâm Kiểm định thiết bị"), not "bị" alone: the passive after a name ("Trung
        # tâm Giống cây trồng bị giải thể")
        "thiết bị",
        "trang thiết bị",
        # a company's trade, which holds the verb "kinh doanh" ("Công ty đầu tư kinh doanh hạ tầng khu công nghiệp",
        # "Công ty TNHH sản xuất kinh doanh", "Công ty xuất nhập khẩu")
        "đầu tư kinh doanh",
        "sản xuất kinh doanh",
        "sản xuất và kinh doanh",
        "kinh doanh hạ tầng",
        "xuất nhập khẩu",
        # urban order teams of a city's districts and wards ("Đội Quản lý trật tự đô thị quận", "Đội Kiểm tra quy
        # tắc đô thị quận", "Đội Thanh tra xây dựng và trật tự đô thị"), and the fisheries units of a Sở NN&PTNT
        # ("Chi cục Khai thác và Bảo vệ nguồn lợi thủy sản", "Trạm Kiểm ngư")
        "trật tự đô thị",
        "trật tự xây dựng",
        "trật tự xây dựng đô thị",
        "quy tắc đô thị",
        "trật tự giao thông",
        "nguồn lợi thủy sản",
        "nguồn lợi",
        # a province's development investment fund and the auction service centre of a Sở Tư pháp (Nghị định
        # 147/2020/NĐ-CP; Nghị định 17/2010/NĐ-CP): "Quỹ Đầu tư phát triển Long An", "Trung tâm Dịch vụ bán đấu
        # giá tài sản tỉnh" ("phát triển" and "bán" end other names as a verb)
        "đầu tư phát triển",
        "bán đấu giá tài sản",
        "đấu giá tài sản",
        # the civil judgment enforcement sector (Luật Thi hành án dân sự 2008): "Phòng Kiểm sát thi hành án dân
        # sự", "Chi cục Thi hành án dân sự huyện", "Phòng Nghiệp vụ và tổ chức thi hành án"
        "thi hành án dân sự",
        "thi hành án hình sự",
        "thi hành án",
        # the police's investigating bodies (Luật Tổ chức cơ quan điều tra hình sự 2015): "Cơ quan Cảnh sát điều
        # tra Công an tỉnh", "Cơ quan An ninh điều tra", "Phòng Cảnh sát điều tra tội phạm về ma túy"; after any other
        # name "điều tra" is the task ("Phòng PC05 điều tra, xử lý …")
        "cảnh sát điều tra",
        "an ninh điều tra",
        "điều tra hình sự",
        # the censuses' steering boards (Luật Thống kê 2015): "Ban Chỉ đạo Tổng điều tra nông thôn, nông nghiệp"
        "tổng điều tra",
    }
)

# Words that never continue a body's name: the national motto (quốc hiệu) that a header's other column puts on
# the same line ("SỞ Y TẾ THÁI BÌNH⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), and the party's ("ĐẢNG CỘNG SẢN VIỆT NAM").
NAME_NEVER_CONTINUES: frozenset[str] = frozenset(
    {
        "cộng hòa xã hội chủ nghĩa",
        "cộng hoà xã hội chủ nghĩa",
        # the motto's opening alone: a scan misreads the rest ("CỘNG HOÀ XÃ HỘl CHỦ NGHĨA", its "I" read "l")
        "cộng hòa xã",
        "độc lập - tự do",
        "đảng cộng sản việt nam",
    }
)

# The header's right-hand line of a mass organisation's document names the whole organisation, as the national
# motto does ("TỈNH ĐOÀN THANH HÓA    ĐOÀN TNCS HỒ CHÍ MINH", Hướng dẫn thể thức văn bản của Đoàn): after a place's
# name that closed the issuer's name, it opens the other column, never the name's next words (inside a name, right
# after its head, it is the organisation's own: "Ban Thường vụ Đoàn TNCS Hồ Chí Minh tỉnh").
# The Youth Union's and the Pioneers' lines (`structure.YOUTH_UNION_MOTTOS`, which a header cell of its own is read
# by); the Front's line is left out here, since "Ủy ban Mặt trận Tổ quốc Việt Nam" follows no place in a name.
MOTTOS_AFTER_A_PLACE: frozenset[str] = frozenset(YOUTH_UNION_MOTTOS)

# Words that open a document's title, never a place's name after a locality keyword ("BCĐ 389 huyện Thông báo kết
# luận …", "UBND tỉnh Quyết định …")
NOT_PLACE_NAME_STARTS: frozenset[str] = frozenset(
    {
        "thông báo",
        "quyết định",
        "kế hoạch",
        "công văn",
        "báo cáo",
        "chỉ thị",
        "nghị quyết",
        "hướng dẫn",
        "tờ trình",
    }
)

# Verbs that end a name written before them ("Sở Khoa học và Công nghệ hỗ trợ doanh nghiệp",
# "Trung tâm Kỹ thuật TĐC kiểm định …"; the verbs a speaker's report opens with: "2. Ban Quản lý các KCX và CN Cần
# Thơ phản ánh: …", "… kiến nghị", "… cho biết"). Inside a name a verb opens it ("Trung tâm Hỗ trợ …",
# capitalised) or follows a conjunction ("Trung tâm Tư vấn và hỗ trợ …"), so after "và" or a
# comma they do not stop it.
NAME_STOP_VERBS: frozenset[str] = frozenset(
    p.strip()
    for p in """
    hỗ trợ, kiểm định, hiệu chuẩn, chuyển giao, tham gia, đề xuất, tiếp nhận, nghiệm thu, sản xuất,
    thu hồi, giải ngân, tuyên truyền, phổ biến, bố trí, cân đối, tính toán, hoàn chỉnh, tiến hành, mở,
    đăng ký, kiểm soát, thẩm tra, nhân rộng, khảo sát, xử lý, cử, tuyên dương, biểu dương, đảm bảo,
    bảo đảm, lập, làm, nộp, công bố, áp dụng, vận động, khuyến khích, ưu tiên, tổng hợp,
    phát động, đẩy nhanh, kết nối, thu thập, duy trì, thống kê, ứng dụng, điều hành, biên soạn,
    dự kiến, thông báo, điều động, kinh doanh, niêm yết, giải trình, kiểm điểm, quyết toán, sửa chữa, mua sắm,
    lắp đặt, chấn chỉnh, khắc phục, sắp xếp, vận hành, phân bổ, thông tin cho, hướng dẫn, thu nhận, cấp,
    tra cứu, phụ trách, phân loại, công khai, thông tin về, thông tin tới, thông tin đến, thông tin với, thông tin rằng,
    công nhận, phản ánh, kiến nghị, trình bày, cho biết, dự trù,
    huy động, điều tra
    """.split(",")
    if p.strip()
)

# Lower-case phrases that end an agency name when they follow it (verbs, modals, prepositions, and the adverbs of
# manner a task is done with: "Chi cục Đê điều và Phòng chống lụt bão thường xuyên kiểm tra …"; "và" before the
# staff of a body, who are people, not its name's next field: "Trưởng phòng Hành chính - Tổng hợp và công chức các
# phòng").
# Checked before NAME_SYLLABLES, so "phòng Quản lý khoa học nghiên cứu, làm đầu mối" stops at the verb.
NAME_STOP_PHRASES: frozenset[str] = frozenset(
    p.strip()
    for p in """
    tích cực, quan tâm, phối hợp, thực hiện, triển khai, chủ trì, tiếp tục, sớm, giúp, cần, sẽ, đã, có, phát triển,
    cơ bản, nhất trí, thống nhất, tổng hợp, điều chỉnh, đồng chủ trì,
    là, được, đề nghị, gửi, để, theo, khẩn trương, rà soát, tham mưu, chủ động, báo cáo, hướng dẫn,
    kiểm tra, tăng cường, đẩy mạnh, hoàn thành, hoàn thiện, nghiên cứu, xem xét, chịu trách nhiệm,
    với, cho, của, về, tại, trong, trên, từ, đến, do, bởi, mà, nhằm, nhưng, vẫn, còn, chưa, không, đang,
    vắng, tổ chức, xây dựng, lựa chọn, cung cấp, phân công, đôn đốc, theo dõi, giám sát, thẩm định,
    bổ sung, cập nhật, liên hệ, làm việc, nắm, thống nhất, đánh giá, trình, ban hành, chỉ đạo, quản lý tốt,
    hỗ trợ huyện, hỗ trợ các, tập trung, phấn đấu, lưu ý, chuẩn bị, giải quyết, tiếp thu, duy trì, ứng dụng các,
    nên, phải, và các, và người, cùng, hoặc, như, nhất là, thì, thanh tra việc, thanh tra, kiểm tra việc,
    phát biểu, phát hiện, trực tiếp, tạo điều kiện, lý do, định kỳ, giao nhiệm vụ, giao cho, trực thuộc,
    điều khiển, thường xuyên, kịp thời, nghiêm túc, quyết liệt,
    và công chức, và viên chức, và cán bộ, và chuyên viên, và nhân viên, và lãnh đạo, và đại diện, và người lao động,
    và chuyên gia, và các chuyên gia, và toàn thể, cùng toàn thể, dự họp, dự cuộc họp, dự hội nghị,
    đầu tư nâng cao, đầu tư nâng cấp, đầu tư mua sắm, đầu tư trang bị, đầu tư bổ sung, đầu tư thêm
    """.split(",")
    if p.strip()
)

# The provincial departments' (Sở) names, a closed list: Nghị định 24/2014/NĐ-CP and 107/2020/NĐ-CP, Nghị định
# 45/2025/NĐ-CP (after the 2025 merger: Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo, Sở Văn hóa và Thể
# thao …), Hà Nội's and Hồ Chí Minh City's own (Sở Quy hoạch - Kiến trúc, Sở An toàn thực phẩm) and the older ones
# notices still name (Sở Thương mại, Sở Thủy sản, Sở Địa chính - Nhà đất …), with their dashes and short forms
# ("Nông nghiệp và PTNT"; the abbreviations of `ABBREVIATIONS` that stand for one of them count too). A Sở's
# name is whole once one of these is read: a lower-case word after it is the sentence's ("Sở Khoa học và Công
# nghệ quản lý, cấp quyền …", "Sở Tài chính dự trù kinh phí"), unless it is a place keyword ("… tỉnh").
SO_FIELD_NAMES: frozenset[str] = frozenset(
    p.strip()
    for p in """
    nội vụ|tư pháp|kế hoạch và đầu tư|kế hoạch - đầu tư|tài chính|tài chính - vật giá|tài chính vật giá|công thương
    nông nghiệp và phát triển nông thôn|nông nghiệp và ptnt|nông nghiệp - phát triển nông thôn|nn và ptnt
    nông nghiệp và môi trường|giao thông vận tải|giao thông - vận tải|giao thông công chính|xây dựng
    tài nguyên và môi trường|tài nguyên - môi trường|thông tin và truyền thông|thông tin - truyền thông
    lao động - thương binh và xã hội|lao động thương binh và xã hội|lao động, thương binh và xã hội
    văn hóa, thể thao và du lịch|văn hóa - thể thao và du lịch|văn hóa thể thao và du lịch|văn hóa và thể thao
    văn hóa, thông tin, thể thao và du lịch|văn hóa, thể thao và truyền thông|văn hóa - thông tin|văn hóa và thông tin
    khoa học và công nghệ|khoa học - công nghệ|khoa học, công nghệ và môi trường|giáo dục và đào tạo|giáo dục - đào tạo
    y tế|ngoại vụ|dân tộc và tôn giáo|du lịch|quy hoạch - kiến trúc|quy hoạch kiến trúc|an toàn thực phẩm
    thương mại|thương mại - du lịch|thương mại và du lịch|công nghiệp|thủy sản|địa chính|địa chính - nhà đất
    thể dục thể thao|bưu chính viễn thông|bưu chính, viễn thông|bưu chính - viễn thông|văn hóa, thông tin
    văn hóa thông tin|kế hoạch đầu tư|tài nguyên môi trường|lâm nghiệp|thủy lợi|lao động - thương binh - xã hội
    """.replace("\n", "|").split("|")
    if p.strip()
)

# Official names of bodies that hold a comma (a comma otherwise ends a name). Sources: Nghị định
# 24/2014/NĐ-CP and 107/2020/NĐ-CP (Sở Văn hóa, Thể thao và Du lịch; Sở Lao động - Thương binh và Xã hội),
# Nghị định 150/2025/NĐ-CP (Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội of communes).
# Written after the head noun, as they follow "Sở"/"Phòng"/"Trung tâm".
NAMES_WITH_COMMAS: frozenset[str] = frozenset(
    {
        "văn hóa, thể thao và du lịch",
        "văn hóa, thông tin, thể thao và du lịch",
        "văn hóa, thông tin và thể thao",
        "văn hóa, thể thao và truyền thông",
        "kinh tế, hạ tầng và đô thị",
        "lao động, thương binh và xã hội",
        "văn hóa, khoa học và thông tin",
        "văn hóa, thể thao và gia đình",
        # the units of a Sở Tư pháp (its Phòng's names, as the provinces' decisions on its organisation write them)
        "xây dựng, kiểm tra và theo dõi thi hành pháp luật",
        "xây dựng, kiểm tra văn bản và theo dõi thi hành pháp luật",
        "phổ biến, giáo dục pháp luật",
        "kiểm nghiệm thuốc, mỹ phẩm, thực phẩm",
        "chăm sóc, nuôi dưỡng và phục hồi chức năng",
        "kiểm tra, giải quyết khiếu nại, tố cáo",
        "phổ biến, giáo dục pháp luật và theo dõi thi hành pháp luật",
        "hành chính, bổ trợ tư pháp",
        "hành chính tư pháp, bổ trợ tư pháp",
        # a Sở KH&CN's information and application centre, as several provinces name it
        "thông tin, ứng dụng tiến bộ khoa học và công nghệ",
        "thông tin, ứng dụng tiến bộ kh&cn",
        "thông tin, ứng dụng và chuyển giao công nghệ",
        "thông tin, thống kê và ứng dụng tiến bộ khoa học và công nghệ",
        "thông tin, thống kê khoa học và công nghệ",
        # the units of a Sở KH&CN merged with its Sở TT&TT (2025)
        "tiêu chuẩn, đo lường, chất lượng",
        "bưu chính, viễn thông và chuyển đổi số",
        "bưu chính, viễn thông",
        # the units of a Sở Bưu chính, Viễn thông (2003-2008, before it became the Sở Thông tin và Truyền thông)
        "quản lý bưu chính, viễn thông",
        "bưu chính, viễn thông và công nghệ thông tin",
        # the population, family and children committees (Nghị định 94/2002/NĐ-CP, until 2007) and the population
        # offices after them: "Ủy ban Dân số, Gia đình và Trẻ em tỉnh", "Chi cục Dân số, Kế hoạch hóa gia đình"
        "dân số, gia đình và trẻ em",
        "dân số, kế hoạch hóa gia đình",
        # the culture and information Sở before 2008 (Sở Văn hóa, Thông tin; Nghị định 171/2004/NĐ-CP), as often
        # written with a comma as with a dash
        "văn hóa, thông tin",
        "công nghệ thông tin, chuyển đổi số",
        "thông tin, báo chí, xuất bản",
        "báo chí, xuất bản",
        "bưu chính, viễn thông và báo chí",
        # Bộ Y tế, Bộ Công an
        "quản lý khám, chữa bệnh",
        "phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "cảnh sát phòng cháy, chữa cháy",
        "phòng cháy, chữa cháy",
        "nội vụ, lao động - thương binh và xã hội",
        # the Sở NN&MT's Chi cục of 2025 and their earlier forms
        "thủy lợi và phòng, chống thiên tai",
        "chăn nuôi, thú y và thủy sản",
        "trồng trọt, bảo vệ thực vật và thủy lợi",
        "quản lý chất lượng nông, lâm sản và thủy sản",
        "quản lý chất lượng nông, lâm, thủy sản",
        "phát triển nông thôn, thủy lợi và phòng, chống thiên tai",
        # boards for a hazard or a campaign (after "Ban Chỉ huy", "Ban Chỉ đạo"): the anti-smuggling boards of
        # Quyết định 389/QĐ-TTg (BCĐ 389), the crime-prevention boards (BCĐ 138)
        "chống buôn lậu, gian lận thương mại và hàng giả",
        "phòng, chống buôn lậu, gian lận thương mại và hàng giả",
        # the steering boards against illegal, unreported and unregulated fishing (Quyết định 78/QĐ-TTg 2018: "Ban
        # Chỉ đạo quốc gia về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định"), and the
        # provinces' (often "… (IUU) tỉnh")
        "chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định",
        "về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định",
        "quốc gia về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định",
        "chống khai thác thủy sản bất hợp pháp, không báo cáo và không theo quy định",
        "phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh tổ quốc",
        "phòng, chống tội phạm",
        "phòng, chống thiên tai và tìm kiếm cứu nạn",
        "phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự",
        "phòng, chống thiên tai",
        "phòng, chống tham nhũng, lãng phí, tiêu cực",
        "phòng, chống tham nhũng, tiêu cực",
        "phòng, chống tham nhũng",
        "phòng, chống dịch",
        "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
        "về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
        # the police: "Phòng Cảnh sát phòng, chống tội phạm về môi trường"
        "cảnh sát phòng, chống tội phạm về môi trường",
        "cảnh sát phòng, chống tội phạm sử dụng công nghệ cao",
        "cảnh sát phòng, chống tội phạm",
        # the police's cyber-security units (Cục A05, the provinces' Phòng PA05): "Phòng An ninh mạng và phòng,
        # chống tội phạm sử dụng công nghệ cao"
        "phòng, chống tội phạm sử dụng công nghệ cao",
        # culture, media and S&T centres
        "văn hóa, điện ảnh và triển lãm",
        "văn hóa, thể thao và truyền thanh",
        "văn hóa, thông tin và truyền thông",
        "phát thanh, truyền hình",
        "ứng dụng khoa học, công nghệ và đổi mới sáng tạo",
        "thông tin, ứng dụng khoa học và công nghệ",
        "giám sát, điều hành đô thị thông minh",
        "giám sát, điều hành thông minh",
        # transport: "Phòng Quản lý vận tải, phương tiện và người lái"
        "quản lý vận tải, phương tiện và người lái",
        "vận tải, phương tiện và người lái",
        "quản lý phương tiện, người lái",
        # education: "Cục Cơ sở vật chất, thiết bị trường học và đồ chơi trẻ em"
        "cơ sở vật chất, thiết bị trường học và đồ chơi trẻ em",
        # social insurance: "Phòng Cấp sổ, thẻ"
        "cấp sổ, thẻ",
        # the national flood and storm board before 2013 ("Ban Chỉ đạo phòng, chống lụt, bão Trung ương"), and
        # the same names in its provinces ("Ban Chỉ huy phòng, chống lụt, bão tỉnh")
        "phòng, chống lụt, bão",
        "phòng, chống lụt, bão và tìm kiếm cứu nạn",
        # Tổng cục Đường bộ Việt Nam: "Vụ Quản lý, bảo trì đường bộ"; "Phòng Quản lý, khai thác …"
        "quản lý, bảo trì đường bộ",
        "quản lý, bảo trì",
        "quản lý, khai thác",
        # the State Bank's branches (Quyết định 2286/QĐ-NHNN and the branches' own rules before 2025; its regional
        # branches after): "Phòng Tổng hợp, Kiểm soát nội bộ", "Phòng Kế toán, thanh toán"
        "tổng hợp, kiểm soát nội bộ",
        "kế toán, thanh toán",
        "tiền tệ, kho quỹ",
        # the social-evils offices of a Sở LĐTBXH (Chi cục Phòng, chống tệ nạn xã hội, Thông tư liên tịch
        # 37/2015) and, after 2025, of the Sở Y tế that took them over, whose units join their fields with commas
        # and "và" ("Phòng Bảo trợ xã hội, Trẻ em và Phòng, chống tệ nạn xã hội"); the drug and trafficking
        # boards ("Ban Chỉ đạo phòng, chống ma túy", "… phòng, chống mua bán người")
        "phòng, chống tệ nạn xã hội",
        "phòng, chống ma túy",
        "phòng, chống ma túy và tệ nạn xã hội",
        "phòng, chống mua bán người",
        "phòng, chống bạo lực gia đình",
        "phòng, chống hiv/aids",
        "bảo trợ xã hội, trẻ em và phòng, chống tệ nạn xã hội",
        "bảo trợ xã hội, trẻ em và bình đẳng giới",
        "bảo trợ xã hội, trẻ em",
    }
)

# Fields a unit of a body is named by, two of which make one unit's name joined by a comma as often as by a
# dash ("Phòng Thanh tra, Pháp chế", "Phòng Tổ chức, Hành chính", "Phòng Kế hoạch, Tài chính", "Ban Tổ chức,
# Kiểm tra"): the units of a Sở, a Ban Quản lý, a Chi cục or a Party committee. Not the district offices of their
# own (Nội vụ, Tư pháp, Y tế …), which a comma lists one by one.
UNIT_FIELD_WORDS: frozenset[str] = frozenset(
    """
    thanh tra|pháp chế|tổ chức|hành chính|kế hoạch|tài chính|cán bộ|tổng hợp|kế toán|nhân sự|quản trị|văn thư
    lưu trữ|thi đua|khen thưởng|tuyên truyền|nghiệp vụ|đối ngoại|hợp tác quốc tế|kiểm tra|giám sát|tuyên giáo
    dân vận|truyền thông|thông tin|đầu tư|kỹ thuật|vật tư|thị trường|kinh doanh|đào tạo|chính sách|pháp luật
    hành chính tổng hợp|tổ chức cán bộ|kế hoạch tài chính|quản lý chất lượng|tiếp dân|tiếp công dân|xử lý đơn thư
    kiểm soát nội bộ|kho quỹ|thanh toán|tiền tệ
    """.replace("\n", "|").split("|")
) - {""}

# Bodies whose names list their fields with commas and close the list with "và", each field capitalised: "Trung
# tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "Trung tâm Văn hóa, Thông tin và Thể thao huyện" (a list of
# centres repeats the head: "Trung tâm Y tế, Trung tâm Văn hóa"). So do the departments, Chi cục and institutes
# the 2025 reorganisation named after the fields it merged: "Chi cục Biển, Hải đảo và Thủy sản", "Cục Biển, Hải đảo
# và Thủy sản", "Viện Kinh tế, Xã hội và Môi trường".
KINDS_NAMED_BY_FIELD_LISTS: frozenset[str] = frozenset(
    {"center", "sub-department", "department", "ministry-department", "institute"}
)

# Units of the body written with their head only, whose names take two fields joined by a comma (above).
UNIT_KINDS_NAMED_BY_FIELDS: frozenset[str] = frozenset({"phong", "board", "party-board"})

# Lower-case word pairs joined by a comma inside a unit's name, after "và" ("Phòng An ninh mạng và phòng, chống
# tội phạm sử dụng công nghệ cao", "Đội Cảnh sát giao thông và cứu nạn, cứu hộ"); the names of
# NAMES_WITH_COMMAS are matched there too.
NAME_COMMA_PAIRS: frozenset[str] = frozenset(
    {"phòng, chống", "phòng cháy, chữa cháy", "cứu nạn, cứu hộ", "cứu hộ, cứu nạn", "khám, chữa bệnh"}
)

# Fields a unit or centre is named by, written with only their first word capitalised, whose later words are a
# verb elsewhere, no name's syllables, or a second field after a comma: the units of a Sở Kế hoạch và Đầu tư
# ("Phòng Đăng ký kinh doanh", "Phòng Kinh tế đối ngoại", "Phòng Đấu thầu, thẩm định và giám sát đầu tư"), of a Sở
# Nội vụ ("Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "Phòng Công chức, viên chức", "Trung tâm Lưu trữ lịch
# sử"), a district's or a Party committee's school ("Trung tâm Bồi dưỡng chính trị huyện"), an election committee's
# sub-committees ("Tiểu ban An ninh, trật tự", "Tiểu ban Giải quyết khiếu nại, tố cáo"). Matched only where a
# field opens, capitalised, right after the head or after "và" (not "UBND giải quyết khiếu nại, tố cáo …").
FIELDS_WRITTEN_IN_LOWER_CASE: frozenset[str] = frozenset(
    {
        "đăng ký kinh doanh",
        "đăng ký đầu tư",
        "kinh tế đối ngoại",
        "đấu thầu, thẩm định và giám sát đầu tư",
        "thẩm định và giám sát đầu tư",
        "doanh nghiệp, kinh tế tập thể và tư nhân",
        "tổng hợp, quy hoạch",
        # a State Bank branch's inspection unit: "Phòng Thanh tra, giám sát", "Phòng Thanh tra, giám sát ngân hàng"
        "thanh tra, giám sát ngân hàng",
        "thanh tra, giám sát",
        "tổ chức, biên chế và tổ chức phi chính phủ",
        "tổ chức, biên chế",
        "công chức, viên chức",
        "xây dựng chính quyền và công tác thanh niên",
        "xây dựng chính quyền",
        "cải cách hành chính",
        "quản lý văn thư, lưu trữ",
        "văn thư, lưu trữ",
        "lưu trữ lịch sử",
        "bồi dưỡng chính trị",
        "an ninh, trật tự",
        "giải quyết khiếu nại, tố cáo",
        "tiếp công dân, xử lý đơn thư",
        "khiếu nại, tố cáo",
        "thi đua, khen thưởng",
        # the justice sector's units: "Phòng Công chứng số 2", "Phòng Hồ sơ nghiệp vụ" (a police unit), "Phòng Bổ
        # trợ tư pháp", "Phòng Hành chính tư pháp", "Trung tâm Dịch vụ đấu giá tài sản", "Trung tâm Trợ giúp pháp lý"
        "công chứng",
        "hồ sơ nghiệp vụ",
        "bổ trợ tư pháp",
        "hành chính tư pháp",
        "dịch vụ đấu giá tài sản",
        "đấu giá tài sản",
        "trợ giúp pháp lý",
        "lý lịch tư pháp",
        "thi hành án dân sự",
        # the land registration offices of a Sở TN&MT or a district (Nghị định 181/2004/NĐ-CP, until their merger
        # into "Văn phòng Đăng ký đất đai", Nghị định 43/2014/NĐ-CP): "Văn phòng Đăng ký quyền sử dụng đất huyện"
        "đăng ký quyền sử dụng đất",
        "đăng ký đất đai",
    }
)

# Lower-case words after a dash that set an appositive aside, no part of the body's name before it: "Sở Văn hóa,
# Thể thao và Du lịch - cơ quan thường trực của Ban Tổ chức - rà soát …", "Sở Y tế - đơn vị chủ trì - báo cáo"
# (the second half of a name after a dash is capitalised: "Kinh tế - Xã hội", "Tài chính - Kế toán").
APPOSITIVES_AFTER_DASH: frozenset[str] = frozenset({"cơ quan", "đơn vị", "là"})

# A member's place in a team or council written after a dash, which no post title says: "Bà X - Phó Trưởng phòng
# Quản lý kết cấu hạ tầng giao thông - Thành viên" (the list of an inspection team); it ends the body's name, as a
# title there does ("- Thư ký", "- Trưởng đoàn").
ROLES_AFTER_DASH: frozenset[str] = frozenset({"thành viên"})

# Universities that are members of a regional or national university write it after a dash as part of their name
# (Nghị định 186/2013/NĐ-CP): "Trường Đại học Sư phạm - Đại học Huế", "Trường Đại học Bách khoa - Đại học Đà
# Nẵng", "Trường Đại học Nông Lâm - Đại học Thái Nguyên", "Trường Đại học Khoa học Tự nhiên - ĐHQG Hà Nội".
PARENT_UNIVERSITIES: frozenset[str] = frozenset(
    {
        "đại học huế",
        "đh huế",
        "đại học đà nẵng",
        "đh đà nẵng",
        "đại học thái nguyên",
        "đh thái nguyên",
        "đại học quốc gia hà nội",
        "đhqg hà nội",
        "đhqghn",
        "đại học quốc gia thành phố hồ chí minh",
        "đại học quốc gia tp. hồ chí minh",
        "đại học quốc gia tp.hcm",
        "đại học quốc gia tp hồ chí minh",
        "đhqg tp.hcm",
        "đhqg-hcm",
        "đhqg tp. hồ chí minh",
    }
)

# Heads of bodies named after the decision that set them up, by its number ("Ban Chỉ đạo 389 tỉnh", "BCĐ 138
# huyện", "Ban Chỉ đạo 127", "Ban Chỉ đạo 814"): a number of up to three digits after the head is in the name.
HEADS_NUMBERED_BY_DECISION: frozenset[str] = frozenset({"ban chỉ đạo", "bcđ"})
# Heads of a sector's units told apart by a number written right after the head, which holds its whole field:
# "Đoạn Quản lý đường bộ 2", "Đoạn Quản lý đường thủy nội địa số 5" (the road and waterway maintenance units).
HEADS_NUMBERED_AS_UNITS: frozenset[str] = frozenset(
    {"đoạn quản lý đường bộ", "đoạn quản lý đường thủy nội địa", "đoạn quản lý đường thuỷ nội địa"}
)
# A unit's code written after its name, one token of it: the vehicle-inspection centres' numbers by province and
# order, with a letter for the kind of centre ("Trung tâm Đăng kiểm xe cơ giới 37-02D", "TTĐK 79-01S", Thông tư
# 16/2021/TT-BGTVT). The pattern is matched from the code's first digit.
UNIT_CODE_PATTERN: str = r"\d{2}-\d{2,3}[A-Z]{1,2}\b"

# Bodies named by their owner and the city they sit in: "Văn phòng đại diện Cục Sở hữu trí tuệ tại TP. Hồ Chí
# Minh", "Văn phòng đại diện Bộ Công Thương tại thành phố Đà Nẵng". The owner is a body's whole name, and "tại"
# and the city (a province the gazetteer knows) close it.
NAMED_BY_OWNER_AND_CITY: frozenset[str] = frozenset({"văn phòng đại diện", "cơ quan đại diện"})
# A branch is named by its company and then the place it serves after "tại" ("Chi nhánh Quatest 2 tại Quảng Ngãi",
# "Chi nhánh Trung tâm … tại Đà Nẵng"): the place is part of its name, not where an event is held.
NAMED_BY_PLACE_AFTER_TAI: frozenset[str] = frozenset({"chi nhánh"})
# A foreign body's office is named by the body, written short, and the country it is in ("Văn phòng KOICA tại Việt
# Nam", "Văn phòng ADB tại Việt Nam", "Văn phòng JICA Việt Nam"): after such an office's abbreviation "tại" and the
# country are its name's.
OFFICE_HEADS_IN_A_COUNTRY: frozenset[str] = frozenset({"văn phòng", "cơ quan đại diện", "văn phòng đại diện"})
COUNTRIES_OF_OFFICES: frozenset[str] = frozenset({"việt nam"})
# The countries and regions whose investors have their own business associations in a province, named "Hiệp hội
# Doanh nghiệp" + the country + "tại" + the province ("Hiệp hội Doanh nghiệp Hàn Quốc tại Tây Ninh", KOCHAM;
# "… Nhật Bản tại Đồng Nai", JBAN; "… Đài Loan tại Bình Dương"): a foreign association, not the province's own.
INVESTOR_COUNTRIES: frozenset[str] = frozenset(
    {
        "hàn quốc",
        "nhật bản",
        "đài loan",
        "trung quốc",
        "hồng kông",
        "singapore",
        "hoa kỳ",
        "mỹ",
        "châu âu",
        "thái lan",
        "ấn độ",
        "úc",
        "australia",
        "pháp",
        "đức",
        "anh",
        "malaysia",
    }
)

# Heads whose later words are also a verb phrase: written in lower case and followed by a lower-case word
# ("Đề nghị Chi cục hỗ trợ Ban tổ chức lớp tập huấn": the Ban referred to, then "organises a course"), the head
# is the shorter one; a capitalised name ("Ban Tổ chức Tỉnh ủy", "Ban tổ chức Hội nghị") keeps the whole head.
HEADS_ENDING_IN_A_VERB: dict[str, str] = {"ban tổ chức": "ban"}

# Boards named by their field that a mass organisation or a firm joins to a second field after a dash: a provincial
# trade union's "Ban Tuyên giáo - Nữ công", "Ban Dân vận - Mặt trận", a company's "Ban Tổ chức - Nhân sự" (the
# Party's own boards are never written so). Folded heads; the second field must open no body of its own.
HEADS_TAKING_A_SECOND_FIELD: frozenset[str] = frozenset({"ban tổ chức", "ban tuyên giáo", "ban dân vận"})

# Heads written bare before another body of the same place, which share that body's place: "Đảng ủy, UBND xã Hải
# Lý" is the Đảng ủy of xã Hải Lý; "Đảng ủy, UBND các xã, thị trấn" the Đảng ủy of each. Folded heads.
PLACE_SHARING_HEADS: frozenset[str] = frozenset(
    {
        "đảng ủy",
        "ủy ban nhân dân",
        "hội đồng nhân dân",
        "ủy ban mặt trận tổ quốc",
        "ủy ban mặt trận tổ quốc việt nam",
        "công an",
    }
)

# Capitalised verbs of a unit's field that take a kind of body as their object inside the unit's name: a
# cooperative union's "Ban Tuyên truyền - Phát triển HTX", "Ban Hỗ trợ Hợp tác xã", a Sở's "Phòng Phát triển
# doanh nghiệp". The kind after them, with no name of its own, is no second body.
FIELD_VERBS_BEFORE_A_KIND_OF_BODY: frozenset[str] = frozenset(
    {"phát triển", "hỗ trợ", "quản lý", "xúc tiến", "tư vấn", "kiểm tra", "giám sát"}
)
# Words of a union named by the kind of body it unites, which its name always holds with the union's place after it:
# "Văn phòng Liên minh HTX tỉnh" (the office of the cooperative union), not "Văn phòng Liên minh" and "HTX tỉnh".
UNIONS_OF_A_KIND_OF_BODY: frozenset[str] = frozenset({"liên minh"})
