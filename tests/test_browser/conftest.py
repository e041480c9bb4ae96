"""Fixtures for the browser tests: the bundled samples behind a live ``ketluan serve`` app (``create_app``
under uvicorn) on a free loopback port, headless Chromium through Playwright, and a folder for screenshots.

Chromium is Debian's (``/usr/bin/chromium``, or ``$KETLUAN_CHROMIUM``); without it, or without Playwright, the
tests skip with the reason. Screenshots go to ``$KETLUAN_ARTIFACTS`` (default ``build/test-artifacts/``).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from ketluan.graph.endpoint.app import create_app
from ketluan.graph.endpoint.settings import Settings
from ketluan.graph.pipeline import ingest_paths
from ketluan.graph.resolution import resolve_store
from ketluan.graph.store import Store

CHROMIUM = os.environ.get("KETLUAN_CHROMIUM", "/usr/bin/chromium")
STARTUP_S = 20.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def artifacts() -> Path:
    folder = Path(os.environ.get("KETLUAN_ARTIFACTS", "build/test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The samples, ingested and resolved, served by uvicorn on 127.0.0.1; yields the base URL."""
    uvicorn = pytest.importorskip("uvicorn")
    path = tmp_path_factory.mktemp("browser") / "store"
    with Store.open(path) as store:
        assert ingest_paths([str(files("ketluan.ingest.samples"))], store).ok
        resolve_store(store)
    app = create_app(Settings(store=path, workers=2))
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_S
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail(f"the server did not start on 127.0.0.1:{port} within {STARTUP_S:.0f} s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed (pip install playwright)"
    )
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium (or set $KETLUAN_CHROMIUM)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        b.close()


class PageLog:
    """What one page did: every request URL, JavaScript errors and console errors."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []

    def outside(self, base: str) -> list[str]:
        """Requests that left the server under test (blob:/data: URLs never reach the network)."""
        return [
            url
            for url in self.requests
            if url.split(":", 1)[0] in {"http", "https", "ws", "wss"} and not url.startswith(base + "/")
        ]


@pytest.fixture
def page(browser: Any, live_server: str) -> Iterator[tuple[Any, PageLog]]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    pg = context.new_page()
    log = PageLog()
    pg.on("request", lambda r: log.requests.append(r.url))
    pg.on("pageerror", lambda e: log.errors.append(f"page error: {e}"))
    pg.on(
        "console", lambda m: log.errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None
    )
    pg.set_default_timeout(15_000)
    yield pg, log
    context.close()
    assert not log.outside(live_server), f"requests left 127.0.0.1: {log.outside(live_server)}"
    assert not log.errors, log.errors
