"""A ZIP archive written as a stream of deflated entries: the container of an XLSX workbook.

zipfile compresses with zlib, which at its fastest level takes a third of a second for the 100 MB of sheet XML of
a whole cohort, in the serial end of a batch. ISA-L's deflate (the `isal` package) writes the same format about four
times as fast; where it is not installed, zlib does it. Every reader of ZIP files reads either.
"""

from __future__ import annotations

import struct
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import BinaryIO

try:
    from isal import isal_zlib as _deflate
except ImportError:  # a platform without its wheel
    _deflate = zlib  # type: ignore[assignment]

LEVEL = 1  # the fastest of zlib's levels; ISA-L's run 0-3, and its 1 is both faster and smaller than zlib's

_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_VERSION = 20  # deflate, no ZIP64
_DEFLATED = 8
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01, the earliest a ZIP can say: the file's bytes do not depend on the clock
PIECE = 8 << 20  # bytes handed to the deflating thread at a time: few enough hand-overs of the interpreter lock
_LIMIT = 0xFFFFFFFF  # sizes and offsets beyond need ZIP64, which no workbook of at most 1,048,576 rows reaches


class ZipWriter:
    """Entries written one after another into a binary file opened for writing and seekable (not for appending:
    each entry's header is completed once its size is known); `close()` writes the directory."""

    def __init__(self, handle: BinaryIO):
        self.handle = handle
        self.base = handle.tell()
        self.entries: list[tuple[bytes, int, int, int, int]] = []  # name, crc, compressed, size, offset

    @contextmanager
    def entry(self, name: str) -> Iterator[Callable[[bytes], None]]:
        """`with zip.entry("xl/workbook.xml") as write: write(b"...")`: the entry's bytes, deflated as they come.
        A large entry is deflated behind the writer, in a thread (deflate lets go of the interpreter meanwhile),
        in pieces of PIECE bytes: a sheet's XML is made and compressed at the same time, on two cores."""
        encoded = name.encode("ascii")
        offset = self.handle.tell() - self.base
        self.handle.write(_LOCAL.pack(0x04034B50, _VERSION, 0, _DEFLATED, 0, _DOS_DATE, 0, 0, 0, len(encoded), 0) + encoded)
        deflate = _deflate.compressobj(LEVEL, _deflate.DEFLATED, -15)
        crc = size = compressed = 0
        out = self.handle.write

        def consume(data: bytes) -> None:
            nonlocal crc, size, compressed
            crc = _deflate.crc32(data, crc)
            size += len(data)
            packed = deflate.compress(data)
            compressed += len(packed)
            out(packed)

        pending: list[bytes] = []
        held = 0
        behind: ThreadPoolExecutor | None = None
        in_flight: deque[Future] = deque()

        def write(data: bytes) -> None:
            nonlocal held, behind
            pending.append(data)
            held += len(data)
            if held < PIECE:
                return
            piece = b"".join(pending)
            pending.clear()
            held = 0
            if behind is None:
                behind = ThreadPoolExecutor(1, thread_name_prefix="deflate")
            while len(in_flight) >= 2:  # at most two pieces waiting: memory stays a few pieces, whatever the size
                in_flight.popleft().result()  # a failure (a full disk) is raised here, in the writer
            in_flight.append(behind.submit(consume, piece))

        try:
            yield write
            while in_flight:
                in_flight.popleft().result()
        finally:
            if behind is not None:
                behind.shutdown(wait=True, cancel_futures=True)
        consume(b"".join(pending))
        tail = deflate.flush()
        compressed += len(tail)
        out(tail)
        if max(size, compressed, offset) >= _LIMIT:
            raise ValueError(f"{name}: {size:,} bytes, more than a ZIP without ZIP64 holds")
        end = self.handle.tell()
        self.handle.seek(self.base + offset + 14)  # the local header's crc and sizes, known now
        self.handle.write(struct.pack("<III", crc, compressed, size))
        self.handle.seek(end)
        self.entries.append((encoded, crc, compressed, size, offset))

    def add(self, name: str, data: bytes) -> None:
        with self.entry(name) as write:
            write(data)

    def close(self) -> None:
        start = self.handle.tell() - self.base
        directory = b"".join(
            _CENTRAL.pack(
                0x02014B50,
                _VERSION,
                _VERSION,
                0,
                _DEFLATED,
                0,
                _DOS_DATE,
                crc,
                compressed,
                size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + name
            for name, crc, compressed, size, offset in self.entries
        )
        count = len(self.entries)
        if start + len(directory) >= _LIMIT or count > 0xFFFF:
            raise ValueError(f"{count:,} entries over {start:,} bytes: more than a ZIP without ZIP64 holds")
        self.handle.write(directory)
        self.handle.write(_END.pack(0x06054B50, 0, 0, count, count, len(directory), start, 0))
