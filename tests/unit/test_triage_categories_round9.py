"""Table tests for the categories of DOMAIN section 3 that round 9 found the rules could not read (other
languages, veiled farewells, someone else in danger, lethality, ambivalence, voices, harm to others, the
means, answers on a scale) and for the false alarms it raised. Each reply was written for this file, not
copied from a blind batch or the labelled set, and each category holds several wordings: a rule written
for one string alone fails here."""

import pytest

from tests.support.triage_tables import cases, holds
from textsupport.triage import classify, decision
from textsupport.triage.classifier import by_rules

CRISIS = {
    "wanting to die in Tagalog": [
        "ayoko na talagang mabuhay",
        "magpapakamatay na ako mamaya",
        "gusto ko na lang mamatay, pagod na ako",
    ],
    "wanting to die in Arabic": [
        "أريد أن أموت",
        "بدي انتحر",
        "لا أريد أن أعيش بعد اليوم",
    ],
    "wanting to die in Portuguese": [
        "não quero mais viver",
        "hoje vou me matar",
        "quero morrer, não aguento",
    ],
    "wanting to die in Ukrainian or Russian": [
        "я хочу померти",
        "не хочу більше жити",
        "думаю покончить с собой",
    ],
    "French and Spanish slang for dying": [
        "j'ai juste envie de crever",
        "quisiera estar muerto ya",
    ],
    "overdose or self-harm in other languages": [
        "tomei todas as minhas pílulas",
        "випила всі таблетки що були",
        "sinaktan ko na naman ang sarili ko",
    ],
    "a farewell in other languages": [
        "obrigada por tudo. adeus",
        "Спасибо за всё. Прощайте.",
        "salamat sa lahat. paalam",
    ],
    "no longer anyone's worry, beside a farewell cue": [
        "thank you for everything. you wont have to worry about me anymore",
        "merci pour tout, vous n'aurez plus à vous inquiéter pour moi",
    ],
    "belongings handed out and affairs settled": [
        "gave my tools to my brother and my records to my cousin",
        "handed my laptop to my niece yesterday, got everything sorted now",
    ],
    "command voices that are not named, losing the fight": [
        "they keep telling me to stab him and i cant keep ignoring them",
        "its telling me to jump and its getting harder to resist it",
    ],
    "harm to another person in Spanish, Portuguese or French": [
        "juro que voy a matar a mi vecino esta noche",
        "vou matar esse cara amanhã, já tenho a faca",
        "je vais buter ce mec ce soir",
    ],
    "someone else in danger: a means posted, then no answer": [
        "my cousin put a photo of pills on her story and now she wont answer",
        "friend posted 'peace out' and a pic of a gun, nobody can get ahold of him",
    ],
    "someone else in danger: at a height, named by their own words": [
        "my roommate just texted that shes up on the roof of the parkade",
        "my brother says hes on the overpass right now",
    ],
    "a question about lethality: how long after a large amount": [
        "how long after taking 40 tylenol does it start",
        "how fast does it work if you swallow a whole bottle of sleeping pills",
        "how long until the liver fails after an overdose",
    ],
    "a question about lethality: whether a fall or an act is fatal": [
        "would a fall from a 6 storey building be fatal",
        "can people survive jumping off the high level bridge",
    ],
    "ambivalence: not sure I won't": [
        "not sure i wont do it this weekend",
        "no estoy seguro de que no me vaya a matar",
    ],
    "ambivalence: a hedged denial": [
        "i probably wont kill myself tonight",
        "hopefully i dont end up hurting myself",
        "maybe im not going to do it. maybe.",
    ],
    "carbon monoxide told through what was gathered": [
        "bought charcoal and tape, parked out by the lake",
        "hose and duct tape in the back seat",
    ],
    "the means used instead of coping": [
        "didnt call anyone. grabbed the blade instead",
        "reached for the razor again last night",
    ],
}
URGENT = {
    "hopelessness: it will never change": [
        "things are never going to get better for me",
        "nothing but failures for years, whats the use",
    ],
    "psychosis: signs meant for me alone": [
        "the radio host keeps sending me coded messages",
        "i need to decode the signs before sunday",
    ],
    "heavy use with blackouts": [
        "third blackout this week, drinking way too much",
        "drank till i blacked out again 🍷🍷🍷",
    ],
}
ROUTINE = {
    "an idiom: the end of me": [
        "this commute is going to be the end of me",
        "my kids will be the end of me lol",
    ],
    "an idiom: someone will kill me if": [
        "my wife will kill me if i forget the milk again",
        "mon patron va me tuer si je suis encore en retard",
        "minha mãe vai me matar se eu chegar tarde",
    ],
    "a negation after the phrase": [
        "ending my life is not something i would do, please dont worry",
        "hurting myself has never crossed my mind, just tired",
    ],
    "a negation of the thought": [
        "no thoughts of hurting myself this week, therapy is going well",
        "havent had any urges to cut since march",
    ],
    "the past opening the sentence": [
        "three years ago today, i tried to kill myself. now i run a support group",
        "hace dos años, tomé todas mis pastillas. hoy estoy bien",
    ],
    "the past: a time of life now over": [
        "back when i was drinking i overdosed once. sober 4 years now",
        "about 2 weeks ago for the overdose follow up, doing fine",
    ],
    "lethal means in ordinary use: poison for pests": [
        "put rat poison in the shed, we have mice",
        "the exterminator laid rat poison in the basement",
    ],
    "a joke, in French": ["ma sœur va me tuer si je mange son gâteau haha"],
    "a gift with a reason": ["gave my old bike to my nephew for his birthday and my skates to goodwill"],
    "a blackout of the power": ["blackout in our neighbourhood again, no power since noon"],
    "our texts no longer needed, for a good reason": [
        "dont need these texts anymore, doing so much better, thanks",
        "wont be needing the check ins, seeing a counsellor every week now",
    ],
}
IN_CONTEXT = {
    "crisis": [
        ("8", "On a scale of 0 to 10, how strong are your urges to hurt yourself right now?"),
        ("like a 9/10", "From 1 to 10, how intense are the thoughts of suicide today?"),
        ("2", "On a scale of 1-10, how safe do you feel right now?"),
    ],
    "routine": [
        ("0", "On a scale of 0 to 10, how strong are the thoughts of suicide right now?"),
        ("9", "How safe do you feel tonight, on a scale of 1 to 10?"),
        ("7", "How would you rate today's group, 1 to 10?"),
    ],
}


