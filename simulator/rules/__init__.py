"""Rule packs: every number a city's rules use, as data with its source and confidence."""

from simulator.rules.common import Cited, PackBase
from simulator.rules.store import (
    PackError,
    import_pack,
    installed_packs,
    is_user_pack,
    load_pack,
    load_pack_file,
    pack_file,
    pack_for,
    user_pack_problems,
)

# Any city's rule pack: every kind has .pack (PackInfo), .sources, .time, .content_hash, .cited_values(),
# .value_at(path), .not_found(), .applies_to(year) and .district(id).
AnyPack = PackBase

__all__ = [
    "AnyPack",
    "Cited",
    "PackBase",
    "PackError",
    "import_pack",
    "installed_packs",
    "is_user_pack",
    "load_pack",
    "load_pack_file",
    "pack_file",
    "pack_for",
    "user_pack_problems",
]
