"""The language matrix's notes, forgiveness, ambivalence and lethal doses (DOMAIN section 3), filled where
rounds 38-39 found them unread outside English, French and Spanish
(`tests/unit/test_triage_languages_matrix_notes.py`):
a suicide note written ("유서도 써놨어요", "写好了遗书"); letters written beside thanks for everything;
forgiveness asked for everything beside thanks or children entrusted ("سامحوني على كل شي"); ambivalence that
does not rule it out ("không chắc là em sẽ không làm gì dại"); a question about how many pills kill. And
their ordinary counterparts: an ordinary doubt ("not sure I won't forget the appointment") is a benign context
the model then needs its guarded confidence to read past.

A legal will is another word ("遗嘱", "遺言書"), and a note told in the present ("the scene where she writes
her note") is not one written; letters, forgiveness and a farewell letter alone are ordinary (cover letters,
a delay, leaving a job), so they need a second cue (`needs=2`). Same conventions as `triage.rules.common`;
patterns in other scripts are folded as the text is (`folding.folded_pattern`).
"""

from __future__ import annotations

from textsupport.triage.folding import folded_alternatives
from textsupport.triage.rules.atlas_farewells import THANKS_ALL
from textsupport.triage.rules.common import Rule

# a suicide note written: "유서도 써놨어요", "我已经写好遗书了", "遺書を書きました", "thư tuyệt mệnh"
NOTE_WRITTEN = folded_alternatives(
    r"유서(를|도|는)? (다 |이미 |벌써 |미리 )?(썼|써 ?놨|써 ?뒀|써 ?두었|남겼)",
    r"(写好|寫好|写完|寫完|写了|寫了|留了|留下)了?(\S{0,2})(遗书|遺書)|(遗书|遺書)(我)?(已经|已經)?(写好|寫好|写完|寫完|写了|寫了)",
    r"遺書(を|は|も)?(もう)?(書いた|書きました|書いてある|書いておいた|書いておきました|残した|残しました)",
    r"(viết|để lại) (\S+ ){0,2}thư tuyệt mệnh|thư tuyệt mệnh (\S+ ){0,2}(viết|xong)",
    r"(написал|написала|написав|оставил|оставила|залишив|залишила) (\S+ )?(предсмертн|передсмертн)\S* "
    r"записк\S*|"
    r"(предсмертн|передсмертн)\S* записк\S* (\S+ )?(написал|написала|написав|оставил|оставила)\S*|"
    r"записк\S* (предсмертн|передсмертн)\S* (\S+ )?(написал|написала|написав)\S*",
    r"(suicide|सुसाइड) (note|नोट) (\S+ )?(likh|लिख)",
    r"intihar (mektub|not)\S* (\S+ )?(yazdım|yazdim|bıraktım)|(έγραψα|άφησα) (\S+ )?σημείωμα αυτοκτονίας",
)
# letters written, a farewell letter: "já escrevi as cartas", "napisałam list pożegnalny" (beside thanks)
LETTERS_WRITTEN = folded_alternatives(
    r"(escrevi|deixei) (as |umas |uma |a )?(cartas|carta|bilhetes|bilhete)|"
    r"(napisałam|napisałem|zostawiłam|zostawiłem) (\w+ )?(list pożegnalny|listy pożegnalne|listy)",
    r"(abschiedsbrief|abschiedsbriefe|die briefe) (\w+ ){0,2}geschrieben|"
    r"ho scritto (le |una )?(lettere|lettera)|veda mektub\S* (\S+ )?(yazdım|bıraktım)",
)
# forgiveness asked for everything: "سامحوني على كل شي", "простите меня за всё", "verzeiht mir alles"
FORGIVE_ALL = folded_alternatives(
    r"(سامحوني|سامحيني|سامحني|سامحونا) (على|ع) (كل شي|كل شيء|كلشي)|"
    r"(samhouni|samhuni|samhoni|samhini|sam7ouni|sam7oni|sam7ini) (3ala|3a|ala) (kol|kul|kell) "
    r"(shi|shy|she2)",
    r"(простите|прости) (меня )?за (всё|все)|(пробачте|пробач) (мені |мене )?(за )?(все|усе)",
    r"(me )?(perdoem|perdoa|perdoe)( me)? (me )?por tudo|"
    r"(verzeiht|verzeih|vergebt|vergib) mir (alles|für alles)|"
    r"(wybaczcie|wybacz) mi (za )?wszystko|(perdonatemi|perdonami) (per |di )?tutto",
    r"(منو|من را|مرا) (\S+ )?ببخش(ید|ین)? (برای|بابت) همه (چیز|چی)|حلالم (کنید|کنین)|"
    r"(mujhe|mujhko) (har cheez|har chiz|sab kuch|sab) (ke )?(liye|lie) maaf kar (dena|dein|do|dijiye)",
)
# ... beside thanks or the children entrusted to someone: "شكرا لكم", "وصيت اختي على البنات"
THANKS_OR_CHILDREN = folded_alternatives(
    r"شكرا|شكراً|شكرًا|shukran|shokran|спасибо|дякую|obrigad[oa]|danke|dziękuję|grazie|ممنون|مرسی|متشکرم|"
    r"shukriya|shukria|شکریہ",
    r"(وصيت|وصّيت) (\S+ ){0,2}(على|ع) (الأولاد|الاولاد|البنات|العيال|ولادي|بناتي|الولاد)",
)
# ambivalence that does not rule it out: "em không chắc là em sẽ không làm gì dại", "我不确定我不会做傻事"
NOT_SURE_I_WONT = folded_alternatives(
    r"không chắc (là |rằng )?(\S+ ){0,2}(sẽ )?không (làm (gì |điều |chuyện |việc )?(dại|ngu ngốc)|tự tử|"
    r"(tự )?làm hại (bản thân|mình))",
    r"(不确定|不確定|不敢保证|不敢保證|说不准|說不準|不能保证|不能保證)[^,.!?，。！？]{0,6}(不会|不會)(做傻事|伤害自己|傷害自己|"
    r"自杀|自殺|想不开|想不開)",
    r"não (sei|tenho certeza) se (eu )?não vou (fazer (uma |alguma )?(besteira|bobagem|loucura|merda)|me "
    r"(machucar|matar|ferir))",
    r"nie (wiem|jestem pewna|jestem pewny),? czy nie (zrobię|zrobie) sobie (\w+ )?krzywdy",
    # Korean "무슨 짓을 할지 모르겠어요" ("짓": a deed one fears); Arabic, Hindi, Swahili, Turkish
    r"무슨 짓을 (할지|저지를지) (모르겠|몰라)",
    r"(ما بعرف|مش عارف|مش عارفة) (إذا|اذا|لو) (ما )?(رح |راح )?(أأذي|اذي|أذي|أؤذي) (حالي|نفسي)",
    r"pata nahi (\w+ ){0,3}khud ko (nuksaan|nuksan|nuqsan) (na )?(pahuncha|pohncha|pahunchaa)|"
    r"sijui kama (sitajidhuru|nitajidhuru|sitajiua|nitajiua)|kendime (bir şey|zarar) (yapmayacağımdan|"
    r"vermeyeceğimden) emin değilim",
)
# an ordinary doubt, not sure one won't forget or be late: "không chắc là em sẽ không quên"
ORDINARY_DOUBT = folded_alternatives(
    r"không chắc (là |rằng )?(\S+ ){0,2}(sẽ )?không (quên|trễ|muộn|đến muộn|đến trễ)",
    r"(不确定|不確定)[^,.!?，。！？]{0,6}(不会|不會)(忘|迟到|遲到)",
)
# how many pills kill: "一次吃完一整瓶安眠药会死吗", "睡眠薬を何錠飲んだら死ねますか"
LETHAL_DOSE = folded_alternatives(
    r"(一整瓶|一瓶|整瓶|一盒|整盒)[^,.!?，。！？]{0,10}(会|會|能)(死|致命)",
    r"(何錠|何粒|どれくらい|どのくらい|一瓶|全部)[^、。！？]{0,4}(飲|の)(んだら|めば)[^、。！？]{0,2}(死ね|死ぬ|死にます)",
    r"wie viele (\w+ )?(tabletten|schlaftabletten|pillen) (\w+ ){0,3}(um zu sterben|tödlich|"
    r"bringen (einen|mich) um)",
)

# fmt: off
ATLAS_NOTES = (
    Rule("the language matrix: a suicide note written", "crisis", NOTE_WRITTEN, other="urgent"),
    Rule("the language matrix: letters written, thanks for everything", "crisis",
         LETTERS_WRITTEN + THANKS_ALL[:1], other=None, needs=2),
    Rule("the language matrix: forgiveness asked for everything", "crisis", FORGIVE_ALL + THANKS_OR_CHILDREN,
         other=None, needs=2),
    Rule("the language matrix: not sure one won't do something", "crisis", NOT_SURE_I_WONT, other="urgent"),
    Rule("the language matrix: how many pills kill", "crisis", LETHAL_DOSE, other="crisis"),
    Rule("benign context: an ordinary doubt", "routine", ORDINARY_DOUBT, other=None),
)
# fmt: on
