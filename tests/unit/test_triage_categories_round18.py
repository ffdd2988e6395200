"""Table tests for the categories of DOMAIN section 3 that rounds 18 and 19 found the rules could not read:
a plan or intent to die in Korean, Chinese, Portuguese and Québec French; self-harm told as done in Polish
and in Hindi written in Latin letters, all the pills in romanised Arabic, Chinese and Somali; voices
commanding harm in Chinese and Persian, harm to another with a means in Tigrinya, Amharic and Québec
French (911 first); someone else threatened with fire, shut in with a means, or armed and raging (911
first); a question about lethality however framed ("just curious"); ambivalence in German; a weapon
handled again and again, poison bought with no pest; a veiled farewell (thanks for everything, a goodbye,
things handed on) in Somali, Amharic, Urdu and Cantonese; no roof in the cold, days lost to drinking, a
phone bugged (urgent); and answers read with our question: a number on a scale of how likely one is to
act, a count of the pills taken, a follow-up whose question is about safety, days of medicine taken, how
one is coping. And the false alarms: the past told as past in more languages, negations, idioms, jokes
marked in Tagalog or Québec French, means at work, on the farm, in a hobby, in cleaning; logistics
questions in other languages. Each reply was written for this file, not copied from a blind batch or the
labelled set."""

import pytest

from tests.support.triage_tables import category_tests
from textsupport.triage import classify, decision

LIKELY = ("staff_reply", "From 0 to 10, how likely are you to act on the urges tonight?")
STRONG = ("staff_reply", "How strong are the thoughts of hurting yourself right now, on a scale of 1-10?")
SAVED = ("staff_reply", "You told us you'd been keeping your tablets aside. Did you take some of them?")
FOLLOW_UP = (
    "staff_reply",
    "Hi, this is Sam from the team. Last night you wrote about wanting to kill yourself. Are you safe now?",
)
DAYS = ("survey", "In the last 7 days, how many days did you take your meds as prescribed? Reply 0-7.")
COPING = ("staff_reply", "Checking in after your discharge. How are you holding up?")
HARM_ANOTHER = "harm to another with a means, or voices commanding it, in more languages"
OTHER_IN_DANGER = "someone else in danger now: fire threatened, shut in with a means, armed and raging"

CRISIS = {
    "a plan or intent to die in Korean, Chinese, Portuguese and Québec French": [
        "이제 살고 싶지 않아. 내일 끝낼 거야",
        "我決定了，今晚就結束我的生命",
        "vou me jogar da ponte depois do trabalho",
        "chu tanné, j'vais m'pendre dans le garage",
    ],
    "self-harm told as done, or all the pills, in more languages": [
        "wczoraj znów pociąłem się w łazience",
        "kal raat phir kalai pe blade maara, khoon band nahi ho raha",
        "bala3t kol el dawa ele 3andi",
        "我已经把药一口气全部吃了",
        "kiniinadii oo dhan ayaan wada liqay",
    ],
    HARM_ANOTHER: [
        "把聲一直話我要殺咗我阿爸",
        "صداها بهم می‌گن باید برادرم رو بکشم",
        "ነቲ ጎረቤተይ ብካራ ክወግኣ እየ",
        "በቢላ እወጋዋለሁ ዛሬ ማታ",
        "j'vais lui casser la gueule avec le marteau dans mon truck",
    ],
    OTHER_IN_DANGER: [
        "جوز اختي عم يهدد يحرق الشقة وهي جوا",
        "my sister shut herself in the basement with dads pills, she wont open up",
        "my uncle is wasted and pointing a rifle at the tv screaming",
    ],
    "a question about lethality, however it is framed": [
        "à quelle hauteur une chute est mortelle? juste une question",
        "how high does a bridge need to be to not survive the fall, asking for a friend",
        "kitne sleeping pills se banda kabhi nahi uthta? bas curious",
        "what happens if i take valium and vodka together, just wondering",
    ],
    "ambivalence in German": [
        "weiß nicht, ob ich mir morgen nichts antue",
    ],
    "a weapon handled again and again, poison bought with no pest": [
        "the shotgun is in the hall closet and i keep sneaking back to hold it",
        "bought a box of rat poison and we dont even have mice",
    ],
    "a veiled farewell in Somali, Amharic, Urdu and Cantonese": [
        "Waad mahadsantihiin wax walba. Nabadgelyo walaalayaal.",
        "ስለ ሁሉ ነገር እናመሰግናለን። ደህና ሁን።",
        "میرا فون اور گھڑی میرے بھائی کو دے دینا۔ اللہ حافظ",
        "多謝大家一直嘅照顧。再見。",
    ],
}
URGENT = {
    "no roof in the cold, days lost to drinking, a phone bugged": [
        "got locked out of the rooming house and its minus 30 tonight",
        "drinking since friday, lost a couple days somewhere",
        "the cops bugged my apartment, i can hear the clicks",
    ],
}
ROUTINE = {
    "the past told as past, in more languages": [
        "hace seis años tomé todas mis pastillas. hoy corrí mi primer maratón",
        "il y a cinq ans j'ai voulu mourir, maintenant je suis grand-mère",
        "dati gusto kong saktan ang sarili ko, ngayon okay na",
        "قبل ثلاث سنوات حاولت أنتحر، الحين الحمدلله بخير",
        "last summer i had pills saved up. so different now",
        "talked at the meeting about the time i overdosed at 22",
    ],
    "negations and jokes in more languages": [
        "hindi ko sasaktan ang sarili ko, pagod lang",
        "mamamatay na ako sa hiya haha joke lang",
        "j'vais m'tirer une balle si y neige encore lol c'est une joke",
        "call 911, the cat knocked over the christmas tree (not a real emergency lol)",
    ],
    "idioms of the weather and of a game": [
        "c'te chaleur-là va me tuer, 34 degrés dans l'appart",
        "the leafs are going to give me a heart attack this season",
    ],
    "means at work, on the farm, in a hobby, in cleaning": [
        "indoor climbing gym tonight, borrowed a rope and a belay device",
        "up all night with the heifers calving, dad had the rifle for the coyotes",
        "acheté de la javel pour la douche, ça brille",
    ],
    "logistics and survey numbers": [
        "¿cuándo es mi próxima cita con la enfermera?",
        "我的预约是什么时候？",
    ],
}


