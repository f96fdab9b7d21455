"""A document built in a worker thread speaks its own language without changing the interface's."""

from __future__ import annotations

import threading

from delegate_app.core import i18n


def test_thread_language_leaves_other_threads_alone() -> None:
    i18n.set_language("nl")
    seen: dict[str, str] = {}

    def worker() -> None:
        with i18n.thread_language("en"):
            seen["inside"] = i18n.current_language()
        seen["after"] = i18n.current_language()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == {"inside": "en", "after": "nl"}
    assert i18n.current_language() == "nl"
