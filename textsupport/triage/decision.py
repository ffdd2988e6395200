"""The verdict of triage: the rules first, then the learned model as a second opinion.

The model can only make a verdict more serious. It abstains on a keyword and on fewer than
MODEL_MIN_WORDS words (guarded clauses included). Where the rules found a guard (a negation, the past, a
benign use, someone else, a joke, an opt-out) the guard lowers the model's confidence but never vetoes it
alone: the model reads the guarded clauses too, marked as such (`text.for_model`), so that their words are
features of their own kind (`model`), learned from the labelled set: a guarded "suicidal" (mostly "not
suicidal") is not an unguarded one. It still raises the level, to at least urgent above `guarded_urgent`
and to crisis above `guarded_crisis`, thresholds chosen by cross-validation on the labelled set
(`scripts/triage_training.py`) and stored with the model; a reply the guards cover whole is read so too.
An idiom is not a guard but a phrase known to be harmless: it is removed, and the model is not asked to
guess what its hole held ("i want to [end this call], bye" stays routine); so is a request to stop texts.
"""

from __future__ import annotations

import dataclasses

from textsupport.triage import context as in_context
from textsupport.triage import model as triage_model
from textsupport.triage.classifier import GUARDS, MODEL_MIN_WORDS, by_rules
from textsupport.triage.levels import LEVELS
from textsupport.triage.rules.past import NO_LONGER
from textsupport.triage.text import ANY_WORD, IDIOM_MARK, TOKEN, unguarded, words
from textsupport.triage.verdict import Verdict

DESPITE_A_GUARD = "despite a guard"


def guarded(verdict: Verdict) -> bool:
    """Whether the rules found a negation, the past, a benign use, someone else, or an opt-out."""
    return verdict.opt_out_request or any(reason.startswith(GUARDS) for reason in verdict.reasons)


def idiom_only(verdict: Verdict, for_model: str) -> bool:
    """An idiom was removed and nothing else placed the reply: the model does not read around the hole."""
    return IDIOM_MARK.strip() in for_model and not verdict.reasons and not verdict.opt_out_request


# a reply that only says where one is: "just sitting here", "still here", "im right here"
PRESENCE = frozenset(
    ("i", "im", "m", "am", "me", "just", "only", "still", "sitting", "sat", "standing", "stood", "lying")
    + ("laying", "here", "there", "right", "now")
)


def presence_only(for_model: str) -> bool:
    """Whether the reply says nothing but where one is ("just sitting here"). It holds no wording of its own:
    what it means is in what it answers (`context.read` reads it after a place of risk we named), and the
    model's score for it is learned from the longer crises such words stand beside ("parked on the bridge.
    just sitting here"), so the model is not asked."""
    said = ANY_WORD.findall(unguarded(for_model))
    return bool(said) and set(said) <= PRESENCE


def no_longer(for_model: str) -> bool:
    """Whether all the rules left unguarded is "now, no longer": the guarded clause was all there was, and
    the rest says it is over ("i wanted to die. not anymore")."""
    left = set(ANY_WORD.findall(unguarded(for_model)))
    return bool(left) and left <= NO_LONGER


def unfamiliar(for_model: str) -> bool:
    """Whether most of the words are in a script other than Latin letters. The model learned from few such
    replies (its words and character n-grams are mostly English, French and Spanish), so it takes the
    guarded thresholds there: it may raise such a reply, to urgent and, very confident, to crisis."""
    return 2 * len(TOKEN.findall(for_model)) < words(for_model)


def second_opinion(
    verdict: Verdict, for_model: str | None, probabilities, thresholds: dict[str, float]
) -> tuple[str, float, bool]:
    """The model's level and score as they count beside the rules' verdict, and whether a guard fired.

    The model reads the guarded clauses as such (their words are features of their own kind); where a
    guard fired it needs the higher, guarded thresholds to raise the level, even where the guards cover
    the whole reply.
    """
    if for_model is None or words(for_model) < MODEL_MIN_WORDS or idiom_only(verdict, for_model):
        return "routine", 0.0, False
    if presence_only(for_model):
        return "routine", 0.0, False
    if guarded(verdict) and no_longer(for_model):
        return "routine", 0.0, True
    if guarded(verdict) or unfamiliar(for_model):
        limits = {"crisis": thresholds["guarded_crisis"], "urgent": thresholds["guarded_urgent"]}
        return (*triage_model.decide(probabilities, limits), guarded(verdict))
    return (*triage_model.decide(probabilities, thresholds), False)


def combine(verdict: Verdict, model_level: str, score: float, despite_guard: bool = False) -> Verdict:
    """The more serious of the rules' verdict and the model's level; the model's reason says so."""
    if LEVELS.index(model_level) >= LEVELS.index(verdict.level):
        return verdict
    reason = f"model: {model_level} wording (score {score:.2f})"
    if despite_guard:
        reason = f"model: {model_level} wording {DESPITE_A_GUARD} (score {score:.2f})"
    return dataclasses.replace(verdict, level=model_level, reasons=(*verdict.reasons, reason))


def classify(text: str, context=None) -> Verdict:
    """Triage one reply: a keyword first, otherwise the risk rules and the opt-out phrases, then the
    learned model as a second opinion that can only make the verdict more serious; then, when given the
    last text we sent that person (a `Context`, a (kind, body) pair or a body), the reply as an answer
    to it."""
    found = in_context.as_context(context)
    verdict = alone(text, found)
    return verdict if found is None else in_context.read(text, verdict, found)


def rules_read(text: str, context=None) -> tuple[Verdict, str | None]:
    """The rules' verdict and the text for the model, the reply read as `context.resolve` reads it beside
    our last text (a `Context` or None): "it" as the task we named is a guard for the model."""
    resolved, guard = in_context.resolve(text, context)
    verdict, for_model = by_rules(resolved)
    if guard is None:
        return verdict, for_model
    return dataclasses.replace(verdict, reasons=(*verdict.reasons, guard)), for_model


def alone(text: str, context=None) -> Verdict:
    """The verdict of the rules and the model on the reply (with "it" resolved by our last text, if any),
    before the reply is read as an answer to it."""
    verdict, for_model = rules_read(text, context)
    model = triage_model.MODEL
    if for_model is None or model is None:
        return verdict
    for_model = model.readable(for_model)
    probabilities = model.probabilities(for_model)
    return combine(verdict, *second_opinion(verdict, for_model, probabilities, model.thresholds))
