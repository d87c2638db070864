"""A link a valid pack holds is a link the window opens, and no other (one rule, core/links.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from tests.core.test_links import BAD, GOOD

from pathfinder.core.links import is_web_link
from pathfinder.qt.plan.parts import is_safe_url

# Addresses Qt's strict parser judges one way or the other, beyond the rule's own cases.
MORE = [
    "https://exa mple.org/",
    "https://x.org/a|b",
    "https://x.org/a^b",
    'https://x.org/"q"',
    "https://x.org/{a}",
    "https://x-.org/",
    "https://x%41.org/",
    "https://x.org?a=%",
    "https://a\u00a0b.org/",
    "https://a\u200bb.org/",
    "https://x.org/a'b*c@d",
    "https://@x.org",
    "https://xn--e1afmkfd.xn--p1ai/",
]


@pytest.mark.parametrize("url", [*GOOD, *BAD, *MORE])
def test_the_window_opens_exactly_the_links_a_pack_may_hold(url: str) -> None:
    assert is_safe_url(url) == is_web_link(url)
    if is_web_link(url):
        assert QUrl(url, QUrl.ParsingMode.StrictMode).isValid(), "the rule is looser than Qt's"
