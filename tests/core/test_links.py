"""The one link rule: what a pack's `url` may be (the window opens exactly these)."""

from __future__ import annotations

import pytest

from pathfinder.core.links import is_web_link, link_problem

GOOD = [
    "https://example.org",
    "http://example.org/a?b=1&c=2#top",
    "HTTPS://EXAMPLE.ORG/Page",
    "https://user@example.org:8080/x",
    "https://[::1]/",
    "https://127.0.0.1/",
    "https://例え.jp/パス",
    "https://x.com/é%20",
    "https://a_b.example.org./",
    "https://example.org/~me/[1]",
    "https://example.org/a%25b",
    "http://data.europa.eu/esco/skill/9bc3b9ae-50d8-4a32-857e-8cf8d9b4ba8e",
]

BAD = {
    "https:///etc": "a link must name a host after https:// (like https://example.org/page)",
    "http://": "a link must name a host after http:// (like http://example.org/page)",
    "https://:80/": "a link must name a host after https:// (like https://example.org/page)",
    "https://user@": "a link must name a host after https:// (like https://example.org/page)",
    "javascript:alert(1)": "a link must be an http:// or https:// URL",
    "file:///etc/passwd": "a link must be an http:// or https:// URL",
    "ftp://example.org/": "a link must be an http:// or https:// URL",
    " https://example.org": "a link must be an http:// or https:// URL",
    "https://example.org/a b": "a link cannot hold a space: write it as %20",
    "https://example.org/<script>": "a link cannot hold '<': write it as %3C",
    "https://example.org/\u2028": "a link cannot hold '\\u2028': write it as %E2%80%A8",
    "https://example.org/a\\b": "a link cannot hold '\\\\': write it as %5C",
    "https://example.org/%zz": (
        "a link's '%' must start a code like %20 (write a '%' itself as %25)"
    ),
    "https://example.org:99999/": "a link's port must be a number from 0 to 65535",
    "https://example.org:http/": "a link's port must be a number from 0 to 65535",
    "https://-x.org/": "'-x.org' is not a valid host name in a link",
    "https://x..org/": "'x..org' is not a valid host name in a link",
    "https://x!.org/": "'x!.org' is not a valid host name in a link",
    "https://[zz]/": "a link's host in [...] must be an IPv6 address",
    "https://[::1/": "a link's host in [...] must be an IPv6 address",
    "https://[::1]x/": "a link's host in [...] must be an IPv6 address",
    "https://[127.0.0.1]/": "a link's host in [...] must be an IPv6 address",
    # Links one character away from a plain link, which is accepted on a shorter path first.
    "httpſ://example.org/": "a link must be an http:// or https:// URL",
    "https://x-.org/": "'x-.org' is not a valid host name in a link",
    "https://example.org/%2": (
        "a link's '%' must start a code like %20 (write a '%' itself as %25)"
    ),
    "https://example.org/a\tb": "a link cannot hold '\\t': write it as %09",
    "https://example.org/a\x7f": "a link cannot hold '\\x7f': write it as %7F",
}


@pytest.mark.parametrize("url", GOOD)
def test_web_links_pass(url: str) -> None:
    assert link_problem(url) is None
    assert is_web_link(url)


@pytest.mark.parametrize(("url", "problem"), BAD.items())
def test_other_links_say_what_is_wrong(url: str, problem: str) -> None:
    assert link_problem(url) == problem
    assert not is_web_link(url)
