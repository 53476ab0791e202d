"""The one bilingual text type: the same sentence in Chinese and English.

Every face that is not Qt (worksheet, terminal, batch) and every city's labels, pack names and help texts use it;
the wizard shows it in the user's language. In a pydantic model a `Text` field reads `{zh = "…", en = "…"}` and
writes the same back.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _decimals() -> tuple[type, Any]:
    """Decimal and its formatting, imported when a text first holds a value: texts are made (a city's name, its
    labels) long before any is rendered, and the window's first page renders none that holds a number."""
    from decimal import Decimal

    from simulator.core.decimals import fmt

    return Decimal, fmt


@cache
def _one_of_plural() -> Any:
    """A count of one takes the singular in English ("1 month left over", "1 full year"): the templates write the
    plural, as most counts are not one. Not after a digit, a point or a minus: "21 years", "0.1 years" stay."""
    import re

    return re.compile(r"(?<![\d.,\-−])1 ((?:full |further |whole )?)(month|year|day|week|hour|step)s\b")


class Text:
    """`Text(zh, en)` holds two finished strings. `Text.of((zh_template, en_template), *values)` keeps the values
    and writes the sentences when first read: a cohort of 130,000 evaluations builds millions of derivation lines
    that are mostly never shown, so they are formatted only when someone looks. Decimals are shown as people write
    points (40.75, 15, -12)."""

    __slots__ = ("_zh", "_en", "_templates", "_values")
    _templates: tuple[str, str] | None
    _values: tuple

    def __init__(self, zh: str, en: str):
        self._zh = zh
        self._en = en
        self._templates = None

    @classmethod
    def of(cls, templates: tuple[str, str], *values) -> Text:
        text = cls.__new__(cls)
        text._templates = templates
        text._values = values
        return text

    @classmethod
    def pair(cls, pair: tuple[str, str]) -> Text:
        return cls(pair[0], pair[1])

    def _render(self) -> None:
        assert self._templates is not None
        values: list = []
        if self._values:
            decimal, fmt = _decimals()
            values = [fmt(v) if isinstance(v, decimal) else v for v in self._values]
        zh, en = self._templates
        self._zh = zh.format(*values)
        self._en = en.format(*values)
        if 1 in self._values:
            self._en = _one_of_plural().sub(r"1 \1\2", self._en)
        self._templates = None

    @property
    def zh(self) -> str:
        if self._templates is not None:
            self._render()
        return self._zh

    @property
    def en(self) -> str:
        if self._templates is not None:
            self._render()
        return self._en

    def __call__(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def format(self, **values: object) -> Text:
        """Both sentences with named placeholders filled: `Text("{n}项", "{n} items").format(n=3)`."""
        return Text(self.zh.format(**values), self.en.format(**values))

    def __add__(self, other: Text) -> Text:
        return Text(self.zh + other.zh, self.en + other.en)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and self.zh == other.zh and self.en == other.en

    __hash__ = None  # a mutable cache inside: compare by value, do not hash

    def __repr__(self) -> str:
        return f"Text({self.zh!r}, {self.en!r})"

    # ---- as a pydantic field: {zh, en} in, {zh, en} out
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        fields = core_schema.typed_dict_schema(
            {
                "zh": core_schema.typed_dict_field(core_schema.str_schema()),
                "en": core_schema.typed_dict_field(core_schema.str_schema()),
            },
            extra_behavior="forbid",
        )
        from_dict = core_schema.no_info_after_validator_function(lambda d: cls(d["zh"], d["en"]), fields)
        return core_schema.json_or_python_schema(
            json_schema=from_dict,
            python_schema=core_schema.union_schema([core_schema.is_instance_schema(cls), from_dict]),
            serialization=core_schema.plain_serializer_function_ser_schema(lambda t: {"zh": t.zh, "en": t.en}),
        )


def both(text: Text) -> str:
    """ "中文 / English", for values shown in a language-neutral place (a plain input value)."""
    return f"{text.zh} / {text.en}"


YES = Text("是", "yes")
NO = Text("否", "no")
