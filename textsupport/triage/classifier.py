"""The rules of triage for one SMS reply: the keyword it is, how serious it is, and which rules said so.

Pure: standard library only, no I/O. The data live in `rules/`: keywords, cues and macros in
`rules.common`, rewrites and word lists in `rules.lexicon`, misspellings in `rules.typos` (a token one
edit from a word that matters is read as it: `spelling`), idioms in `rules.idioms`, the rules in
`rules.crisis`, `rules.means`, `rules.questions`, `rules.others` and `rules.urgent`; this module
normalises the text and applies them.
The model's second opinion is added in `decision`. Recall comes first: when in doubt a reply goes to a
human sooner, never later.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from textsupport.triage import prefilter, spelling
from textsupport.triage.folding import fold, folded_pattern
from textsupport.triage.levels import LEVELS
from textsupport.triage.rules import common as rules
from textsupport.triage.rules import fallback, lexicon, typos
from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.crisis import CRISIS
from textsupport.triage.rules.idioms import IDIOMS
from textsupport.triage.rules.languages import LANGUAGES
from textsupport.triage.rules.means import MEANS
from textsupport.triage.rules.others import OTHERS
from textsupport.triage.rules.questions import QUESTIONS
from textsupport.triage.rules.urgent import URGENT
from textsupport.triage.verdict import Verdict

BARE_HELP = "bare HELP may be a cry for help"
OPT_OUT_REASON = "asked in words to stop texts"
MAX_MATCHES = 40  # matches of one pattern examined per message: bounds the work on a 1,600-character text


_OPENINGS: dict[re.Pattern[str], frozenset[str] | None] = {}  # what a match of each pattern can begin with
PREFILTER = True  # skip a pattern when the text holds none of its openings (False: run every pattern)


def _words(pattern: str) -> re.Pattern[str]:
    """A pattern with its <MACROS> expanded, matched only as whole words."""
    for _ in range(2):  # a macro may use another macro
        for name, value in rules.MACROS.items():
            pattern = pattern.replace(f"<{name}>", value)
    compiled = re.compile(rf"(?<![a-z0-9])(?:{folded_pattern(pattern)})(?![a-z0-9])")
    _OPENINGS[compiled] = prefilter.openings(compiled)
    return compiled


def _may_match(pattern: re.Pattern[str], openings: set[str]) -> bool:
    """Whether a whole-word pattern can match a text with these openings (a cheap set test)."""
    needed = _OPENINGS.get(pattern)
    return not PREFILTER or needed is None or not needed.isdisjoint(openings)


_VARIANTS = tuple(
    (_words(pattern), replacement) for pattern, replacement in lexicon.VARIANTS + typos.VARIANTS
)
_IDIOMS = tuple(_words(pattern) for pattern in IDIOMS)
_RULES = tuple(
    (rule, tuple(_words(p) for p in rule.patterns), tuple(re.compile(u) for u in rule.unless))
    for rule in CRISIS + LANGUAGES + MEANS + QUESTIONS + OTHERS + URGENT  # most serious first
)
_UNLESS_MESSAGE = {rule.name: tuple(re.compile(u) for u in rule.unless_message) for rule, _, _ in _RULES}


def _rule_openings(patterns) -> frozenset[str] | None:
    """What a match of any of a rule's patterns can begin with; None when one pattern could begin anywhere."""
    found: set[str] = set()
    for pattern in patterns:
        if _OPENINGS.get(pattern) is None:
            return None
        found |= _OPENINGS[pattern]
    return frozenset(found)


# A rule none of whose patterns can match sets nothing and records nothing: skip it in one set test.
_RULE_OPENINGS = tuple(_rule_openings(patterns) for _, patterns, _ in _RULES)
_NEGATIVE = tuple(_words(pattern) for pattern in fallback.NEGATIVE)
_POSITIVE = tuple(re.compile(pattern) for pattern in fallback.POSITIVE)
_ROUTINE = tuple(_words(pattern) for pattern in fallback.ROUTINE)
LOW_MOOD = "negative feeling with no positive cue"
JOKE_MARKED = "joke: marked as a joke"
UNCLEAR = "unclear: no routine cue, a person should read it"
IDIOM_MARK = " _ "  # what an idiom (or a clause the model should not read) leaves behind in normalised text
GUARDS = (
    "negated: ",
    "past: ",
    "benign context: ",
    "third party",
    "joke: ",
)  # reasons after which the rules win
MODEL_MIN_WORDS = 3  # the model abstains on less: a word or two ("will do") is the rules' to judge
_OPT_OUT = tuple(_words(pattern) for pattern in rules.OPT_OUT)
_CLAUSE = re.compile(rules.CLAUSE_BREAK)
_PAST, _PRESENT = re.compile(rules.PAST), re.compile(rules.PRESENT)
_PAST_LEAD = re.compile(rules.PAST_LEAD)
_NEGATED_AFTER, _NEGATED_THOUGHT = re.compile(rules.NEGATED_AFTER), re.compile(rules.NEGATED_THOUGHT)
_OTHER_REFLEXIVE = re.compile(rules.OTHER_REFLEXIVE)
_DOUBLE_NEGATIVE = re.compile(rules.DOUBLE_NEGATIVE)
_JOKE, _JOKE_TAKEN_BACK = re.compile(rules.JOKE), re.compile(rules.JOKE_TAKEN_BACK)
_CONTRACTION = re.compile(r"([a-z])'(t|m|s|d|ll|ve|re)\b")  # don't -> dont; j'ai stays two words
_TOKEN = re.compile(r"[a-z0-9]+")
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf"
# an emoji written against a word or a number is read apart from it: "💊x30" -> "💊 x30"
_EMOJI_JOINED = re.compile(rf"(?<=[{_EMOJI}])(?=[a-z0-9])|(?<=[a-z0-9])(?=[{_EMOJI}])")


