"""Table tests for the categories of DOMAIN section 3 that rounds 28-29 found the rules read only as urgent or
routine, written for each category in general (`rules.settled`): veiled farewells (belongings or a pet given
away with a word of finality, no more burden with an apology or thanks, affairs put in order with a provision
for after), means gathered for a time, means personified as winning, means in hand (Ukrainian, Russian), a
plan with a method and a time, lingering at a height, all the pills swallowed (Punjabi, Hindi), whether an
overdose would show or what a whole supply would do (Korean), not knowing one will last the night, someone
else cornered with a weapon or poisoned and not answering, harm to another with a weapon and where they
sleep; answers to a question about a means bought or still held, or to where one is after a place of risk we
recalled ("still here"); and the counterparts the new rules must not
read. Each reply was written for this file, not copied from a blind batch or the labelled set."""

import pytest

from tests.support.triage_tables import category_tests
from textsupport.triage import classify, decision

CHARCOAL = ("staff_question", "Sam, did you pick up the charcoal you mentioned?")
ROPE = ("staff_question", "Did you buy rope today?")
PILLS_FR = ("staff_question", "Marc, est-ce que tu as encore les pilules chez toi?")
GROCERIES = ("staff_question", "Did you buy groceries today?")
PARKADE = ("staff_question", "Dan, you said you were on the roof of the parkade. Where are you now?")
OVERPASS = ("staff_question", "You mentioned the overpass earlier. Where are you right now?")
TRACKS = ("staff_question", "Dan, you mentioned the tracks. Where are you now?")
WHERE = ("staff_question", "Where are you now?")
SHELTER = ("staff_question", "Are you still at the shelter?")

