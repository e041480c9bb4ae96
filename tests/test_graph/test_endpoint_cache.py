"""The endpoint's answer cache (`ketluan.graph.endpoint.cache`): kept while the store is unchanged, dropped
on any write, shared by identical requests running at once, never for volatile queries."""

from __future__ import annotations

import asyncio
import concurrent.futures
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from ketluan.graph.endpoint.app import serve_in_thread
from ketluan.graph.endpoint.cache import ResultCache, is_deterministic
from ketluan.graph.endpoint.settings import Settings, SettingsError

TOKEN = "cache-test-token-0123456789"
CHAIRS = (
    "PREFIX kl: <https://w3id.org/ketluan/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
    "SELECT ?date ?name WHERE { ?m a kl:Meeting ; kl:heldOn ?date ; kl:chair/foaf:name ?name } ORDER BY ?date"
)


def _body(answer: dict[str, Any]) -> int:
    return len(answer["body"])


def answer(text: str) -> dict[str, Any]:
    return {"body": text.encode(), "media_type": "text/plain", "kind": "solutions"}


def run(coroutine: Any) -> None:
    """``asyncio.run`` in a thread of its own: a test before this one (Playwright's sync API) may have left
    an event loop running in this thread."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, coroutine).result()


# -- the cache alone ------------------------------------------------------------------------------------


def test_cache_keeps_answers_within_its_budget_least_recently_used_first() -> None:
    cache: ResultCache[dict[str, Any]] = ResultCache(100, size=_body)
    for key in "abcd":
        cache.put("v1", key, answer(key * 20))
    assert len(cache) == 4 and cache.bytes == 80
    assert cache.get("v1", "a") is not None  # a is now the most recently used
    cache.put("v1", "e", answer("e" * 20))
    cache.put("v1", "f", answer("f" * 20))  # 120 bytes > 100: the least recently used (b) goes
    assert cache.get("v1", "b") is None
    assert [k for k in "acdef" if cache.get("v1", k) is not None] == list("acdef")
    assert cache.bytes <= 100
    cache.put("v1", "huge", answer("x" * 30))  # more than a quarter of the budget: not kept
    assert cache.get("v1", "huge") is None


def test_cache_is_emptied_when_the_store_version_changes() -> None:
    cache: ResultCache[dict[str, Any]] = ResultCache(1000, size=_body)
    cache.put(("CURRENT", 16, 1), "q", answer("old"))
    assert cache.get(("CURRENT", 16, 1), "q") is not None
    assert cache.get(("CURRENT", 16, 2), "q") is None  # a write changed the store
    assert len(cache) == 0 and cache.bytes == 0


def test_identical_requests_running_at_once_share_one_run_and_errors_are_not_kept() -> None:
    cache: ResultCache[dict[str, Any]] = ResultCache(1000, size=_body)
    runs = 0

    async def slow() -> dict[str, Any]:
        nonlocal runs
        runs += 1
        await asyncio.sleep(0.05)
        return answer("rows")

    async def failing() -> dict[str, Any]:
        nonlocal runs
        runs += 1
        await asyncio.sleep(0.01)
        raise TimeoutError("stopped at its time limit")

    async def main() -> None:
        nonlocal runs
        got = await asyncio.gather(*(cache.answer("v", "q", slow) for _ in range(8)))
        assert runs == 1 and all(g["body"] == b"rows" for g in got)
        await cache.answer("v", "q", slow)
        assert runs == 1 and cache.hits == 8 and cache.misses == 1
        runs = 0
        results = await asyncio.gather(
            *(cache.answer("v", "bad", failing) for _ in range(3)), return_exceptions=True
        )
        assert runs == 1 and all(isinstance(r, TimeoutError) for r in results)
        with pytest.raises(TimeoutError):
            await cache.answer("v", "bad", failing)  # tried again, not answered from the cache
        assert runs == 2

    run(main())


def test_a_client_that_goes_away_does_not_cancel_the_answer_others_wait_for() -> None:
    cache: ResultCache[dict[str, Any]] = ResultCache(1000, size=_body)

    async def slow() -> dict[str, Any]:
        await asyncio.sleep(0.1)
        return answer("rows")

    async def main() -> None:
        first = asyncio.ensure_future(cache.answer("v", "q", slow))
        await asyncio.sleep(0.01)
        second = asyncio.ensure_future(cache.answer("v", "q", slow))
        await asyncio.sleep(0.01)
        first.cancel()  # the first client disconnects
        assert (await second)["body"] == b"rows"
        assert cache.get("v", "q") is not None

    run(main())


def test_cache_off_runs_every_request() -> None:
    cache: ResultCache[dict[str, Any]] = ResultCache(0, size=_body)
    runs = 0

    async def compute() -> dict[str, Any]:
        nonlocal runs
        runs += 1
        return answer("x")

    async def main() -> None:
        for _ in range(3):
            await cache.answer("v", "q", compute)

    run(main())
    assert runs == 3 and not cache.enabled


@pytest.mark.parametrize(
    ("query", "kept"),
    [
        (CHAIRS, True),
        ("SELECT (RAND() AS ?r) WHERE {}", False),
        ("SELECT (now ( ) AS ?t) WHERE {}", False),
        ("SELECT (UUID() AS ?u) (STRUUID() AS ?s) WHERE {}", False),
        ("CONSTRUCT { _:b <x:p> ?o } WHERE { BIND(BNODE() AS ?o) }", False),
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", False),
        ("SELECT ?random WHERE { ?s <x:nowhere> ?random }", True),  # names, not calls
    ],
)
def test_volatile_queries_are_never_kept(query: str, kept: bool) -> None:
    assert is_deterministic(query) is kept


def test_result_cache_setting_is_checked() -> None:
    assert Settings(store=Path("s"), result_cache_mb="0").validate().result_cache_mb == 0
    with pytest.raises(SettingsError, match="result_cache_mb"):
        Settings(store=Path("s"), result_cache_mb=-1).validate()
    with pytest.raises(SettingsError, match="result_cache_mb"):
        Settings(store=Path("s"), result_cache_mb="lots").validate()


# -- through the server ---------------------------------------------------------------------------------


@pytest.fixture
def update_server(samples_store: Path, tmp_path: Path) -> Iterator[str]:
    store = tmp_path / "store"
    shutil.copytree(samples_store, store, ignore=shutil.ignore_patterns("LOCK"))
    settings = Settings(store=store, port=0, allow_update=True, update_token=TOKEN, query_timeout_s=20)
    with serve_in_thread(settings) as url:
        yield url


def _names(c: httpx.Client) -> list[str]:
    r = c.get("/sparql", params={"query": CHAIRS}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    return [b["name"]["value"] for b in r.json()["results"]["bindings"]]


def test_server_answers_a_repeated_query_from_the_cache(samples_store: Path) -> None:
    settings = Settings(store=samples_store, port=0)
    with serve_in_thread(settings) as url, httpx.Client(base_url=url, timeout=60) as c:
        first = _names(c)
        assert first and _names(c) == first and _names(c) == first
        cache = c.get("/healthz").json()["cache"]
        assert cache == {"answers": 1, "bytes": cache["bytes"], "hits": 2, "misses": 1}


def test_server_drops_kept_answers_after_a_write(update_server: str) -> None:
    with httpx.Client(base_url=update_server, timeout=60) as c:
        before = _names(c)
        assert before and _names(c) == before
        r = c.post(
            "/sparql",
            content=(
                "PREFIX kl: <https://w3id.org/ketluan/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                "INSERT DATA { GRAPH <http://example.org/extra> { <http://example.org/m> a kl:Meeting ; "
                'kl:heldOn "1999-01-02"^^<http://www.w3.org/2001/XMLSchema#date> ; '
                'kl:chair [ foaf:name "Người Mới Thêm" ] } }'
            ).encode(),
            headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"},
        )
        assert r.status_code == 204, r.text
        after = _names(c)
        assert after == ["Người Mới Thêm", *before]  # the write is seen at once, not a kept answer


def test_server_with_the_cache_off_reports_no_cache(samples_store: Path) -> None:
    settings = Settings(store=samples_store, port=0, result_cache_mb=0)
    with serve_in_thread(settings) as url, httpx.Client(base_url=url, timeout=60) as c:
        assert _names(c) == _names(c)
        assert "cache" not in c.get("/healthz").json()
