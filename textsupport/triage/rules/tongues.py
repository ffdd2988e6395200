"""Crisis wording in other languages that rounds 30-33 found the rules could not read, by category of DOMAIN
section 3: all of one's pills swallowed (Korean, Amharic; a medicine cabinet drunk in Russian and Ukrainian,
a whole bottle of medicine in Urdu and Hindi in Latin letters), a question whether a fall would hurt or a
number of pills would be enough not to wake (Turkish, Arabic), a plan with a height and a time (Ukrainian,
Russian), self-harm bleeding that will not stop (Cantonese, Mandarin), and lethal means gathered or in hand
beside an end (Persian, Arabic in Latin letters).

Cues that are ordinary alone count only together (`needs=2`). Same conventions as `triage.rules.common`;
patterns in other scripts are folded as the text is (`folding.folded_pattern`).
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules.common import Rule


def _folded(*patterns: str) -> tuple[str, ...]:
    return tuple(folded_pattern(p) for p in patterns)


# all of one's pills swallowed: "약 다 먹었어요", "ሁሉንም መድሃኒቶቼን ዋጥኩ"
SWALLOWED = _folded(
    r"(약|약을|약들을|수면제를|수면제|진통제를) (다|전부|몽땅|한꺼번에|한번에) ((다|전부) )?(먹었|삼켰)\S*|"
    r"(ሁሉንም|ሁሉም) (\S+ )?(መድሃኒቶቼን|መድሃኒቶቹን|መድሃኒቴን|መድሀኒቶቼን|ኪኒኖቼን|ኪኒኖቹን|ክኒኖቼን) (ዋጥኩ|ወሰድኩ|በላሁ|ጠጣሁ)|"
    # a medicine cabinet drunk or swallowed: "выпил всё, что было в аптечке", "ковтнула всі пігулки"
    r"(выпил|выпила|проглотил|проглотила|наглотался|наглоталась|випив|випила|ковтнув|ковтнула) (\S+ )?"
    r"(все|всю|всі|усі|усе|всё)\W+(\S+ ){0,3}(аптечк\S*|таблет\S*|пигул\S*|пігул\S*|лекарств\S*|ліки|ліків)|"
    # a whole bottle or strip of medicine drunk or eaten: "dawai ki puri sheeshi pee li"
    r"(dawai|dawa|davai|dawaiyan|goliyon|goliyan|tablets?|pills|medicine)( \w+){0,2} (puri|poori|pura|poora|"
    r"sari|saari) (sheeshi|shishi|sheesi|botal|bottle|patta|strip|packet|dabbi) (\w+ )?(pee|pi|kha|khaa|"
    r"nigal) (li|lii|liya|lai|layi|gaya|gayi|gai)",
)
# self-harm bleeding that will not stop: "我隻手又𠝹咗，流好多血，止唔到", "又割腕了，血止不住"
CUT_BLEEDING = (
    r"(𠝹|割|鎅)(咗|了|傷|伤|手|腕|自己)|界(咗|手)|(割腕|𠝹手|鎅手)",
    r"流(咗)?好多血|流了很多血|血流不止|止唔(到|住)|止不住|血(止|停)不(了|住)",
)
# lethal means gathered or in hand, beside an end: "همه‌ی قرص‌ها رو جمع کردم" with "دیگه نمی‌تونم";
# "3ndi el 7abbat kollha bi edi" with "khalas"
MEANS_HELD = _folded(
    r"(همه[\u200c ]?ی? )?(قرص|دارو)\S* (\S+ )?(رو |را )?جمع ?(کردم|کرده ام|کرده[\u200c]ام)|"
    r"(el |al )?(7abbat|7bob|7boob|7ubub|7bub|dawa|adwiye|adwieh) (\w+ )?(kollha|kolha|kullha|kollon|kelon|"
    r"kellon|kollo|kolo|kullu|kello) (bi|b|fi) ?(edi|ide|eidi|2idi|idi)|(كل )?(الحبوب|الحبات|حبوبي|"
    r"الدوا|الدواء) (\S+ )?(بايدي|"
    r"بإيدي|في ايدي|بيدي)",
    r"(دیگه|دیگر) (نمی[\u200c ]?(تونم|کشم))|امشب|کافیه|بسه|خداحافظ|khalas|5alas|7alas|hala2|halla2|"
    r"el leile|el lele|خلص|خلاص|هلق|الليلة",
)
# whether a fall would hurt, or a number of pills be enough not to wake: Turkish, Arabic
LETHAL_ASKED = _folded(
    r"(kopruden|binadan|catidan|balkondan|yuksekten) (atlasam|atlarsam|dussem|dusersem) (\S+ )?"
    r"(acir mi|acır mı|olur muyum|ölür müyüm|olur mu|ölür mü)|"
    r"(kac|kaç) (hap|ilac|ilaç) (\S+ )?(yeter|oldurur|öldürür)|"
    r"(كم|عشرين|عشر|ثلاثين|خمسين|\d+) (حبة|حبه|حبات|قرص|اقراص|أقراص) (\S+ ){0,2}(تكفي|يكفي|تقتل|تموت|"
    r"كافية)|(تكفي|يكفي|كافية) (عشان|حتى|لكي|كي|علشان) (ما )?(اصحى|أصحى|اموت|أموت)",
    r"acir mi|acır mı|olur mu|ölür mü|muyum|müyüm|yeter|\?|سؤال|سوال|تكفي|يكفي|اصحى|أصحى|اموت|أموت",
)
# a height and a time: "сьогодні вночі піду на міст", "сегодня ночью пойду на мост"
HEIGHT_TONIGHT = _folded(
    r"(піду|йду|пойду|иду|поїду|поеду) (на|до|к) (міст|мост|мосту|дах|крышу|рельси|рельсы|залізницю|"
    r"обрив|скелю)|(стрибну|прыгну|скочу|кинусь|брошусь) (з|с|під|под) (мосту|моста|даху|крыши|потяг|"
    r"поезд)",
    r"(сьогодні|сегодня|завтра) (вночі|ночью|ввечері|вечером)|(дякую|спасибо) (вам )?(за все|за всё)|"
    r"(більше|больше) не (можу|могу)|прощайте|пробачте|простите",
)
TOURISM = (r"\b(фото|фотограф\w*|прогулк\w*|прогулянк\w*|экскурси\w*|екскурсі\w*|концерт|салют|fireworks)\b",)

# fmt: off
TONGUES = (
    Rule("overdose: all the pills swallowed (Korean, Amharic)", "crisis", SWALLOWED, other="crisis"),
    Rule("a question about lethality: a fall or a number of pills (Turkish, Arabic)", "crisis",
         LETHAL_ASKED, other="crisis", needs=2),
    Rule("intent or a plan: a height and a time (Ukrainian, Russian)", "crisis", HEIGHT_TONIGHT,
         other="crisis", needs=2, unless_message=TOURISM),
    Rule("self-harm: bleeding that will not stop (Cantonese, Mandarin)", "crisis", CUT_BLEEDING,
         other="crisis", needs=2),
    Rule("lethal means: gathered or in hand, beside an end (Persian, Arabic)", "crisis", MEANS_HELD,
         other="crisis", needs=2),
)
# fmt: on
