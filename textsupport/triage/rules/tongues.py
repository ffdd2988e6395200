"""Crisis wording in other languages that rounds 30-31 found the rules could not read, by category of DOMAIN
section 3: all of one's pills swallowed (Korean, Amharic), a question whether a fall would hurt or a number
of pills would be enough not to wake (Turkish, Arabic), and a plan with a height and a time (Ukrainian,
Russian).

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
    r"(약|약을|약들을|수면제를|수면제|진통제를) (다|전부|몽땅|한꺼번에|한번에) (먹었|삼켰)\S*|"
    r"(ሁሉንም|ሁሉም) (\S+ )?(መድሃኒቶቼን|መድሃኒቶቹን|መድሃኒቴን|መድሀኒቶቼን|ኪኒኖቼን|ኪኒኖቹን|ክኒኖቼን) (ዋጥኩ|ወሰድኩ|በላሁ|ጠጣሁ)",
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
)
# fmt: on
