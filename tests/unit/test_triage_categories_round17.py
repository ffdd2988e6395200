"""Table tests for the categories of DOMAIN section 3 that round 17 found the rules could not read: suicidal
intent in Tamil and the languages beside it (Telugu, Malayalam, Bengali, Gujarati, Marathi, Nepali,
Sinhala, Japanese); self-harm told as done in Korean and Japanese; an overdose named by the drug or its
class (benzodiazepines, antipsychotics, mood stabilisers, antidepressants, sleep aids), "all at once" or
"every last one"; a question about lethality in Russian, Ukrainian, Polish, Portuguese and Korean; intent to
hurt another person with a means in Punjabi, Hindi, Urdu and Tamil (911 first); a veiled farewell by
affairs settled so that nobody is left with them; essential medicine run out in Portuguese, Spanish,
French, Polish and Russian (urgent); short answers to a question about a safety plan, or about medicine
running low or lasting. And the false alarms each could raise or that round 17 read above routine: the
same words denied (self-harm in Korean, "死にたくない", "不会自杀"), suicide denied beside mere tiredness, a
dose the doctor changed or of a food or supplement, affairs settled for an ordinary reason, a hard day on
the farm accepted, thanks in more languages, a day named for an appointment. Each reply was written for
this file, not copied from a blind batch or the labelled set."""

import pytest

from tests.support.triage_tables import category_tests
from textsupport.triage import classify, decision

SAFETY_PLAN = ("staff_reply", "Will you use your safety plan tonight if the urges come back?")
PROMISE = ("staff_reply", "Can you promise us you'll reach out to 988 if it gets bad again?")
RUNNING_LOW = ("staff_reply", "Are you getting low on your meds?")
LASTING = ("staff_reply", "Do you have enough insulin to get you through the holidays?")
WHICH_DAY = ("logistics", "What day would suit you for the next home visit?")
WHEN_CALL = ("logistics", "When can we call you this week?")
HARM_ANOTHER = "intent to hurt another person with a means, in Punjabi, Hindi, Urdu and Tamil"

CRISIS = {
    "suicidal intent in Tamil, Telugu, Malayalam, Bengali, Gujarati, Marathi, Nepali and Japanese": [
        "எனக்கு வாழ பிடிக்கவில்லை",
        "நான் சாகணும் அக்கா",
        "நாளைக்கு என் உயிரை மாய்த்துக்கொள்ள போகிறேன்",
        "naan saaganum da, romba kashtam",
        "నాకు చచ్చిపోవాలని ఉంది",
        "എനിക്ക് മരിക്കണം, ഇനി വയ്യ",
        "আমি আর বাঁচতে চাই না",
        "મારે હવે જીવવું નથી",
        "मला मरायचं आहे",
        "मलाई मर्न मन लाग्यो",
        "もう死にたい",
    ],
    "self-harm told as done, in Korean, Japanese and Tamil": [
        "어젯밤에 또 자해했어",
        "방금 손목을 그었어",
        "またリスカした、ごめん",
        "自傷してしまった",
        "மணிக்கட்டை அறுத்துக்கொண்டேன்",
    ],
    "an overdose named by the drug or its class": [
        "took my seroquel all at once an hour ago",
        "swallowed my antidepressants, the whole bottle",
        "popped the ativan. every last one",
        "took the rest of my depakote with vodka",
        "drank half a bottle of rum then took my temazepam",
        "took all my mood stabilizers",
    ],
    "a question about lethality in Russian, Ukrainian, Polish, Portuguese and Korean": [
        "сколько снотворного надо выпить чтобы уснуть навсегда",
        "скільки пігулок треба щоб не прокинутися",
        "какая доза амитриптилина смертельна",
        "ile tabletek trzeba wziąć żeby się nie obudzić",
        "quantos comprimidos de rivotril pra não acordar mais",
        "수면제 몇 알 먹으면 죽어?",
    ],
    HARM_ANOTHER: [
        "ਮੈਂ ਕੱਲ੍ਹ ਉਸਨੂੰ ਗੋਲੀ ਮਾਰ ਦਿਆਂਗਾ",
        "मैं अपने पड़ोसी को चाकू मार दूंगा",
        "usko jaan se maar dunga aaj raat",
        "میں اسے گولی مار دوں گا",
        "அவனை கத்தியால குத்துவேன்",
    ],
    "a veiled farewell: affairs settled so that nobody is left with them": [
        "cancelled my lease and closed my bank account so my parents dont have to deal with it",
        "wrote down all my passwords and paid off my credit card. thank you for everything",
        "hice mi testamento para que nadie tenga problemas",
    ],
}

URGENT = {
    "essential medicine run out, in Portuguese, Spanish, French, Polish and Russian": [
        "fiquei sem insulina desde ontem",
        "me quedé sin litio y no tengo receta",
        "j'ai plus de clozapine depuis vendredi",
        "skończył mi się lit, apteka zamknięta",
        "закончился литий, что делать",
    ],
}

