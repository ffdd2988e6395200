"""Triage of other people at risk (DOMAIN section 3): harm to another person, voices commanding harm
that the person may not resist, someone else in danger now; and the anger, psychosis and stories that
stay below crisis."""

import pytest

from textsupport.triage import classify


@pytest.mark.parametrize(
    "text",
    [
        # intent to hurt another person, with a target, means or time
        "im going to kill him when he gets home",
        "gonna stab my roommate if he touches my stuff again",
        "i want to hurt my stepdad so bad, ive got a knife in my bag",
        "my ex gets off work at 11 and ive got a bat in the truck. hes done",
        "je vais le tuer demain matin",
        "voy a ir a la casa de mi hermano con la escopeta",
        # voices commanding harm, not resisted
        "the voices keep telling me to hurt my mom and i dont think i can stop",
        "voices say cut. im scared ill do it",
        "les voix me disent de me jeter par la fenetre",
        # someone else in danger now
        "my friend texted me goodbye and now she wont answer her phone",
        "my roommate locked herself in the bathroom with a bottle of pills",
        "guy on the bus passed out and hes not breathing",
        "my sister says shes going to kill herself tonight",
        "mi hermano se va a matar",
    ],
)
def test_other_people_at_risk_are_crisis_and_lead_with_911(text):
    verdict = classify(text)
    assert (verdict.level, verdict.emergency) == ("crisis", True), verdict


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i want to hurt someone", "urgent"),  # no target, means or time: anger, a person reads it soon
        ("so angry at my landlord i could scream", "urgent"),
        ("the voices tell me to hurt people but i dont listen to them", "urgent"),  # resisted
        ("the voices are back but theyre not telling me to do anything", "urgent"),
        ("gonna kill my brother for eating my leftovers lol", "routine"),  # a joke marked as one
        ("my brother used to say he wanted to kill himself, hes doing great now", "routine"),  # past
    ],
)
def test_anger_psychosis_jokes_and_the_past_are_not_an_emergency(text, level):
    verdict = classify(text)
    assert (verdict.level, verdict.emergency) == (level, False), verdict
