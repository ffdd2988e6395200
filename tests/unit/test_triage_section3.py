"""Every category of DOMAIN section 3, as tables: what is crisis, what is urgent, and each kind of false
alarm that must stay routine. Replies are written here, not copied from the labelled set."""

import pytest

from textsupport.triage import classify

CRISIS = {
    "suicidal intent or plan": [
        "i want to die",
        "going to end my life tonight",
        "i have a plan and a date",
        "thinking about killing myself again",
        "i dont want to wake up tomorrow",
    ],
    "self-harm": [
        "cut myself again last night",
        # a milestone named, then the present: the milestone guards only what it counts from
        "3 months clean from cutting but i want to cut tonight",
        "i was 2 years clean from self harm and i cut again tonight",
        "6 months clean from cutting and i want to die",
        "made it three weeks without hurting myself and tonight i broke it",
        "i burned my arm with a lighter on purpose",
        "the urge to cut is winning",
        "cutting rn",
    ],
    "overdose": [
        "took 30 of my seroquel",
        "i swallowed a whole bottle of tylenol",
        "took all my pills with vodka",
    ],
    "lethal means": [
        "800mg ibuprofen x 20 in front of me",
        "💊💊💊",
        "bought rope today",
        "my dads gun is in my room and i keep looking at it",
        "standing on the high level bridge",
    ],
    "slang": ["kms", "gonna unalive myself fr", "ctb tonight", "thinking about sewer slide"],
    "French and Spanish": [
        "je veux mourir",
        "j'ai envie d'en finir ce soir",
        "quiero matarme",
        "ya no quiero vivir",
    ],
    "veiled farewell": [
        "please take care of my cat for me",
        "thank you all for everything. goodbye",
        "gave my dog and my guitar away today, wont need them",
        "this is my last message",
    ],
    "a question about lethality": [
        "how many tylenol would it take to die",
        "whats a lethal dose of lithium, asking for a friend",
        "how high does a bridge have to be",
        "cuantas pastillas de clonazepam son demasiadas",
    ],
    "ambivalence": [
        "im not saying i wont do it tonight",
        "cant promise ill still be here tomorrow",
        "not sure i wont hurt myself",
    ],
    "intent to hurt another person": [
        "im going to stab him when he gets home tonight",
        "gonna make my landlord pay, got my rifle ready",
        "je vais le tuer demain",
    ],
    "voices commanding harm, not resisted": [
        "the voices are telling me to hurt my son and i cant fight them anymore",
        "voices say jump. i think im going to listen",
    ],
    "someone else in danger now": [
        "my friend texted goodbye and now her phone is off",
        "my roommate locked himself in with his gun and wont answer",
        "the guy next door passed out and isnt breathing",
        "mi hermana dice que se va a matar",
    ],
}
URGENT = {
    "distress": ["having the worst day, crying nonstop", "so overwhelmed i cant think", "im really not ok"],
    "hopelessness": ["everything feels hopeless", "i feel worthless", "whats the point of anything"],
    "asking for contact soon": ["can someone call me today please", "i need to talk to someone"],
    "not coping": ["i cant cope with any of this", "falling apart again"],
    "psychosis without intent to harm": [
        "the voices are back but i wont do anything",
        "people on tv are talking about me again",
    ],
    "stopping or running out of essential medication": [
        "ran out of my lithium 3 days ago",
        "stopped taking my clozapine",
        "cant afford my insulin this month",
    ],
    "no safe place to sleep in dangerous weather": [
        "got kicked out and its -30, sleeping in my car",
        "nowhere to stay tonight and its freezing",
    ],
    "heavy use with blackouts": ["drinking every day and blacking out", "blacked out again last night"],
    "anger without intent or means": [
        "so angry at my brother i could scream",
        "furious with my caseworker, not going to do anything",
    ],
}
ROUTINE = {
    "negation": [
        "im not suicidal, just tired",
        "i would never hurt myself",
        "no thoughts of killing myself, promise",
        "je ne vais pas me tuer, ne t'inquiete pas",
    ],
    "past events told as past": [
        "two years clean today",
        "i used to cut in high school but not anymore",
        "a year ago i overdosed, today i ran 5k",
        # a recovery milestone counted from the very thing named
        "2 years clean from self harm today",
        "six months clean from cutting!!",
        "1 year self harm free today 🎉",
        "a year clean of self-harm, proud of me",
        "ninety days without cutting",
    ],
    "idiom": [
        "this traffic is killing me",
        "this exam will be the death of me",
        "i could kill for a coffee",
        "dying of laughter at my cat",
    ],
    "jokes marked as jokes": [
        "if i have to do another survey i'll jump off a bridge lol jk",
        "my brother ate my fries, gonna kill him lol",
        "kms this wifi is so slow haha jk",
    ],
    "lethal means in ordinary use": [
        "cleaning my rifle for hunting season",
        "bought a new rope for the tire swing",
        "cut the rope on the hay bales this morning",
        "recipe says 2 tbsp of rum, we added 3",
        "sharpened the knives at work today",
        "took 2 advil for my headache",
    ],
    "everyday replies": ["thanks for the text", "had a good walk", "what time is my appointment?"],
}


def table(categories):
    return [pytest.param(text, id=f"{name}: {text}") for name, texts in categories.items() for text in texts]


@pytest.mark.parametrize("text", table(CRISIS))
def test_crisis(text):
    assert classify(text).level == "crisis"


@pytest.mark.parametrize("text", table(URGENT))
def test_urgent(text):
    assert classify(text).level == "urgent"


@pytest.mark.parametrize("text", table(ROUTINE))
def test_false_alarms_and_everyday_replies_are_routine(text):
    assert classify(text).level == "routine"
