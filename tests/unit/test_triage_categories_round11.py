"""Table tests for the categories of DOMAIN section 3 that round 11 found the rules could not read (crisis
said in more of the languages Edmonton's participants write: Punjabi, Hindi and Urdu, Chinese, Vietnamese,
Persian, Somali, Korean; someone else not breathing or out of reach with a means in those languages; a
lethality question in them; a joke taken back; a time named as the last one; a bare goodbye; whether one can
overdose on a medicine; a hedged denial said again; a French night one may not get through; the whole bottle
in French; a jump announced and then no answer; nobody knowing where they are) and for the false alarms it
raised (an event dated where it is named, "back then", an old farewell found and put away, a chef's knives,
a rope on the boat in French, a dose the doctor set in Spanish or French). Each reply was written for this
file, not copied from a blind batch or the labelled set, and each category holds several wordings."""

import pytest

from tests.support.triage_tables import cases, holds
from textsupport.triage import classify

CRISIS = {
    "other languages: wanting to die": [
        "ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦੀ ਹਾਂ",
        "main ab jeena nahi chahti",
        "aaj raat main apne aap nu maar deyanga",
        "मैं अब जीना नहीं चाहता",
        "میں مرنا چاہتا ہوں",
        "我真的好想死",
        "我活不下去了",
        "最近一直想自殺",
        "tôi không muốn sống nữa",
        "دیگه نمی‌خوام زنده باشم",
        "waxaan doonayaa inaan dhinto",
        "정말 죽고 싶어요",
    ],
    "other languages: self-harm or overdose": [
        "maine saari neend ki goliyan kha li",
        "我刚吃了一整瓶安眠药",
        "tôi vừa uống cả lọ thuốc ngủ",
        "mình vừa tự cắt cổ tay",
        "دیشب رگمو زدم",
    ],
    "other languages: someone not breathing": [
        "mera bhai saans nahi le raha, jaldi",
        "我妈妈没有呼吸了",
        "anh ấy bất tỉnh rồi",
        "yung kapatid ko hindi na humihinga",
    ],
    "other languages: someone out of reach with a means": [
        "meri behen ne darwaza band kar liya hai aur uske paas saari goliyan hain",
        "他拿着枪，反锁在房间里",
        "bố em cầm súng và không trả lời",
    ],
    "other languages: a question about lethality": [
        "kitne tablets khane se koi mar sakta hai",
        "吃多少片安眠药会死",
        "uống bao nhiêu viên thuốc ngủ thì chết",
    ],
    "a joke taken back": [
        "im going to kill myself this weekend, im not kidding",
        "ending it tonight lol. no joke",
    ],
    "a time named as the last one": [
        "tonight is the last one, im done",
        "sunday will be my last.",
    ],
    "a goodbye alone": ["farewell", "Good bye!!"],
    "a question about overdosing on a medicine": [
        "could a person overdose on insulin?",
        "can you OD on benadryl lol",
    ],
    "ambivalence: a hedged denial said again, or of something stupid": [
        "hopefully not going to do anything stupid",
        "i probably wont do it tonight. i think",
    ],
    "ambivalence in French: the night one may not get through": [
        "je sais pas si je vais voir le matin",
        "j'sais pus si j'vais tenir",
    ],
    "overdose in French: the whole bottle": ["j'ai avalé tout le pot de pilules"],
    "someone else: a jump announced or a goodbye, then no answer or nowhere to be found": [
        "ma soeur a dit qu'elle allait se jeter du pont, elle répond plus",
        "my son sent a goodbye text and we cant find him",
    ],
}
URGENT = {
    "other languages: essential medicine run out": [
        "meri dawai khatam ho gayi",
        "naubos na ang gamot ko",
        "我的药吃完了",
    ],
}
ROUTINE = {
    "other languages: the same words not meant so": [
        "好久不见，想死你了！",
        "我不想死",
        "từ từ thôi, không sao đâu",
        "main marna nahi chahta",
    ],
    "the past: an event dated where it is named, or told as back then": [
        "my therapist and i talked about the overdose in 2020 today, felt lighter",
        "back then i took a whole bottle of pills, now im 3 years out",
    ],
    "the past: an old farewell found and put away": [
        "came across my old suicide note in a drawer and burned it",
        "found an old goodbye letter in my journal, tore it out. im ok",
    ],
    "lethal means in ordinary use: a chef's knives, a rope on a boat or at the wall, a dose the doctor set": [
        "chef school starts monday, bought my first 🔪 set",
        "il faut une corde pour attacher la tente",
        "nouvelle corde d'escalade pour le gym",
        "la psiquiatra me bajó el litio a 300mg",
        "mon médecin a monté ma dose à 150mg",
    ],
    "a goodbye with a reason, a last day that is only a last day": [
        "goodbye for now, talk tuesday",
        "saturday will be the last one for the team, new coach after",
        "today is the last day of school",
    ],
    "a joke still a joke": ["if i have to sit through one more meeting ill kms lol jk"],
}


@pytest.mark.parametrize(("expected", "text"), cases(CRISIS, URGENT, ROUTINE))
def test_each_category_of_section_3(expected, text):
    level = classify(text).level
    assert holds(expected, level), (expected, level)


def test_someone_else_not_breathing_in_another_language_leads_with_911():
    assert classify("我妈妈没有呼吸了").emergency
    assert classify("mera bhai saans nahi le raha").emergency


def test_ones_own_pills_are_not_read_as_someone_elses_body():
    verdict = classify("yes please, i took all my pills", ("staff_reply", "Would you like someone to call?"))
    assert verdict.level == "crisis"
    assert not any("someone else" in reason for reason in verdict.reasons), verdict.reasons
    other = classify("my brother took all his pills and wont wake up")
    assert other.level == "crisis" and other.emergency
