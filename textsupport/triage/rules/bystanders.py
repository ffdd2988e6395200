"""Crisis wording about other people that rounds 20 and 21 found the rules could not read, by category of
DOMAIN section 3: someone else in danger now (gone to a bridge, on a balcony saying they will jump, gone
with a rope, not waking up after a fall), harm to another with a weapon, a target and a time in any
language (a machete, a knife, a rod, a hunting rifle), commands from God or a voice to harm someone, and a
veiled farewell of two cues (forgive me, thanks for all, a pet or belongings given away, the children left
with a neighbour, "don't write any more", ready to go be with someone gone).

Each phrase is a plain, common way of saying it, written by meaning, not copied from replies. Same
conventions as `triage.rules.neighbours`; someone else in danger and harm to another lead with 911.
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules.common import Rule

_WEAPON_ES = r"(machete|cuchillo|navaja|pistola|fierro|bate|tubo|rifle|escopeta|cuerno|filero)"
_WEAPON_FR = r"(fusil|gun|carabine|couteau|hache|batte|shotgun|pistolet|calibre)"
_WEAPON_PA = r"(chaku|chaaku|chakku|churi|chhuri|rod|danda|sota|pistol|kirpan|talwar|gandasa)"

# someone else in danger now: "she said she was going to the bridge", "he says he's going to jump", "dijo
# que se iba a colgar", "y dit qu'y va sauter", "he's not waking up"
OTHER_IN_DANGER = (
    r"(said|says|told (me|us)|texted|wrote) (that )?((s?he|they) (was|is|were|s|re)|shes|hes|theyre) (going|"
    r"headed|heading|"
    r"gonna go|off|driving|walking) to (the )?(\w+ ){0,3}(bridge|cliff|tracks|train tracks|overpass|"
    r"rooftop|roof|river|falls|dam|edge)\b(?! (club|game|tournament|night))|"
    r"(says|said|saying|keeps saying|threatening|yelling) (that )?(hes|shes|he s|she s|he is|she is|theyre|"
    r"hell|shell|he ll|she ll|he will|she will|he would|she would|hed|shed) (gonna |going to |about to )?"
    r"(jump|jump off|hang (himself|herself)|kill (himself|herself|themselves)|shoot (himself|herself))|"
    r"(dijo|dice|decia|está diciendo|esta diciendo) que (se )?(iba|va|quiere|queria|iba a ir) a (colgar|"
    r"matar|tirar|aventar|suicidar|quitar la vida|ahorcar|saltar|lanzar|brincar)"
    r"(?! (en paracaidas|al agua|a la alberca|a la piscina|de la tirolesa|en tirolesa|la cuerda|en (el |"
    r"la )?(trampolin|cama elastica)|de (alegria|emocion)|en bungee|del trampolin))|"
    r"(dit|dis|disait|a dit|dit qu il|crie) (qu |qu il |qu y |qu elle |que )?(y |il |elle )?va (sauter|se "
    r"jeter|se lancer|se tuer|se pendre|se tirer|se suicider)|"
    r"(hes|shes|he s|she s|he is|she is|theyre|they re|he|she|they) (still )?(is |are )?(not|isnt|wont|"
    r"won t|arent) (waking up|wake up|breathing|responding)(?! (till|until|before|for|yet lol|lol|through|"
    r"well|on (time|weekends)))|"
    r"(cant|can t|cannot|couldnt) wake (him|her|them|my \w+) up(?! (for|in time|before))",
)
# harm to another with a weapon and a target or a time: "lo voy a esperar ... con el machete", "le parto la
# cabeza con el machete", "onu bıçaklayacağım", "ohnu chaku maar deyan ga", "udeekanga rod leke", "demain
# j'me présente ... avec le fusil ... y va comprendre"
HARM_ANOTHER = (
    rf"\b(lo|la|le|los|las) (voy a |vo a |va a )?(esperar|agarrar|partir|parto|rompo|romper|abro|abrir|"
    rf"picar|pico|matar|mato|rajar|rajo|madrear|chingar|quiebro|quebrar|cortar|corto)\b(\W+\w+){{0,8}}\W+"
    rf"(con|a) (el|la|un|una|mi|puro) {_WEAPON_ES}|"
    rf"(avec|pis) (le|la|mon|ma|un|une|mes|son) {_WEAPON_FR}\b(\W+\w+){{0,6}}\W+(y|il|elle|a|yа) va "
    rf"(comprendre|voir|payer|regretter|y gouter)|"
    r"(bicaklayacag|bıcaklayacag|oldurecek|olduruce|oldurecegim|gebertecegim|vuracagim) ?\S*|"
    rf"{_WEAPON_PA}\W+(\w+\W+){{0,2}}(maar|mar|maarunga|maranga|maaranga|maar deyan|maar dena|maar "
    rf"devanga|maar davanga|ghop|ghop deyan)\b(?! (ke|k) (\w+ )?(dekhya|sikhya))|"
    rf"(udeek\w+|intezaar karanga|intezar karunga|wait karanga) (\w+ ){{0,1}}{_WEAPON_PA} (leke|le ke|"
    rf"lai ke|naal)",
)
# a command from God, a spirit or a voice to harm someone: "god told me to cleanse my roommate tonight"
COMMANDED = (
    r"(god|jesus|the lord|an angel|the angels|satan|the devil|the spirits?|a voice|the voice|the voices) "
    r"(told|tells|is telling|keeps telling|commanded|commands|ordered|orders|wants|says i have) (me )?to "
    r"(\w+ ){0,2}(cleanse|purify|punish|sacrifice|kill|hurt|stab|burn|drown|get rid of|deal with|destroy) "
    r"(\w+ ){0,1}(my|the|our|his|her|that|this|those|these) \w+",
)
# a veiled farewell: two different cues together (each weak alone)
FAREWELL = (
    # forgiveness asked: "forgive me for everything", "سامحوني", "пробачте мені"
    r"(please )?forgive me (for (everything|all))|سامحوني|سامحني|(пробачте|простіть|простите) (мені|мене|"
    r"меня)|perdonenme|perdónenme|pardonnez moi (pour tout)|请原谅我|請原諒我",
    # thanks for everything: "дякую вам за все", "شكراً على كل شي"
    r"(дякую|спасибі|спасибо|благодарю)( вам| тобі| тебе| всім)? за (все|всё)|"
    r"(شكرا|شكراً) (على|ع) (كل شي|كل شيء|كلشي)|(thank you|thanks) for everything|salamat sa lahat|"
    r"gracias por todo|merci pour tout|obrigad[oa] por tudo|(bedankt|dank (je|jullie|u)) voor alles",
    # goodbyes said or letters written to one's people: "nagpaalam na ako sa mga anak ko", "я написала
    # листи всім", "een brief geschreven voor mijn dochter", "wrote letters to everyone"
    r"nagpaalam (na )?(ako |ko )?(sa|kay|kina)|(написала|написав|написал) (\S+ )?(листи|листа|лист|письма|"
    r"письмо|записки|записку)( \S+)? (всім|усім|всем|рідним|родным|доньці|дочці|сину|дочке|дочери|сыну|"
    r"дітям|детям)|(een )?(afscheids)?brief(je)? geschreven (voor|aan) (mijn|iedereen)|afscheid genomen van|"
    r"escribi (unas |una )?cartas? (para|a) (mis|mi|todos)|(j ai )?ecrit (des|une) lettres? (a|pour) (mes|"
    r"mon|ma|tout)|(wrote|written|writing|left) (\w+ ){0,2}letters? (to|for) (everyone|everybody|each of|"
    r"all of)",
    # a pet or belongings given away: "кота я віддала сусідці", "gave my beadwork ... to the granddaughters"
    r"(кота|кішку|собаку|пса|кошку|речі|вещи) (я )?(віддала|віддав|отдала|отдал)|(віддала|віддав|отдала|"
    r"отдал) (\S+ ){0,2}(сусід\S*|сосед\S*|друз\S*|подруз\S*)|"
    r"(gave|given|giving) (away )?(all )?my (\w+ ){1,4}to (the |my |her |his |our )?\w+",
    # the children left with someone: "الولاد عند جارتي", "the kids are with the neighbour"
    r"(الولاد|الأولاد|ولادي|اولادي) عند|(kids|children|boys|girls) (are |r )?(with|at) (the |my |our )?"
    r"(neighbou?r|neighbou?rs)|(діти|дітей) (у|в|з) (сусід\S*)|(los ninos|mis hijos) (estan )?con (la |el )?"
    r"(vecin\w+)",
    # "don't write any more", ready to go be with someone gone
    r"(більше|больше) не (пишіть|пиши|пишите)|"
    r"(ready|time|want|wanting) to (go )?(be with|join|see) (my )?(late )?(husband|wife|mom|mother|dad|"
    r"father|son|daughter|creator|jesus|the lord|kokum|mosom)( (now|again|soon))?",
)

# fmt: off
BYSTANDERS = (
    Rule("someone else in danger now: a high place, a rope, not waking", "crisis",
         tuple(folded_pattern(p) for p in OTHER_IN_DANGER), other="crisis", emergency=True),
    Rule("harm to another with a weapon, a target or a time", "crisis",
         tuple(folded_pattern(p) for p in HARM_ANOTHER), other="crisis", emergency=True),
    Rule("commanded by God or a voice to harm someone", "crisis",
         tuple(folded_pattern(p) for p in COMMANDED), other="crisis", emergency=True),
    Rule("a veiled farewell: forgiveness, thanks, things given, children left", "crisis",
         tuple(folded_pattern(p) for p in FAREWELL), other=None, needs=2),
)
# fmt: on
