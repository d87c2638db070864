"""The one rule for web links: which `url` a pack may hold and the window may open.

A pack's links are checked with it (`pathfinder validate` names the problem) and the window
opens only links that pass the same check, so a pack never validates with a link the window
then refuses. The rule is at least as strict as Qt's strict URL parser: no spaces or other
characters a URL cannot hold, an http or https scheme, and a host name.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from urllib.parse import quote, urlsplit

from pathfinder.core import words

WEB_SCHEMES = ("http", "https")
# RFC 3986 leaves these out of URLs; they must be percent-encoded (a space as %20).
_NOT_IN_URLS = frozenset(' "<>\\^`{|}')
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_IPV6_HOST = re.compile(r"\[[^\]]*\](:\d*)?")  # [::1] or [::1]:8080, nothing after
# A plain link (ASCII host name, no port, no user, no brackets, well-formed '%' codes) passes
# every check below; matching it first keeps a pack with a link on each of its 17,000 skills
# and roles (ESCO's URIs) from spending a third of a second on the character-by-character rule.
# Anything else, good or bad, takes the full rule, which alone words the problem.
_LABEL = r"[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?"
_PLAIN_LINK = re.compile(
    rf"[Hh][Tt][Tt][Pp][Ss]?://{_LABEL}(?:\.{_LABEL})*"
    r"(?:[/?#](?:%[0-9A-Fa-f]{2}|[A-Za-z0-9\-._~!$&'()*+,;=:@/?#])*)?"
)


def link_problem(url: str) -> str | None:
    """What is wrong with `url` as a web link, in words for the pack's author; None if fine."""
    if _PLAIN_LINK.fullmatch(url):
        return None
    scheme, sep, _ = url.partition("://")
    if not sep or scheme.lower() not in WEB_SCHEMES:
        return words.translate("Links", "a link must be an http:// or https:// URL")
    odd = next((c for c in url if c in _NOT_IN_URLS or _invisible(c)), None)
    if odd is not None:
        shown = repr(odd) if odd != " " else words.translate("Links", "a space")
        return words.translate("Links", "a link cannot hold {char}: write it as {code}").format(
            char=shown, code=quote(odd, safe="")
        )
    if _BAD_PERCENT.search(url):
        return words.translate(
            "Links", "a link's '%' must start a code like %20 (write a '%' itself as %25)"
        )
    try:
        parts = urlsplit(url)
    except ValueError:  # only an unclosed or misplaced '[' of an IPv6 address gets here
        return words.translate("Links", "a link's host in [...] must be an IPv6 address")
    try:
        parts.port  # noqa: B018 - reading it checks it: a port of letters raises ValueError
    except ValueError:
        return words.translate("Links", "a link's port must be a number from 0 to 65535")
    host = parts.hostname or ""
    if not host:
        return words.translate(
            "Links", "a link must name a host after {scheme}:// (like {scheme}://example.org/page)"
        ).format(scheme=scheme)
    host_and_port = parts.netloc.rpartition("@")[2]
    if host_and_port.startswith("["):
        if not _IPV6_HOST.fullmatch(host_and_port) or not _is_ipv6(host):
            return words.translate("Links", "a link's host in [...] must be an IPv6 address")
    elif not _valid_host(host):
        return words.translate("Links", "'{host}' is not a valid host name in a link").format(
            host=host
        )
    return None


def is_web_link(url: str) -> bool:
    return link_problem(url) is None


def _invisible(char: str) -> bool:
    """Control, format and separator characters: unseen in a pack, never part of a link."""
    return unicodedata.category(char)[0] in "CZ"


def _is_ipv6(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).version == 6
    except ValueError:
        return False


def _valid_host(host: str) -> bool:
    """Dot-separated labels of letters (any script), digits, '-' and '_', as Qt accepts them."""
    labels = host.removesuffix(".").split(".")
    return all(
        label
        and not label.startswith("-")
        and not label.endswith("-")
        and all(c.isalnum() or c in "-_" for c in label)
        for label in labels
    )
