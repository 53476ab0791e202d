"""Command line: `python -m simulator` opens the wizard; `score`, `packs` work in the terminal."""

from simulator.cli.main import main

__all__ = ["main"]
