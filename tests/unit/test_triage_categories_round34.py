"""Table tests for the categories of DOMAIN section 3 that rounds 34-35 found the rules read below their
level, written for each category in general: the wish to die in Tigrinya and Amharic; a lethality question
about pills never woken from (Persian, Arabic); someone else who said goodbye and cannot be found; voices
commanding harm that the person is coming round to (English), or named in Hindi and Urdu; a double negative
("no reason not to"); veiled farewells (thanks for all one did and a pet entrusted, in Chinese; no more texts
needed, no reason given). Urgent: not being well and asking for a call in Spanish; hopelessness about the
future is urgent, not crisis; finality beside an outright denial of harm is not coping. Answers in context:
"no" to a promise not to act, to whether someone at risk has company, a rock-bottom score with no more surveys
wanted, a questionnaire's frequency of a bad feeling. False alarms: a finger cut in the kitchen, medicine
handed out at work, "fine", "busy", "thanks" and a walk in more languages, a wrong number, a household safe
from a wildfire, recovery looked back on, a task said to be done, a reason given for a day that does not suit.
Each reply was written for this file, not copied from a blind batch or the labelled set."""

import pytest

from tests.support.triage_tables import category_tests, urgent_rules_test
from textsupport.triage import classify, decision

PROMISE = ("staff_question", "Will you promise us you won't hurt yourself before we talk tomorrow?")
COMPANY = ("staff_question", "Is anyone with her right now?")
FRIEND_WITH = ("staff_question", "Is your brother with somebody tonight?")
MOOD_0_10 = ("survey", "Weekly check-in: on a scale of 0-10, how would you rate your mood?")
DOWN_DAYS = ("survey", "In the last 7 days, how many days have you felt down or low? Reply 0-7")
PHQ9_ITEM9 = (
    "survey",
    "How often have you been bothered by thoughts that you would be better off dead? Reply 0, 1, 2 or 3",
)
SURVEY_READY = ("survey", "Your 3-month questionnaire is ready: [link]. About 10 minutes.")
LINK_WORKED = ("staff_question", "Were you able to open the survey link?")
APPOINTMENT = ("staff_question", "Does Thursday at 2 work for your follow-up visit?")
RIDE = ("staff_question", "Would you like us to book a ride to your appointment?")

CRISIS = {
    "wanting to die (Tigrinya, Amharic)": [
        "ሎሚ ምሸት ክሞት ደልየ",
        "ክሞት እደሊ",
        "ልሞት ነው ዛሬ ማታ",
    ],
    "a question about lethality: pills never woken from (Persian, Arabic)": [
        "چندتا قرص خواب بخورم که دیگه بیدار نشم؟",
        "برای دوستم میپرسم: چقدر دارو لازمه که آدم بمیره",
        "كم حبة لازم آخذ حتى ما أصحى؟",
    ],
    "someone else in danger: said goodbye, then cannot be found": [
        "my roommate texted everyone goodbye last night and nobody can find her",
        "my brother posted a goodbye on facebook and now hes gone missing",
    ],
    "voices commanding harm: coming round to them (English), named in Hindi and Urdu": [
        "he keeps telling me to stab my neighbour and part of me agrees",
        "they tell me to hurt my mom and im beginning to think theyre right",
        "आवाज़ें बोलती हैं कि पड़ोसी को मार डालूँ",
        "awaaz kehti hai ki apni behen ko maar du",
        "آوازیں کہتی ہیں کہ ابو کو مار دوں",
    ],
    "ambivalence: a double negative (no reason not to)": [
        "i cant find a single reason not to kill myself",
        "got no good reason not to end it",
    ],
    "a veiled farewell: thanks for all one did and a pet entrusted (Chinese); no more texts needed": [
        "谢谢你们为我做的一切，麻烦帮我照顾我的狗",
        "感謝你們做的一切。請幫我照顧我隻貓",
        "you wont need to call me anymore",
        "you will never have to check on me again",
    ],
}
URGENT = {
    "not well, and a call asked for (Spanish)": [
        "no ando bien, ¿me podrían marcar hoy?",
        "necesito que alguien me llame hoy, no ando nada bien",
    ],
}
ROUTINE = {
    "a finger cut in the kitchen; medicine handed out at work": [
        "cortando cebolla me corté el dedo jaja",
        "je me suis coupé le pouce en épluchant les patates lol",
        "care aide here, passed out 500mg tylenol to the residents all evening",
        "pharm tech here, counted 400mg advil all day and my feet are done",
    ],
}

