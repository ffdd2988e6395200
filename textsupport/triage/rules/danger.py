"""Crisis rules for someone else in danger now (DOMAIN section 3): their stated intent or saved means,
their body, a height, a farewell or a means and then no answer, and anyone in danger from someone armed.

Every rule here is `emergency`: the crisis answer leads with 911, then 988. Same conventions as
`triage.rules.common`: short regexes over normalised text, matched as whole words.
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.others import JOKE, STORY, TARGET, WEAPON

# someone else at the far end who cannot be reached: "her phone goes straight to voicemail"
UNREACHABLE = (
    r"(not|isnt|wont|doesnt|didnt|stopped|no longer) (answering|answer|respond\w*|picking up|pick up|"
    r"open\w* (the|his|her) door|repl\w*)|straight to voicemail|"
    r"(cant|cannot|couldnt|(nobody|no one|noone|none of us) (can|could|has been able to)) "
    r"(reach|get (a hold of|ahold of|through to)) (him|her|them)|"
    # missing: "nobody can find him", "hes gone missing", "shes been missing since noon"
    r"(he|she|they|hes|shes|theyre|theyve) (is |are |has |have |s )?(gone|been|went) missing|"
    r"no (answer|sound|response|reply)|(ne )?(repond|reponds) (plus|pas|pu|pus)|"
    r"(nobody|no one|noone|none of us|we dont|i dont) knows? where (he|she|they) (is|are|went)|"
    r"((cant|cannot|couldnt)|(nobody|no one|noone|none of us) (can|could|has been able to)) (find|locate) "
    r"(him|her|them)(?! (keys|car keys|phone|wallet|purse|bag|car|stuff|number|address|charger|glasses|shoes|"
    r"jacket|ticket|passport))|on sait (pas|plus) ou (il|elle) est|"
    r"no sabemos donde esta|"
    r"(no|ya no) (me |nos |le |les )?(contesta|responde|abre)|"
    r"(phone|cell)s? (is |s )?(off|dead|turned off|switched off)|goes to voicemail|left me on read|"
    # the phone turned off: "turned her phone off", "apago el cel", "a ferme son cell"
    r"(turned|switched|shut) (off )?(his|her|their) (phone|cell)|"
    r"(apago|apagaron) (el|su) (cel|celular|telefono)|(cel|celular|telefono) (esta )?apagado|"
    r"(a )?(ferme|eteint) son (cell|cel|telephone|portable)|son (cell|cel|telephone|portable) est "
    r"(ferme|eteint)"
)
# a farewell or a means sent or posted: "posted a pic of a rope with 'see yall'", "sent me 'peace out'"
SENT = (
    r"see (yall|you all|ya all|you guys)(?! (later|tomorrow|soon|at|on|next|then|there|in|tonight))|"
    r"peace out|its been real|(pic|picture|photo|video|selfie|snap|story|post) of (a |the |his |her |"
    r"their |some |all )?(\w+ )?(rope|noose|gun|rifle|pills|meds|knife|blade|razor|bridge|ledge|tracks|"
    r"pill bottles?)"
)
# where their phone says they are is a height or water: "her location shows the bridge"
LOCATED_AT_A_HEIGHT = (
    r"(location|locations|find my|snap map|gps|phone) (\w+ ){0,3}(says|shows|is|puts (him|her|them)|at|on)"
    r" (\w+ ){0,2}(bridge|cliff|tracks|river|lake|overpass|parkade|rooftop|dam|falls|pier|ledge)"
)
# out of reach for an ordinary reason, anywhere in the reply: a flight, a dead battery, asleep, at work
OUT_OF_REACH = (
    r"\b(flight|flying|plane|airport|boarding|landed|road trip|vacation|holiday|cottage|camping|"
    r"no (signal|service|reception)|batter(y|ies)|charger|charging|asleep|sleeping|in class|meeting|"
    r"at work|on shift|driving)\b",
)

# 911 or an ambulance asked for: "pls call 911", "llamen a una ambulancia", "appelez le 911"
EMERGENCY_CALLED = (
    r"(call|calling|called|dial|dialing|dialed|phone|phoning|get|send|sent) (\w+ )?(911|an ambulance|the "
    r"ambulance|paramedics|ems)|ambulance (is |s )?(coming|on (its|the) way)|"
    r"(llamen|llama|llamar|llame|llamaron|marquen|marca) (al |a (la|una) )?(911|ambulancia)|"
    r"(appelez|appelle|appeler|appele) (le |l |une )?(911|ambulance)"
)
# ... and a body hurt now: "she cut her wrists and theres so much blood", "no respira"
BODY_HURT = (
    r"(cut|slit|slashed|sliced|stabbed|shot|hanged|hung) (his|her|their) (own )?(wrists?|throat|neck|arms?)|"
    r"blood|bleeding|sangre|sangrando|sangra|sang|saigne\w*|not breathing|unconscious|passed out|"
    r"wont wake|overdos\w*|took (something|(\w+ ){0,2}pills)|hanging|noose|seizure|no respira|"
    r"inconsciente|se corto|(s est|s est fait) (coupe\w*|pendu\w*)|respire (pas|plus)|inconscient\w*"
)
# someone else who took something and is drowsy or slurring: "she said she took something and shes
# really sleepy", "mi mama se tomo algo y esta muy dormida", "elle a pris quelque chose, elle bafouille"
TOOK_SOMETHING = (
    r"(he|she|they|hes|shes|theyve|mom|mum|dad|mother|father|brother|sister|friend|son|daughter) "
    r"(just |has |have )?(took|swallowed|taken|had taken) (something|some (pills|stuff|tablets)|a (bunch|"
    r"handful|lot) of \w+)|(se tomo|tomo|se trago|se tomaron) algo|(il|elle) a (pris|avale) "
    r"(quelque chose|des (pilules|cachets|comprimes|medicaments))"
)
DROWSY = (
    r"(sleepy|drowsy|groggy|out of it)|slurr\w*|(cant|cannot|couldnt) (stay awake|keep (his|her|their) "
    r"eyes open|stand up|talk properly)|(falling|nodding) (asleep|off)|dormid[oa]|adormilad[oa]|"
    r"somnolient[oa]|no (puede|podia) (hablar|mantenerse despiert[oa])|arrastra las palabras|"
    r"somnolent\w*|endormi\w*|bafouill\w*|n arrive (plus|pas) a (parler|rester eveill\w*)"
)
# ... for an ordinary reason: "took something for her headache", "gave him gravol before the drive"
TOOK_FOR_A_REASON = (
    r"\b(for (her|his|their|the) (\w+ )?(head|headache|pain|cold|flu|allerg\w*|cough|fever|migraine|back)|"
    r"to help (her|him|them) sleep|(her|his|their) usual|as prescribed|prescribed|melatonin|nyquil|benadryl|"
    r"gravol|dramamine|doctor|anesthe\w*|surgery|dentist|para (el|la|su) (dolor|gripe|cabeza)|pour (sa|son) "
    r"(mal|rhume|grippe))\b",
)
TRAINING = (r"\b(first aid|cpr|course|training|class|drill|lesson|practice|if (ever|you|someone))\b",)

# fmt: off
DANGER = (
    # 911 asked for and a body hurt now: whoever is hurt, someone may die soon
    Rule("someone else in danger: 911 asked for, a body hurt", "crisis", (EMERGENCY_CALLED, BODY_HURT),
         other="crisis", needs=2, unless=STORY, emergency=True, unless_message=TRAINING + JOKE),
    Rule("someone else in danger: took something, now drowsy", "crisis", (TOOK_SOMETHING, DROWSY),
         other="crisis", needs=2, unless=STORY, emergency=True, unless_message=TOOK_FOR_A_REASON + JOKE),
    Rule("someone else in danger now", "crisis", (
        # told by them: "she said she took everything", "he texted that he swallowed all of them"
        r"(said|says|told me|tells me|texted|texted me|messaged|wrote)( that)? (he|she|they) (took|swallowed|"
        r"downed|ate|has taken|have taken) (everything|it all|all of (them|it)|all (his|her|their) "
        r"(pills|meds|tablets|medication|medicine|prescriptions?)|the (whole|entire) (bottle|box|pack))"
        r"(?! (from|out|to|with|back|home|off|for|in|into|on))",
        # another person's stated intent ("my bestie said shes gonna kill herself") or means saved
        r"(he|she|they|hes|shes|theyre) (is |s |are )?(going to|wants? to|will|about to|plans? to|"
        r"planning to|would rather|would be better off|d rather|better off) (just )?"
        r"(die|be dead|dead|kill (himself|herself|themselves)|end (it|it all|things|(his|her|their) life)|"
        r"overdose|od|jump|disappear)|"
        r"(he|she|they|hes|shes|theyre) (has|have|had|got|s got) (\w+ ){0,2}"
        r"(pills|meds|tablets|a gun|the gun|a rope|a knife) (\w+ ){0,2}"
        r"(saved|stashed|ready|to end it|hidden)|"
        r"sav(ed|ing) up (his|her|their) (pills|meds|tablets)|"
        # a poison another will drink: "my mom says shes going to drink the bleach"
        r"(he|she|they|hes|shes|theyre) (is |s |are )?(going to|wants? to|will|about to|threaten\w* to) "
        r"(drink|swallow|chug|down|eat) (\w+ ){0,2}(bleach|poison|antifreeze|drain cleaner|lye|weed killer|"
        r"windshield washer|washer fluid|pesticide|roundup)|"
        r"(il|elle) (va|veut) (boire|avaler) (de l |l |du |le |la |de la )?(eau de javel|javel|poison|"
        r"antigel|mort aux rats)|"
        r"se (va|quiere|iba) a (tomar|beber|tragar) (el |la |los )?(cloro|veneno|lejia|anticongelante|"
        r"raticida)",
        r"lips (are |r |look |turning )?(blue|purple|grey|gray)|cant wake (him|her|them) up",
        r"(kill|killing|hang|hanging|hurt|hurting|cut|cutting|off|offing|shoot|shooting|drown|drowning|stab|"
        r"stabbing|poison|poisoning|burn|burning) (himself|herself|themselves)",
        r"locked (himself|herself|themselves) in (\w+ ){0,5}(with|w) (\w+ ){0,6}(pills|gun|rifle|knife|oxy|"
        r"meds|bottle|razor|rope)|"
        # in Quebec French "s est barre" / "s est embarre" (locked in): "mon chum s est barre dans le char"
        r"(s )?(est )?(enferme|barre|embarre)\w* (\w+ ){0,4}avec (la|le|une|un|ses|son|sa|mon|ma|mes) (\w+ )?"
        r"(carabine|fusil|gun|arme|couteau|pilules|medicaments|medocs|cachets|corde)|"
        # Spanish "se encerro en el bano con el rifle", Chinese and Cantonese "锁咗自己喺厕所,拎住把刀"
        r"(se )?(encerro|encerrada|encerrado|atranco|atrinchero)\w* (\w+ ){0,4}con (el|la|un|una|su|sus|los|"
        r"las) (\w+ )?(rifle|pistola|arma|escopeta|cuchillo|navaja|pastillas|pildoras|medicinas|soga|cuerda)|"
        + folded_pattern(
            r"((鎖|锁|關|关|反鎖|反锁)(咗|了|住)?(自己|佢自己|她自己|他自己)|(把|將|将)(自己|佢自己)(鎖|锁|關|关))"
            r"\S{0,12}(拎住|拿着|拿著|揸住|握住|拿住|"
            r"带着|帶住|帶咗|同|和|跟)\S{0,3}(刀|枪|槍|安眠药|安眠藥|药|藥|绳|繩)"
        ),
        # someone shut in with an engine running: "mon chum s est enferme dans le garage, le char roule"
        r"(locked|shut|closed) (himself|herself|themselves) in (\w+ ){0,3}(garage|car|van|truck)\W+"
        r"(\w+\W+){0,6}(running|engine|motor|on)|"
        r"(s )?(est )?enferme\w* (\w+ ){0,4}(garage|char|auto|voiture|truck)\W+"
        r"(\w+\W+){0,6}(qui roule|moteur|en marche|allume|part)|encerr\w* (\w+ ){0,4}(garaje|cochera|carro|"
        r"coche)\W+(\w+\W+){0,6}(motor|prendido|encendido)",
        r"se (va|quiere|iba) a (matar|suicidar)|se quiere morir|(il|elle) (va|veut) "
        r"(se tuer|se suicider|mourir|en finir)|"
        # a jump announced: "dice que se va a tirar del puente", "il dit qu il va se jeter du pont"
        r"se (va|quiere|iba) a (tirar|aventar|lanzar) (del|de un|de la|al|a las) (puente|edificio|techo|"
        r"tren|vias|metro)|(il|elle) (va|veut) (se jeter|sauter|se lancer) (du|d un|de la|d une|en bas du) "
        r"(pont|toit|fenetre|balcon|edifice|viaduc)|"
        r"se (tomo|trago) (todas|todos|un monton de|muchas) (sus |las |los )?(pastillas|pildoras|medicinas|"
        r"medicamentos)|a (pris|avale) (tous|toutes) (ses|les) (medicaments|pilules|comprimes|cachets)",
        # Arabic: "يقول إنه سيقتل نفسه" (he says he will kill himself); Somali: "kiniinno badan ayuu liqay"
        # (he swallowed many pills)
        folded_pattern(
            r"(سيقتل|سوف يقتل|رح يقتل|راح يقتل|بدو يقتل|هيقتل|حيقتل|يبي يقتل|ستقتل|رح تقتل|بدها تقتل) (نفسه|"
            r"نفسها|حاله|حالها)"
        )
        + r"|(kiniin\w*|daawo\w*|dawo\w*) (\w+ )?(badan|dhan|oo dhan|dhammaan) (ayuu|ayay|buu|bay|ayey) "
        r"(liqay|liqday|liqeen|qaatay|qaateen|cunay)",
    ), other="crisis", unless=STORY, emergency=True),
    # someone else threatened now, heard or told: "shes screaming that her husband has a knife",
    # "hes shouting that hell shoot her, i can hear it right now", "papa ne gun kad li" (Punjabi)
    Rule("someone else in danger: a threat heard, now", "crisis", (
        r"(shouting|screaming|yelling|saying|says|said|swearing|threatening)( that)? (hell|he will|"
        r"hes going to|"
        r"hes gonna|shell|she will|shes going to|theyll|they will) (shoot|kill|stab|strangle|choke|burn) "
        rf"(her|him|them|the kids|{TARGET})|"
        r"(gritando|grita|gritaba|dice|diciendo|llorando)( que)? (su|el|la|mi) (\w+ )?(tiene|trae|agarro|"
        r"saco) (un|una|el|la|su) (cuchillo|pistola|arma|navaja|machete|escopeta|rifle)|"
        r"ne (gun|bandook|bandooq|pistol|revolver|chaku|chaaku|churi|chhuri|talwar|kirpan) (kad|kadh|kaddh|"
        r"nikal|nikaal|chak|utha)\w* (li|lai|lyi|liya|layi|laya)|(dhamki|dhamkiyan|dhamkian) (de|dey|dai) "
        r"(rahe|reha|rahi|raha)",
        r"right now|\brn\b|ahora mismo|ahorita|en este momento|maintenant|en ce moment|hune|hunay|abhi|"
        r"through the (wall|door|floor|ceiling)|next door|al lado|can hear (it|them|him|her)",
    ), other="crisis", needs=2, unless=STORY, emergency=True, unless_message=JOKE),
    # The next rules open with the event, not the person (cheaper to scan), and tell whose it is by who
    # is named before it: a crisis when it is someone else's, urgent when it is the texter's own.
    # Another person's body in danger: "lady down the hall passed out", "my brother took a bunch of pills"
    Rule("someone else in danger: their body", "urgent", (
        r"(passed out|unconscious|not breathing|isnt breathing|stopped breathing|wont wake up|"
        r"turning (blue|purple)|overdosing|having a seizure|seizing|foaming at the mouth|collapsed|"
        r"no (se )?despierta|no (reacciona|respira)|inconscientes?|se desmayo|desmayad[oa]|"
        r"(ne )?(se )?reveille (pas|plus)|(ne )?respire (pas|plus)|inconscient\w*|sans connaissance)",
        r"(?<!\bi )(?<!\bi just )(?<!\bive )(?<!\bi have )(?<!\bi already )"
        r"(took|swallowed|downed|has taken) (\w+ ){0,2}(all|a bunch|a bottle|a handful|whole|every|too many|"
        r"\d{2,}|loads|lots)( of)? (\w+ ){0,3}(pills|meds|tablets|capsules|oxy|xanax|tylenol)",
    ), other="crisis", unless=STORY, emergency=True),
    # another person at a height: "someone is on the bridge railing near me"
    Rule("someone else in danger: at a height", "urgent", (
        r"(standing|sitting|climb\w*|perched|hanging|leaning) (on|at|over|onto|up on|off) (the |a |"
        r"top of the )?"
        r"(\w+ )?(bridge|ledge|railing|roof|rooftop|overpass|tracks|edge|parapet)|"
        r"(on|over) (the |a )?(bridge|balcony|roof) (railing|ledge|edge)|on the (ledge|tracks|railing|"
        r"parapet)|"
        # named by who is there: "my sister messaged that shes on the bridge"
        r"(hes|shes|theyre|he is|she is|they are|hes been|shes been) (up )?(on|at|on top of|under) (the |a )?"
        r"(\w+ )?(bridge|ledge|roof|rooftop|overpass|tracks|cliff|parkade|railing)",
    ), other="crisis", emergency=True, unless=STORY + (
        r"\b(fix\w*|repair\w*|shingles|gutters?|snow|shovel\w*|clean\w*|work\w*|install\w*|paint\w*|antenna|"
        r"satellite|solar|view|photos?|pictures?|walk\w*|jog\w*|bike|driv\w*|club|game|party|bbq|deck|"
        r"patio)\b",
    )),
    # someone else at risk who cannot be reached, or armed: "texted me goodbye and now she wont answer"
    Rule("someone else in danger: cannot be reached", "urgent", (
        r"(goodbye|goodbyes|kill (himself|herself|themselves)|end it|suicid\w*|overdose|locked (himself|"
        r"herself|themselves) in|enferme|encerr\w*|matar|tuer|sauter|se jeter|se pendre|"
        r"tirarse|aventarse|wants to die|(going to|about to|will) do it)|"
        rf"{SENT}|"
        rf"(with|avec|con) (a |the |his |her |their |le |la |un |une |son |sa |ses |el |su |sus )?({WEAPON}|"
        r"pills|meds|rope|pilules|medicaments|cachets|pastillas|pildoras|soga|cuerda|corde)|"
        # the means taken away: "took her meds into her room"
        r"(took|taken|taking|grabbed) (all )?(his|her|their) (pills|meds|tablets|gun|rifle|knife|rope)|"
        # at a height or by water: "my brother is at the bridge and his phone is off"
        r"(at|on|near|by|to|under|went to|drove to|en|sur|au|pres du) (the |a |el |la |le |un )?(\w+ ){0,2}"
        r"(bridge|ledge|rooftop|overpass|"
        r"tracks|cliff|parkade|river|falls|dam|pont|puente)",
        rf"{UNREACHABLE}|(has|have|got|is holding) (a |the |his |her |their )?(gun|rifle|shotgun|pills|rope|"
        r"knife|blade)",
    ), other="crisis", needs=2, unless=STORY, emergency=True, unless_message=OUT_OF_REACH),
    # the participant (or anyone) in danger from someone armed, now: "my ex has a gun and says hes coming
    # over", "mi ex tiene un cuchillo y esta afuera": anyone may be hurt soon, 911 first
    Rule("danger from someone armed, now", "crisis", (
        rf"(has|have|had|got|grabbed|holding|carrying|pulled|waving|brought|bringing|with|tiene|trae|agarro|"
        rf"a|avait|avec|con) (out )?(a |an |the |his |her |their |un |una |el |la |le |son |su )?({WEAPON}|"
        r"weapon)",
        r"(coming|on (his|her|their) way|heading|driving) (over|here|back|to (my|our) (place|house|"
        r"apartment|home))|"
        r"(outside|at|banging on|kicking) (my|our|the|her|his|their) (door|window|house|place|apartment)|"
        # someone held, or hiding or shut in from the armed person: "shes locked in the bathroom"
        r"(holding|held|has got|has) (him|her|them|me|us) (at|hostage)|(hiding|hid|locked|barricaded) "
        r"(herself |himself |themselves |myself |ourselves )?in (the |her |his |their |my |a )?"
        r"(bathroom|bedroom|closet|room|basement|car)|"
        r"(trying to|going to|about to) (get|break|kick the door) in|breaking in|"
        r"(said|says|saying|threaten\w*|texted|swore|swears|yelling|yelled) (\w+ ){0,4}(kill|hurt|shoot|stab|"
        r"finish|end|get) (me|us|this|it|all of us|everyone|the kids)|"
        r"(kill|shoot|stab|finish) (me|us)|viene (para aca|a la casa|por mi)|esta afuera|"
        # ... and going at someone with it now: "has a knife and is screaming at his wife"
        r"(screaming|yelling|shouting|raging|swinging|lunging|charging|going|coming) (it )?"
        rf"(at|after|towards?) ({TARGET}|me|us|someone|somebody|everyone)|(chasing|threatening|attacking|"
        rf"cornered|cornering) ({TARGET}|me|us|someone|somebody|everyone)|"
        r"(s en vient|arrive|est devant) (ici|chez (moi|nous)|la porte)|(me|nous) tuer",
    ), other="crisis", needs=2, unless=STORY, emergency=True,
        unless_message=JOKE + (
            r"\b(hunt\w*|range|gun club|target|deer|moose|season|farm|ranch|fishing|camping|chef|kitchen|"
            r"cook\w*|bbq|dinner|baseball|softball|game|practice|team|firewood|split\w*|chopp\w*|kindling|"
            r"branches)\b",
        )),
    # someone held at knifepoint or gunpoint: no kitchen or range makes that ordinary
    Rule("someone held at knifepoint or gunpoint", "crisis", (r"at (knife|gun) ?point",), other="crisis",
         unless=STORY, emergency=True, unless_message=JOKE),
    # a farewell sent or posted, then no answer: "she posted 'sorry for everything, love you all' and
    # deleted it. nobody can reach her". Whoever cannot be reached is not the one texting: crisis either way
    Rule("someone else in danger: a farewell, then no answer", "crisis", (
        r"goodbyes?|sorry for everything|love (you|u) all|thank\w* (\w+ )?for everything|"
        r"(said|saying|say|posted|sent|texted) (\w+ ){0,2}(bye|goodbye|farewell)|adios|adieu|"
        r"gracias por todo|merci pour tout|(dit|dire) adieu|se despidio|" + SENT,
        UNREACHABLE + "|" + LOCATED_AT_A_HEIGHT,
    ), other="crisis", needs=2, unless=STORY + JOKE, emergency=True, unless_message=OUT_OF_REACH),
)
# fmt: on
