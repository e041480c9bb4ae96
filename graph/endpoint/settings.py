"""The settings of ``ketluan serve``, declared once as a table.

`SETTINGS` (name, default, help, plus the command-line option and environment variable that set it) feeds
``ketluan serve --help-settings``, the validation in `Settings.validate`, and every error message caused by a
limit: such a message names the setting that controls it (`describe_setting`). A test checks that every field
of `Settings` has a row here and that each row is printed by ``--help-settings``.

>>> describe_setting("query_timeout_s")
'query_timeout_s (--query-timeout, $KETLUAN_QUERY_TIMEOUT)'
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ketluan.graph.errors import GraphError

__all__ = ["SETTINGS", "Setting", "Settings", "SettingsError", "describe_setting", "format_settings_help"]


class SettingsError(GraphError):
    """A setting has a value the endpoint cannot run with; the message names the setting and the fix."""


class Setting(NamedTuple):
    """One row of the settings table."""

    name: str
    default: Any
    help: str
    option: str | None = None  # the `ketluan serve` option, if there is one
    env: str | None = None  # the environment variable, if there is one


# fmt: off
SETTINGS: tuple[Setting, ...] = (
    Setting("store", "./ketluan-store",
            "The store folder served. Read-only unless allow_update is on; `ketluan ingest` may write to it "
            "while it is served (queries see the new data from their next request).",
            "--store", "KETLUAN_STORE"),
    Setting("endpoint", None,
            "Another SPARQL 1.1 server to answer from instead of the store (Virtuoso, Fuseki …): its query URL. "
            "The endpoint then forwards read queries to it and refuses writes; load it with `ketluan push`. "
            "Credentials: $KETLUAN_ENDPOINT_USER, $KETLUAN_ENDPOINT_PASSWORD (and $KETLUAN_ENDPOINT_AUTH).",
            "--endpoint", "KETLUAN_ENDPOINT"),
    Setting("host", "127.0.0.1",
            "Interface to listen on. The default answers this machine only; 0.0.0.0 opens it to the network.",
            "--host", "KETLUAN_HOST"),
    Setting("port", 8000, "TCP port to listen on (0: any free port).", "--port", "KETLUAN_PORT"),
    Setting("query_timeout_s", 30.0,
            "Seconds a query may run. Past it the worker process running it is killed, the request is "
            "answered 503 and a fresh worker takes its place.",
            "--query-timeout", "KETLUAN_QUERY_TIMEOUT"),
    Setting("max_result_bytes", 50_000_000,
            "Largest serialised result (bytes). A bigger result is not sent: the request is answered 500 "
            "naming this setting; add a LIMIT or narrow the query.",
            "--setting max_result_bytes=N", None),
    Setting("max_body_bytes", 1_000_000,
            "Largest request body (bytes) for POST and PUT: a query, an update or a graph. A bigger body is "
            "answered 413.",
            "--setting max_body_bytes=N", None),
    Setting("worker_memory_mb", 4096,
            "Memory (MB) one worker process may allocate (its heap: RLIMIT_DATA). A query that needs more is "
            "stopped, answered 503 naming this setting, and a fresh worker takes its place; with `workers` "
            "workers the server stays under about workers x this much plus ~100 MB.",
            "--setting worker_memory_mb=N", None),
    Setting("result_cache_mb", 256,
            "Memory (MB) for answers kept while the store is unchanged: the same request is then answered "
            "without running it again, and identical requests running at once share one run. Any write to "
            "the store drops them all. Queries with RAND/NOW/UUID/STRUUID/BNODE or SERVICE are never kept. "
            "0 turns the cache off.",
            "--setting result_cache_mb=N", None),
    Setting("workers", 2,
            "Worker processes that run queries, each with its own read-only view of the store; this many "
            "queries run at once, the others wait (within their time limit).",
            "--workers", "KETLUAN_WORKERS"),
    Setting("allow_update", False,
            "Accept SPARQL Update and Graph Store Protocol writes (PUT/POST/DELETE), each with the header "
            "'Authorization: Bearer <update_token>'. Off: the endpoint is read-only, writes get 403. On: the "
            "server holds the store's write lock, so `ketluan ingest` cannot run at the same time.",
            "--allow-update", "KETLUAN_ALLOW_UPDATE"),
    Setting("update_token", None,
            "The bearer token that writes must carry. Read from the environment only (never a command-line "
            "argument, which other users could see); required when allow_update is on.",
            None, "KETLUAN_UPDATE_TOKEN"),
    Setting("service_allowlist", (),
            "SPARQL endpoints that SERVICE clauses (and LOAD in updates) may call, as exact IRIs separated by "
            "spaces. Empty: every SERVICE is refused with 403, so queries cannot make the server fetch URLs.",
            "--setting service_allowlist='IRI IRI'", None),
    Setting("cors_origins", ("*",),
            "Origins allowed to call the endpoint from a browser (CORS), separated by spaces; '*' allows any.",
            "--setting cors_origins='ORIGIN ORIGIN'", None),
)
# fmt: on

_BY_NAME = {s.name: s for s in SETTINGS}


def describe_setting(name: str) -> str:
    """``name (--option, $ENV)``: how an error message names the setting that controls a limit."""
    s = _BY_NAME[name]
    ways = []
    if s.option:
        ways.append(s.option.split(" ")[0] if not s.option.startswith("--setting") else f"--setting {name}=…")
    if s.env:
        ways.append(f"${s.env}")
    return f"{name} ({', '.join(ways)})" if ways else name


def _show_default(value: Any) -> str:
    if value is None:
        return "(unset)"
    if isinstance(value, tuple):
        return " ".join(value) if value else "(empty)"
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


def format_settings_help() -> str:
    """The settings table as text, for ``ketluan serve --help-settings``."""
    lines = ["Settings of `ketluan serve` (set with the option or environment variable shown):", ""]
    for s in SETTINGS:
        how = ", ".join(x for x in (s.option, f"${s.env}" if s.env else None) if x)
        lines.append(f"  {s.name}  (default: {_show_default(s.default)}){'  — ' + how if how else ''}")
        lines.append(f"      {s.help}")
    return "\n".join(lines) + "\n"


def _positive(name: str, value: Any, kind: type, *, zero: str | None = None) -> Any:
    """``value`` as a ``kind`` above 0 (or 0 too, when ``zero`` says what 0 means)."""
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise SettingsError(f"setting {describe_setting(name)} must be a number, not {value!r}") from None
    if number < 0 or (number == 0 and zero is None):
        allowed = f"0 ({zero}) or more" if zero else "positive"
        raise SettingsError(f"setting {describe_setting(name)} must be {allowed}, not {value!r}")
    return number


def _words(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.replace(",", " ").split())
    return tuple(str(v) for v in value)


@dataclass
class Settings:
    """Everything `ketluan.graph.endpoint.app.create_app` needs; see `SETTINGS` for what each one means."""

    store: Path
    endpoint: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    query_timeout_s: float = 30.0
    max_result_bytes: int = 50_000_000
    max_body_bytes: int = 1_000_000
    worker_memory_mb: int = 4096
    result_cache_mb: int = 256
    workers: int = 2
    allow_update: bool = False
    update_token: str | None = None
    service_allowlist: tuple[str, ...] = ()
    cors_origins: tuple[str, ...] = field(default_factory=lambda: ("*",))

    def validate(self) -> Settings:
        """Normalise the values in place and return self; raise `SettingsError` naming a bad setting."""
        self.store = Path(self.store)
        try:
            self.port = int(self.port)
        except (TypeError, ValueError):
            raise SettingsError(
                f"setting {describe_setting('port')} must be a number, not {self.port!r}"
            ) from None
        if not 0 <= self.port <= 65535:
            raise SettingsError(f"setting {describe_setting('port')} must be 0-65535 (0: any free port)")
        self.query_timeout_s = float(_positive("query_timeout_s", self.query_timeout_s, float))
        self.max_result_bytes = int(_positive("max_result_bytes", self.max_result_bytes, int))
        self.max_body_bytes = int(_positive("max_body_bytes", self.max_body_bytes, int))
        self.workers = int(_positive("workers", self.workers, int))
        self.worker_memory_mb = int(_positive("worker_memory_mb", self.worker_memory_mb, int))
        self.result_cache_mb = int(_positive("result_cache_mb", self.result_cache_mb, int, zero="off"))
        self.service_allowlist = _words(self.service_allowlist)
        self.cors_origins = _words(self.cors_origins)
        if self.endpoint and self.allow_update:
            raise SettingsError(
                f"setting {describe_setting('endpoint')} serves another server read-only; drop "
                f"{describe_setting('allow_update')}, and write to that server itself (or `ketluan push`)"
            )
        if self.endpoint and not str(self.endpoint).startswith(("http://", "https://")):
            raise SettingsError(
                f"setting {describe_setting('endpoint')} must be an http(s) URL, not {self.endpoint!r}"
            )
        if self.allow_update and not self.update_token:
            raise SettingsError(
                f"setting {describe_setting('allow_update')} needs a token: set "
                f"{describe_setting('update_token')} to a long random secret (e.g. `export "
                "KETLUAN_UPDATE_TOKEN=$(python -c 'import secrets; print(secrets.token_urlsafe(32))')`)"
            )
        return self

    def with_overrides(self, overrides: dict[str, str]) -> Settings:
        """A copy with ``name -> text`` overrides (``--setting NAME=VALUE``), converted and validated."""
        names = [f.name for f in dataclasses.fields(self)]
        changes: dict[str, Any] = {}
        for name, text in overrides.items():
            if name not in names:
                raise SettingsError(
                    f"unknown setting {name!r} — settings: {', '.join(names)} (see --help-settings)"
                )
            if name == "update_token":
                raise SettingsError(
                    "update_token is read from $KETLUAN_UPDATE_TOKEN only, so that it never shows in the "
                    "process list"
                )
            default = _BY_NAME[name].default
            if isinstance(default, bool):
                if text.lower() not in ("1", "0", "true", "false", "on", "off", "yes", "no"):
                    raise SettingsError(f"setting {name} is on or off, not {text!r}")
                changes[name] = text.lower() in ("1", "true", "on", "yes")
            elif isinstance(default, tuple):
                changes[name] = _words(text)
            elif isinstance(default, int):
                changes[name] = _positive(name, text.replace("_", ""), int)
            elif isinstance(default, float):
                changes[name] = _positive(name, text, float)
            else:
                changes[name] = text
        return dataclasses.replace(self, **changes).validate()
