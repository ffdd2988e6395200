"""Table tests for the categories of DOMAIN section 3 that round 16 found the rules could not read: the core
crisis expressions (wanting to die, killing oneself, ending one's life, taking all one's pills, not being
here tomorrow) in the languages newcomers to Canadian cities text in that the rules lacked or held thinly
(Polish, Italian, German; more of Hindi and Urdu, Arabic, Persian, Russian and Ukrainian, Vietnamese,
Portuguese, Somali, Amharic, Korean, Tagalog, Punjabi and Chinese); in Spanish, a gun at hand and questions
about lethality (how many make an overdose, whether a count is fatal, whether a way of dying hurts); in
French, double negatives that leave the act open and acting on it feared; intent to hurt another person
told in text-speak by a weapon and the target's whereabouts; someone locked in with a means, in Québec
French. And the false alarms each could raise: the same words negated, idioms ("morire dal ridere", "mi
ammazzo di lavoro", "跳楼价"), not being at work tomorrow, ending a habit or a relationship, a glue gun or a
hunting rifle, a bat at a ball game, a French double negative about keys. And what round 16 read as urgent or
crisis that is routine: a sport of aiming at a target, the farm and the scoreboard with no other cue, a low
number on a survey scale whose ends are glossed "not at all" and "very". Each reply was written for this
file, not copied from a blind batch or the labelled set."""

import pytest

from tests.support.triage_tables import category_tests
from textsupport.triage import classify, decision

SAFE_GLOSSED = ("staff_reply", "How safe do you feel right now, 1 (not at all) to 10 (completely)?")
USEFUL = ("survey", "How useful were the texts this month? Reply 1 (not at all) to 5 (very).")
SLEEP_REVERSED = (
    "survey",
    "Quick question: how are you sleeping lately? Reply 1 (very well) to 5 (not at all).",
)

CRISIS = {
    "suicidal intent or a plan, in Polish": [
        "naprawdę chcę umrzeć, nie mam już siły",
        "nie chcę dłużej żyć",
        "dzisiaj w nocy się zabiję",
        "chyba skończę ze sobą",
        "wzielam wszystkie tabletki nasenne",
        "jutro juz mnie nie bedzie.",
    ],
    "suicidal intent or a plan, in Hindi and Urdu": [
        "अब और नहीं जी सकती, बहुत थक गई हूँ",
        "आज सब कुछ खत्म कर दूंगी",
        "मैं अपनी जान ले लूंगा",
        "ab aur nahi ji sakti yaar",
        "apni jaan le lunga aaj",
        "میں اپنی جان لے لوں گا",
    ],
    "suicidal intent or a plan, in Arabic and Persian": [
        "لم أعد أريد أن أعيش",
        "رح خلص على حالي",
        "سآخذ كل حبوبي بعد العشاء",
        "می‌خوام به زندگیم پایان بدم",
        "دیگه نمی‌خوام زندگی کنم",
    ],
    "suicidal intent or a plan, in Italian and German": [
        "voglio solo morire",
        "ho deciso di farla finita",
        "mi ammazzo stanotte",
        "ho preso tutte le mie pillole",
        "ich will einfach nur sterben",
        "ich bringe mich heute nacht um",
        "ich habe alle meine tabletten genommen",
    ],
    "suicidal intent or a plan, in Russian and Ukrainian": [
        "скоро меня не станет",
        "я повешусь",
        "хочу свести счёты с жизнью",
        "скоро мене не стане",
        "наглотаюсь таблеток и всё",
    ],
    "suicidal intent or a plan, in Portuguese, Vietnamese, Tagalog and Punjabi": [
        "vou pôr fim à minha vida",
        "tôi muốn tự kết liễu",
        "magbibigti na lang ako",
        "ਮੈਂ ਹੁਣ ਨਹੀਂ ਜੀਣਾ",
    ],
    "suicidal intent or a plan, in Somali, Amharic, Korean and Chinese": [
        "ma rabo inaan sii noolaado",
        "መኖር አልፈልግም",
        "ራሴን ላጠፋ ነው",
        "그냥 죽어버리고 싶어",
        "오늘 밤 수면제를 다 먹을 거야",
        "我想跳楼",
    ],
    "lethal means at hand, in Spanish": [
        "ya cargué la escopeta de mi papá",
        "traigo el revólver conmigo",
    ],
    "a question about lethality, in Spanish": [
        "cuantos mg de tramadol hacen falta pa una sobredosis",
        "¿una caja entera de tabletas para dormir sería mortal?",
        "¿duele cortarse las venas?",
    ],
    "ambivalence that does not rule it out, in French": [
        "c'est pas dit que j'vais jamais me tuer",
        "j suis pas certaine de pas faire une connerie ce soir",
        "honnêtement j'peux pas te garantir que je le ferais pas",
        "j'ai peur de passer à l'acte cette nuit",
    ],
    "intent to hurt another person: a weapon and the target's whereabouts, in text-speak": [
        "i kno where my stepdad drinks. takin the knife fri nite",
        "found out where that guy lives, bringin the crowbar 2nite",
    ],
    "someone else in danger now: locked in with a means, in Québec French": [
        "ma blonde s'est embarrée dans le char avec ses pilules",
        "mon frère s'est barré dans sa chambre avec la carabine à papa",
    ],
}

