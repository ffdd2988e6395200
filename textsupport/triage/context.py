"""A reply read with the last text we sent that person (DOMAIN section 3): pure, standard library only.

The caller passes the context: the last text we sent that person, its outbound kind and body, if it went
out within 24 hours (the webhook reads it; the `triage` CLI takes it as `--context`). When our text asked
a question and the reply opens with an answer ("no", "not really", "idk", "maybe", "yes"), the answer
counts by the question's topic (`rules.answers.LEVELS`): "no" after "are you safe right now?" is crisis,
after "did the survey link work?" routine. A short answer (nothing but filler after it) takes the level
its topic gives; a longer one is read alone as well, and the more serious level stands.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from textsupport.triage.levels import LEVELS, Level
from textsupport.triage.rules import answers, topics
from textsupport.triage.rules.cues import NEGATORS
from textsupport.triage.scales import counted, normalise, rated, rated_topic
from textsupport.triage.verdict import Verdict

_TOPICS = tuple((name, re.compile(pattern)) for name, pattern in topics.TOPICS)
_QUESTION = re.compile(topics.QUESTION)
_ANSWER = re.compile(
    rf"^(?:(?:{answers.LEAD_IN})\W+)?(?:(?P<unsure>{answers.UNSURE})|(?P<negative>{answers.NEGATIVE})|(?P<affirmative>{answers.AFFIRMATIVE}))"
    r"(?![a-z0-9])(?P<rest>.*)$",
    re.S,
)
_STILL_THERE = re.compile(answers.STILL_THERE, re.S)
_STILL_HELD = re.compile(answers.STILL_HELD, re.S)
_TOLD = {key: re.compile(pattern, re.S) for key, pattern in answers.TOLD.items()}
_USUAL_DOSE = re.compile(answers.USUAL_DOSE, re.S)
_FILLER = re.compile(rf"(?:\s*(?:{answers.FILLER})(?![a-z0-9])\s*)*")
_LOGISTICS_FILLER = re.compile(rf"(?:\s*(?:{answers.FILLER}|{answers.LOGISTICS_FILLER})(?![a-z0-9])\s*)*")
NOT_ANSWERS = ("STOP", "HELP")  # an opt-out or a call for help stays what it is, whatever we asked
TASK_GUARD = "benign context: it is the task our text named: "  # a guard (classifier.GUARDS)
ANSWER_GUARD = "benign context: an answer to our question about "  # the question explains its words
DAILY_GUARD = "benign context: a short answer to our daily text"  # "hot bath and bed by 9", "yeah it does 🙂"
DAILY_SHORT = 6  # words: a reply this short to the daily text is an answer to it


@dataclass(frozen=True)
class Context:
    """The last text we sent the person, if it went out within 24 hours."""

    kind: str | None  # its outbound kind ("staff_reply", "daily", ...); None when unknown
    body: str


def as_context(value) -> Context | None:
    """A Context from a Context, a (kind, body) pair or a body alone; None for nothing."""
    if value is None or isinstance(value, Context):
        return value if value is None or value.body.strip() else None
    if isinstance(value, str):
        return Context(None, value) if value.strip() else None
    kind, body = value
    return Context(kind or None, body) if body and body.strip() else None


@functools.lru_cache(maxsize=1024)
def topic(body: str) -> str | None:
    """What our text asked about (a name in `rules.answers.LEVELS`), or None when it asked nothing."""
    normal = normalise(body)
    if not _QUESTION.search(normal):
        return None
    asked = _QUESTIONS.findall(
        normal
    )  # the question itself first: "you mentioned X yesterday. are you safe?"
    for part in (*asked, normal) if asked else (normal,):
        found = next((name for name, pattern in _TOPICS if pattern.search(part)), None)
        if found is not None:
            return found
    return topics.LOGISTICS


# a sentence ending in a question mark: what our text asked, apart from what it recalled before it
_QUESTIONS = re.compile(r"[^.!?\n]*\?")


def answer(text: str, asked: str | None = None) -> tuple[str, bool] | None:
    """The polarity a reply opens with ("affirmative", "negative", "unsure") and whether nothing but
    filler follows it (after a question about logistics, the task put off counts as filler: "no not
    yet"); None when it does not open with an answer."""
    still = _STILL_THERE.match(normalise(text)) if asked == topics.PLACE_OF_RISK else None
    if still is not None:
        return "affirmative", _FILLER.fullmatch(still.group("rest")) is not None
    held = _STILL_HELD.match(normalise(text)) if asked == topics.MEANS_GIVEN_UP else None
    if held is not None:  # "still got em" to "did you get rid of them?" says no
        return "negative", _FILLER.fullmatch(held.group("rest")) is not None
    if asked == "something taken" and _USUAL_DOSE.match(normalise(text)):
        return "negative", True  # "just my regular 9pm meds": nothing more than usual
    found = _ANSWER.match(normalise(text))
    if found is None:
        return None
    polarity = next(name for name in ("unsure", "negative", "affirmative") if found.group(name) is not None)
    filler = _LOGISTICS_FILLER if asked == topics.LOGISTICS else _FILLER
    told = _TOLD.get((asked, polarity))  # "nah my brother took them to his place": the answer explained
    rest = found.group("rest")
    return polarity, filler.fullmatch(rest) is not None or (
        told is not None and told.fullmatch(rest) is not None
    )


_CHOICES, _CHOSEN = re.compile(answers.CHOICES), re.compile(answers.CHOSEN, re.S)


def chosen(text: str, body: str, asked: str) -> tuple[str, bool] | None:
    """One of the numbered choices our text about logistics offered ("2" to "reply 1 to confirm or 2 to
    reschedule") is an affirmative; None otherwise, and after any other question."""
    offered = _CHOICES.search(normalise(body)) if asked == topics.LOGISTICS else None
    found = _CHOSEN.match(normalise(text)) if offered else None
    if found is None or found.group("n") not in offered.group("first", "second"):
        return None
    return "affirmative", _FILLER.fullmatch(found.group("rest")) is not None


_WHEN = re.compile(answers.WHEN, re.S)


def when(text: str, asked: str) -> tuple[str, bool] | None:
    """A day or a time named in answer to a question about logistics ("tuesday" to "what day works for
    you?") is an affirmative; None otherwise, and after any other question."""
    found = _WHEN.match(normalise(text)) if asked == topics.LOGISTICS else None
    if found is None:
        return None
    return "affirmative", _FILLER.fullmatch(found.group("rest")) is not None


_MEANS_NAMED = re.compile(answers.MEANS_NAMED, re.S)


def named(text: str, asked: str) -> tuple[str, bool] | None:
    """A means named in answer to a question about the means ("the knife from the kitchen") is an
    affirmative (never short: the reply is also read alone); None otherwise."""
    found = _MEANS_NAMED.match(normalise(text)) if asked == "means" else None
    if found is None or not NEGATORS.isdisjoint(found.group("before").split()):
        return None  # nothing named, or denied before it: "i dont have my pills here"
    return "affirmative", False


_CONFIRMED = re.compile(answers.CONFIRMED, re.S)


def confirmed(text: str, asked: str) -> tuple[str, bool] | None:
    """A confirmation in answer to a question about logistics ("this is it, the old one was stolen" to "can
    you confirm this is your new number?") is an affirmative; None otherwise, and after any other question."""
    found = _CONFIRMED.match(normalise(text)) if asked == topics.LOGISTICS else None
    if found is None:
        return None
    return "affirmative", _FILLER.fullmatch(found.group("rest")) is not None


_LAPSED = re.compile(answers.LAPSED)


def lapsed(text: str, asked: str) -> tuple[str, bool] | None:
    """Days or more since the last dose ("like a week ago") is a negative to when it was, today an
    affirmative; never short (the reply is read alone as well); None otherwise."""
    found = _LAPSED.match(normalise(text)) if asked == topics.LAST_DOSE else None
    return None if found is None else ("negative" if found.group("lapse") else "affirmative", False)


def read(text: str, verdict: Verdict, context: Context) -> Verdict:
    """The verdict of a reply read with the text it answers (unchanged when it answers nothing)."""
    if verdict.keyword in NOT_ANSWERS:
        return verdict
    asked = topic(context.body)
    opened = None
    if asked is not None:
        opened = answer(text, asked)
        if opened is None and (opened := rated(text, context.body, asked)) is not None:
            asked = rated_topic(context.body, asked)  # a number for one's mood counts as a mood
        opened = opened or named(text, asked) or confirmed(text, asked) or chosen(text, context.body, asked)
        opened = opened or when(text, asked) or counted(text, asked) or lapsed(text, asked)
    elif (opened := done(text, context.body)) is not None:  # "done!" to the survey our text sent
        asked = topics.LOGISTICS
    if opened is None:
        return verdict
    polarity, short = opened
    level = answers.LEVELS[asked][polarity]
    commanded = asked == "voices" and polarity == "affirmative" and _commanded(text, context.body)
    level = Level.CRISIS if commanded else level
    reason = f"answer to our question ({asked}): {polarity}"
    if short:  # understood in context: "idk" to a logistics question is no longer unclear
        kept = tuple(r for r in verdict.reasons if r.startswith("keyword"))
    else:
        kept = verdict.reasons
        level = min(level, verdict.level, key=LEVELS.index)
    emergency = verdict.emergency or commanded
    emergency = emergency or (asked in answers.EMERGENCY_TOPICS and level is Level.CRISIS)
    return dataclasses.replace(
        verdict, level=level, reasons=(*kept, reason), answered=True, emergency=emergency
    )


_DONE = re.compile(answers.DONE)


def done(text: str, body: str) -> tuple[str, bool] | None:
    """The task our text named, said to be done and nothing else ("done!" to "your survey is ready: [link]"):
    a short affirmative about logistics; None otherwise."""
    found = _DONE.match(normalise(text)) if _task(body) else None
    return None if found is None else ("affirmative", _FILLER.fullmatch(found.group("rest")) is not None)


_HARM_ASKED, _HARM_NAMED = re.compile(answers.HARM_ASKED), re.compile(answers.HARM_NAMED)


def _commanded(text: str, body: str) -> bool:
    """Whether a yes to our question whether the voices tell them to hurt anyone names whom ("yes my mom")."""
    return bool(_HARM_ASKED.search(normalise(body)) and _HARM_NAMED.search(normalise(text)))


_TASK = re.compile(answers.TASK)
_IT = re.compile(answers.IT, re.I)


def resolve(text: str, context: Context | None) -> tuple[str, str | None]:
    """The reply as the rules should read it beside the text it answers.

    A question with a subject lends it to the reply: "yes. they want me to do it" after "are you hearing
    the voices?" is read as about the voices (not when the reply opens with a denial). "It" is the task
    our text named when it asked nothing about safety: "ok ill do it tonight" after a survey reminder
    is "ok ill do the survey tonight", and that is a guard (a benign context) for the model. An answer
    to a question about logistics or to an offer of contact is a guard too: "yes please, tonight if
    possible" says when, and the model needs its guarded confidence to read risk into it. A confirmation
    to a question about logistics is read as the yes it is ("this is it, the old one was stolen" to "can
    you confirm this is your new number?" is "yes, the old one was stolen"), a guard as well. Otherwise
    the reply is unchanged. Returns the text to read and the guard's reason, if any."""
    asked = None if context is None else topic(context.body)
    if asked in answers.SUBJECTS:
        opened = answer(text)
        denied = opened is not None and opened[0] == "negative"
        return (text if denied else f"{answers.SUBJECTS[asked]}: {text}"), None
    if context is not None and context.kind == "daily" and _short_daily_answer(text):
        return text, DAILY_GUARD  # the rules still read it alone; the model needs its guarded confidence
    if context is None or asked not in (None, *answers.EXPLAINED):
        return text, None
    task = None if asked == "an offer of contact" else _task(context.body)
    resolved = text if task is None else _IT.sub(rf"\g<verb> the {task}", text)
    if resolved != text:
        return resolved, f"{TASK_GUARD}{task}"
    confirmation = _CONFIRMED.match(normalise(text)) if asked == topics.LOGISTICS else None
    if confirmation is not None:  # "this is it, ..." to "is this your new number?" is a yes, not a farewell
        return f"yes{confirmation.group('rest')}", f"{ANSWER_GUARD}{asked}"
    if asked is not None and answer(text) is not None:  # "yes please, tonight if possible": when, not risk
        return text, f"{ANSWER_GUARD}{asked}"
    return text, None


_ENDING = re.compile(answers.ENDING)


def _short_daily_answer(text: str) -> bool:
    """A reply of a few words that names no ending ("tonight ends it" is not an answer to the daily text)."""
    normal = normalise(text)
    return len(normal.split()) <= DAILY_SHORT and not _ENDING.search(normal)


@functools.lru_cache(maxsize=1024)
def _task(body: str) -> str | None:
    """The task our text named ("survey", "form", "exercise"), or None."""
    found = _TASK.search(normalise(body))
    return None if found is None else found.group()
