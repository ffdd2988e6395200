"""The rules of triage for one SMS reply: how serious it is, and which rules said so.

Pure: standard library only, no I/O. The data live in `rules/`: keywords, macros and the Rule shape in
`rules.common`, the cues the guards read in `rules.cues` and `rules.past`, medicines in `rules.medicines`,
rewrites in `rules.rewrites` and misspellings in `rules.typos` (read by `text.normalise`),
word lists in `rules.lexicon` and `rules.farewells`, idioms in `rules.idioms`, the rules in `rules.crisis`
(with `rules.suicidal`, `rules.means`, `rules.languages`, `rules.multilingual`, `rules.newcomers`,
`rules.neighbours`, `rules.horizons`, `rules.bystanders`, `rules.threats`, `rules.endings`,
`rules.immediacy`, `rules.elsewhere`, `rules.settled`, `rules.calm`, `rules.tongues`, `rules.wishes` and
the language matrix's `rules.atlas_*`, `rules.arrangements` and `rules.signals`),
`rules.questions`, `rules.others` (harm to another person), `rules.voices`, `rules.danger` (someone else
in danger now) and `rules.urgent`; keywords are read in `keywords`, guards in `guards`;
this module applies the rules. The model's second opinion is added in `decision`. Recall comes first: when
in doubt a reply goes to a human sooner, never later.
"""

from __future__ import annotations

import itertools
import re

from textsupport.triage import patterns as word_patterns
from textsupport.triage import prefilter
from textsupport.triage.guards import assess, clause, negated
from textsupport.triage.keywords import whole_word
from textsupport.triage.levels import LEVELS
from textsupport.triage.rules import common as rules
from textsupport.triage.rules import cues, fallback
from textsupport.triage.rules.arrangements import ARRANGEMENTS
from textsupport.triage.rules.atlas_farewells import ATLAS_FAREWELLS
from textsupport.triage.rules.atlas_notes import ATLAS_NOTES
from textsupport.triage.rules.atlas_others import ATLAS_OTHERS
from textsupport.triage.rules.atlas_self import ATLAS_SELF
from textsupport.triage.rules.atlas_urgent import ATLAS_URGENT
from textsupport.triage.rules.bystanders import BYSTANDERS
from textsupport.triage.rules.calm import CALM
from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.crisis import CRISIS
from textsupport.triage.rules.danger import DANGER
from textsupport.triage.rules.elsewhere import ELSEWHERE
from textsupport.triage.rules.endings import ENDINGS
from textsupport.triage.rules.horizons import HORIZONS
from textsupport.triage.rules.immediacy import IMMEDIACY
from textsupport.triage.rules.languages import LANGUAGES
from textsupport.triage.rules.means import MEANS
from textsupport.triage.rules.multilingual import MULTILINGUAL
from textsupport.triage.rules.neighbours import NEIGHBOURS
from textsupport.triage.rules.newcomers import NEWCOMERS
from textsupport.triage.rules.others import OTHERS
from textsupport.triage.rules.questions import QUESTIONS
from textsupport.triage.rules.settled import SETTLED
from textsupport.triage.rules.signals import SIGNALS
from textsupport.triage.rules.threats import THREATS
from textsupport.triage.rules.tongues import TONGUES
from textsupport.triage.rules.urgent import URGENT
from textsupport.triage.rules.voices import VOICES
from textsupport.triage.rules.wishes import WISHES
from textsupport.triage.text import IDIOM_MARK, TOKEN, normalise
from textsupport.triage.text import for_model as text_for_model
from textsupport.triage.verdict import Verdict

