"""Crisis rule for voices commanding harm that the person may not resist (DOMAIN section 3).

It is `emergency`: the crisis answer leads with 911, then 988. Same conventions as `triage.rules.common`:
short regexes over normalised text, matched as whole words.
"""

from __future__ import annotations

from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.others import STORY

# a command fought and being lost: "getting harder to ignore them", "cant block them out"
RESISTANCE_FAILING = (
    r"(harder|hard|cant|cannot|struggling|trying|getting harder) to (ignore|resist|block out|tune out|fight|"
    r"drown out|shut out) (them|it|him|her|the \w+)|(cant|cannot|couldnt) (keep )?(ignoring|resisting|"
    r"blocking "
    r"out|fighting) (them|it)|(cada vez )?(mas dificil|me cuesta) (ignorar|resistir)(los|las|lo|la)?|"
    r"(plus|trop) (dur|difficile) de (les|l|le|la) (ignorer|resister)|"
    # "j sais pas si j vas etre capable de resister", "no se si voy a poder resistir"
    r"(sais pas|suis pas sure?) si (je|j) (vais|vas|peux|pourrai) (etre capable de |pouvoir )?"
    r"(resister|(les|le|la) (ignorer|combattre)|tenir)|"
    r"no se (si|cuanto) (\w+ ){0,2}(voy a poder|pueda|puedo|podre) (resistir|ignorarlas|ignorarlos|aguantar)|"
    # "i dont know if i can hold out", "not sure how much longer i can fight it"
    r"(dont know|not sure|no idea) (if|whether|how (much )?long(er)?) (i can|ill be able to|i will) "
    r"(hold out|hold on|fight|resist|hold (them|it|him|her) off|keep (fighting|resisting|saying no))|"
    r"(cant|cannot) (hold out|hold (them|it|him|her) off)( much| any)?( longer)?|"
    # afraid of obeying: "scared ill do what it says", "afraid i might listen to them"
    r"(scared|afraid|terrified|frightened|worried) (that )?(i|ill|i will|i might|im going to|id|i would) "
    r"(\w+ )?(listen|obey|give in|do (it|what (they|it|he|she) (say|says|want|wants))|go through with it|"
    r"act on (it|them))|"
    # coming round to them: "im starting to think theyre right", "maybe it is right", "part of me agrees"
    r"(starting|beginning|begining|coming) to (think|believe|agree|feel) (that )?(theyre|they are|its|it is|"
    r"hes|he is|shes|she is|they) (right|onto something|correct)|(maybe|what if|i think|part of me thinks) "
    r"(theyre|they are|its|it is|hes|he is|shes|she is) right|part of me (agrees|wants to listen)|"
    # too worn down to fight them: "too tired to argue with him anymore", "too exhausted to fight it"
    r"(too|so) (tired|weak|exhausted|worn out|drained) (to|of) (argue|arguing|fight|fighting|resist|"
    r"resisting|say no|saying no|push back|pushing back)( with| against)? (him|her|them|it)|"
    # Ukrainian and Russian "не можу їм опиратися", "не могу им сопротивляться"
    r"не (можу|могу) (вже |уже |більше |больше )?(їм |им |йому |ему |ім )?(опиратися|опиратись|"
    r"встояти|сопротивляться|противиться|устоять)|"
    # Ukrainian and Russian: "не знаю, чи зможу встояти", "не уверен, что смогу устоять"
    r"(не знаю|не впевнен\w*|не уверен\w*)[ ,]+(чи|ли|что|що) (\S+ )?(зможу|смогу|можу|могу) (\S+ )?"
    r"(встояти|втриматис\S*|опиратис\S*|устоять|удержатьс\S*|сопротивлятьс\S*)"
)
# voices drawn: an ear, a devil, a demon
VOICE_EMOJI = r"👂|👹|😈|👿|🗣"
SPEAKER = r"(man|woman|guy|lady|thing|demon|devil|voice|someone|something|he|she|it)"

