"""The Host header check: answer only to the names this server is reached by (issue #14).

DNS rebinding: a page on evil.example points its own name at 127.0.0.1 after loading, then its
script reads http://evil.example:8000/api/... from the reader's browser; the same-origin rule
lets it, since the name is its own. The one thing that gives it away is the Host header, which
still says evil.example. So the server refuses (400) any Host that is not on its allow-list:
the address it is bound to, the loopback names, and what the operator adds with
`--allowed-host` (the name a proxy or other machines use). Django's ALLOWED_HOSTS and
Starlette's TrustedHostMiddleware apply the same rule; this one answers in the app's own error
shape and names the fix.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
ANY_ADDRESS = frozenset({"0.0.0.0", "::", ""})  # binding these names no host a client types
ANY_HOST = "*"  # `--allowed-host '*'`: the operator turns the check off on purpose


def allowed_hosts(bound: str, extra: Iterable[str] = ()) -> list[str]:
    """The allow-list of a server bound to `bound`: it, the loopback names, and `extra`."""
    names = [*LOOPBACK_NAMES, *extra]
    if bound not in ANY_ADDRESS:
        names.append(bound)
    return sorted({normalize(name) for name in names if normalize(name)})


def normalize(host: str) -> str:
    """A Host value or name without port, brackets, case or a trailing dot: "[::1]:80" -> "::1"."""
    host = host.strip().lower()
    if host.startswith("["):  # [v6]:port
        return host[1:].partition("]")[0]
    if host.count(":") == 1:  # name:port (a bare v6 address has several colons)
        host = host.partition(":")[0]
    return host.rstrip(".")


def is_allowed(host: str | None, allowed: Sequence[str]) -> bool:
    if ANY_HOST in allowed:
        return True
    return host is not None and normalize(host) in allowed


Respond = Callable[[Request, int, str], Response]


class HostCheck:
    """400 for a request whose Host is not on `allowed` (a list from `allowed_hosts`)."""

    def __init__(self, app: ASGIApp, *, allowed: Sequence[str], respond: Respond) -> None:
        self.app = app
        self.allowed = [ANY_HOST if name == ANY_HOST else normalize(name) for name in allowed]
        self.respond = respond

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        raw = dict(scope["headers"]).get(b"host")
        host = raw.decode("latin-1") if raw is not None else None
        if is_allowed(host, self.allowed):
            await self.app(scope, receive, send)
            return
        shown = normalize(host)[:100] if host else "(none)"
        message = (
            f"Host {shown!r} is not a name this server answers to (it answers to "
            f"{', '.join(self.allowed)}); if that is this server's name, start it with "
            f"`newsfacts serve --allowed-host {shown}`"
        )
        response = self.respond(Request(scope, receive), 400, message)
        await response(scope, receive, send)
