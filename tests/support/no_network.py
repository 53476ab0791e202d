"""Run a piece of the program in a fresh interpreter that records every network attempt.

Python's audit hooks see each socket created, connected, bound or resolved, whichever library does it, so a
run that raises none of these events provably opened no connection. Unix-domain sockets (used locally by some
desktop services) are not network traffic and are reported apart.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

PRELUDE = textwrap.dedent(
    """
    import json, os, socket, sys

    _events = []

    def _hook(event, args):
        if event in ("socket.connect", "socket.bind", "socket.sendto", "socket.getaddrinfo", "socket.gethostbyname",
                     "socket.__new__", "urllib.Request", "http.client.connect"):
            family = None
            if event == "socket.__new__" and len(args) > 1:
                family = args[1]
            elif args and isinstance(args[0], socket.socket):
                family = args[0].family
            if family in (socket.AF_UNIX, getattr(socket, "AF_NETLINK", -1)):
                return
            _events.append([event, repr(args)[:200]])

    sys.addaudithook(_hook)

    import atexit

    @atexit.register
    def _report():
        with open(os.environ["NETWORK_EVENTS_FILE"], "w") as handle:
            json.dump(_events, handle)
    """
)


def network_events(code: str, tmp_path, env: dict | None = None, timeout: int = 240) -> tuple[list, subprocess.CompletedProcess]:
    events_file = tmp_path / "network-events.json"
    full_env = {**(env or {}), "NETWORK_EVENTS_FILE": str(events_file)}
    import os

    merged = {**os.environ, **full_env}
    done = subprocess.run(
        [sys.executable, "-c", PRELUDE + "\n" + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=merged,
    )
    events = json.loads(events_file.read_text()) if events_file.exists() else None
    return events, done
