"""Debian's Chromium, as the tests, `make bench`, `make audit` and `make screenshots` start it.

Playwright cannot download its own browser here; the flags keep Chromium from reaching out to
Google's services, which a closed network refuses.
"""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
