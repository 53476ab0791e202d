"""Writing a file so that it appears whole or not at all: write a temporary file beside it, flush it to disk,
then rename it over the target. A crash or a full disk never leaves half a file; OSError reaches the caller."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def write_atomically(path: Path | str, data: bytes | str) -> None:
    with atomic_output(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextmanager
def atomic_output(path: Path | str) -> Iterator[BinaryIO]:
    """A binary file to write `path` through: a temporary file created safely in the target folder (a random
    name, created exclusively and owner-only, never following a link planted there), renamed over `path` once
    the block ends without an error, removed otherwise. A link at `path` itself is replaced, never written
    through. The file is readable by its owner only."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w+b") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
