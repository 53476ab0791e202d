"""The program never uses the network: a full run opens no socket (audit hooks watch the interpreter)."""

from simulator.paths import examples_dir
from tests.support.no_network import network_events

EXAMPLE = examples_dir() / "own-home-outside-centre.json"


def test_the_watch_sees_a_connection_attempt(tmp_path):
    # the harness itself must be able to fail
    events, done = network_events(
        "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=0.2)\nexcept OSError:\n    pass\n",
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert any(e[0] in ("socket.connect", "socket.__new__", "socket.getaddrinfo") for e in events)


def test_scoring_and_exporting_the_worksheet_open_no_socket(tmp_path):
    pdf = tmp_path / "out.pdf"
    code = f"""
from simulator.cli import main
assert main(["score", {str(EXAMPLE)!r}, "--year", "2026", "--pdf", {str(pdf)!r}, "--json"]) == 0
assert main(["score", {str(EXAMPLE)!r}, "--year", "2026", "--lang", "en"]) == 0
assert main(["packs"]) == 0
"""
    events, done = network_events(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert pdf.stat().st_size > 10_000
    assert events == []
