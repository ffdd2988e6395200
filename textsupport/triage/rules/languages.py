"""Plain crisis phrases in the languages people text us in besides English, French and Spanish.

DOMAIN section 3 counts French and Spanish phrasing; participants also write Tagalog, Arabic, Portuguese,
Ukrainian and Russian. These are the common, plain ways of saying "I want to die", "I will kill myself",
"I took all the pills", "I cut myself", and the weak farewell cues ("goodbye", "thanks for everything"),
written by meaning, not copied from replies. They are written with their accents and letters as people
type them; `folding.folded_pattern` reads them as the text is read (accents, hamza and breve dropped).
French and Spanish slang that the older rules do not read is here too. Same conventions as
`triage.rules.common`.
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules.common import Rule

# "I want to die", "I don't want to live", "I will kill myself", "suicide", "end my life"
WISH_TO_DIE = (
    # Tagalog: "gusto ko nang mamatay", "ayoko nang mabuhay", "magpapakamatay ako", "papatayin ko sarili ko"
    r"(mag|nag|pag)(pa)?pakamatay|(gusto|gustong|nais|sana|mas mabuti pang) ((?!hindi)\w+ ){0,3}(mamatay|"
    r"mawala na)|"
    r"(ayoko|ayaw ko|ayaw kong|pagod na ako|pagod na akong|pagod nako) (\w+ ){0,2}mabuhay|"
    r"(patayin|papatayin|tapusin|tatapusin|wakasan|wawakasan) (\w+ ){0,2}(sarili ko|buhay ko)",
    # Arabic: "أريد أن أموت", "سأقتل نفسي", "أنتحر", "لا أريد أن أعيش", "أنهي حياتي"
    r"قتل نفسي|نتحر|نتحار|(أريد|اريد|بدي|نفسي|عايز|عايزة|أبغى|ابغى|أتمنى|اتمنى|أود) (أن |ان )?(أموت|اموت|"
    r"الموت)|"
    r"(لا أريد|لا اريد|مش عايز|مش عايزة|ما بدي|ما أبغى) (أن |ان )?(أعيش|اعيش|عيش|العيش)|"
    r"(أنهي|انهي|سأنهي|إنهاء|انهاء) (حياتي|كل شيء)",
    # Portuguese: "quero morrer", "vou me matar", "não quero mais viver", "tirar minha vida"
    r"(quero|queria|vou) (\w+ )?morrer(?! de (fome|rir|sede|frio|calor|vergonha|sono|saudade|tedio|medo|"
    r"inveja|cansaco|ansiedade))|"
    r"(quero|vou|vontade de|pensando em|penso em) me (matar|suicidar)|matar me|"
    r"não (quero|aguento) (mais )?viver|tirar (a )?(minha )?(própria )?vida|"
    r"acabar com (tudo|a minha vida|minha vida)",
    # Ukrainian and Russian: "хочу померти", "не хочу жити", "вб'ю себе", "покінчити з собою", "самогубство"
    r"(хочу|хочется|хочеться) (\w+ )?(померти|вмерти|умереть|помереть|здохнути|сдохнуть)|"
    r"не (хочу|хочеться|хочется) (більше |больше )?(жити|жить)|"
    r"(вбити|вбю|вб ю|вбʼю|убить|убью) себе|(вбити|вбю|вб ю|вбʼю|убить|убью) себя|"
    r"(покінчити|покінчу|покончить|покончу) (з|с) (собою|собой|життям|жизнью)|самогубств|самоубийств|суицид|"
    r"накласти на себе руки|наложить на себя руки",
    # French and Spanish slang: "j'ai envie de crever", "je vais me flinguer", "quisiera estar muerta"
    r"(envie de|veux|vais) (crever|me flinguer|me buter)|(quiero|quisiera|ojala) estar muert[oa]|"
    r"ojala (me muriera|no despertar)|quitar(me)? la vida",
)
# "I took all my pills", "I cut myself", "I hurt myself"
HARM_DONE = (
    r"(ininom|uminom|nilunok) (\w+ ){0,3}(lahat ng|maraming|isang bote ng) (\w+ )?(gamot|tableta|pills)|"
    r"(saktan|sasaktan|sinaktan|hiwain|hiniwa|sugatan|sinugatan) (\w+ ){0,4}(ang )?sarili ko|laslas",
    r"(أخذت|اخذت|بلعت|شربت) (كل|كمية كبيرة من|علبة) (\w+ )?(الحبوب|حبوب|الدواء|دواء|الأدوية|ادوية)|"
    r"(أجرح|اجرح|جرحت|أؤذي|اؤذي|أذيت|اذيت) نفسي",
    r"tomei (todos os|todas as|todos|todas|muitos|muitas|uma caixa de|um monte de|a cartela de) "
    r"(meus |minhas |os |as )?(comprimidos|remédios|pílulas|medicamentos)|"
    r"(me cortei|me cortar|me corto|cortar os pulsos|me machuquei de propósito)",
    r"(випила|випив|випити|прийняла|прийняв|выпила|выпил|приняла|принял) (\w+ )?(всі|все|усі|всю|пачку|"
    r"упаковку) "
    r"(\w+ )?(таблетки|пігулки|ліки|лекарства|пачку)|"
    r"(порізала|порізав|ріжу|порізати|порезала|порезал|режу|порезать) (себе|себя|вени|вены|руки)",
)
# weak farewell cues in these languages: a goodbye, and thanks "for everything"
GOODBYES = r"paalam|وداعا|adeus|прощавайте|прощайте|прощай|прощавай"
THANKS_FOR_EVERYTHING = (
    r"salamat sa lahat|(شكرا|شكراً) (على|لكل|على كل) (كل )?(شيء|شي)|obrigad[oa] por tudo|"
    r"(дякую|спасибі|спасибо|благодарю) (\w+ )?(за все|за всё|за усе)"
)

# fmt: off
LANGUAGES = (
    Rule("other languages: wanting to die or to kill oneself", "crisis",
         tuple(folded_pattern(p) for p in WISH_TO_DIE), other="urgent"),
    Rule("other languages: self-harm or overdose", "crisis",
         tuple(folded_pattern(p) for p in HARM_DONE), other="urgent"),
)
# fmt: on
