"""Section 3's categories in the forms round 8 showed the rules did not read, and the false alarms it
raised. Every reply here is written for this test (none is copied from a blind batch or the labelled
set); each category has several wordings so that a rule for one string fails."""

import pytest

from textsupport.triage import classify
from textsupport.triage.classifier import JOKE_MARKED, by_rules

CRISIS = {
    "harm to another person: lying in wait, armed": [
        "my ex keeps texting me. im going to be waiting for him outside his work tonight with a knife",
        "going after my brother with the hammer when he gets home",
        "ill be looking for that guy at the bar tomorrow w my bat",
    ],
    "harm to another person: a threat in the present, French or Spanish": [
        "si ma voisine recommence je la tue, j'ai la hache dans le cabanon",
        "si mi cuñado vuelve a la casa lo mato, tengo el machete listo",
    ],
    "command voices the person is losing to": [
        "the voice says to stab my neighbour and its getting harder to resist it",
        "the voices keep telling me to hurt my mom, i cant keep ignoring them much longer",
    ],
    "someone else in danger: a farewell, then no answer": [
        "my buddy sent a group text thanking everyone for everything and nobody can get through to him",
        "mi hermano me mandó un mensaje diciendo adiós y ya no contesta",
        "my cousin posted goodbye on insta and no one can reach her",
    ],
    "lethal means within reach, the eyes fixed on them": [
        "my roommate keeps his knives in the drawer and i keep thinking about using them",
        "dad's shotgun is in the basement. cant stop thinking about it",
        "my grandmas oxy is in her cabinet and i cant stop looking at it",
    ],
    "lethal means turned on oneself, named before": [
        "went hunting last week. today i loaded the rifle and i want to use it on myself",
        "got the knife out. thinking of turning it on myself",
    ],
    "a pet handed on with no reason given": [
        "please see that my budgie finds a new family, the door will be unlocked",
        "gave my cat to my neighbour today",
        "she will take better care of my dog than i can",
    ],
    "ambivalence: a denial denied, and not yet": [
        "Not saying I'd never kill myself, I just haven't tried yet",
        "I think about dying a lot. I haven't done anything yet.",
        "havent acted on it yet",
    ],
}
ROUTINE = {
    "a gun on the farm or in the field": [
        "the coyotes were after the chickens again so dad got the shotgun out",
        "moose season opens friday, sighting in the rifle with my cousin",
        "long day at the ranch, had to put down an old horse with the rifle. rough",
    ],
    "means counted at work": [
        "long shift at the drugstore, filled 200 prescriptions and restocked the advil",
        "my job at the pharmacy is mostly counting out 90 tylenol at a time lol",
    ],
    "a pet looked after for a while": [
        "giving my cat to my mom for the weekend while I'm at the cottage",
        "we're fostering kittens until they find a good home",
    ],
    "the past perfect, told as the past": [
        "when i was first admitted i had cut myself a lot. three years clean now",
        "the day i was discharged i had tried to leave against advice, funny to think about now",
    ],
    "a joke marked as a joke": [
        "this quiz is so long, kill me now jk",
        "kill me lol jk the bus is late again",
    ],
    "out of reach for an ordinary reason": [
        "said bye to my aunt at the airport, her phone is off now since shes flying",
        "my brother texted goodbye from the cottage, no signal up there so he isnt answering",
    ],
    "waiting for someone, unarmed": ["ill be waiting for her at the airport tomorrow, so excited"],
    "not yet, about a task": [
        "did you book the appointment yet? not yet",
        "I haven't finished the survey yet",
    ],
}
IN_CONTEXT = {
    "crisis": [
        ("yeah. tonight", "Do you have a plan for how you would do it?"),
        ("yes", "Have you decided how you would do it?"),
        ("yes", "Did you take anything?"),
        ("a whole bottle of advil", "Did you take anything?"),
        ("all of them", "How many did you take?"),
        ("idk", "What did you take?"),
    ],
    "routine": [
        ("yes", "Do you have a plan for the weekend?"),
        ("no nothing", "Did you take anything?"),
        ("yes ill be there", "Reminder: appointment Thursday at 11. Can you make it?"),
        ("ok see you then", "Could you make 10am on Tuesday?"),
        ("yep sounds good", "Can we move your call to Friday?"),
    ],
}


def table(categories):
    return [
        pytest.param(text, id=f"{name}: {text[:30]}") for name, texts in categories.items() for text in texts
    ]


@pytest.mark.parametrize("text", table(CRISIS))
def test_crisis(text):
    assert classify(text).level == "crisis"


@pytest.mark.parametrize("text", table(ROUTINE))
def test_false_alarms_stay_below_crisis(text):
    assert classify(text).level != "crisis"


@pytest.mark.parametrize(
    ("level", "text", "ours"), [(level, *pair) for level, pairs in IN_CONTEXT.items() for pair in pairs]
)
def test_answers_read_with_our_question(level, text, ours):
    assert classify(text, ("staff_reply", ours)).level == level


def test_harm_to_another_and_someone_else_in_danger_lead_with_911():
    assert classify("going after my brother with the hammer when he gets home").emergency
    assert classify("my cousin posted goodbye on insta and no one can reach her").emergency


def test_a_joke_beside_an_urgent_rule_is_a_guard_for_the_model():
    verdict, _ = by_rules("kill me lol jk the bus is late again")
    assert JOKE_MARKED in verdict.reasons
    assert verdict.level != "crisis"