CRISIS = {
    "a veiled farewell: belongings or a pet given away, with finality": [
        "dropped my dog off with my neighbour for good. she'll take good care of him. thanks for everything",
        "you can have my guitar and my records, tell my brother. bye",
        "gave all my plants and my bike to my roommate. wont need them anymore",
        "j'ai laissé mes bijoux à ma nièce. merci pour tout",
        "le dejé mi perro a mi vecina. es mejor así",
        "گربه‌ام رو دادم به دوستم. خداحافظ",
        "a3tayt kell eghradi la ekhti. ma3 el salame",
        "Em đã gửi lại con mèo cho chị Lan rồi. Tạm biệt mọi người",
    ],
    "a veiled farewell: no more burden, with an apology or thanks": [
        "sorry for everything. you wont have to worry about me anymore",
        "thank you for trying, really. i wont bother anyone again after tonight",
        "merci pour tout. je vais pu vous déranger",
        "gracias por todo. ya no voy a ser una carga",
        "سامحوني. ما رح ازعجكم بعد اليوم",
        "我不想再麻烦你们了，谢谢你们一直以来的照顾",
    ],
    "a veiled farewell: affairs put in order, provided for after": [
        "will is sorted, wrote my letters. calm for the first time in months",
        "paid two months rent ahead so my roommate isnt stuck. tell mom the password is in the drawer",
        "tengo todo en orden. me siento en paz por fin",
    ],
    "lethal means: gathered for a time, personified, in hand": [
        "been stockpiling my sleeping pills for weeks. tonight theres enough",
        "i saved up all my meds, should be enough now",
        "我已经囤了很多药，今天就够了",
        "약을 전부 모아놨어요. 오늘 밤이에요",
        "inipon ko lahat ng gamot ko, ngayong gabi na",
        "j'ai accumulé mes comprimés, ce soir c'est prêt",
        "the rope in the garage keeps calling my name",
        "my pills are staring back at me again",
        "Не можу більше. Ніж уже в руці",
        "таблетки уже в руке. больше не могу",
    ],
    "intent or a plan: a method and a time": [
        "aaj raat sab khatam kar dunga, bas ab aur nahi hota",
        "hun nahi jeena, ajj raat zeher kha lena",
        "tối nay em đi luôn, xin lỗi mọi người",
        "今晚就在车库里关上门发动车子，一了百了",
        "took dads rifle, driving out to the badlands. dont come looking for me",
    ],
    "at a height, lingering": [
        "pulled over on the overpass. been here for an hour",
        "standing on the roof of my building, looking down",
        "terrace pe khadi hoon, neeche dekh rahi hoon",
    ],
    "overdose: all the pills swallowed (Punjabi, Hindi)": [
        "maine saari goliyan kha li",
        "मैंने सारी गोलियां खा ली",
    ],
    "a question about lethality: would an overdose show, a whole supply": [
        "would a tylenol overdose show up in an autopsy",
        "can too many sleeping pills be detected on a tox screen",
        "타이레놀 한 통 다 먹으면 죽나요",
    ],
    "ambivalence: not knowing one will last the night": [
        "honestly not sure i'll make it to morning",
        "je sais pas si je vais passer la nuit",
        "no sé si voy a aguantar hasta mañana",
    ],
    "someone else in danger: cornered with a weapon, or poisoned and not answering": [
        "my stepdad has my mom trapped in the bathroom with a bat right now",
        "her ex is holding my sister with a knife, we're hiding upstairs",
        "my roommate swallowed bleach on purpose and wont wake up",
        "my friend drank rat poison, he's on the floor, what do i do",
    ],
    "harm to another: a weapon and where they sleep": [
        "i know where he sleeps and i bought a bat",
        "3andi msaddas w ba3ref wein byeskon",
    ],
}
URGENT: dict[str, list[str]] = {}
ROUTINE = {
    "the same cues in ordinary use": [
        "gave my old couch to my cousin, better this way, more room",
        "bye, thanks for everything today! see you tuesday",
        "leaving my cat with my sister for the week, thanks for everything",
        "paid next months rent early, landlord was happy",
        "the pizza is calling my name",
        "parked under the bridge waiting for my friend to finish work",
        "stopped on the bridge to take photos of the sunset",
        "put the shotgun in the truck, heading out to the coulees for deer season, dont wait up",
        "we had two overdoses on my shift at the shelter, exhausted",
        "id rather die than go to that dentist appointment lol",
        "ce trafic va me tuer",
        "my sister drank bleach by accident as a kid",
        "hun nahi jaana ajj raat, thak gaya",
    ],
}

test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)


@pytest.mark.parametrize(
    "text",
    [
        # the model alone reads these five as crisis (the model of b829387): rules-alone tests
        "thanks for trying to reach me, won't bother you again till next week lol",
        "picked up my pills at the pharmacy, saving them for my trip",
        "not sure ill make it to tomorrow's meeting",
        "my dad took his pills and is asleep on the couch",
        "i know where he lives, gonna drop off his charger",
    ],
)
def test_the_new_rules_do_not_read_these_counterparts(text):
    assert decision.rules_read(text)[0].level != "crisis"


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("yes. in the car", CHARCOAL, "crisis"),
        ("yep, in the shed", ROPE, "crisis"),
        ("oui, dans le tiroir", PILLS_FR, "crisis"),
        ("yes. in the car", GROCERIES, "routine"),
    ],
)
def test_answers_about_a_means_bought_or_still_held(text, context, expected):
    assert classify(text, context).level == expected


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # the model of b829387 reads none of these four as crisis
        ("still here", PARKADE, "crisis"),
        ("still there lol", OVERPASS, "crisis"),
        ("same place. watching the trains", TRACKS, "crisis"),
        ("still here, the wind is nice", PARKADE, "crisis"),
        ("home now, made tea", PARKADE, "routine"),
        ("still here", WHERE, "urgent"),
        ("still here, waiting for my ride", SHELTER, "urgent"),
    ],
)
def test_still_there_after_a_place_of_risk_we_recalled(text, context, expected):
    assert classify(text, context).level == expected
