"""Table tests for the categories of DOMAIN section 3 that rounds 26-27 found the rules read only as urgent:
risk with immediacy (a means at hand with a readied place or after a bare "no", working up to it at a
height, the rest of a supply swallowed with the body failing), a question of whether an amount is enough to
kill (for anyone) or how many before dying (Tagalog), ambivalence about today (Polish, Portuguese), a
farewell letter written or killing oneself (Chinese, Somali), a bare goodbye with an apology, things left
and passwords written with "don't contact me" (Chinese), someone else who said goodbye or that they would
end it and cannot be reached (English, Portuguese, Québec French, Hindi, Somali, Chinese), harm to another
with a time or a weapon (German), voices commanding harm that the person cannot resist (Korean, Chinese);
and answers read with our question ("I can't" to a promise of safety, "unsafe" in Chinese and Korean).
And the counterparts the new rules must not read. Each reply was written for this file, not copied from a
blind batch or the labelled set."""

import pytest

from tests.support.triage_tables import category_tests
from textsupport.triage import classify, decision

PROMISE = ("staff_question", "Can you promise us you'll keep yourself safe tonight?")
SAFE_ZH = ("staff_question", "我们是支持团队。你现在安全吗？")
SAFE_KO = ("staff_question", "지금 안전하세요?")
TUESDAY = ("staff_question", "Can you make Tuesday at 10 for the check-in call?")

CRISIS = {
    "a means at hand, with a readied place or after a bare no": [
        "got the razor out of the drawer. locked myself in the bathroom",
        "ran a hot bath, the blade is next to me",
        "nope. the gun is right here on my lap",
        "no, the pills are in my hand",
    ],
    "working up to it at a height": [
        "been standing at the edge of the parkade for an hour working up the nerve",
        "on the train bridge, trying to work up the courage to jump",
    ],
    "the rest of a supply swallowed, the body failing": [
        "took the rest of the pills in the cupboard and my heart is racing",
        "swallowed all thats left of my sleeping pills, cant keep my eyes open",
    ],
    "a question of lethality, for anyone or in Tagalog": [
        "does anyone know if 30 of my seroquel would be enough to kill someone my size. asking for a friend",
        "whats a lethal dose of tylenol, like 50?",
        "if someone swallowed a whole bottle of their sleeping pills would they just fall asleep?",
        "what if i took all my lithium at once, would it hurt",
        "ilan pong paracetamol bago mamatay ang tao",
        "ilang tableta ng gamot bago hindi na magising",
    ],
    "ambivalence about today, in Polish and Portuguese": [
        "nie wiem czy dzisiaj nie zrobię sobie czegoś",
        "não sei se não vou me machucar hoje",
    ],
    "intent: a farewell letter written, killing oneself (Chinese, Somali)": [
        "遗书已经写完了，放在桌上",
        "waan is dilayaa caawa",
        "waxaan isa dili doonaa, ma sii socon karo",
    ],
    "a veiled farewell: a bare goodbye, or things left and no more contact": [
        "Goodbye. I love you all.",
        "Sorry. Goodbye.",
        "我的猫留给室友了，存折放在抽屉里，别再找我了",
    ],
    "someone else's farewell or intent, then out of reach": [
        "my cousin sent a goodbye message to the group chat and now her phone is off",
        "my brother posted a suicide note on insta, we cant find him",
        "minha irmã mandou um áudio de despedida e ninguém consegue falar com ela",
        "mon frère m'a texté qu'il voulait en finir pis il répond pas",
        "मेरे भाई ने अलविदा लिखा और अब फोन नहीं उठा रहा",
        "saaxiibkay wuxuu qoray nabadgelyo, telefoonka ma qaadayo",
        "我朋友发了告别信，现在联系不上",
    ],
    "harm to another with a time or a weapon, in German": [
        "Ich bringe meinen Schwager heute Nacht um, das Messer liegt bereit",
        "Morgen früh warte ich mit der Pistole auf ihn vor seiner Arbeit",
    ],
    "voices commanding harm, not resisted (Korean, Chinese)": [
        "목소리가 엄마를 죽이라고 해요. 못 참을 것 같아요",
        "那个声音让我去砍我哥，我真的忍不住了",
    ],
}
URGENT: dict[str, list[str]] = {}
ROUTINE = {
    "the same cues in ordinary use": [
        "no, the scissors are right here for the craft",
        "working up to it, first 5k next month",
        "Goodbye for now, see you Tuesday",
        "bye, thanks!",
        "thanks, goodbye!",
    ],
}

test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)


@pytest.mark.parametrize(
    "text",
    [
        # the model alone reads these four as crisis (the model of b829387): rules-alone tests
        "found the knife for carving the turkey, cooking tonight",
        "swallowed all my vitamins, feeling great",
        "how many cups of coffee are enough to keep me awake, 3?",
        "não sei se vou conseguir ir hoje à noite",
        "ran a bath, feeling better, no pills today",
        "ilang tasa ng kape bago ako magising",
        "nie wiem, czy dziś zdążę na autobus",
        "我把钱给了房东，以后别再给我发广告了",
        "my friend said goodbye at the airport, his phone is off on the flight",
        "my cousin posted goodbye to her old apartment, cant find her keys lol",
        "mein Chef hat morgen früh frei",
        "목소리가 좀 줄었어요. 잘 참고 있어요",
        "nope, my meds are right here in my bag for later",
        # the model alone reads these two as crisis (the model of b829387)
        "if i inject a whole pen of insulin by mistake what should i do",
        "when you take the whole course of antibiotics does it hurt your stomach",
        "if you take a whole melatonin do you fall asleep faster",
    ],
)
def test_the_new_rules_do_not_read_these_counterparts(text):
    assert decision.rules_read(text)[0].level != "crisis"


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("I can't", PROMISE, "crisis"),
        ("i cannot.", PROMISE, "crisis"),
        ("I can't", TUESDAY, "routine"),
        ("不安全", SAFE_ZH, "crisis"),
        ("安全，谢谢", SAFE_ZH, "routine"),
        ("안전하지 않아요", SAFE_KO, "crisis"),
    ],
)
def test_answers_read_with_our_question(text, context, expected):
    assert classify(text, context).level == expected
