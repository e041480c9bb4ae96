"""Central Highlands place names with an apostrophe ("Cư M'gar", "Ea H'leo", "M'Đrắk"), typed with whichever mark
the writer's editor makes of it (round AI's Đắk Lắk story wrote "M’Drắk" with a typographic apostrophe and "D").

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.places import load_gazetteer
from ketluan.ingest.text import match_key
from ketluan.ingest.tokens import tokenize


def _bodies(text: str, province: str = "Đắk Lắk") -> list[str]:
    return [m.surface for m in find_agencies(text, tokenize(text, 0, len(text)), province)]


@pytest.mark.parametrize("typed", ["Ea H’leo", "Ea Hʼleo", "Ea H‘leo", "Ea H`leo", "EA H'LEO"])
def test_every_apostrophe_mark_is_one_key(typed):
    assert match_key(typed) == match_key("Ea H'leo")


@pytest.mark.parametrize("written", ["Cư M’gar", "M’Drắk", "M'Drắk", "M’Đrắk", "Đắk R’Lấp"])
def test_the_gazetteer_knows_the_district_however_its_apostrophe_is_typed(written):
    assert load_gazetteer().districts_named(written, None)


# A list of districts is split only over names the gazetteer knows: one unknown name used to drop the whole list.
def test_a_list_of_districts_with_typographic_apostrophes_is_split():
    text = "Giao UBND các huyện Cư M’gar, Ea H’leo và Krông Búk rà soát các điểm mỏ đất san lấp."
    assert _bodies(text) == ["UBND huyện Cư M’gar", "UBND huyện Ea H’leo", "UBND huyện Krông Búk"]


def test_the_district_written_with_d_is_split_in_a_list():
    text = "UBND các huyện Krông Bông, M’Drắk có trách nhiệm bảo vệ khoáng sản chưa khai thác."
    assert _bodies(text) == ["UBND huyện Krông Bông", "UBND huyện M’Drắk"]
