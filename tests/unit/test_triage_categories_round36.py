"""Table tests for the categories of DOMAIN section 3 that rounds 36-37 found misread in English, French and
Spanish, written for each category in general: someone else in danger now (911 asked for beside a body
hurt, someone who took something and is drowsy, someone on a roof saying they will jump); an overdose told
as a whole pack taken; the wish to sleep and not wake up; a veiled plan (a high place, and someone told);
affairs put in order beside things left for someone; ambivalence, a promise one cannot make. Urgent: anger
at someone with harm denied and a need to vent; psychosis with acting denied; distress beside a survey put
off; a blackout answering our question about sleep; anxiety "through the roof". False alarms: a recipe,
"this class will kill me" in French and Spanish, rope access at work, a deer taken in rifle season, a
nurse's medicines on a ward, an overdose told as past, a group chat left, short answers to our daily text.
Each reply was written for this file, not copied from a blind batch or the labelled set."""

import pytest

from tests.support.triage_tables import category_tests, urgent_rules_test
from textsupport.triage import classify, decision

DAILY_SLEEP = ("daily", "Sleep tip: a wind-down routine helps. What time did you get to sleep last night?")
DAILY_COUNTS = ("daily", "Getting through today took strength. That matters.")
SURVEY_REMINDER = (
    "survey",
    "Reminder: your 3-month survey is waiting, about 10 minutes. Reply for a phone call.",
)

CRISIS = {
    "someone else in danger now: 911 asked for, a body hurt": [
        "call 911 please my roommate slit her wrists theres blood everywhere",
        "someone call an ambulance my brother cut his throat hes bleeding bad",
        "llamen al 911 mi hermana se cortó y está sangrando mucho",
        "appelez le 911 mon frère s'est coupé les poignets, il saigne beaucoup",
    ],
    "someone else in danger now: took something, now drowsy": [
        "my dad just took something and now hes slurring and cant stay awake",
        "texting for my sister, she says she took a handful of something and shes so drowsy",
        "mi mamá se tomó algo y está muy adormilada, no puede hablar",
        "elle a pris quelque chose et maintenant elle bafouille",
    ],
    "someone else in danger now: on a height, saying they will jump (Spanish, French)": [
        "mi hija está en la azotea y dice que va a saltar",
        "mi hermano está en el techo y dice que va a brincar",
        "ma fille est sur le balcon et elle dit qu'elle va se lancer",
    ],
    "an overdose: a whole pack or bottle taken": [
        "popped a full blister strip of my clonazepam just now",
        "took the entire blister pack of my seroquel, idk why im texting",
        "ate a whole blister pack of my ativan",
        "downed the entire blister pack of my sleeping meds",
    ],
    "the wish to sleep and not wake up": [
        "thinking about going to sleep and not waking up",
        "honestly thinking about sleeping and not waking up",
        "i keep thinking about falling asleep and never waking up",
    ],
    "a veiled plan: a high place, and someone told": [
        "walking over to the bridge after work, just wanted someone to know",
        "gonna take the bus out to the high level after school. letting you know",
        "me voy a ir al puente después del trabajo. solo para que alguien lo sepa",
        "je vais aller au pont après le travail. juste pour que quelqu'un le sache",
    ],
    "a veiled farewell: affairs in order, things left for someone": [
        "signed my will at the notary today and left the cats papers in an envelope for my son. you have all"
        " been kind to me",
        "paid off all my bills and put the passwords in an envelope for my sister",
        "hice mi testamento con el abogado y dejé los papeles del perro en un sobre para mi hija",
        "j'ai fait mon testament chez le notaire et laissé les papiers du chat dans une enveloppe pour mon"
        " fils",
    ],
    "ambivalence: a promise one cannot make": [
        "i cant say im not going to",
        "honestly i cant tell you im not gonna.",
        "no les puedo asegurar que no lo haga",
        "no te puedo prometer que no me corte hoy",
        "je peux pas vous promettre de ne pas le faire",
    ],
}
URGENT = {
    "anger at someone, harm denied, a need to vent": [
        "im fuming at my landlord, not going to do anything dumb i just need to vent",
        "so livid with my boss rn. not gonna do anything, just need to vent to somebody",
    ],
    "psychosis, acting denied": [
        "the radio keeps sending me messages about my kids. im not going to do anything i just want it to"
        " stop",
        "my neighbours put cameras in the vents, im not going to hurt anyone i just want it all to stop",
    ],
    "anxiety through the roof": [
        "my anxiety is thru the roof and i havent eaten since yesterday",
        "stress through the roof, cant sleep, cant focus",
    ],
}
ROUTINE = {
    "a recipe: a chicken or pork skin cut": [
        "slit the chicken skin and stuff butter under it, best roast ever",
        "cut the pork belly skin in a grid and salt it overnight, crackling was perfect",
    ],
    "this class will kill me (French, Spanish)": [
        "ce cours de physique va me tuer",
        "ce stage de chimie va me tuer 😩",
        "esta clase de cálculo me va a matar",
    ],
    "lethal-means words at work or in a hobby": [
        "was with the rope access crew at the plant all day, beat",
        "bagged my first buck opening weekend, rifle season rocks",
        "im a nurse, hung two bags of morphine on nights, exhausted now",
        "nurse at the general, med rounds all evening, 800mg ibuprofen to half the ward",
    ],
    "an overdose told as past, today good": [
        "two years ago tonight i overdosed. today i went skating with my son",
        "the overdose in march was my lowest point. doing well now, back at work",
    ],
    "ending it all: leaving a group chat": [
        "lol i said im ending it all in the groupchat, meaning im leaving the chat",
    ],
}

