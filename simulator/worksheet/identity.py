"""What identifies a worksheet, printed on every page: a document id, the digest of the applicant's facts, the
digest of the rule pack and the program version.

The input digest is the SHA-256 of the applicant's facts as canonical JSON (the applicant file's `applicant`
object: keys sorted, no spaces, UTF-8), its first 12 hexadecimal digits: the same facts give the same digest
whatever file, window or batch row they came from. The pack digest is the rule pack's own content digest (as
`packs` lists it). The document id names one sheet: the facts, the pack, the round, the language and the day
computed.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date

from simulator import __version__


def input_digest(profile) -> str:
    data = profile.model_dump(mode="json")
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def document_id(profile, result, lang: str, computed_on: date, show_id: bool = False) -> str:
    """ "WS-2026-1A2B-3C4D": the round, then eight digits of the digest of everything the sheet depends on."""
    parts = (input_digest(profile), result.pack_id, result.pack_hash, str(result.declaration_year), lang, computed_on.isoformat())
    digest = hashlib.sha256("|".join((*parts, str(show_id), __version__)).encode()).hexdigest().upper()
    round_ = str(result.declaration_year).replace("-", "")
    return f"WS-{round_}-{digest[:4]}-{digest[4:8]}"