@pytest.mark.parametrize(("expected", "text"), cases(CRISIS, URGENT, ROUTINE))
def test_each_category_of_section_3(expected, text):
    level = classify(text).level
    assert holds(expected, level), (expected, level)


@pytest.mark.parametrize(
    ("level", "text", "ours"), [(level, *pair) for level, pairs in IN_CONTEXT.items() for pair in pairs]
)
def test_a_number_on_the_scale_we_asked_for(level, text, ours):
    assert classify(text, ("staff_reply", ours)).level == level


@pytest.mark.parametrize(
    "text",
    [
        "ending my life is not something i would do, please dont worry",
        "three years ago today, i tried to kill myself. now i run a support group",
        "put rat poison in the shed, we have mice",
    ],
)
def test_each_false_alarm_is_a_guard_the_model_may_still_overrule(text):
    verdict, for_model = by_rules(text)
    assert verdict.level == "routine"
    assert decision.guarded(verdict)
    thresholds = {"crisis": 0.5, "urgent": 0.4, "guarded_crisis": 0.8, "guarded_urgent": 0.6}
    confident = decision.second_opinion(verdict, for_model, (0.9, 0.05, 0.05), thresholds)
    assert confident == ("crisis", 0.9, True)
    assert decision.combine(verdict, *confident).level == "crisis"
    fairly = decision.second_opinion(verdict, for_model, (0.5, 0.2, 0.3), thresholds)
    assert decision.combine(verdict, *fairly).level == "urgent"  # not crisis: the guard lowered it
    unsure = decision.second_opinion(verdict, for_model, (0.3, 0.2, 0.5), thresholds)
    assert decision.combine(verdict, *unsure).level == "routine"


@pytest.mark.parametrize("text", ["how do i unsubscribe from these", "i want to stop getting these texts"])
def test_asking_how_to_stop_is_an_opt_out_in_words(text):
    verdict = classify(text)
    assert (verdict.keyword, verdict.opt_out_request) == (None, True)


def test_the_model_does_not_read_the_opt_out_words_but_reads_the_rest():
    verdict, for_model = by_rules("please take me off this list, i took all my pills")
    assert verdict.opt_out_request and verdict.level == "crisis"
    assert "take me" not in for_model and "took all my pills" in for_model


def test_a_day_named_keeps_no_longer_needing_our_texts_a_crisis():
    assert classify("wont be needing these texts after saturday, all good now").level == "crisis"


def test_someone_else_at_a_height_leads_with_911():
    assert classify("my brother says hes on the overpass right now").emergency


def test_an_other_language_crisis_records_why():
    verdict = classify("я хочу померти")
    assert verdict.reasons[0] == "other languages: wanting to die or to kill oneself"


def test_a_hedge_reads_the_denial_as_not_ruling_it_out_but_a_plain_denial_stays():
    assert classify("i wont kill myself, i promise").level != "crisis"
    assert classify("i probably wont kill myself").level == "crisis"
