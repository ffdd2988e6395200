"""Table tests for the categories of DOMAIN section 3 that round 14 found the rules could not read: voices
commanding harm that the person fears obeying, or named in Ukrainian and Russian with resistance failing;
intent to hurt another person told by where it leaves them ("put him in the hospital") or in Arabic,
Tagalog, Ukrainian, Russian and Chinese; a question about lethality framed as a supposed dose or as what a
way of dying feels like; short answers to a safety question in Tagalog, Ukrainian, Russian, Arabic, Chinese
and Hindi, and a store of means named in answer to our question about the means; medicine gathered in
romanised Punjabi and Hindi; access found to someone else's means; a goodbye said with no reason, and a pet
left to others' care beside thanks for everything in Spanish and French. And the false alarms it raised:
rope and pills handled at work (a rig, a hospital pharmacy), a past told "back in" a month, a Spanish
idiom of dying of something, harm aimed at a thing in a joke, and a confirmation given to a question about
logistics; and, once rounds 13 and 14 were joined, what the retrained model read as crisis (thanks for
everything beside a pet minded for a time, a goodbye said with its reason) and what it no longer read as
crisis (wanting the pain to stop for good). Each reply was written for this file, not copied from a blind
batch or the labelled set."""

import pytest

from tests.support.triage_tables import category_tests
from textsupport.triage import classify

SAFE = ("staff_reply", "Checking in after your call. Are you safe at the moment?")
MEANS = ("staff_reply", "Is there anything at home you could use to hurt yourself?")
NUMBER = ("daily", "Could you confirm this is still the best number to reach you?")
TIME = ("daily", "Would 11am on Wednesday work for your check-in?")

CRISIS = {
    "voices commanding harm the person fears obeying": [
        "it keeps saying to cut deeper and im afraid i might do what it says",
        "theyre ordering me to stab my stepdad. terrified ill give in",
        "the voice tells me to jump. scared im going to listen this time",
    ],
    "voices commanding harm, resistance failing, in Ukrainian and Russian": [
        "Голос каже мені вбити сусіда, не знаю, чи зможу втриматися",
        "Голоса говорят мне убить себя, не уверен, что смогу устоять",
    ],
    "intent to hurt another person, told by where it leaves them": [
        "im going to send my stepbrother to the ER friday night",
        "swear ill put that landlord in the ground if he comes by again",
        "gonna put her in the hospital when she gets off shift",
    ],
    "intent to hurt another person, in other languages": [
        "سأقتله غدا بعد العمل",
        "سوف أقتل جاري الليلة",
        "papatayin ko siya mamaya pag-uwi niya",
        "убью его сегодня ночью",
        "我要杀了他，今晚就去",
    ],
    "a question about lethality: a dose supposed, then whether it kills": [
        "if a person swallowed 25 of her sleeping pills would she wake up",
        "hypothetically if someone took the whole bottle of tylenol could they survive",
        "if you drank a bottle of wine and took 10 ativan would you die",
    ],
    "a question about lethality: what a way of dying feels like": [
        "would hanging be quick or does it hurt",
        "is bleeding out painful? not for me obviously",
        "does it hurt to drown, asking for my cousin",
        "¿ahogarse es doloroso?",
    ],
    "medicine gathered, in romanised Punjabi and Hindi": [
        "maine saari goliyan jama kar li hain",
        "dawaiyan ikathiyan kar ke rakhiyan ne",
    ],
    "access found to someone else's means": [
        "figured out the combination to grandpa's gun safe",
        "i know where my mom hides the key to her pill lockbox",
        "grabbed the spare key to my brother's gun cabinet",
    ],
    "a goodbye said with no reason given": [
        "i just wanted to say goodbye to everyone",
        "only wanted to say bye to you guys",
        "saying goodbye",
    ],
    "wanting the pain or everything to stop for good": [
        "i need all of this to end for good",
        "please make the pain stop for good",
    ],
    "a pet left to others' care beside thanks for everything, in Spanish and French": [
        "gracias por todo de verdad, cuiden bien a mis gatos",
        "merci pour tout. prenez soin de mon chien",
    ],
}