def _keyword_word(text: str) -> str:
    """The whole message as one word: folded, all spaces gone, punctuation trimmed from both ends."""
    word = "".join(fold(text).split())
    while word and unicodedata.category(word[-1]).startswith("P"):
        word = word[:-1]
    while word and unicodedata.category(word[0]).startswith("P"):
        word = word[1:]
    return word


def keyword(text: str) -> str | None:
    """The keyword family ("STOP", "START", "HELP") when the whole message is one, else None."""
    return rules.KEYWORDS.get(_keyword_word(text or ""))


def keyword_language(text: str) -> str | None:
    """ "fr" when the whole message is a French keyword (AIDE, DÉBUT, ARRÊT), "en" for another
    keyword, None when it is no keyword."""
    word = _keyword_word(text or "")
    if word not in rules.KEYWORDS:
        return None
    return "fr" if word in rules.FRENCH_KEYWORDS else "en"


def normalise(text: str) -> str:
    """Folded text with contractions joined, variants rewritten and idioms blanked out."""
    text = fold(text).replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = _CONTRACTION.sub(r"\1\2", text)
    text = re.sub(r"['\-_]", " ", text).replace("/", " / ")
    text = re.sub(r"([a-z])\1{2,}", r"\1", text)  # "sooo" -> "so", "killl" -> "kil" (-> "kill")
    if not text.isascii():
        text = _EMOJI_JOINED.sub(" ", text)
    text = spelling.correct(re.sub(r"[^\S\n]+", " ", text))  # keep line breaks: they end a clause
    openings = prefilter.text_openings(text)
    for pattern, replacement in _VARIANTS:
        if _may_match(pattern, openings):
            text, changes = pattern.subn(replacement, text)
            openings = prefilter.text_openings(text) if changes else openings
    for idiom in _IDIOMS:
        if _may_match(idiom, openings):
            text, changes = idiom.subn(IDIOM_MARK, text)
            openings = prefilter.text_openings(text) if changes else openings
    return re.sub(r"[^\S\n]+", " ", text).strip()


def _clause(text: str, match: re.Match[str]) -> tuple[int, int]:
    """Where the clause holding `match` starts and ends (punctuation, "but", line breaks)."""
    breaks = [b.end() for b in _CLAUSE.finditer(text, 0, match.start())]
    following = _CLAUSE.search(text, match.end())
    return (breaks[-1] if breaks else 0), (following.start() if following else len(text))


def _negated(before: str, matched: str = "") -> bool:
    """A negator among the last few words before the phrase, with no new subject in between."""
    every = _TOKEN.findall(before)
    thought = _NEGATED_THOUGHT.search(before)
    if thought:  # "not having any thoughts of [ending it]", unless the denial is denied
        return not _DOUBLE_NEGATIVE.search(" ".join(_TOKEN.findall(before[: thought.start()])[-5:]))
    if _TOKEN.findall(matched)[:1] and _TOKEN.findall(matched)[0] in rules.NEW_SUBJECT:
        # "if i dont answer, youll know why": the phrase has its own subject, unless its reason is denied
        return tuple(every[-2:]) == rules.NOT_BECAUSE
    words = every[-rules.NEGATION_WINDOW :]
    for index in range(len(words) - 1, -1, -1):
        if words[index] in rules.SUBJECT_I:
            at = len(every) - len(words) + index  # a reason denied: "not because im going to ..."
            if tuple(every[max(at - 2, 0) : at]) in rules.INVERTED_NEGATIONS:
                return True  # "never would i ..."
            return tuple(every[max(at - 2, 0) : at]) == rules.NOT_BECAUSE
        after = words[index + 1] if index + 1 < len(words) else ""
        if words[index] in rules.NEGATORS and after not in rules.NOT_A_NEGATION:
            if words[index] in rules.ELIDED_NEGATORS and not after.startswith(rules.ELISION_OPENINGS):
                continue  # "n" before a consonant is SMS "and" ("drank vodka n took pills"), not French "n'"
            at = len(every) - len(words) + index
            if words[index] == "not" and at and every[at - 1] in rules.BEFORE_NOT:
                return False  # two negators cancel: "i dont not want to die"
            return not _DOUBLE_NEGATIVE.search(" ".join(every[max(at - 5, 0) : at]))
    return False