BARE_HELP = "bare HELP may be a cry for help"
OPT_OUT_REASON = "asked in words to stop texts"
MAX_MATCHES = 40  # matches of one pattern examined per message: bounds the work on a 1,600-character text
_words = word_patterns.whole_words
# most serious first
_IN_ORDER = (
    CRISIS
    + LANGUAGES
    + MULTILINGUAL
    + NEWCOMERS
    + NEIGHBOURS
    + HORIZONS
    + BYSTANDERS
    + THREATS
    + ENDINGS
    + IMMEDIACY
    + ELSEWHERE
    + SETTLED
    + CALM
    + TONGUES
    + WISHES
    + ATLAS_SELF
    + ATLAS_FAREWELLS
    + ATLAS_NOTES
    + ATLAS_OTHERS
    + ATLAS_URGENT
    + ARRANGEMENTS
    + SIGNALS
    + MEANS
    + QUESTIONS
    + OTHERS
    + VOICES
    + DANGER
    + URGENT
)
_RULES = tuple(
    (rule, tuple(_words(p) for p in rule.patterns), tuple(re.compile(u) for u in rule.unless))
    for rule in _IN_ORDER
)
_UNLESS_MESSAGE = {rule.name: tuple(re.compile(u) for u in rule.unless_message) for rule, _, _ in _RULES}
# Which patterns may match a text, looked up from its openings; a rule none of whose patterns can match
# sets nothing and records nothing, so it is skipped.
_RULE_INDEX = word_patterns.Index(pattern for _, compiled, _ in _RULES for pattern in compiled)
_RULE_OF = tuple(number for number, (_, compiled, _) in enumerate(_RULES) for _ in compiled)
_FIRST_OF = tuple(_RULE_OF.index(number) if number in _RULE_OF else 0 for number in range(len(_RULES)))
_NEGATIVE = tuple(_words(pattern) for pattern in fallback.NEGATIVE)
_NEGATIVE_INDEX = word_patterns.Index(_NEGATIVE)
_POSITIVE = tuple(re.compile(pattern) for pattern in fallback.POSITIVE)
_ROUTINE = tuple(_words(pattern) for pattern in fallback.ROUTINE)
_ROUTINE_INDEX = word_patterns.Index(_ROUTINE)
LOW_MOOD = "negative feeling with no positive cue"
JOKE_MARKED = "joke: marked as a joke"
UNCLEAR = "unclear: no routine cue, a person should read it"
GUARDS = (
    "negated: ",
    "past: ",
    "benign context: ",
    "third party",
    "joke: ",
)  # reasons after which the rules win
MODEL_MIN_WORDS = 3  # the model abstains on less: a word or two ("will do") is the rules' to judge
_OPT_OUT = tuple(_words(pattern) for pattern in rules.OPT_OUT)
_OPT_OUT_INDEX = word_patterns.Index(_OPT_OUT)
_NOTHING: frozenset[str] = frozenset()
_JOKE, _JOKE_TAKEN_BACK = re.compile(cues.JOKE), re.compile(cues.JOKE_TAKEN_BACK)
_JOKE_OPENINGS = tuple(sorted(prefilter.openings(_JOKE) or ()))  # a joke begins with one of these


def _kinds(pattern: re.Pattern[str], unless, text: str, guarded=None, first=None) -> set[str]:
    """How the matches of one pattern count; stops at the first that fires (and after MAX_MATCHES).

    The clause of every match that does not fire (negated, past, benign, someone else's) is added to
    `guarded` when given: the model reads those clauses as guarded, apart from the rest. `first`: the
    pattern's first match in the text, when already found (`patterns.Index.first_matches`).
    """
    kinds: set[str] = set()
    first = pattern.search(text) if first is None else first
    if first is None:  # most patterns find nothing: one search, no iterator
        return kinds
    for match in itertools.islice(pattern.finditer(text, first.start()), MAX_MATCHES):
        kind = assess(unless, text, match)
        kinds.add(kind)
        if kind == "fires":
            break
        if guarded is not None:
            guarded.append(clause(text, match))
    return kinds


def _apply(
    rule: Rule, patterns, unless, text: str, matches, guarded, joking=False, first=0
) -> tuple[str | None, ...]:
    """The level this rule sets (or None) and the reason to record (or None); a crisis in a reply marked
    as a joke is a guard, not a level. `matches`: the first match of every pattern that matches the
    text, by its position in `_RULE_INDEX` (the rule's first pattern is at `first`)."""
    clauses: list[tuple[int, int]] = []
    found, spare = [], len(patterns) - rule.needs  # patterns that may find nothing before the rule can't
    for position, pattern in enumerate(patterns, first):
        match = matches.get(position)
        kinds = _NOTHING if match is None else _kinds(pattern, unless, text, clauses, match)
        found.append(kinds)
        spare -= not kinds
        if spare < 0:
            return None, None  # cues that only count together, not all present: nothing to guard either
    if not any(found):
        return None, None
    guarded.extend(clauses)
    fires = sum("fires" in kinds for kinds in found) >= rule.needs
    someone_else = sum(bool(kinds & {"fires", "third party"}) for kinds in found) >= rule.needs and rule.other
    guard_rule = rule.level == "routine"  # a rule that only guards: "benign context: ..."
    benign = False  # a benign context named anywhere in the message: searched for only where it counts
    if (fires or someone_else) and not (fires and guard_rule):
        benign = any(pattern.search(text) for pattern in _UNLESS_MESSAGE[rule.name])
    if (fires and guard_rule) or (
        (fires or someone_else) and (benign or (joking and rule.level == "crisis"))
    ):
        for pattern in patterns:  # the model reads the benign or joking clauses as guarded too
            guarded.extend(clause(text, m) for m in itertools.islice(pattern.finditer(text), MAX_MATCHES))
        if guard_rule:
            return None, rule.name
        return None, f"{'benign context' if benign else 'joke'}: {rule.name}"
    if fires:
        return rule.level, rule.name
    if someone_else:
        return rule.other, f"third party at risk: {rule.name}"
    seen = set().union(*found) if rule.needs == 1 else set()
    for kind in ("negated", "past", "benign context", "third party"):
        if kind in seen:  # a rule named for its guard ("past: ...") is not prefixed twice
            return None, rule.name if rule.name.startswith(f"{kind}: ") else f"{kind}: {rule.name}"
    return None, None