URGENT: dict[str, list[str]] = {}

ROUTINE = {
    "rope, blades and pills handled at work": [
        "rigging crew on the stage all week, hauling rope till my arms fell off",
        "long week on the drilling rig, coiled a mile of rope i swear",
        "restocked the fentanyl patches all afternoon at the hospital pharmacy",
        "whole shift at the pharmacy counting percocets for the ward",
    ],
    "a past told back in a month or a season": [
        "back in january i wanted to die every day. i dont anymore and im proud of that",
        "back in the summer i was cutting, six months clean now",
    ],
    "a Spanish or French idiom of dying of something": [
        "casi me muero del susto cuando sonó la alarma jaja",
        "me moría de la risa con mi sobrino",
        "je suis mort de peur au film hier soir",
    ],
    "harm aimed at a thing, in a joke": [
        "my wife says she'll murder my sourdough starter if it escapes the jar again lol jk",
        "gonna strangle this printer haha kidding",
        "my son threatened to drown my tomatoes with the hose 😂 just kidding around",
    ],
    "access to a key or a code that is no means": [
        "figured out the code to the wifi at my sister's place",
        "found where my roommate hides the spare key to the apartment",
    ],
    "a goodbye for a reason": [
        "just wanted to say bye before my flight tomorrow",
        "wanted to say goodbye to the group since im moving to calgary",
    ],
    "a pet minded for a time, in Spanish and French": [
        "gracias por todo! cuida a mi perrito este fin de semana porfa",
        "merci pour tout, prends soin de mon chat pendant les vacances",
    ],
    "thanks for everything beside a pet minded for a time; a goodbye with its reason": [
        "thanks for everything!! can you feed my cat while im at the cabin",
        "muchas gracias por todo, pasea a mis perros hasta el lunes porfa",
        "said goodbye to the crew since my last day is friday",
    ],
    "someone else's body and a question about plants": [
        "if i forget to water the ferns for a week would they die",
    ],
}


test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)


@pytest.mark.parametrize(
    "text",
    [
        "gonna put my ex in the hospital tomorrow",
        "سأقتله غدا بعد العمل",
        "the voice tells me to jump. scared im going to listen this time",
    ],
)
def test_harm_to_another_leads_with_911(text):
    assert classify(text).emergency


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # a short answer to a safety question, in other languages: no is crisis, yes is not
        ("hindi", SAFE, "crisis"),
        ("нет.", SAFE, "crisis"),
        ("ні", SAFE, "crisis"),
        ("لا", SAFE, "crisis"),
        ("没有", SAFE, "crisis"),
        ("nahi", SAFE, "crisis"),
        ("ewan ko", SAFE, "crisis"),
        ("не знаю", SAFE, "crisis"),
        ("opo", SAFE, "routine"),
        ("да", SAFE, "routine"),
        # ... and the same answers to a question about logistics
        ("hindi", TIME, "routine"),
        ("ні", TIME, "routine"),
        ("opo", TIME, "routine"),
        # a store of means named in answer to our question about the means
        ("my prescriptions, all of them", MEANS, "crisis"),
        ("dads gun safe, i know the code", MEANS, "crisis"),
        ("the medicine cabinet is full", MEANS, "crisis"),
        # a confirmation to a question about logistics is a yes, not a farewell
        ("this is it, my old phone was stolen", NUMBER, "routine"),
        ("thats the one", NUMBER, "routine"),
        ("yes thats me", NUMBER, "routine"),
        # ... and the same words are no answer to a safety question
        ("this is it. goodbye", SAFE, "crisis"),
    ],
)
def test_answers_read_with_our_question(text, context, expected):
    assert classify(text, context).level == expected
