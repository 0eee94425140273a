"""Words a refusal says, in English and as a code.

An error the associate may see carries a `Said` as its message: the string itself is the
English sentence (the command line, the log-free tests), and its `code` with its `values`
let a screen say the same in the associate's language (ui/error_words.py). HQ's answers
are Saids too, with the code `hq.<ErrorCode>` and HQ's `details`.
"""

from __future__ import annotations

from typing import Any

HQ = "hq."  # the prefix of the codes of HQ's error answers


class Said(str):
    """English words with a `code` and the `values` the words quote."""

    code: str
    values: dict[str, Any]

    def __new__(cls, text: str, code: str = "", **values: Any) -> Said:
        made = super().__new__(cls, text)
        made.code, made.values = code, values
        return made

    def __reduce__(self):  # a copy or a pickle keeps the code and the values
        return (_rebuilt, (type(self), str(self), self.code, self.values))


def _rebuilt(cls: type[Said], text: str, code: str, values: dict[str, Any]) -> Said:
    return cls(text, code, **values)


def by_hq(message: str, code: str | None, details: Any = None, status: int | None = None) -> Said:
    """HQ's words of an error answer, with its code and details; an answer without a code
    (not HQ's own: a proxy's) gets `hq_answered` with its status."""
    if not code:
        return Said(message, "hq_answered", status=status)
    return Said(message, f"{HQ}{code}", details=details)


def said_by(exc: BaseException) -> Said | None:
    """The Said an error carries (its `message`, else its first argument); None if none."""
    for words in (getattr(exc, "message", None), *exc.args[:1]):
        if isinstance(words, Said) and words.code:
            return words
    return None