def _someone_else(before: str, matched: str) -> bool:
    """Whether the phrase is about another person ("my brother says he wants to die")."""
    if _OTHER_REFLEXIVE.search(matched):
        return True
    said = _TOKEN.findall(matched)
    if rules.SELF.intersection(said):
        return False
    if " ".join(said[:2]).startswith(rules.HE_SHE_THEY_IS):
        return True  # the phrase names its own subject in the present: "[shes on the bridge]"
    tokens = _TOKEN.findall(before)
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index]
        if word in ("you", "yall") and index and tokens[index - 1] in rules.ADDRESSED:
            continue  # "thank you all for everything": the one thanked is not at risk
        if word in rules.SELF or word in rules.THIRD_PERSON:
            return word in rules.THIRD_PERSON
    return False


def _sentence_start(text: str, clause_start: int) -> int:
    """Where the sentence holding the clause that starts at `clause_start` starts."""
    return max(text.rfind(mark, 0, clause_start) for mark in ".!?\n") + 1


def _past(clause: str, lead: str = "") -> bool:
    """Whether the clause is about the past ("years ago ...") and not about now ("... again"); `lead`, the
    sentence before the clause, counts when it is nothing but a time gone by ("two years ago today, ...")."""
    if _PRESENT.search(clause):
        return False
    return bool(_PAST.search(clause)) or bool(lead and _PAST_LEAD.fullmatch(lead))


def _assess(unless: tuple[re.Pattern[str], ...], text: str, match: re.Match[str]) -> str:
    """How one match counts: "fires", "negated", "past", "benign context" or "third party"."""
    start, end = _clause(text, match)
    before = text[start : match.start()]
    if any(pattern.search(text[start:end]) for pattern in unless):
        return "benign context"
    if _negated(before, match.group()) or _NEGATED_AFTER.match(text, match.end(), end):
        return "negated"
    if _past(text[start:end], text[_sentence_start(text, start) : start]):
        return "past"
    return "third party" if _someone_else(before, match.group()) else "fires"


def _kinds(pattern: re.Pattern[str], unless, text: str, openings: set[str], guarded=None) -> set[str]:
    """How the matches of one pattern count; stops at the first that fires (and after MAX_MATCHES).

    The clause of every match that does not fire (negated, past, benign, someone else's) is added to
    `guarded` when given: the model does not read those clauses.
    """
    kinds: set[str] = set()
    if not _may_match(pattern, openings):
        return kinds
    first = pattern.search(text)
    if first is None:  # most patterns find nothing: one search, no iterator
        return kinds
    for match in itertools.islice(pattern.finditer(text, first.start()), MAX_MATCHES):
        kind = _assess(unless, text, match)
        kinds.add(kind)
        if kind == "fires":
            break
        if guarded is not None:
            guarded.append(_clause(text, match))
    return kinds


def _apply(
    rule: Rule, patterns, unless, text: str, openings, guarded, joking=False
) -> tuple[str | None, ...]:
    """The level this rule sets (or None) and the reason to record (or None); a crisis in a reply marked
    as a joke is a guard, not a level."""
    clauses: list[tuple[int, int]] = []
    found, spare = [], len(patterns) - rule.needs  # patterns that may find nothing before the rule can't
    for pattern in patterns:
        kinds = _kinds(pattern, unless, text, openings, clauses)
        found.append(kinds)
        spare -= not kinds
        if spare < 0:
            return None, None  # cues that only count together, not all present: nothing to guard either
    if not any(found):
        return None, None
    guarded.extend(clauses)
    fires = sum("fires" in kinds for kinds in found) >= rule.needs
    someone_else = sum(bool(kinds & {"fires", "third party"}) for kinds in found) >= rule.needs and rule.other
    benign = any(pattern.search(text) for pattern in _UNLESS_MESSAGE[rule.name])
    guard_rule = rule.level == "routine"  # a rule that only guards: "benign context: ..."
    if (fires and guard_rule) or ((fires or someone_else) and (benign or (joking and rule.level == "crisis"))):
        for pattern in patterns:  # the model does not read the benign or joking clauses either
            guarded.extend(_clause(text, m) for m in itertools.islice(pattern.finditer(text), MAX_MATCHES))
        if guard_rule:
            return None, rule.name
        return None, f"{'benign context' if benign else 'joke'}: {rule.name}"
    if fires:
        return rule.level, rule.name
    if someone_else:
        return rule.other, f"third party at risk: {rule.name}"
    seen = set().union(*found) if rule.needs == 1 else set()
    for kind in ("negated", "past", "benign context", "third party"):
        if kind in seen:
            return None, f"{kind}: {rule.name}"
    return None, None


