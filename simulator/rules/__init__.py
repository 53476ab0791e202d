"""Rule packs: every number a city's rules use, as data with its source and confidence."""

from simulator.rules.model import Cited, RulePack
from simulator.rules.store import PackError, installed_packs, load_pack, load_pack_file, pack_for

__all__ = ["Cited", "RulePack", "PackError", "installed_packs", "load_pack", "load_pack_file", "pack_for"]
