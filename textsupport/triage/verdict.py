"""The outcome of triage for one reply: a plain value, shared by the rules, the model and the context."""

from __future__ import annotations

from dataclasses import dataclass

from textsupport.triage.levels import Level


@dataclass(frozen=True)
class Verdict:
    """The outcome of triage for one reply."""

    level: Level
    keyword: str | None  # "STOP" | "START" | "HELP" | None (the family, not the word typed)
    reasons: tuple[str, ...]  # names of the rules that matched
    opt_out_request: bool = False  # "please stop texting me" in words (not a keyword)
    emergency: bool = False  # another person may be hurt now: the crisis answer leads with 911
    answered: bool = False  # it answers our last text: a keyword in it ("yes") is queued as a reply too

    def __post_init__(self) -> None:
        object.__setattr__(self, "level", Level(self.level))  # a plain word is accepted, held as Level