# fmt: off
VOICES = (
    Rule("harm: voices commanding it", "crisis", (
        # the voices, named or drawn ("👂👹 says hurt him"), or the one who speaks in them
        rf"voices?|voix|voz|voces|голоси|голос|голоса|{VOICE_EMOJI}|"
        rf"(the )?{SPEAKER} (in|inside|from|through) (the|my) "
        r"(vents?|walls?|head|radio|tv|ceiling|attic|phone|pipes)|"
        # unnamed, but fought and losing: "theyre telling me to hurt him and its harder to ignore them"
        rf"{RESISTANCE_FAILING}",
        r"(tell|tells|telling|told|say|says|saying|said|want|wants|order\w*|command\w*) "
        r"(me )?(to )?(\w+ ){0,3}(hurt|kill|stab|cut|jump|die|burn|harm|attack|hit|shoot|drown|strangle|"
        r"choke|poison|end it|do it)|"
        # the command unsaid ("they keep telling me to"), or the harm as a need ("i have to get him first")
        r"(tell|tells|telling|told|say|says|saying|want|wants) me to(?= *($|[^\w ]))|"
        r"^the voices:? (\w+ )?to (\w+ ){0,2}(hurt|kill|stab|cut|jump|burn|harm|attack|hit|shoot|drown|"
        r"strangle|choke|poison)|"
        r"only way (\w+ ){0,5}is to|"
        r"(have|need|got) to (get|stop|hurt|kill) (him|her|them) (first|before)|"
        # the hour named for it: "says tonight is the night", "tells me its time"
        r"(say|says|saying|said|tell|tells|telling|told|whisper\w*) (me )?(that )?"
        r"((tonight|today|now)( is|s)? the (night|day|time)|(its|it is) time)|"
        # Ukrainian and Russian: "кажуть, що я маю це зробити", "говорят что я должен убить"
        r"(кажуть|каже|говорять|говорить|говорят|говорит|велять|велят),? (мені |мне )?,?(що|что) (я )?(маю|"
        r"мушу|повинен|повинна|должен|должна|обязан|обязана) (\S+ ){0,2}(зробити|сделать|вбити|убить|"
        r"померти|умереть|стрибнути|прыгнуть|зарізати|зарезать|порізати|порезать)|"
        r"(me )?(dice|dicen|piden|ordena|ordenan) que (me )?(\w+ ){0,2}(mate|tire|lastime|corte|haga dano|"
        r"salte|muera|lance|hiera)|"
        r"(me )?(disent|dit|ordonnent|ordonne|demandent|demande) (de|d) (me )?(\w+ ){0,2}(tuer|faire du mal|"
        r"faire mal|sauter|blesser|couper|jeter|frapper|attaquer|poignarder|bruler|etrangler)|"
        # Ukrainian and Russian: "голоси кажуть мені стрибнути", "голоса велят мне убить"
        r"(кажуть|каже|велять|велить|наказують|наказує|говорять|кажут|велят|велит|приказывают|приказывает|"
        r"говорят|говорит) (мені |мне )?(\S+ ){0,2}(стрибнути|вбити|порізати|померти|вдарити|прыгнуть|убить|"
        r"порезать|умереть|ударить|зарізати|зарезать)",
    ), other="crisis", needs=2, unless=STORY, emergency=True, unless_message=(
        # resisted, in so many words: "they tell me to hurt people but i dont listen to them"
        r"\b(dont|do not|never|wont|will not|not going to) (listen|obey|act on|do (it|what|anything))\b|"
        # ... but not resistance failing: "i dont think i can keep ignoring them", "harder to resist"
        r"(?<!can keep )(?<!cant keep )(?<!to keep )(?<!cant )(?<!harder to )(?<!hard to )(?<!stop )"
        r"(?<!able to )(?<!long i can )(?<!cannot )(?<!t keep )(?<!tired of )(?<!sick of )(?<!too tired to )"
        r"\b(ignor(e|ing)|resist(ing)?) (them|it|him|her)\b|\b(no|nunca) les hago caso\b|"
        r"\bje (ne )?les ecoute pas\b|\b(not|never|arent|isnt) (telling|saying) (me )?to do anything\b",
    )),
)
# fmt: on
