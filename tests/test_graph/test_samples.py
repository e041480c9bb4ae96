"""The bundled samples as a ready store, and query results as records and DataFrames (for notebooks)."""

from __future__ import annotations

import pytest

from ketluan.graph.queries import load_query, run_query
from ketluan.graph.samples import sample_files, sample_store


def test_samples_files_are_the_six_notices():
    names = [p.name for p in sample_files()]
    assert len(names) == 6 and not any(n.upper().startswith("README") for n in names)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = sample_store(tmp_path_factory.mktemp("samples") / "store")
    yield st
    st.close()


def test_samples_store_is_resolved(store):
    assert len(store.notices()) == 6
    rows = run_query(store.ox, load_query("chairs_across_years"), {}).records()
    # Trần Quốc Bảo chairs as Phó Giám đốc in 2018 and as Giám đốc in 2021 (ingest/samples/README.md)
    assert [(r["person"], r["yearCount"]) for r in rows] == [("Trần Quốc Bảo", 2)]
    assert rows[0]["identity"].startswith("kli:person/resolved/quang-ngai/")


def test_samples_store_again_changes_nothing(store):
    again = sample_store(store.path.parent / "other")  # a second store, same content
    try:
        assert len(again) == len(store)
    finally:
        again.close()


def test_samples_to_dataframe_types(store):
    pd = pytest.importorskip("pandas")
    frame = run_query(store.ox, load_query("agency_posts_over_time"), {"agency": "quảng ngãi"}).to_dataframe()
    assert list(frame.columns) == ["agencyName", "role", "person", "from", "to", "notices"]
    assert pd.api.types.is_datetime64_any_dtype(frame["from"])
    assert pd.api.types.is_integer_dtype(frame["notices"])
    bao = frame[frame["person"] == "Trần Quốc Bảo"].sort_values("from")
    assert list(bao["role"]) == ["Phó Giám đốc", "Giám đốc"]


def test_samples_in_a_temporary_folder_leave_nothing_behind():
    import gc

    st = sample_store()
    folder = st.path.parent
    assert folder.name.startswith("ketluan-samples-") and len(st.notices()) == 6
    st.close()
    del st
    gc.collect()
    assert not folder.exists()
