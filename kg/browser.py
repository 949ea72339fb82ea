"""Open pages in headless Chromium: for the HTML tests, the benchmark and the screenshot.

Debian's ``chromium`` is driven by Playwright (installed with the ``test`` extra); no
browser is ever downloaded. The flags keep Chromium from reaching for the network,
which this project's machines do not have and its pages must not need.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def find_chromium() -> str | None:
    """The Chromium executable: ``$CHROMIUM``, else ``chromium`` on the PATH, else ``None``."""
    return (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )


@contextmanager
def open_chromium(*, width: int = 1280, height: int = 800) -> Iterator[Any]:
    """A Playwright browser context in a fresh, throw-away profile."""
    from playwright.sync_api import sync_playwright

    executable = find_chromium()
    if executable is None:
        raise FileNotFoundError("Chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=executable,
            args=list(CHROMIUM_ARGS),
            headless=True,
            viewport={"width": width, "height": height},
        )
        try:
            yield context
        finally:
            context.close()
