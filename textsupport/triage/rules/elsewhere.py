"""Crisis wording about other people that rounds 26-27 found the rules read only as urgent, by category of
DOMAIN section 3: someone else who said goodbye or that they would end it and now cannot be reached or is
alone or armed (English, Portuguese, Québec French, Hindi, Somali, Chinese), harm to another with a time or
a weapon (German), and voices commanding harm to someone that the person says they cannot hold out
against (Korean, Chinese).

Each phrase is a plain, common way of saying it, written by meaning for the category, not copied from
replies; each rule needs two cues (a farewell or intent, and being out of reach; a threat, and a time or a
weapon; a command, and failing to resist it). Same conventions as `triage.rules.common`; every rule here
leads with 911.
"""

from __future__ import annotations

from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.danger import OUT_OF_REACH, UNREACHABLE
from textsupport.triage.rules.others import JOKE, STORY

# someone else's farewell or intent, in words the rules did not yet read as one
FAREWELL_OR_INTENT = (
    r"see (you|u|ya) on the other side|(goodbye|farewell|suicide) (note|post|message|letter|text|video)|"
    r"(wrote|left|posted|sent) (\w+ ){0,2}(note|letter) (for|to) (his|her|their) (mom|family|kids|wife|"
    r"husband)|"
    # Portuguese: "mandou mensagem de despedida", "disse que ia se matar"
    r"(mensagem|carta|bilhete|post|video|audio) de despedida|se despediu|(disse|falou|escreveu) (que )?"
    r"(adeus|que (ia|vai|queria) (se matar|morrer|acabar com tudo|sumir))|"
    # Québec and standard French: "a dit qu il allait en finir", "m a ecrit adieu"
    r"(dit|disait|ecrit|texte) (\w+ ){0,2}(qu il|qu elle|quil|quelle) (allait|va|voulait|veut) (en finir|"
    r"se tuer|mourir|se suicider|s enlever la vie|disparaitre|sauter)|message d adieu|lettre d adieu|"
    # Hindi in Devanagari (folded as the text is) and in Latin letters: "alvida", "goodbye likha"
    r"अलविदा|alvida|alvidaa|(khud ko|apne aap ko) (maar|khatam)|"
    r"आतमहतया|खुद को (मार|खतम)|"
    # Somali: "wuxuu yiri nabad gelyo" (he said goodbye), "is dilayaa" (will kill himself)
    r"nabad ?gelyo|macasalaama|nabadeey|(is|isa) (dilayaa|dili doonaa|dilo)|isdil\w*|"
    # Chinese: a farewell or last words, "说再见", "遗言", "永别"
    r"(说|發|发)了?(再见|再見|永别|永別|告别|告別)|(遗言|遺言|遗书|遺書|告别信|告別信)"
)
# out of reach, alone, or with a means, in those languages (English in `others.UNREACHABLE`)
AWAY = (
    UNREACHABLE + r"|left (his|her|their) phone (at home|behind)|"
    r"(nao|ninguem) (atende|responde|esta atendendo|esta respondendo|consegue (falar|achar|encontrar))|"
    r"(ele|ela) sumiu|(celular|telefone) (esta )?(desligado|fora de area)|(tem|pegou) (uma |a )?(arma|"
    r"revolver|faca|corda|remedios)|"
    r"(repond|repon) (pu|plus|pas)|(tout|toute) seule? (chez|a la maison|dans)|injoignable|"
    r"(fone|phone|फोन|फ़ोन) (नहीं|nahi|nahin) (उठा|utha|uthaa)|(जवाब|javab|jawab) (नहीं|nahi) (दे|de)|"
    r"(telefoonka|taleefanka) (ma|aan) (qabanayo|qaadayo|qabto|qaado|qabanin)|(ma|lama) (jawaabayo|helayo|"
    r"heli karo)|"
    r"(联系不上|聯繫不上|联系不到|不接电话|不接電話|不回(消息|信息|微信)|找不到(他|她)|关机|關機)"
)
# harm to another in German, and the time or weapon that makes it crisis
HARM_DE = (
    r"(werde|will|bring|bringe|mach|mache|muss) (ich )?(ihn|sie|den|die|meinen \w+|meine \w+|meinem \w+|"
    r"meiner \w+|diesen \w+|diese \w+) (\w+ ){0,2}(umbringen|toten|abstechen|erstechen|erschiessen|"
    r"kaltmachen|fertigmachen|um|abknallen)|"
    r"(warte|lauere|wart) (ich )?(\w+ ){0,3}mit (der|dem|einem|einer|meinem|meiner) (\w+ )?(axt|messer|"
    r"waffe|pistole|gewehr|beil|hammer|schlager|machete) auf (ihn|sie|den|die)",
    r"heute (nacht|abend)|morgen( fruh)?|gleich|sofort|jetzt|axt|messer|waffe|pistole|gewehr|beil|"
    r"(schon )?(eingepackt|bereit|geladen|geschliffen)",
)
# voices commanding harm, and the person failing to resist them: Korean and Chinese
VOICES_FAILING = (
    r"목소리(가|들이|는)? (\S+ ){0,3}(해치라고|죽이라고|찌르라고|때리라고|다치게 하라고)|"
    r"(声音|聲音)(\S{0,4})(叫|让|讓|要|命令)我(去)?(\S{0,4})(杀|殺|伤害|傷害|砍|捅)",
    r"못 (버티|참|견디|이기)|더 이상 (\S+ )?(못|안)|참을 수 (가 )?없|"
    r"(忍不住|控制不住|受不了|撑不住|撐不住|顶不住)",
)

# fmt: off
ELSEWHERE = (
    Rule("someone else in danger: a farewell or intent, then out of reach", "crisis",
         (FAREWELL_OR_INTENT, AWAY), other="crisis", needs=2, unless=STORY + JOKE, emergency=True,
         unless_message=OUT_OF_REACH),
    Rule("harm to another with a time or a weapon (German)", "crisis", HARM_DE, other="crisis", needs=2,
         unless=STORY, emergency=True, unless_message=JOKE),
    Rule("harm: voices commanding it, not resisted (Korean, Chinese)", "crisis", VOICES_FAILING,
         other="crisis", needs=2, unless=STORY, emergency=True),
)
# fmt: on
