"""Crisis rules for harm to another person (DOMAIN section 3): intent with a target, a threat with a
means or a time, armed and knowing where the target is; and the words the other-people rules share (a
target, an intent, a harm, a weapon, a joke, a story). Voices commanding harm are in `rules.voices`,
someone else in danger now in `rules.danger`.

Every rule here is `emergency`: the crisis answer leads with 911, then 988. Same conventions as
`triage.rules.common`: short regexes over normalised text, matched as whole words.
"""

from __future__ import annotations

from textsupport.triage.rules.common import Rule

# a person the texter names as a target: "my stepdad", "him", "the landlord"
_PERSON = (
    r"(ex|stepdad|step dad|stepfather|stepbrother|stepsister|stepson|stepdaughter|stepkids?|"
    r"dad|father|mom|mum|mother|stepmom|stepmother|brother|sister|roommate|"
    r"roomie|landlord|boss|neighbou?r|wife|husband|partner|bf|gf|boyfriend|girlfriend|son|daughter|kids?|"
    r"baby|coworker|co worker|case ?worker|worker|uncle|aunt|cousin|guy|girl|man|woman|teacher|manager|"
    r"supervisor|bitch|bastard|family)"
)
TARGET = rf"(him|her|them|(my|his|her|that|this|the|our) (\w+ )?{_PERSON})"
INTENT = (
    r"(going to|want to|will|ill|about to|plan to|planning to|ready to|swear (i will|ill|im going to)|"
    r"cant stop myself from|im going to|gonna|got to|need to)"
)
HARM = r"(kill|stab|shoot|hurt|beat|murder|strangle|choke|smash|bash|attack|knife|run over|burn|cut|hit|end)"
WEAPON = (
    r"bat|knife|knives|gun|rifle|shotgun|pistol|machete|hammer|axe|crowbar|🔪|🔫|🪓|escopeta|pistola|"
    r"cuchillo|arma|machete|couteau|carabine|fusil|arme|navaja|cuchilla|punal|faca|canivete|canif|pistolet|"
    r"revolver|revolveur"
)
JOKE = (r"\b(lol|lmao|haha\w*|jaja\w*|jk|kidding|joking|es broma|une blague|je blague)\b|😂|🤣",)
# told of in a story, not happening: "her character kills herself in the show"
STORY = (
    r"\b(show|movie|film|book|novel|episode|series|character|game|song|documentary|podcast|news|article|"
    r"play|tv)\b",
)

