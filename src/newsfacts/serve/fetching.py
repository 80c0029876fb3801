"""URL fetching on behalf of a client, kept to the public internet (issue #14).

`POST /api/extract` with a URL makes the server fetch it: from inside the operator's network,
so a client could read what only the server can reach (a router's admin page, a cloud's
metadata service at 169.254.169.254, a database's HTTP port on 127.0.0.1). So a server fetch
goes through PublicOnlyTransport, which for every request, redirects included (httpx sends each
hop through the transport):
- resolves the host itself and refuses it if ANY address is loopback, private, link-local,
  carrier-grade NAT, reserved, multicast or unspecified (`is_global` is false);
- connects to the address it checked, not to the name: a DNS answer that changes between the
  check and the connection (DNS rebinding) cannot slip in another address. TLS still checks
  the certificate against the name (httpcore's `sni_hostname`), and the Host header keeps it.
The operator may opt out (`newsfacts serve --allow-private-urls`) for an intranet reader; the
command line's `newsfacts extract URL` is the user's own fetch and is not limited.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsfacts.errors import FetchError

if TYPE_CHECKING:
    import httpx

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]
DEFAULT_PORTS = {"http": 80, "https": 443}


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for `host` (A and AAAA)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise FetchError(f"{host}: cannot resolve the name ({e})") from e
    return [str(info[4][0]) for info in infos]


def is_public(address: Address) -> bool:
    """A globally routable unicast address; a v4 address mapped or embedded in v6 is judged
    as the v4 address it carries (::ffff:127.0.0.1 is loopback)."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = address.ipv4_mapped or address.sixtofour
        if inner is not None:
            return is_public(inner)
    return address.is_global and not address.is_multicast


def public_address(host: str, port: int, resolver: Resolver) -> str:
    """The address to connect to for `host`; FetchError when any of its addresses is not
    public (a name with one private address among public ones is refused: the system may
    pick either)."""
    try:
        literal: Address | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    addresses = [literal] if literal else [_parse(value) for value in resolver(host, port)]
    if not addresses:
        raise FetchError(f"{host}: the name resolves to no address")
    for address in addresses:
        if not is_public(address):
            raise FetchError(
                f"{host}: resolves to {address}, an address inside a private network "
                "(loopback, private, link-local or reserved); this server fetches public "
                "addresses only (its operator can allow others with --allow-private-urls); "
                "send the article's text or HTML instead"
            )
    return str(addresses[0])


def _parse(value: str) -> Address:
    return ipaddress.ip_address(value.partition("%")[0])  # drop a v6 zone id


def public_only_transport(resolver: Resolver = system_resolver) -> httpx.BaseTransport:
    """An httpx transport that fetches public addresses only (see the module docstring)."""
    import httpx

    class PublicOnlyTransport(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            url = request.url
            host = url.host
            port = url.port or DEFAULT_PORTS.get(url.scheme, 80)
            address = public_address(host, port, resolver)
            request.url = url.copy_with(host=address)
            if url.scheme == "https":  # verify the certificate against the name, not the IP
                request.extensions = {**request.extensions, "sni_hostname": host}
            try:
                return super().handle_request(request)
            finally:
                request.url = url  # redirects and messages see the name the client gave

    return PublicOnlyTransport()
