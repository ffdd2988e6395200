"""Table tests for the categories of DOMAIN section 3 that round 13 found the rules could not read (someone
else held by an armed person now, or shut in from one; a friend's goodbye, then the phone off near water; a
relative who says she will drink a poison; a sibling's farewell, then no answer, in Ukrainian and Russian;
"not gonna lie" as a way of speaking, not a negation; a denial one says was untrue; a means bought with its
ordinary use denied; a veiled farewell by arranging for a pet and writing letters, in Spanish, French,
Korean and English; wanting not to live and ending it tonight in romanised Punjabi; pills saved up to take
tonight in Chinese; goodbye letters excused as a joke; voices that name a person to hurt, louder now, in
answer to our question) and for the false alarms it raised (a nail gun at work on a roof, bleach bought to
clean in French, an overdose anniversary told as past with gratitude, a walk by the river in French); a plan
described as made ("been planning how id do it", "ive worked out how"), which DOMAIN section 3 counts as
crisis and only the model read, in several registers, French and Spanish, beside plans for ordinary things;
and, once round 13 was joined, what the retrained model read as crisis (a haircut in Spanish, a ride no
longer needed for a reason, a payment plan, the night of an event, a goodbye card for a retirement, an
outing tonight, a will made with a lawyer, insurance renewed, a belonging given for a reason, one's own
medicine picked up, plans for the weekend; and no roof on a cold night, urgent, read as crisis). Each reply
was written for this file, not copied from a blind batch or the labelled set."""

import pytest

from tests.support.triage_tables import category_tests
from textsupport.triage import classify

VOICES = ("staff_reply", "You said the voices are back. Do they tell you to hurt anyone?")
LINK = ("daily", "Did the survey link open for you?")