# fmt: off
OTHERS = (
    Rule("harm to others: intent with a target", "crisis", (
        rf"{INTENT} (just |really |fucking )?{HARM} {TARGET}",
        rf"{INTENT} (\w+ )?(make|making) {TARGET} pay",
        # the harm told by where it leaves them: "gonna put my stepdad in the hospital", "send him to the er"
        rf"{INTENT} (just |really |fucking )?(put|send|land) {TARGET} (in|into|to) "
        r"(the |a )?(hospital|er|emerg|icu|ground|grave|morgue|wheelchair|coma|trauma unit)",
        r"(vais|veux|va|vas) (le|la|les|lui) (tuer|frapper|buter|blesser|poignarder)|"
        r"(tuer|buter|poignarder) (mon|ma|mes) \w+|"
        # the present for the future: "si mon coloc me touche encore je le poignarde"
        r"(je|j) (le|la|les|lui) (tue|poignarde|bute|frappe|plante|descends|creve|egorge)|"
        r"(yo )?(lo|la|los|las|le) (mato|apunalo|pico|rajo|quemo)\b",
        r"(voy a|quiero|vamos a) (matar|lastimar|golpear|apunalar|picar)(lo|la|los|las|le)?\b "
        r"(a )?(mi|mis|el|la)?|"
        r"(matarlo|matarla|matarlos|matarlas)|"
        # a person named after "a": "voy a matar a ese tipo", "vou matar esse cara", "je vais tuer ce type"
        r"(voy a|quiero|vamos a|pienso|juro que voy a) (matar|lastimar|golpear|apunalar|picar|balear|"
        r"acuchillar|"
        r"quemar|ahorcar) a (ese|esa|este|esta|mi|mis|el|la|los|las|alguien|\w+)|"
        r"(vou|quero|vamos|juro que vou) (matar|esfaquear|bater em|furar|atirar em) (ele|ela|esse|essa|"
        r"aquele|"
        r"aquela|o meu|a minha|meu|minha|o|a)(?! (saudade|fome|sede|tempo|aula|trabalho))\b|"
        r"(vais|veux|va|vas|jure que je vais) (tuer|buter|poignarder|planter|descendre) (ce|cet|cette|le|la|"
        r"les|"
        r"mon|ma|mes) (?!temps|ennui)\w+",
        rf"(voy a ir|ire|je vais aller|going over|going to go) (\w+ ){{0,6}}(con|avec|with) "
        rf"(la|el|un|una|mi|le|ma|mon|une|my|a|the) ({WEAPON})",
    ), other="crisis", unless=STORY, emergency=True, unless_message=JOKE),
    # a threat with a means or a moment: "ive got a bat in the truck. hes done"
    Rule("harm to others: a threat with means or a time", "crisis", (
        rf"(make|making) {TARGET} pay|(hes|shes|theyre) (done|dead|finished)(?= *($|[^\w ]))|"
        r"(hes|shes|theyre|he is|she is|they are) (going to|gonna) (pay|regret|find out|get it)|"
        rf"(get|getting) (back at|even with|revenge on) {TARGET}|"
        # lying in wait, armed: "ill be waiting for him with a bat", "going after her with the knife"
        rf"((ill|i will|im going to|gonna|going to) (be )?(waiting|wait|lying in wait|looking) (up )?for|"
        rf"(going|coming|go|come) after|(show|showing|turn|turning) up at) {TARGET}( \w+){{0,6}} "
        rf"(with|w) (a |the |my |his |her )?({WEAPON})|"
        rf"{INTENT} {HARM} (someone|somebody|people|everyone|everybody)|"
        r"not (just )?(going to|gonna) (sit there|take it)( again| anymore)?|not this time|"
        r"(ya )?me (canse|harte) de (el|ella|ellos)|(va|vas|vont) (me )?le payer|"
        # "mon coloc va payer ce soir", "me las va a pagar"
        r"(va|vont) (me )?(le )?payer(?= *($|[^\w ]|ce soir|demain|cette nuit))|(me las|me la) (va|van) a "
        r"pagar|"
        rf"(bring|bringing|brought|take|taking|carry|carrying|pack|packing) (my |a |the |his )?({WEAPON}) "
        r"(to|into|in to) (work|school|class|the office|the shop|his|her|their|the party|practice)|"
        r"(he|she|they) (will|ll|is going to|are going to) (see|learn|find out)(?= *($|[^\w ]))|"
        # a place set alight with someone in it: "torch his trailer while hes asleep"
        r"(burn|burning|torch|torching|set fire to|setting fire to) (down )?(his|her|their|"
        r"(my |that |the )?\w+s) (place|house|apartment|car|truck|home|trailer|garage)( down)?",
        rf"{WEAPON}|tonight|tomorrow( morning)?|when (he|she|they) (gets|comes|get|come)|gets off work|"
        r"gas can|gasoline|lighter fluid|(while|when) (he|she|they) (sleeps?|sleeping|is asleep|are asleep)|"
        r"know (where|when|what time) (he|she|they) (parks|lives|works|sleeps|leaves|gets off|gets home)|"
        r"ce soir|demain|esta noche|manana",
    ), other="crisis", needs=2, unless=STORY, emergency=True, unless_message=JOKE),
    # armed, and the target's whereabouts known: "i kno where her bf parks. bringin the knife 2nite"
    Rule("harm to others: armed, knowing where the target is", "crisis", (
        rf"(bring|bringing|bringin|brining|take|taking|takin|grab|grabbing|grabbin|pack|packing|packin|"
        rf"got|have|carry|carrying) (my |a |the |da |his |her )?({WEAPON})",
        rf"(know|knows|kno|found out|figured out|found) (where|when|what time) {TARGET} (\w+ ){{0,2}}"
        r"(works|lives|parks|sleeps|leaves|gets off|gets home|goes|hangs out|drinks|stays|will be)",
    ), other="crisis", needs=2, unless=STORY, emergency=True, unless_message=JOKE + (
        r"\b(baseball|softball|cricket|practice|game|team|league|tournament|hunt\w*|range|kitchen|cook\w*|"
        r"bbq|camping|fishing)\b",
    )),
)
# fmt: on
