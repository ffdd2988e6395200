"""Table tests for the categories of DOMAIN section 3 about the texter that rounds 22-25 found the rules
could not read: intent or a plan (a jump from a bridge in Korean, giving one's life in Punjabi and Hindi, a
rope made ready in Tagalog, pills set aside and a letter in Portuguese, not coming back with it worked out,
ending it all after saying goodbye in Ukrainian and Russian, calm after a decision left unnamed, a supply of
medicine weighed), an overdose (all the pills drunk or eaten, a whole bottle in Chinese, many pills in
Amharic and Tagalog, Persian), a veiled farewell of two cues or a pet
given away with no reason, a question of how many pills would be too many or would not let one wake,
ambivalence, self-harm gone deeper or not stopping, and lethal means found or made ready; and answers read
with our question (a lead-in word, a promise called hard, a French question about thoughts). And the
counterparts the new rules must not read, and denials and idioms of wanting to die in Korean, Vietnamese,
Tagalog and Hindi. Each reply was written for this file, not copied from a blind
batch or the labelled set."""

import pytest

from tests.support.triage_tables import category_tests
from textsupport.triage import classify, decision

SAFE = ("staff_question", "Hi, it's Dana from the team. Are you safe tonight?")
PROMISE = ("staff_question", "Will you promise to call 988 if things get worse tonight?")
THOUGHTS_FR = ("staff_question", "Bonjour, ici Luc. Pensez-vous à vous faire du mal en ce moment?")

CRISIS = {
    "intent or a plan, in other languages and in other words": [
        "내일 아침에 옥상에서 뛰어내리려고요",
        "ab apni jaan de dungi, koi nahi samjhta",
        "handa na ang lubid, wala nang dahilan",
        "comprei os comprimidos e escrevi uma carta pra minha filha",
        "im not coming back this time. its all planned out",
        "Все решила. Сегодня ночью покончу с собой, прощайте",
        "i feel lighter since i made up my mind.",
        "got a full bottle from the pharmacy, been wondering what i could do with all of it",
    ],
    "an overdose in other words and languages": [
        "ate the whole bottle of my sleeping pills an hour ago",
        "همه داروهامو یه جا خوردم",
        "把安眠药全吃了",
        "ininom ko lahat ng gamot ko kanina",
    ],
    "a veiled farewell of two cues, or a pet given away": [
        "tell my kids i always loved them. everything is in order",
        "please make sure my cat Mochi goes to a loving home",
        "te escribo para despedirme, ya tengo todo listo",
        "salamat po sa lahat. paalam",
    ],
    "a question of how many pills would be too many, or not to wake": [
        "how many of my seroquel would be enough to not wake up",
        "asking for my sister, how much tylenol is too much to take at once",
        "skolko tabletok nado prinyat chtoby umeret",
        "kitni goliyan khane se aadmi mar jaye",
    ],
    "ambivalence, self-harm deeper or not stopping, means ready": [
        "no se si puedo no hacerme daño esta noche",
        "자해 다시 했어요 멈출 수가 없어요",
        "been banging my head against the door until i bleed",
        "found my uncle's shotgun in the closet and it's loaded",
        "encontré la pistola de mi hermano, está cargada",
    ],
}
URGENT: dict[str, list[str]] = {}
ROUTINE = {
    "the same words in ordinary use": [
        "ate the whole box of cookies, no regrets",
        "we're moving to a condo, need to make sure our dog goes to a good home",
        "자해 안 한 지 일 년 됐어요",
    ],
    "a denial or an idiom of wanting to die, in Korean, Vietnamese, Tagalog and Hindi": [
        "자살할 생각은 하나도 없어요, 걱정 마세요",
        "Tôi không hề nghĩ đến tự tử, chỉ mệt thôi",
        "di po ako magpapakamatay, nag-aalala lang si ate",
        "खुदकुशी का नहीं सोचता, बस थक गया हूँ",
        "mệt muốn chết sau ca làm đêm",
    ],
}

test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)


@pytest.mark.parametrize(
    "text",
    [
        "Сьогодні все закінчу з документами, нарешті",
        "bought charcoal and tape for the camping trip",
        "번개탄 사서 캠핑 가서 고기 구웠어요",
        # the model alone reads this one as crisis (0.62 with the model of ace0cee): a rules-alone test
        "how many calories would be too many for a snack",
        "banging my head against the wall over this homework lol",
        "吃了一整盒饼干",
        "feeling calm now that ive decided to go back to school",
        "bye for now, see you thursday at group",
    ],
)
def test_the_new_rules_do_not_read_these_counterparts(text):
    assert decision.rules_read(text)[0].level != "crisis"


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("honestly i dont know", SAFE, "crisis"),
        ("um no", SAFE, "crisis"),
        ("honestly yes im ok", SAFE, "routine"),
        ("promises are hard", PROMISE, "crisis"),
        ("oui, souvent", THOUGHTS_FR, "crisis"),
        ("non", THOUGHTS_FR, "routine"),
    ],
)
def test_answers_read_with_our_question(text, context, expected):
    assert classify(text, context).level == expected
