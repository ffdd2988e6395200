"""A cheap prefilter for triage: run a whole-word pattern only when the text holds one of its openings.

Every triage pattern is matched as whole words, so a match begins where the previous character is not
[a-z0-9]. `openings(regex)` works out, from the compiled pattern itself, every string of up to
`DEPTH` characters a match can begin with; `text_openings(text)` lists the strings of 1 to `DEPTH`
characters that begin at such a place in the text. A pattern whose openings are disjoint from the text's
cannot match, so it is not run; one that can match can begin only where one of its openings does
(`opening_starts`). The analysis errs only toward running a pattern: anything it cannot
read (a wide class such as \\w, a back reference, too many openings) leaves the pattern always run.
Pure: standard library only.
"""

from __future__ import annotations

import functools
import re

try:  # the parser behind `re`; its module name changed in Python 3.11
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

DEPTH = 5  # characters of opening compared at most (a pattern with too many openings at 5 tries fewer)
MAX_OPENINGS = 4000  # beyond this a pattern is simply always run
_WIDE = 30  # a character class wider than this ends the opening there
MAX_HELD = 100_000  # openings whose known prefixes are kept (`opening_starts`): a bound on memory
_START = re.compile(rf"(?<![a-z0-9])(?=(.{{1,{DEPTH}}}))", re.S)


class _TooMany(Exception):
    """The openings of a pattern would be too many to be worth listing."""


def _chars(item) -> set[str] | None:
    """The characters one item can match, or None when there are too many to list."""
    op, arg = item
    if op is _c.LITERAL:
        return {chr(arg)}
    if op is _c.IN:
        chars: set[str] = set()
        for sub_op, sub_arg in arg:
            if sub_op is _c.LITERAL:
                chars.add(chr(sub_arg))
            elif sub_op is _c.RANGE and sub_arg[1] - sub_arg[0] < _WIDE:
                chars.update(chr(c) for c in range(sub_arg[0], sub_arg[1] + 1))
            elif sub_op is _c.CATEGORY and sub_arg is _c.CATEGORY_DIGIT:
                chars.update("0123456789")
            else:  # a negated, wide or word class
                return None
        return chars if len(chars) <= _WIDE else None
    if op is _c.CATEGORY and arg is _c.CATEGORY_DIGIT:
        return set("0123456789")
    return None


def _walk(items: list, prefix: str, out: set[str], depth: int = DEPTH) -> None:
    """Add to `out` every opening of up to `depth` characters of the item sequence `items` after `prefix`."""
    if len(out) > MAX_OPENINGS:
        raise _TooMany
    if len(prefix) >= depth or not items:
        out.add(prefix[:depth])
        return
    (op, arg), rest = items[0], items[1:]
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):  # zero width: ignoring it only widens the openings
        _walk(rest, prefix, out, depth)
    elif op is _c.SUBPATTERN:
        _walk(list(arg[-1]) + rest, prefix, out, depth)
    elif op is _c.BRANCH:
        for alternative in arg[1]:
            _walk(list(alternative) + rest, prefix, out, depth)
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, body = arg
        for times in range(low, min(high, depth + low) + 1):
            _walk(list(body) * times + rest, prefix, out, depth)
    else:
        chars = _chars((op, arg))
        if chars is None:  # cannot list what comes next: the opening ends here
            out.add(prefix)
            return
        for char in chars:
            _walk(rest, prefix + char, out, depth)


def openings(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Every string of up to DEPTH characters a match can begin with (fewer characters when DEPTH gives
    too many openings); None when it cannot be limited."""
    if regex.flags & re.IGNORECASE:
        return None
    try:
        parsed = list(_p.parse(regex.pattern, regex.flags))
    except (TypeError, ValueError):
        return None
    for depth in range(DEPTH, 0, -1):
        out: set[str] = set()
        try:
            _walk(parsed, "", out, depth)
        except _TooMany:
            continue
        except (RecursionError, TypeError, ValueError):
            return None
        return None if "" in out else frozenset(out)
    return None


@functools.lru_cache(maxsize=16)  # one reply's text is looked up by several steps of triage
def text_openings(text: str) -> frozenset[str]:
    """The strings of 1 to DEPTH characters that begin where a whole-word match could begin."""
    found = set(_START.findall(text))
    return frozenset(found | {s[:n] for s in found for n in range(1, DEPTH) if len(s) > n})


def opening_starts(text: str, known, held: dict[str, tuple[str, ...]] | None = None) -> dict[str, list[int]]:
    """Each opening of the text (see `text_openings`) that is in `known`, with the places where it begins,
    in order: a whole-word pattern can match only where one of its own openings begins.

    `held`, when given, keeps for each opening met so far which of its prefixes are in `known` (the caller
    empties it when `known` changes): most openings of a reply were met in earlier replies, so each place
    costs one look-up instead of one per prefix."""
    found: dict[str, list[int]] = {}
    held = {} if held is None else held
    for match in _START.finditer(text):
        opening = match.group(1)
        keys = held.get(opening)
        if keys is None:
            if len(held) >= MAX_HELD:
                held.clear()
            keys = held[opening] = tuple(
                opening[:size] for size in range(1, len(opening) + 1) if opening[:size] in known
            )
        for key in keys:
            if key in found:
                found[key].append(match.start())
            else:
                found[key] = [match.start()]
    return found