test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)

test_the_rules_alone_read_each_urgent_need = urgent_rules_test(URGENT)


@pytest.mark.parametrize(
    "text",
    [
        # anger with harm denied, psychosis with acting denied, anxiety "through the roof": urgent, not crisis
        "im fuming at my landlord, not going to do anything dumb i just need to vent",
        "the radio keeps sending me messages about my kids. im not going to do anything i just want it to"
        " stop",
        "my anxiety is thru the roof and i havent eaten since yesterday",
    ],
)
def test_these_needs_are_urgent_not_crisis(text):
    assert classify(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # wanting it all over, with no voices and no denial, stays crisis beside the new guard
        "i just want it all to be over",
        "i want everything to end, im done",
        # a veiled plan said with a reason that is no reason
        "going to the bridge tonight. just wanted someone to know, thats all",
    ],
)
def test_the_new_guards_leave_these_crisis(text):
    assert classify(text).level == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        # the same words with what makes them risk taken away: the rules must not read these as crisis
        "took a first aid course today, learned when to call 911 for bleeding",
        "my mom took something for her headache and now shes sleepy",
        "mi hijo dice que va a saltar en el trampolín toda la tarde",
        "going to drive out to the bridge to take sunset photos, just letting you know ill be late",
        "paid off my credit card and put the passwords in an envelope for my sister before my trip to mexico",
        "the tv is loud next door, im not going to do anything about it tonight",
        "i cant promise im not going to be late tomorrow",
        "no te puedo prometer que no llegue tarde",
        "je peux pas te promettre que je serai à l'heure",
        "keep my pills in blister packs so i dont forget them",
    ],
)
def test_the_new_rules_do_not_read_these_counterparts(text):
    assert decision.rules_read(text)[0].level != "crisis"


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # a blackout, answering our question about sleep: heavy use with blackouts is urgent
        ("no idea blacked out again after like 8 beers", DAILY_SLEEP, "urgent"),
        ("honestly no idea blacked out around midnight again", DAILY_SLEEP, "urgent"),
        # a survey put off, and not coping: urgent, not crisis
        ("cant do the survey this week, barely holding it together", SURVEY_REMINDER, "urgent"),
        # short pleasant answers to the daily text
        ("yeah it did 🙂", DAILY_COUNTS, "routine"),
        ("it really does 🙂", DAILY_COUNTS, "routine"),
        # a short answer to the daily text that names an ending is no mere answer
        ("not for long. tonight its over", DAILY_COUNTS, "crisis"),
    ],
)
def test_answers_in_context(text, context, expected):
    assert classify(text, context).level == expected
