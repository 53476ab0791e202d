"""Masking ID numbers: shown in full only when the user asks."""

from __future__ import annotations


def mask_id(id_number: str) -> str:
    """Keep the first 3 and last 2 characters: enough to recognise, not enough to misuse."""
    text = id_number.strip()
    if len(text) <= 5:
        return "*" * len(text)
    return text[:3] + "*" * (len(text) - 5) + text[-2:]
