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
from textsupport.triage.rules import lexicon
from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.denials import DENIALS
from textsupport.triage.rules.uses import ROPE_ORDINARY

# hair, nails or a beard cut: grooming, not self-harm ("me corte las unas", "je me suis coupe les cheveux")
# ... or a finger cut by accident, cooking or at work: "casi me corto el dedo con el cuchillo", "je
# me suis coupe le doigt", "me cortei no dedo"
GROOMING_FR = (
    r"(?:(les |mes |la |ma |le )(cheveux|ongles|frange|barbe|pointes|toupet)|(le |un |les |au )(doigt|"
    r"doigts|pouce))"
)
GROOMING_ES = (
    r"(?:(el |las |los |la |mi |mis )(pelo|cabello|flequillo|fleco|unas|barba|puntas|patillas|grenas)|"
    r"(el |un |los |mi |mis |o |no |um )(dedo|dedos|pulgar|dedao|polegar))"
)

# "I want to die", "I don't want to live", "I will kill myself", "suicide", "end my life"
WISH_TO_DIE = (
    # Tagalog: "gusto ko nang mamatay", "ayoko nang mabuhay", "magpapakamatay ako", "papatayin ko sarili ko"
    # not when denied: "hindi po ako magpapakamatay" (I will not kill myself)
    r"(?<!hindi )(?<!hindi po )(?<!hindi ako )(?<!hindi po ako )(?<!hinding hindi ako )"
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
    # done or to be done: "ininom ko lahat ng gamot", "iinumin ko na lahat ng gamot ko mamaya"
    r"(ininom|uminom|nilunok|iinumin|inumin|iinom|lulunukin|lunukin|nainom) (\w+ ){0,3}(lahat ng|maraming|"
    r"isang bote ng|buong bote ng) (\w+ )?(gamot|tableta|pills)|"
    r"(?<!hindi ko )(?<!di ko )(?<!hindi ko na )(?<!ayokong )"
    r"(saktan|sasaktan|sinaktan|hiwain|hiniwa|sugatan|sinugatan) (\w+ ){0,4}(ang )?sarili ko|laslas",
    r"(أخذت|اخذت|بلعت|شربت) (كل|كمية كبيرة من|علبة) (\w+ )?(الحبوب|حبوب|الدواء|دواء|الأدوية|ادوية)|"
    r"(أجرح|اجرح|جرحت|أؤذي|اؤذي|أذيت|اذيت) نفسي",
    r"(tomei|vou tomar|tomar) (todos os|todas as|todos|todas|muitos|muitas|uma caixa de|um monte de|"
    r"a cartela de) "
    r"(meus |minhas |os |as )?(comprimidos|remédios|pílulas|medicamentos)|"
    r"(me cortei|me cortar|me corto)(?! " + GROOMING_ES + r")(?!( de novo| outra vez)? (fazendo a barba|"
    r"me barbeando))|cortar os pulsos|me machuquei de propósito",
    r"(випила|випив|випити|вип ю|прийняла|прийняв|прийму|выпила|выпил|выпью|приняла|принял|приму) (\w+ )?"
    r"(всі|все|усі|всю|пачку|"
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
         tuple(folded_pattern(p) for p in WISH_TO_DIE), other="urgent", unless=DENIALS),
    Rule("other languages: self-harm or overdose", "crisis",
         tuple(folded_pattern(p) for p in HARM_DONE), other="urgent"),
)
# fmt: on

# a rope in ordinary use in French, anywhere in the reply: on the boat, at the climbing wall, on the farm
FRENCH_ROPE_ORDINARY = (
    r"\b(voilier|bateau|voile|quai|ancre|chaloupe|canot|escalade|grimpe\w*|tente|camping|ferme|chevaux|"
    r"cheval|veaux?|balancoire|noeuds?|remorqu\w*|corde a linge|lessive|chien)\b",
)

