"""Table tests for the categories of DOMAIN section 3 that round 10 found the rules could not read (carbon
monoxide told through a sealed room, a lethality question in French or Spanish however long, the wrong part
winning, a pet left to someone who will love it, belongings signed over, voices the person may not hold
out against, harm to another with a weapon brought or a place set alight, someone shut in with an engine
running or located at a height after a farewell, "no" in emoji or in words to a safety question, a means
named in answer to our question) and for the false alarms it raised (forms that "will kill me", the
questions asked about suicide, a denial of being the type, a question about our keywords, time counted
since the last time, a recipe's measures, a dose from the dentist, a rope at the climbing wall, a gun at the
gunsmith or looked after with family). Each reply was written for this file, not copied from a blind batch
or the labelled set, and each category holds several wordings: a rule written for one string alone fails
here."""

import pytest

from tests.support.triage_tables import cases, holds
from textsupport.triage import classify, decision
from textsupport.triage import context as in_context
from textsupport.triage.classifier import by_rules

CRISIS = {
    "carbon monoxide: a sealed room": [
        "got the charcoal lit in the tent and the flaps taped shut",
        "taped over the vents in the bathroom, hot coals in the tub",  # (a bbq or grill is its guard)
        "windows sealed up in the van and the charcoal is going",
    ],
    "a lethality question in French or Spanish, however long": [
        "combien de pilules de tylenol il faut prendre d'un coup pour que ça devienne mortel",
        "cuantas pastillas de clonazepam hacen falta para que sea mortal",
    ],
    "ambivalence: the wrong part winning": [
        "half of me wants to live and the dark half is getting stronger",
        "one side of me says hang on but the other side is taking over tonight",
    ],
    "a veiled farewell: a pet left to someone who will love it": [
        "just promise me my dog goes to someone who will spoil him",
        "please see that my cats end up with a family that will care for them",
    ],
    "a veiled farewell: belongings signed over": [
        "signed the truck over to my son and left my tools with my uncle. thats everything",
        "transferred my savings over to my sister, gave my keys to the landlord",
    ],
    "command voices the person may not hold out against": [
        "she keeps saying to hurt the baby and im not sure how much longer i can fight it",
        "the voice in the walls tells me to stab him. i cant hold out much longer",
    ],
    "harm to another: a weapon brought, a place set alight": [
        "im packing the hammer into class tomorrow and she will see",
        "going to torch my exs truck tonight, already bought gasoline",
        "il va payer demain, j'ai pris le couteau",
    ],
    "someone else shut in with an engine running": [
        "my dad locked himself in the garage and the car engine is running",
        "ma blonde s'est enfermée dans le garage, le moteur est en marche",
    ],
    "someone else: a farewell, then located at a height": [
        "my sister texted goodbye and her find my shows the bridge",
        "he posted goodbye on his story and his location says the parkade",
    ],
}
URGENT = {
    "blackouts: whole evenings lost": [
        "been drinking a lot, lost whole nights this week",
        "cant remember getting home again, third time this week",
    ],
}
ROUTINE = {
    "idiom: forms and chores that will kill me": [
        "mes impôts vont me tuer cette année",
        "estos formularios me van a matar jaja",
        "this paperwork is going to kill me",
    ],
    "the questions asked about suicide": [
        "the nurse did the suicide screening with me again, all no this time",
        "answered the safety questions at intake, went fine",
    ],
    "a denial: never the type": [
        "ive never been the kind of person to hurt myself, just tired",
        "not the type to kill myself, dont worry",
    ],
    "a question about our keywords": [
        "if i text stop will i still get my appointment reminders?",
        "what happens if i reply start by mistake",
    ],
    "the past: time counted since the last time": [
        "two years since i last self harmed, feeling good",
        "six months clean today and proud",
    ],
    "lethal means in ordinary use: a recipe, the dentist, the climbing wall, the gunsmith": [
        "does 500g of sugar sound like too much for one batch?",
        "oral surgeon said 600mg ibuprofen every 6 hours for after the wisdom teeth",
        "belayed at the climbing gym, my rope skills are getting better",
        "dropped my rifle off at the gunsmith for a new scope",
        "grandpa taught me to oil his old shotgun today, nice visit",
    ],
}


@pytest.mark.parametrize(("expected", "text"), cases(CRISIS, URGENT, ROUTINE))
def test_each_category_of_section_3(expected, text):
    level = classify(text).level
    assert holds(expected, level), (expected, level)


IN_CONTEXT = [
    # "no" in emoji or in words to a question about safety
    ("crisis", "👎👎", "Are you safe tonight?"),
    ("crisis", "dont think so", "Can you keep yourself safe until we talk tomorrow?"),
    ("routine", "👍", "Are you safe right now?"),
    # a means named in answer to our question about the means
    (
        "crisis",
        "my razor, its in the drawer next to me",
        "Is there anything near you that you could use to hurt yourself?",
    ),
    ("crisis", "pills from my mom's cabinet", "Do you have anything at home you could use to hurt yourself?"),
    # yes to contact offered is asking for contact ("tonight" says when, not how bad); no: routine
    ("urgent", "yes please, tonight if possible", "Would you like someone from the team to call?"),
    ("urgent", "yes. whenever she can", "Do you want your peer worker to call you back?"),
    ("urgent", "yes please asap, today if you can", "Would you like someone from the team to call you?"),
    ("crisis", "yes please, i took all my pills an hour ago", "Would you like someone to call?"),
    ("routine", "no thanks, im good", "Would you like someone from the team to call you?"),
]


@pytest.mark.parametrize(("level", "text", "ours"), IN_CONTEXT)
def test_an_answer_read_with_our_question(level, text, ours):
    found = classify(text, ("staff_reply", ours)).level
    assert found != "routine" if level == "at least urgent" else found == level, found


@pytest.mark.parametrize(
    "text",
    ["if i text stop will i still get my reminders?", "a year since i last cut", "recipe: 2 cups of oats"],
)
def test_each_new_guard_is_a_guard_the_model_may_still_overrule(text):
    verdict, _ = by_rules(text)
    assert verdict.level == "routine"
    assert decision.guarded(verdict)


def test_a_guard_never_vetoes_a_crisis_said_beside_it():
    assert classify("a year since i last cut and tonight i want to kill myself").level == "crisis"


def test_n_for_and_does_not_negate_what_follows():
    assert classify("she said goodbye on snap n her location shows the river").level == "crisis"


def test_a_weapon_brought_to_work_leads_with_911():
    assert classify("bringing my gun to work monday and they will see").emergency


def test_a_means_denied_before_it_is_named_is_no_affirmative():
    assert in_context.named("the razor from the bathroom", "means") == ("affirmative", False)
    assert in_context.named("i dont have my pills here, theyre at my sisters", "means") is None
    assert in_context.named("the razor from the bathroom", "logistics") is None