URGENT: dict[str, list[str]] = {}

ROUTINE = {
    "the same words negated": [
        "nie chcę umrzeć, chcę żyć dla dzieci",
        "ich will nicht sterben, ich will nur schlafen",
        "non voglio morire, voglio solo stare meglio",
        "ich denke nicht an selbstmord, keine sorge",
    ],
    "idioms of dying and killing oneself": [
        "voglio morire dal ridere con questo film",
        "mi ammazzo di lavoro questa settimana",
        "今天超市跳楼价，买了好多水果",
    ],
    "not being at work tomorrow": [
        "jutro mnie nie będzie w pracy, idę do lekarza",
        "завтра меня не будет на работе",
        "у меня скоро не станет денег до зарплаты",
        "não vou estar aqui amanhã de manhã, vou ao médico",
    ],
    "ending a habit or a relationship, living somewhere else": [
        "voglio farla finita con le sigarette",
        "nie chcę żyć w strachu przed szefem, szukam nowej pracy",
        "मैं चाय के बिना नहीं जी सकता",
    ],
    "a gun that is no means": [
        "mañana vamos a cazar venado, ya está lista la escopeta",
    ],
    "a bat at a ball game": [
        "i know where my brother works so im bringing the bat to his softball game",
    ],
    "a French double negative about something else": [
        "pas certaine de pas oublier mes clés encore lol",
    ],
    "a room shut for an ordinary reason, in Québec French": [
        "mon coloc s'est embarré dans sa chambre pour étudier, rien de grave",
    ],
}


test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)


@pytest.mark.parametrize(
    "text",
    [
        "i kno where my stepdad drinks. takin the knife fri nite",
        "ma blonde s'est embarrée dans le char avec ses pilules",
    ],
)
def test_harm_to_another_and_danger_to_another_lead_with_911(text):
    assert classify(text).emergency


@pytest.mark.parametrize(
    "text",
    [
        # the model alone reads these three as crisis (it did before these rules): the rules must not
        "non voglio più vivere in questa città, troppo cara",
        "compré una pistola de silicón para las manualidades",
        "je dis pas que je vais pas venir, juste en retard",
    ],
)
def test_the_new_rules_do_not_read_these_counterparts(text):
    assert decision.rules_read(text)[0].level != "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "darts league at the legion tonight, got a bullseye on my last throw",
        "tried axe throwing with my cousins, hit the target 3 times",
        "sold two heifers at the auction today, good prices",
        "flames won in overtime!! 🔥",
        "ਅੱਜ ਖੇਤ ਵਿੱਚ ਕਣਕ ਦੀ ਵਾਢੀ ਕੀਤੀ",
    ],
)
def test_a_target_sport_the_farm_and_the_scoreboard_are_routine(text):
    assert classify(text).level == "routine"


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # a number on a scale whose ends are glossed: low is none, the top is most
        ("1", USEFUL, "routine"),
        ("2", SAFE_GLOSSED, "crisis"),
        ("9", SAFE_GLOSSED, "routine"),
        # ... but a scale glossed the other way round is not read as one: a person reads it
        ("4", SLEEP_REVERSED, "urgent"),
    ],
)
def test_a_number_on_a_glossed_scale(text, context, expected):
    assert classify(text, context).level == expected