ROUTINE = {
    "suicide denied, in Chinese": [
        "我从来没想过自杀，只是最近很忙",
        "我不会自杀，别担心",
    ],
    "self-harm or death denied, in Korean, Japanese and Tamil": [
        "자해 안 했어, 걱정 마",
        "예전에 자해했었는데 지금은 괜찮아",
        "死にたくないよ、ただ疲れてる",
        "தற்கொலை செய்ய மாட்டேன்",
    ],
    "harm denied beside mere tiredness": [
        "not gonna do anything stupid dont worry, just tired from the night shift",
        "no pienso hacerme nada, solo estoy agotada",
    ],
    "a dose the doctor changed, or of a food or a supplement": [
        "my psychiatrist raised the sertraline to 150mg last week",
        "taking 1000mg of vitamin c for this cold",
        "doc bumped my dose up to 300 mg, feeling steadier",
    ],
    "affairs settled for an ordinary reason, or no affairs at all": [
        "made a will with a lawyer after the baby came, so nobody has to guess",
        "paid off my credit card finally, thanks for all the help",
        "cancelled my gym membership, thanks for all the reminders",
    ],
    "not waking up tired, and the medicine taken as usual": [
        "сколько часов спать, чтобы не проснуться разбитым",
        "took my lithium at bedtime like always",
    ],
    "a hard day on the farm, accepted": [
        "vet put our old mare down this morning, sad but thats ranching",
    ],
}


test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)


@pytest.mark.parametrize("text", CRISIS[HARM_ANOTHER])
def test_harm_to_another_leads_with_911(text):
    assert classify(text).emergency


@pytest.mark.parametrize(
    "text",
    [
        "자해 안 했어, 걱정 마",
        "예전에 자해했었는데 지금은 괜찮아",
        "死にたくないよ、ただ疲れてる",
        "தற்கொலை செய்ய மாட்டேன்",
        "сколько часов спать, чтобы не проснуться разбитым",
        "cancelled my gym membership, thanks for all the reminders",
        "goli maaro yaar, forget it",
        "我不会自杀，别担心",
    ],
)
def test_the_new_rules_do_not_read_these_counterparts(text):
    assert decision.rules_read(text)[0].level != "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "ধন্যবাদ, ভালো আছি",
        "ありがとう、元気です",
        "நன்றி அக்கா",
        "dzięki za wiadomość",
        "આભાર બેન",
        "唔該你",
    ],
)
def test_thanks_in_more_languages_is_a_routine_cue_for_the_rules(text):
    assert decision.rules_read(text)[0].level == "routine"


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # a safety plan asked about is a question about safety: a refusal or a promise withheld is crisis
        ("no", SAFETY_PLAN, "crisis"),
        ("who knows at this point", PROMISE, "crisis"),
        ("yes i will", SAFETY_PLAN, "routine"),
        # medicine running low: yes is urgent, no is routine; medicine lasting: no is urgent
        ("yeah almost out", RUNNING_LOW, "urgent"),
        ("nope still got plenty", RUNNING_LOW, "routine"),
        ("no", LASTING, "urgent"),
        ("yes plenty", LASTING, "routine"),
        # a day or a time named for an appointment
        ("thursday works", WHICH_DAY, "routine"),
        ("fri after 2pm", WHEN_CALL, "routine"),
    ],
)
def test_answers_read_with_our_question(text, context, expected):
    assert classify(text, context).level == expected


@pytest.mark.parametrize(
    "text",
    [
        # found when rounds 15-17 joined and the model was retrained: guards for the model, by category
        "need to repot the orchids before they drown in that soggy soil",
        "cleaned the grout with bleach all afternoon, my hands smell awful",
        "no, brought them back to the pharmacist on tuesday",
        "i know exactly how i'd do it for the lab report, just need time",
        "the recipe wants the crab boiled alive, i cant",
        "i used to self harm in junior high but not anymore",
    ],
)
def test_guards_found_on_retraining_leave_these_below_crisis_for_the_rules(text):
    verdict = decision.rules_read(text)[0]
    assert verdict.level != "crisis"
    assert any(reason.startswith(("benign context", "past:")) for reason in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "moved all my savings over to my nephew, he'll know what to do with it",
        "signed my bank account over to my daughter this morning",
    ],
)
def test_savings_signed_over_with_no_reason_is_a_veiled_farewell(text):
    assert decision.rules_read(text)[0].level == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "lent my savings to my brother for his rent, he'll pay me back",
        "transferred money to my mom for her surgery bills",
    ],
)
def test_savings_given_for_a_reason_are_not_read_as_a_farewell(text):
    assert decision.rules_read(text)[0].level != "crisis"
