"""A number given on the scale our last text asked for, read as an answer (DOMAIN section 3): pure, standard
library only. A rating's polarity counts by the question's topic (`rules.answers.LEVELS`), as `context.read`
applies it; the patterns are in `rules.scales`.
"""

from __future__ import annotations

import functools
import re

from textsupport.triage import text as triage_text
from textsupport.triage.rules import answers, scales, topics

# pure: a reply read beside our text is normalised once, however many readings of the answer ask for it
# (`context` reads it through this cache too)
normalise = functools.lru_cache(maxsize=64)(triage_text.normalise)

_FILLER = re.compile(rf"(?:\s*(?:{answers.FILLER})(?![a-z0-9])\s*)*")

_SCALE = re.compile(scales.SCALE)
_RATING = re.compile(scales.RATING, re.S)


def _top(body: str, scale: re.Match[str]) -> int:
    """The top of a scale given by its legend: the questionnaires' 0 to 3, the last of the choices listed
    ("reply 0, 1, 2 or 3"), or the highest number defined ("0 = worst, 10 = best"); 10 when the question
    names no top."""
    if scale.group("legend"):
        return scales.LEGEND_TOP
    if scale.group("last"):  # the choices listed: "reply 0, 1, 2 or 3"
        return int(scale.group("last"))
    defined = [int(n) for n in _DEFINED.findall(normalise(body))]
    return max(defined) if defined else 10


_BAD_OFTEN = re.compile(scales.BAD_OFTEN)
_DEFINED = re.compile(r"(?<![a-z0-9])(\d{1,2}) ?=")


_COUNT = re.compile(scales.COUNT, re.S)


def counted(text: str, asked: str) -> tuple[str, bool] | None:
    """A count given in answer to a question about something taken ("maybe 10" to "have you taken any of
    them?") is affirmative unless it is zero; None otherwise, and after any other question."""
    found = _COUNT.match(normalise(text)) if asked in scales.COUNTED else None
    if found is None:
        return None
    polarity = "negative" if int(found.group("n")) == 0 else "affirmative"
    return polarity, _FILLER.fullmatch(found.group("rest")) is not None


def rated(text: str, body: str, asked: str) -> tuple[str, bool] | None:
    """The polarity of a number given on the scale our text asked for ("10" to "how strong are the thoughts
    of suicide, 0 to 10?" is affirmative) and whether nothing but filler follows; None otherwise."""
    scale = _SCALE.search(normalise(body))
    found = _RATING.match(normalise(text)) if scale else None
    if found is None:
        return None
    top = int(scale.group("of") or scale.group("to") or scale.group("dash") or _top(body, scale)) or 10
    share = min(int(found.group("n")), top) / top
    if asked in scales.RISING:
        polarity = "negative" if share == 0 else "affirmative"
    elif scale.group("legend") or _BAD_OFTEN.search(normalise(body)):  # how often something bad was felt:
        # never is well, often is not ("on how many days did you feel hopeless? reply 0-7")
        polarity = "affirmative" if share == 0 else "negative" if share >= scales.RATED_OFTEN else "unsure"
    else:
        polarity = "affirmative" if share >= scales.RATED_SAFE else "negative"
        polarity = polarity if share >= scales.RATED_SAFE or share <= scales.RATED_UNSAFE else "unsure"
    return polarity, _FILLER.fullmatch(found.group("rest")) is not None


_MOOD = re.compile(scales.MOOD)


def rated_topic(body: str, asked: str) -> str:
    """The topic a number given on our scale answers: one's mood, when a question otherwise about
    logistics asked for it ("how was your mood today, 0 = worst, 10 = best?"); else the topic asked."""
    return scales.MOOD_TOPIC if asked == topics.LOGISTICS and _MOOD.search(normalise(body)) else asked
