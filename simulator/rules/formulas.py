"""Which pack model reads which formula: the loader dispatches on `[pack].formula`."""

from __future__ import annotations

from typing import Union

from simulator.rules.hangzhou import HangzhouPack
from simulator.rules.model import RulePack
from simulator.rules.xiongan import XionganPack

PACK_MODELS = {"beijing": RulePack, "xiongan": XionganPack, "hangzhou": HangzhouPack}

# Any city's rule pack. Every kind has .pack (PackInfo), .sources, .time, .content_hash, .cited_values(),
# .value_at(path), .not_found(), .applies_to(year) and .district(id).
AnyPack = Union[RulePack, XionganPack, HangzhouPack]