def _risk(text: str) -> tuple[str, tuple[str, ...], str, bool]:
    """The most serious level any rule sets, every reason recorded (in rule order), the text for the
    model (the normalised text with the clauses the rules judged negated, past, benign or someone
    else's blanked out, as idioms already are), and whether an emergency rule (another person at risk)
    set a level."""
    level, reasons, guarded, emergency = "routine", [], [], False
    openings = prefilter.text_openings(text)
    joking = bool(_JOKE.search(text)) and not _JOKE_TAKEN_BACK.search(text)
    for (rule, patterns, unless), needed in zip(_RULES, _RULE_OPENINGS, strict=True):
        if PREFILTER and needed is not None and rule.needs >= 1 and needed.isdisjoint(openings):
            continue
        rule_level, reason = _apply(rule, patterns, unless, text, openings, guarded, joking)
        if rule_level and LEVELS.index(rule_level) < LEVELS.index(level):
            level = rule_level
        emergency = emergency or (rule.emergency and rule_level == "crisis")
        if reason and reason not in reasons:
            reasons.append(reason)
    if joking and level != "crisis" and not any(reason.startswith("joke: ") for reason in reasons):
        reasons.append(JOKE_MARKED)  # no crisis rule fired, yet the reply jokes: a guard for the model
    return level, tuple(reasons), _blank(text, guarded), emergency


def _blank(text: str, guarded) -> str:
    """The text with these (start, end) spans blanked out for the model, overlapping spans merged."""
    spans: list[list[int]] = []
    for start, end in sorted(guarded):
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    for start, end in reversed(spans):  # from the end, so that earlier spans keep their place
        text = text[:start] + IDIOM_MARK + text[end:]
    return text


def _low_mood(text: str) -> bool:
    """A negative feeling (not negated, past or someone else's) and no positive or neutral cue."""
    if IDIOM_MARK.strip() in text or any(pattern.search(text) for pattern in _POSITIVE):
        return False  # an idiom or a positive cue: "cutting onions made me cry", "rough day lol"
    openings = prefilter.text_openings(text)
    return any("fires" in _kinds(pattern, (), text, openings) for pattern in _NEGATIVE)


def _unclear(text: str) -> bool:
    """Whether a reply no rule placed holds no clearly routine cue (nor an idiom): a person should read it."""
    if not _TOKEN.search(text) and not text.strip(" _"):
        return False  # nothing to read at all
    if "_" in text:
        return False  # an idiom ("this heat is killing me") is an ordinary reply
    openings = prefilter.text_openings(text)
    return not any(_may_match(pattern, openings) and pattern.search(text) for pattern in _ROUTINE)


def _opt_out(text: str) -> list[tuple[int, int]]:
    """Where the reply asks in words to stop the texts (not negated: "don't stop texting me")."""
    openings, found = prefilter.text_openings(text), []
    for pattern in _OPT_OUT:
        if not _may_match(pattern, openings):
            continue
        for match in itertools.islice(pattern.finditer(text), MAX_MATCHES):
            if not _negated(text[_clause(text, match)[0] : match.start()], match.group()):
                found.append(match.span())
    return found


def by_rules(text: str) -> tuple[Verdict, str | None]:
    """The verdict of the rules alone, and the text the model should read (None for a keyword)."""
    text = text if isinstance(text, str) else ""
    word = _keyword_word(text)
    family = rules.KEYWORDS.get(word)
    if family == "HELP" and word in rules.BARE_HELP_WORDS:
        return Verdict("urgent", "HELP", (BARE_HELP,)), None
    if family is not None:
        return Verdict("routine", family, (f"keyword: {word.upper()}",)), None
    normal = normalise(text)
    level, reasons, for_model, emergency = _risk(normal)
    opt_out = _opt_out(normal)
    if level == "routine" and _low_mood(normal):
        level, reasons = "urgent", (*reasons, LOW_MOOD)
    elif level == "routine" and not reasons and not opt_out and _unclear(normal):
        level, reasons = "urgent", (UNCLEAR,)
    if opt_out:  # the request is about our texts, not a risk: the model does not read it ("take me off")
        for_model = _blank(for_model, _opt_out(for_model))
        return Verdict(level, None, (*reasons, OPT_OUT_REASON), True, emergency), for_model
    return Verdict(level, None, reasons, emergency=emergency), for_model


def words(text: str) -> int:
    """How many words a normalised text holds."""
    return len(_TOKEN.findall(text))