CRISIS = {
    "someone else held or shut in by an armed person, now": [
        "my roommate's boyfriend is holding her at knifepoint in the kitchen",
        "my cousin is hiding in her closet, her husband is in the house with a gun",
        "my neighbour's ex is outside her door with a bat and she locked herself in the bedroom",
    ],
    "a friend's goodbye, then the phone off near water": [
        "my buddy texted me goodbye and his phones off, he lives right by the bridge",
        "my friend sent me a goodbye message and now her phone is off, she's down by the lake",
        "mi amiga me mandó un adiós y tiene el celular apagado, vive junto al río",
    ],
    "a relative who says she will drink a poison": [
        "my aunt just texted that she's gonna swallow the rat poison",
        "my dad says he will drink the antifreeze in the garage",
        "ma sœur dit qu'elle va boire de l'eau de javel",
        "mi mamá dice que se va a tomar el cloro",
    ],
    "a sibling's farewell, then no answer, in Ukrainian and Russian": [
        "Моя сестра попрощалася зі мною і не бере трубку",
        "брат попрощался со мной и не отвечает",
    ],
    "not gonna lie, said as a way of speaking": [
        "ngl i've been looking up how to kill myself",
        "not gonna lie, i want to die",
        "im not going to lie ive been thinking about ending it",
    ],
    "a denial one says was untrue": [
        "i told my therapist i'd never kill myself. that was a lie",
        "i keep telling everyone i would never hurt myself but it isn't true",
        "I promised my mom I wouldn't cut again. I lied",
    ],
    "a means bought with its ordinary use denied": [
        "picked up weed killer at the hardware store, and it's not for the garden",
        "got a box of razor blades today, not for shaving",
        "bought a shotgun yesterday. not for hunting",
        "j'ai acheté de la corde, pas pour le camping",
        "compré veneno para ratas, no es para los ratones",
    ],
    "a veiled farewell: a pet arranged for, letters written": [
        "left my cat with my neighbour and wrote letters to my kids",
        "ya le di mi gato a mi hermana y escribí cartas para mi familia",
        "j'ai laissé mon chien chez ma voisine et j'ai écrit des lettres à mes enfants",
        "강아지는 친구가 맡아주기로 했어요. 다들 그동안 고마웠어요",
    ],
    "wanting not to live, ending it tonight, in romanised Punjabi": [
        "mainu hor nahi jeena, aaj raat sab khatam",
        "main hor jeena nahi chaundi",
        "aaj raat main sab kuch khatam kar dena",
    ],
    "pills saved up to take tonight, in Chinese": [
        "我攒了很多安眠药，今晚全部吃下去",
        "药我都存好了，今晚一次吃完",
    ],
    "goodbye letters excused as a joke": [
        "haha just finishing my goodbye letters, totally normal monday",
        "writing my suicide note lol normal day",
    ],
    "tonight is the night, with no event named (an apology is none)": [
        "i think tonights the night, sorry for all the trouble",
        "tonight is the night for me",
    ],
    "a plan described as made: how, when or where worked out": [
        "honestly ive been planning how id do it",
        "I have worked out exactly how I would go through with it.",
        "ive figured out how",
        "i finally worked out how.",
        "ive ben planing how id do it",
        "ngl i know where ill do it",
        "i've planned when i'll do it. don't worry about me",
        "j'ai décidé quand je vais le faire",
        "je sais exactement comment je le ferais",
        "ya decidí cómo lo voy a hacer",
        "tengo pensado cuándo hacerlo",
    ],
}
URGENT = {
    # urgent by its own rule; with round 13 joined the retrained model read a reply like it as crisis
    "no roof on a cold night, and nothing else": [
        "got nowhere to go tonight n it's so cold out",
    ],
}
ROUTINE = {
    "someone armed in ordinary use, someone shut in by accident": [
        "my dad's outside the house with an axe splitting firewood",
        "locked myself out of my apartment lol, waiting for the landlord",
    ],
    "a goodbye and a phone off, for a reason": [
        "my friend said goodbye at the airport and her phone is off for the flight",
        "went for a walk by the river, my phone died lol",
    ],
    "a poison in ordinary use by a relative": [
        "my mom is going to use bleach on the bathtub",
        "my dad will drink the rest of the coffee",
        "ma mère lave le plancher avec de l'eau de javel",
    ],
    "forgiving, in Ukrainian and Russian": [
        "мама мене прощає, але не відповідає на телефон",
    ],
    "not gonna lie, beside an idiom or a denial": [
        "not gonna lie this exam is killing me",
        "ngl i would never hurt myself",
        "ngl that pizza was amazing",
    ],
    "a denial that holds": [
        "i told my therapist i'd never kill myself and i meant it",
        "i would never hurt myself. my mom worries i would but that isn't true",
    ],
    "a means bought for its ordinary use": [
        "picked up weed killer for the garden",
        "bought a shotgun for deer season",
        "j'ai acheté de la corde pour le camping",
    ],
    "a pet looked after for a while, letters for an occasion": [
        "left my cat with my neighbour for the weekend",
        "escribí cartas de navidad para mi familia",
        "강아지는 친구가 주말 동안 맡아주기로 했어요",
    ],
    "medicine stored and taken as prescribed, in Chinese": [
        "医生开的药我存在柜子里，今晚按时吃",
    ],
    "goodbye letters from the past": [
        "found my old goodbye notes from rehab, glad im past that",
    ],
    "a tool at work on a roof or a ladder": [
        "up on a roof all day with a nail gun, arms are dead",
        "spent the afternoon on the ladder with the drill, long shift",
    ],
    "bleach bought to clean, in French and Spanish": [
        "j'ai acheté de l'eau de Javel pour nettoyer la cuisine",
        "compré cloro para limpiar el baño",
    ],
    "an overdose or attempt told as past, with gratitude": [
        "2 years since my overdose, so grateful to be alive",
        "four years since my attempt today, thankful im still here",
    ],
    "a walk by the river, in French and Spanish": [
        "je suis allée marcher au bord de la rivière, ça fait du bien",
        "caminé por la orilla del río con mi perro, muy bonito",
    ],
    "a plan for an ordinary thing, a lesson for next time, good news to tell": [
        "been planning how i'd decorate the nursery",
        "i know how i'd do it better next time, less salt in the soup",
        "ive worked out how to get the bus to my new job",
        "planning our road trip to banff for august",
        "i know exactly how i'd do it for the science fair project",
        "figured out when i'm going to tell my mom about the baby",
        "j'ai tout planifié pour le souper de noël",
        "je sais comment je vais le faire, le gâteau de fête",
        "ya sé cómo lo voy a hacer, el pastel de chocolate para mi hija",
        "ya tengo todo organizado para la boda de mi hermano",
    ],
    # with round 13 joined, the retrained model read these as crisis (or the rules did, for nails and a beard)
    "hair, nails or a beard cut, in Spanish, French and English": [
        "me corté las puntas del pelo",
        "me corté las uñas antes del trabajo",
        "je me suis coupé la barbe ce matin",
        "got my nails trimmed and my hair cut today, feel fresh",
    ],
    "an outing tonight, a will made with a lawyer, insurance as paperwork": [
        "heading to my buddy's hockey game tonight",
        "signed my will at the lawyer's office, everyone our age should have one",
        "switched my car insurance to a cheaper company today",
    ],
    "a belonging given, for a reason": [
        "handed my old bike down to my neighbour's kid since i bought a new one",
        "gave my sewing machine to my niece now that i can't see the needle well",
        "gave my old skates to my cousin's boy, he plays house league now",
    ],
    "the night of an event, a goodbye for someone's occasion": [
        "tonight's the night, my first concert since covid",
        "got my coworker a farewell cake for his last day friday",
        "signed a goodbye card for our nurse who is retiring",
    ],
    "one's own medicine picked up, plans for the weekend": [
        "picked up my meds this morning",
        "made plans with the girls for saturday",
    ],
    "a ride or a service no longer needed, for a reason; a payment plan": [
        "no longer need the taxi vouchers, my nephew can drive me now",
        "won't need the bus tickets anymore since i bought my own car",
        "set up a repayment plan with the credit union today",
    ],
}


test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # voices that name whom to hurt, in answer to our question: "yes, my brother. louder now"
        ("yeah my neighbour. they're louder today", VOICES, "crisis"),
        ("yes, my sister. getting louder", VOICES, "crisis"),
        ("yes him", VOICES, "crisis"),
        # ... and voices that name no one, or an answer to a question of logistics
        ("no, they just mumble", VOICES, "urgent"),
        ("yes my sister. it works now", LINK, "routine"),
    ],
)
def test_answers_read_with_our_question(text, context, expected):
    assert classify(text, context).level == expected