# fmt: off
# --- French and Spanish (applied with the crisis rules, after the slang) ------------------------------
FRENCH = (
    Rule("French: je veux mourir", "crisis", (
        r"(veux|voudrais|envie de|aimerais|vais|souhaite) (\w+ )?mourir|(ne )?(veux|voudrais) plus vivre",
        # "n ai plus ..." means "no longer ...": part of the phrase, not a negation of it
        r"(n ai )?plus (envie|de raison|aucune raison) de vivre|(marre|fatiguee?) de vivre|disparaitre",
        r"(ne )?(serai|serais|sera) plus (la|ici|en vie)|c est (fini|termine) pour moi|"
        # everything planned, unless for an occasion named ("j ai tout prevu pour la fete de ma fille")
        r"j ai tout (prevu|planifie)(?! (\w+ ){0,4}" + lexicon.ORDINARY_TASKS + r"\b)",
        r"plus (aucune |de )?raison de (continuer|vivre|rester)|(dit|dire|fais|faire|fait) (mes )?adieux? "
        r"a (mes|mon|ma|tous|tout|vous|toi)|lettre d adieu|(mon )?testament est pret",
        r"(ne )?veux plus etre (la|ici|en vie)|(plus|pas) envie d etre (la|ici|en vie)|pas envie de vivre",
    )),
    Rule("French: me suicider", "crisis", (r"suicider|suicidaires?|idees noires",)),
    Rule("French: en finir", "crisis", (r"en finir|mettre fin a (mes|ma) (jours|vie)",)),
    Rule("French: me tuer", "crisis", (
        r"me tuer|(me )?foutre en l air|sauter (du|d un|de la|d une|sous (le|un)) (pont|toit|fenetre|"
        r"train|balcon)",
        r"(vais|veux|envie de) (me )?(sauter|jeter|pendre)|me pendre",
        # a gun turned on oneself: "j vas me tirer avec le fusil", "me tirer une balle", "me mettre une balle"
        r"me (tirer|flinguer) (une balle|dessus|avec (le|la|un|une|mon|ma|son|sa) (\w+ )?(fusil|gun|arme|"
        r"pistolet|carabine|revolver|12))|me (mettre|loger|tirer) une balle",
    )),
    Rule("French: a rope", "crisis", (r"corde(?! a (linge|sauter|danser))",), other=None,
         unless_message=ROPE_ORDINARY + FRENCH_ROPE_ORDINARY),
    Rule("French: self-harm or overdose", "crisis", (
        r"me (couper|coupe|scarifier|scarifie|faire du mal|blesser|bruler)(?! " + GROOMING_FR + r")|"
        r"scarif\w*|surdose",
        r"me suis (coupee?|scarifiee?|brulee?|fait du mal|blessee?)( expres)?(?! " + GROOMING_FR + r")",
        r"(pris|avale|prendre|avaler|prends|prend) (tous |toutes |trop de |plein de |tout )(mes |les )?"
        r"(medicaments|medocs|pilules|comprimes|cachets)",
        r"(pris|avale|prendre|avaler) (toute |tout )(ma |la |une |mon |le )(boite|plaquette|flacon|tube|"
        r"bouteille|pot|paquet)",
    )),
)
SPANISH = (
    Rule("Spanish: quiero morir", "crisis", (
        r"(quiero|quisiera|quiera|voy a|deseo|ganas de) (\w+ )?morir(me)?",
    )),
    Rule("Spanish: me quiero matar", "crisis", (
        r"(quiero|voy a) matar(me)?(?! (a|al|lo|la|los|las) )|matarme|quitarme la vida|"
        r"acabar con (todo|mi vida)",
    )),
    Rule("Spanish: suicidarme", "crisis", (r"suicidar(me|se)?|suicidio",)),
    Rule("Spanish: no quiero vivir", "crisis", (
        r"no quiero (seguir )?viv(ir|iendo)|no (tengo|hay) (razon|razones|motivo) para vivir",
        r"quiero desaparecer|no quiero despertar|(estarian|estaria) mejor sin mi",
        r"(carta|cartas|mensaje) de despedida|me (despedi|estoy despidiendo) de (todos|mis|mi familia)|"
        r"(ultimo|ultima) (mensaje|vez que)|(esta noche|hoy|manana) se acaba (todo|mi vida)|se acaba todo",
        r"(ya )?no voy a estar (aqui|mas|vivo|viva)(?! (manana|el|la|porque|por|hasta|en (la|el|casa)))",
        r"no quiero (estar|seguir) (aqui|viv[oa]|en este mundo)|no vale la pena vivir",
        r"(voy a|quiero|ganas de) (saltar|tirarme|aventarme|lanzarme)(?! (la cuerda|en paracaidas|al agua))",
        # a gun turned on oneself: "me voy a pegar un tiro con la pistola de mi papa"
        r"(pegarme|darme|meterme|pegar|dar|meter) un (tiro|balazo)|me (voy a )?(pegar|dar) un (tiro|balazo)",
        r"(tirar|tirarme|aventarme|lanzarme) (del|de un|de la|al|a las) (puente|edificio|techo|tren|vias|"
        r"metro)",
    )),
    # a gun at hand, loaded or ready: "ya cargue la escopeta", "traigo la pistola conmigo" (not a glue gun,
    # a water pistol, or a gun for the hunt or the range)
    Rule("Spanish: a gun at hand", "crisis", (
        r"(pistola|arma|escopeta|rifle)(?! de (agua|juguete|pintura|silicon|silicona|calor|clavos|aire|"
        r"balines|pegamento))( \w+){0,2} (cargad[ao]|list[ao]|preparad[ao]|a la mano|en la mano|conmigo|"
        r"junto a mi|debajo de la almohada)|"
        r"(cargue|cargando|saque|agarre|compre|consegui|tengo|traigo) (la|una|mi|el) (\w+ )?(pistola|arma|"
        r"escopeta|rifle|revolver)(?! de (agua|juguete|pintura|silicon|silicona|calor|clavos|aire|balines|"
        r"pegamento))",
    ), other="urgent", unless_message=(
        r"\b(cazar|caza|caceria|venado|patos|campo de tiro|tiro al blanco|club de tiro|poligono|temporada|"
        r"licencia)\b",
    )),
    Rule("Spanish: self-harm or overdose", "crisis", (
        r"(tomar|tomarme|tome|me tome) (todas|todos) (mis |las |los )?"
        r"(pastillas|pildoras|medicinas|medicamentos)",
        r"me (voy a |quiero )?cort(ar|e|o|ando)(?! " + GROOMING_ES + r")|cortarme|hacerme dano|sobredosis",
        # "me estoy cortando otra vez", "no para de sangrar"
        r"me (estoy|sigo) cortando(?! " + GROOMING_ES + r")|(estoy|sigo) cortandome|"
        r"no (para|deja) de sangrar|sangr(o|ando) (mucho|demasiado)",
        # the pills at hand and a departure tonight: "ya tengo las pastillas, esta noche me voy"
        r"tengo (las|mis) (pastillas|pildoras|medicinas|medicamentos)\W+(\w+ ){0,3}"
        r"(esta noche|hoy|manana) me voy(?= *($|[^\w ]))|me voy (para siempre|de este mundo)",
        r"(cuerda|soga) (esta )?(lista|preparada)|(tengo|compre) (la|una) (cuerda|soga)|ahorcarme|colgarme",
        r"(tome|me tome|tomar|tomarme|tengo) (muchas|todas|un monton de|un frasco de|demasiadas) (las |mis )?"
        r"(pastillas|pildoras|medicinas|medicamentos)(?! (para|del|de la))",
        r"tengo (las|mis) (pastillas|pildoras|medicinas|medicamentos) "
        r"(listas|preparadas|contadas|aqui|conmigo)",
        r"(guarde|junte|guardando|juntando) (muchas |todas |un monton de |un frasco de |las |mis )?"
        r"(pastillas|pildoras|medicinas|medicamentos)(?! (para|del|de la))",
    )),
)
# fmt: on