test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)


@pytest.mark.parametrize("text", CRISIS[HARM_ANOTHER] + CRISIS[OTHER_IN_DANGER])
def test_harm_to_another_and_someone_else_in_danger_lead_with_911(text):
    assert classify(text).emergency


@pytest.mark.parametrize(
    "text",
    [
        "我不会结束我的生命，放心",
        "nie tnę się już od roku",
        "ich werde mir nichts antun, keine Sorge",
        "bought mouse poison for the garage, the mice are back",
        "the rifle is locked in the safe at my uncle's, i never go near it",
        "mahadsanid, nabadgelyo ilaa berri",
        "thanks for being so kind, see you thursday",
    ],
)
def test_the_new_rules_do_not_read_these_counterparts(text):
    assert decision.rules_read(text)[0].level != "crisis"


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # a number on a scale of how likely one is to act, or how strong the urges are: more is worse
        ("9", LIKELY, "crisis"),
        ("0", LIKELY, "routine"),
        ("about 7", STRONG, "crisis"),
        # a count of the saved pills taken
        ("some of them. like 12", SAVED, "crisis"),
        ("0", SAVED, "routine"),
        # a follow-up recalling something risky: the question asked is about safety now
        ("nah, not at the moment", FOLLOW_UP, "crisis"),
        ("yes im safe", FOLLOW_UP, "routine"),
        # days of medicine taken: all or most is routine, none urgent
        ("7", DAYS, "routine"),
        ("0", DAYS, "urgent"),
        # how one is coping: "not great" is distress; "not bad" is not
        ("not great at all to be honest", COPING, "urgent"),
        ("not too bad, thanks", COPING, "routine"),
        # a day and an hour after a word for when
        ("saturday around 4 is fine", ("logistics", "What time works for a call this week?"), "routine"),
    ],
)
def test_answers_read_with_our_question(text, context, expected):
    assert classify(text, context).level == expected


@pytest.mark.parametrize(
    "text",
    [
        # found when rounds 18 and 19 joined and the model was retrained: guards for the model, by category
        "drove the twins to swim lessons, brought em all home after",
        "bouldering session after work, the new carabiners came in the mail",
        "picking up my nephew from the airport tonight!",
        "i take my tablets at supper as i was told",
        "how much does the survey pay again?",
        "my will was done years ago when my dad passed, just need to fix the contact on it",
    ],
)
def test_guards_found_on_retraining_leave_these_below_crisis_for_the_rules(text):
    verdict = decision.rules_read(text)[0]
    assert verdict.level != "crisis"
    assert any(reason.startswith("benign context") for reason in verdict.reasons)


@pytest.mark.parametrize("text", ["dying sounds kind of restful lately", "not waking up would be a relief"])
def test_death_as_a_relief_is_a_wish_that_does_not_rule_it_out(text):
    assert decision.rules_read(text)[0].level == "crisis"
