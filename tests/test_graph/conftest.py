"""Fixtures shared by the endpoint tests, and a private Virtuoso server for the remote-store tests."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import httpx
import pytest

from ketluan.graph.pipeline import ingest_paths
from ketluan.graph.resolution import resolve_store
from ketluan.graph.store import Store


@pytest.fixture(scope="session")
def samples_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled samples, ingested and resolved, in a closed on-disk store. Read it only (serve it
    read-only, or copy it first): every endpoint test module shares it."""
    path = tmp_path_factory.mktemp("samples") / "store"
    with Store.open(path) as store:
        summary = ingest_paths([str(files("ketluan.ingest.samples"))], store)
        assert summary.ok, summary.rejected
        resolve_store(store)
    return path


# --------------------------------------------------------------------------------------------------------
# A private Virtuoso Open-Source server (Debian: apt-get install virtuoso-opensource), for the remote-store
# tests: its own ini file and database in a temporary folder, SQL and HTTP on free loopback ports.

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = ., {dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}/www
MaxClientConnections = 5
ServerThreads = 5
EnabledDavVSP = 0
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 400
"""


@dataclass(frozen=True)
class VirtuosoServer:
    """A running private Virtuoso: ``url`` answers SPARQL, ``gsp_url`` takes graphs (digest login as
    ``user``/``password``, the new database's dba account)."""

    url: str
    gsp_url: str
    user: str
    password: str
    folder: Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    """Start ``virtuoso-t`` on loopback with a fresh database; stop it at the end of the session."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip("virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    (folder / "www").mkdir()
    http_port, sql_port = _free_port(), _free_port()
    (folder / "virtuoso.ini").write_text(
        VIRTUOSO_INI.format(dir=folder, sql_port=sql_port, http_port=http_port), encoding="utf-8"
    )
    base = f"http://127.0.0.1:{http_port}"
    with open(folder / "console.log", "wb") as console:
        process = subprocess.Popen(
            [binary, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
            cwd=folder,
            stdout=console,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                log = (folder / "console.log").read_text(errors="replace")[-2000:]
                pytest.fail(f"virtuoso-t exited with {process.returncode} while starting:\n{log}")
            try:
                if httpx.get(f"{base}/sparql", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"virtuoso-t did not answer on {base}/sparql within 120 s")
            time.sleep(0.5)
        yield VirtuosoServer(f"{base}/sparql", f"{base}/sparql-graph-crud-auth", "dba", "dba", folder)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