test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)

test_the_rules_alone_read_each_urgent_need = urgent_rules_test(URGENT)


@pytest.mark.parametrize(
    "text",
    [
        # hopelessness about the future is urgent (section 3), not a stance against living
        "honestly feels like nothing will ever get better, same grind every day",
        # finality beside an outright denial of harm: not coping, and a call asked for
        "cant do this anymore. im not going to hurt myself, i just need someone to call me",
        # voices commanding harm, resisted: psychosis without intent (Hindi, Hindi in Latin letters)
        "आवाज़ें कहती हैं कि उसे मार दूँ, पर मैं नहीं मानता",
        "awaazein bolti hain ki usko maar du, main nahi sunta",
    ],
)
def test_hopelessness_and_resisted_voices_are_urgent_not_crisis(text):
    assert classify(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # a denial kept to tonight does not rule it out
        "cant do this anymore. i wont hurt myself tonight, tomorrow who knows",
        # a stance against living beside the hopelessness
        "nothing will ever get better so whats the point of staying alive",
    ],
)
def test_finality_with_a_denial_kept_to_tonight_stays_crisis(text):
    assert classify(text).level == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        # fine, busy, thanks, a walk, a meeting moved (Urdu, Pashto, Korean, Russian), a wrong number,
        # the household safe from a wildfire, recovery looked back on, a denial and boredom laughed at
        "میں ٹھیک ہوں، بس تھوڑا مصروف تھا",
        "مننه، ښه یم",
        "날씨가 좋아서 공원에서 산책했어요",
        "можно перенести встречу на пятницу?",
        "sorry wrong number, who is this?",
        "smoke is awful out here but were all ok, car is packed just in case",
        "a year sober today, proud of how far ive come after that dark winter",
        "no quiero morirme ni nada eh, solo es que me aburro jaja",
    ],
)
def test_the_rules_alone_read_ordinary_replies_in_more_languages_as_routine(text):
    """The rules no longer send these to a person as unclear or low; the model may still (not retrained)."""
    assert decision.rules_read(text)[0].level == "routine"


@pytest.mark.parametrize(
    "text",
    [
        # the same words with what makes them risk taken away: the rules must not read these as crisis
        "nobody can find her car keys lol",
        "im starting to think theyre right about the new coach",
        "you wont need to text me anymore, got a new number, ill send it",
        "我去出差一週，請幫我照顧我的貓，謝謝",
        "i have one reason not to end it and its my daughter",
        "me corté el pelo y me encanta",
    ],
)
def test_the_new_rules_do_not_read_these_counterparts(text):
    assert decision.rules_read(text)[0].level != "crisis"


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # "no" to a promise not to act, to whether someone at risk has company; a yes
        ("no", PROMISE, "crisis"),
        ("i cant promise that", PROMISE, "crisis"),
        ("yes i promise", PROMISE, "routine"),
        ("no, shes by herself and her phone is off", COMPANY, "crisis"),
        ("nope", FRIEND_WITH, "crisis"),
        ("yes", FRIEND_WITH, "routine"),
        # the lowest mood, and no more surveys wanted with no reason given; a reason given
        ("0. you dont need to send me another one", MOOD_0_10, "crisis"),
        ("9, you dont need to send the next one, im doing great", MOOD_0_10, "routine"),
        # how many days a bad feeling came: every day is distress, none is well
        ("7", DOWN_DAYS, "urgent"),
        ("0", DOWN_DAYS, "routine"),
        # the questionnaire's item on death, its choices listed: not at all, nearly every day
        ("0", PHQ9_ITEM9, "routine"),
        ("3", PHQ9_ITEM9, "crisis"),
        # a task said to be done; yes in Punjabi; a reason for a day that does not suit; not sure in Arabic
        ("all done!", SURVEY_READY, "routine"),
        ("ਹਾਂ ਜੀ, ਹੋ ਗਿਆ", LINK_WORKED, "routine"),
        ("hindi po, may pasok ako", APPOINTMENT, "routine"),
        ("no thanks my sister is taking me", RIDE, "routine"),
        ("مش متأكدة", APPOINTMENT, "routine"),
    ],
)
def test_answers_in_context(text, context, expected):
    assert classify(text, context).level == expected
