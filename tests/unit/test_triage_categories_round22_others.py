"""Table tests for the categories of DOMAIN section 3 about other people that rounds 22-25 found the rules
could not read: harm to another told by what it does (a blow to the head, poison in a drink, a bullet, a
fire set to their home, waiting armed) with a means or a time, in English, Spanish, Ukrainian, Russian,
Urdu, Hindi, Punjabi and Arabizi; voices commanding harm in Arabic and in Russian typed in Latin letters;
someone else in danger now (outside a railing, shots next door, an armed man with children inside, a friend
on a bridge or with rat poison who does not answer, in Chinese and Vietnamese). All lead with 911. And the
counterparts the new rules must not read. Each reply was written for this file, not copied from a blind
batch or the labelled set."""

import pytest

from tests.support.triage_tables import category_tests
from textsupport.triage import classify, decision

HARM = "harm to another told by what it does, with a means or a time"
VOICES = "voices commanding harm, in Arabic and Russian in Latin letters"
OTHER_NOW = "someone else in danger now"

CRISIS = {
    HARM: [
        "if my cousin shows up again tonight im gonna cave his face in",
        "slipping some antifreeze into her tea tomorrow, she deserves it",
        "i know when my ex gets off work. waiting by his truck, hes going to pay",
        "ill be outside the shelter at 6 with a bat for that guy",
        "al vecino le voy a dar de puñaladas esta noche",
        "Я її заріжу завтра, вона знає за що",
        "убью его когда он вернется, нож у меня",
        "कल उसे मार दूंगा, चाकू ले लिया है",
        "aj raat usko maar dunga, chaku tayyar hai",
        "bokra ba2tela lal jar, sekkin 3ende",
        "ਅੱਜ ਰਾਤ ਓਹਦੇ ਘਰ ਨੂੰ ਅੱਗ ਲਾ ਦੇਣੀ, ਪੈਟਰੋਲ ਤਿਆਰ",
    ],
    VOICES: [
        "الاصوات بتقلي اقتل جاري وما عم قدر وقفها",
        "golosa velyat mne zarezat brata segodnya",
    ],
    OTHER_NOW: [
        "some lady is sitting on the other side of the guardrail on the high level bridge",
        "just heard shots fired from the apartment upstairs, then nothing",
        "mi cuñado tiene un cuchillo y los niños están adentro con él",
        "我朋友喺天台，打唔通佢電話",
        "Bạn tôi đòi nhảy cầu, gọi không ai nghe",
    ],
}
URGENT: dict[str, list[str]] = {}
ROUTINE = {
    "a blow, poison or a fire in ordinary use": [
        "my son smashed his head on the coffee table, stitches but ok",
        "watched a movie where they heard shots fired next door, creepy",
    ],
}

test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)


@pytest.mark.parametrize("text", [text for texts in CRISIS.values() for text in texts])
def test_harm_to_another_voices_and_someone_else_in_danger_lead_with_911(text):
    assert classify(text).emergency


@pytest.mark.parametrize(
    "text",
    [
        "my brother said he'll smash his old phone if it freezes again",
        "ill be there tomorrow with my hammer to fix the fence",
        # the model alone reads this one as crisis (0.52 with the model of ace0cee): a rules-alone test
        "putting a little honey in his tea helps his cough",
        "the guy who beat me at chess is at the club thursday, ill be there with my new board",
        "heard gunshots at the range this morning, dad took me hunting",
        "Завтра все закінчу з ремонтом, нарешті",
        "usko maar dunga agar wo chess mein jeet gaya lol",
        "我朋友喺橋上面影相，好靚",
    ],
)
def test_the_new_rules_do_not_read_these_counterparts(text):
    assert decision.rules_read(text)[0].level != "crisis"
