"""Rule packs: every number a city's rules use, as data with its source and confidence."""

from simulator.rules.common import Cited
from simulator.rules.formulas import AnyPack
from simulator.rules.hangzhou import HangzhouPack
from simulator.rules.model import RulePack
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
from simulator.rules.xiongan import XionganPack

__all__ = [
    "AnyPack",
    "Cited",
    "HangzhouPack",
    "PackError",
    "RulePack",
    "XionganPack",
    "import_pack",
    "installed_packs",
    "is_user_pack",
    "load_pack",
    "load_pack_file",
    "pack_file",
    "pack_for",
    "user_pack_problems",
]