def _risk(text: str) -> tuple[str, tuple[str, ...], list[tuple[int, int]], bool]:
    """The most serious level any rule sets, every reason recorded (in rule order), the clauses the rules
    judged negated, past, benign, someone else's or joking (spans of the text: the model reads them as
    guarded), and whether an emergency rule (another person at risk) set a level."""
    level, reasons, guarded, emergency = "routine", [], [], False
    matches = _RULE_INDEX.first_matches(text)
    reached = sorted({_RULE_OF[position] for position in matches})  # a rule none of whose patterns
    joking = _joking(text)  # matches sets nothing
    for number in reached:
        rule, patterns, unless = _RULES[number]
        rule_level, reason = _apply(rule, patterns, unless, text, matches, guarded, joking, _FIRST_OF[number])
        if rule_level and LEVELS.index(rule_level) < LEVELS.index(level):
            level = rule_level
        emergency = emergency or (rule.emergency and rule_level == "crisis")
        if reason and reason not in reasons:
            reasons.append(reason)
    if joking and level != "crisis" and not any(reason.startswith("joke: ") for reason in reasons):
        reasons.append(JOKE_MARKED)  # no crisis rule fired, yet the reply jokes: a guard for the model
    return level, tuple(reasons), guarded, emergency


def _joking(text: str) -> bool:
    """Whether the reply is marked as a joke (and the joke is not taken back); a few substring tests first,
    as most replies hold none of the strings a joke can begin with."""
    if _JOKE_OPENINGS and not any(opening in text for opening in _JOKE_OPENINGS):
        return False
    return bool(_JOKE.search(text)) and not _JOKE_TAKEN_BACK.search(text)


def _low_mood(text: str) -> bool:
    """A negative feeling (not negated, past or someone else's) and no positive or neutral cue."""
    if IDIOM_MARK.strip() in text or any(pattern.search(text) for pattern in _POSITIVE):
        return False  # an idiom or a positive cue: "cutting onions made me cry", "rough day lol"
    matches = _NEGATIVE_INDEX.first_matches(text)
    return any(
        "fires" in _kinds(pattern, (), text, None, matches[position])
        for position, pattern in enumerate(_NEGATIVE)
        if position in matches
    )


def _unclear(text: str) -> bool:
    """Whether a reply no rule placed holds no clearly routine cue (nor an idiom): a person should read it."""
    if not TOKEN.search(text) and not text.strip(" _"):
        return False  # nothing to read at all
    if "_" in text:
        return False  # an idiom ("this heat is killing me") is an ordinary reply
    candidates = _ROUTINE_INDEX.starts(text)
    return not any(
        word_patterns.first(pattern, text, candidates[position])
        for position, pattern in enumerate(_ROUTINE)
        if position in candidates
    )


def _opt_out(text: str) -> list[tuple[int, int]]:
    """Where the reply asks in words to stop the texts (not negated: "don't stop texting me")."""
    candidates, found = _OPT_OUT_INDEX.starts(text), []
    for position, pattern in enumerate(_OPT_OUT):
        if position not in candidates:
            continue
        opening = word_patterns.first(pattern, text, candidates[position])
        if opening is None:
            continue
        for match in itertools.islice(pattern.finditer(text, opening.start()), MAX_MATCHES):
            if not negated(text[clause(text, match)[0] : match.start()], match.group()):
                found.append(match.span())
    return found


def by_rules(text: str) -> tuple[Verdict, str | None]:
    """The verdict of the rules alone, and the text the model should read (None for a keyword): the
    normalised text, its guarded clauses marked (`text.for_model`) and a request to stop texts blanked."""
    text = text if isinstance(text, str) else ""
    word = whole_word(text)
    family = rules.KEYWORDS.get(word)
    if family == "HELP" and word in rules.BARE_HELP_WORDS:
        return Verdict("urgent", "HELP", (BARE_HELP,)), None
    if family is not None:
        return Verdict("routine", family, (f"keyword: {word.upper()}",)), None
    normal = normalise(text)
    level, reasons, guarded, emergency = _risk(normal)
    opt_out = _opt_out(normal)
    # the model reads the guarded clauses marked as such, and not the request to stop ("take me off")
    for_model = text_for_model(normal, guarded, opt_out)
    if level == "routine" and _low_mood(normal):
        level, reasons = "urgent", (*reasons, LOW_MOOD)
    elif level == "routine" and not reasons and not opt_out and _unclear(normal):
        level, reasons = "urgent", (UNCLEAR,)
    if opt_out:  # the request is about our texts, not a risk
        return Verdict(level, None, (*reasons, OPT_OUT_REASON), True, emergency), for_model
    return Verdict(level, None, reasons, emergency=emergency), for_model
