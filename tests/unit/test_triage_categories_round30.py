"""Table tests for the categories of DOMAIN section 3 that rounds 30-31 found the rules read only as urgent or
routine, written for each category in general: harm to another with a weapon to be used on them (English,
Spanish, Russian in Latin letters), voices commanding harm (a time named, a person worn down, "I must" in
Russian and Ukrainian), someone else locked in with a means (Spanish, Chinese) or telling of their own
overdose, a veiled farewell (a gift with affairs settled or thanks, in Tagalog, Vietnamese and French; a calm
after turmoil with a decision made), ambivalence (part of me; "not sure I won't" in Farsi, Spanish, French; a
double negative), all the pills swallowed (Korean, Amharic, Punjabi at once), a lethality question (Turkish,
Arabic), a plan with a height and a time (Ukrainian, Russian, Hinglish), means gathered with the means left
unsaid, and "no" to a safety question in other languages; and the false alarms beside them: the same words in
ordinary use, at work, in the kitchen, as a joke, as an idiom, in the past. Each reply was written for this
file, not copied from a blind batch or the labelled set."""

import pytest

from tests.support.triage_tables import category_tests
from textsupport.triage import classify, decision

SAFE = ("staff_question", "Checking in after last night. Are you safe right now?")
PILLS = ("staff_question", "Do you still have the pills you told us about?")
TEXT_CAME = ("daily", "Did this morning's text come through all right?")

CRISIS = {
    "harm to another: a weapon to be used on them, or the threat in Spanish or Russian": [
        "if he comes near my kids again im using the shotgun on him",
        "gonna take the bat to that landlord tonight",
        "im going to use my dads glock on her when she gets home",
        "la voy a matar esta noche, ya tengo la pistola",
        "si vuelve a tocarme lo voy a acuchillar mañana",
        "zavtra ya ego zarezhu, nozh uzhe gotov",
    ],
    "voices commanding harm: a time named, worn down, or 'I must' (Russian, Ukrainian)": [
        "the voice keeps telling me its time and im too exhausted to fight it anymore",
        "the voices say today is the day. im so tired of resisting them",
        "голоса говорят, что я должна прыгнуть сегодня",
        "голос каже що я мушу вбити брата, не можу йому опиратися",
    ],
    "someone else in danger: locked in with a means, or telling of their own overdose": [
        "mi papá se encerró en su cuarto con la pistola y no abre",
        "mi novia se encerró en el carro con sus pastillas",
        "我妈把自己锁在房间里，拿着刀",
        "my cousin texted that she swallowed all of them and now shes not answering",
        "he told me he took all his pills an hour ago",
    ],
    "a veiled farewell: a pet or belongings given, with affairs settled or thanks": [
        "ibinigay ko na yung pusa ko kay kuya. salamat sa lahat",
        "gave my dog to my aunt and paid off all my debts",
        "j'ai laissé mon chien à mon frère et j'ai réglé mes dettes d'avance",
        "em đã gửi con chó cho anh trai, cảm ơn mọi người vì tất cả",
    ],
    "a veiled farewell: a calm after turmoil, a decision made": [
        "i've made up my mind. i feel calm for once",
        "everything is decided. thanks for everything, really",
        "ma décision est prise. merci pour tout",
        "ya lo decidí. por fin estoy en paz",
        "결정했어요. 그동안 감사했어요",
    ],
    "ambivalence: part of me, not sure I won't, a double negative": [
        "half of me doesnt want to keep going anymore",
        "part of me does not want to wake up tomorrow",
        "no estoy seguro de que no lo haga hoy",
        "je suis pas sûre de ne pas le faire",
        "مطمئن نیستم که کاری نکنم",
        "i dont think that im not going to kill myself",
    ],
    "overdose: all the pills swallowed (Korean, Amharic, Punjabi at once)": [
        "수면제를 다 먹었어요",
        "진통제를 한꺼번에 삼켰어",
        "ਮੈਂ ਸਾਰੀਆਂ ਦਵਾਈਆਂ ਇਕੱਠੀਆਂ ਖਾ ਲਈਆਂ",
        "ሁሉንም ኪኒኖቼን ወሰድኩ",
    ],
    "a question about lethality: a fall, or pills enough (Turkish, Arabic)": [
        "binadan atlarsam ölür müyüm",
        "kaç hap yeter sence?",
        "كم حبة بنادول تكفي عشان اموت؟",
    ],
    "intent or a plan: a height and a time (Ukrainian, Russian, Hinglish)": [
        "сегодня ночью пойду на мост. простите",
        "більше не можу, стрибну з мосту",
        "ab jeena nahi, chhat pe khadi hoon",
    ],
    "lethal means: gathered, the means unsaid, for a time": [
        "ive been stockpiling for months. now seems right",
        "存下的药已经够了",
    ],
}
URGENT: dict[str, list[str]] = {}
ROUTINE = {
    "the same words in ordinary use, at work, in the kitchen, as a joke or an idiom, in the past": [
        "using the 12 gauge on the gophers tomorrow morning",
        "ibinigay ko na yung lumang gamit ko sa kapitbahay kasi lilipat kami, salamat sa lahat",
        "finally decided on a college! thanks for everything, feeling so calm",
        "j'ai enfin décidé: je déménage à Montréal. merci pour tout",
        "the voices tell me to hurt him but i keep resisting them",
        "ER shift: 3 overdoses and a cardiac arrest before 10am, wiped but ok",
        "ICU night, the narcotic count for morphine and fentanyl took forever",
        "made perogies with my mom today, knife skills 🔪🥟",
        "i want to die lol this exam is brutal (joke!)",
        "ça fait deux ans aujourd'hui que j'ai fait ma surdose, je vais bien",
        "been stockpiling canned food since the storm warning",
        "我存了钱买药，应该够了",
        "kaç hap alayım baş ağrısı için?",
    ],
}

test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)


@pytest.mark.parametrize(
    "text",
    [
        # the model alone (of b829387) reads these as crisis on main too: the new rules must not
        "gonna use the knife on the turkey tonight lol",
        "the guy on the radio says tonight is the night for the northern lights",
        "too tired to argue with him about the dishes tonight",
        "mi hija se encerró en su cuarto con el celular otra vez",
        "she said she took everything to the donation bin",
        "part of me wants pizza and part of me doesnt",
    ],
)
def test_the_new_rules_do_not_read_these_counterparts(text):
    assert decision.rules_read(text)[0].level != "crisis"


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # "no" to a safety question, in Korean, Somali and Swahili; a means still held
        ("아니요", SAFE, "crisis"),
        ("maya, waan daalay", SAFE, "crisis"),
        ("hapana", SAFE, "crisis"),
        ("still have them", PILLS, "crisis"),
        # ... and the same words after a question about our texts
        ("아니요", TEXT_CAME, "routine"),
        ("hapana", TEXT_CAME, "routine"),
    ],
)
def test_answers_in_other_languages_and_a_means_still_held(text, context, expected):
    assert classify(text, context).level == expected
