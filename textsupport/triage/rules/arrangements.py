"""Crisis rules for a plan or a farewell told calmly (DOMAIN section 3: a veiled farewell, settling affairs,
intent or a plan): a trip to a high place announced "just so someone knows", and affairs put in order beside
a pet's papers left for someone or thanks for having been good to one. Each cue alone is ordinary (a will
made with a lawyer, a drive to the bridge after work); together, and with no ordinary reason named, they are
the farewell. Same conventions as `rules.common`.
"""

from __future__ import annotations

from textsupport.triage.rules import farewells
from textsupport.triage.rules.common import Rule

# a trip to a high place or water, announced: "going to drive out to the bridge after work"
TO_A_HIGH_PLACE = (
    r"(going to|gonna|about to|heading|head|driving|drive|walking|walk|off) (\w+ ){0,3}(out |down |up |"
    r"over )?"
    r"to (the |that )?(\w+ ){0,2}(bridge|high level|overpass|cliff|tracks|dam|falls|parkade|rooftop|roof|"
    r"ledge)|"
    r"(voy|me voy|ire) (a ir )?(al|a la|hasta el) (\w+ ){0,2}(puente|acantilado|vias|techo|azotea)|"
    r"(je vais|j vais|je m en vais) (aller )?(au|a la|sur le|jusqu au) (\w+ ){0,2}(pont|falaise|toit|viaduc)"
)
# ... with nothing said of why, only that someone should know: "just letting someone know"
SOMEONE_TOLD = (
    r"(just )?(letting|telling) (someone|somebody|you|u|yall|you all|you guys) know|(wanted|want|needed) "
    r"(someone|somebody|you) to know|so (someone|somebody) knows|in case (anyone|someone|you) (wonders|"
    r"asks|wondered|looks)|(solo |nomas )?para que (alguien|alguno de ustedes) (lo )?sepa|"
    r"(juste )?pour que (quelqu un|vous) (le )?sache\w*"
)
# ... unless the trip has an ordinary purpose or a return: "to take photos", "back by 9", "meeting friends"
TRIP_ORDINARY = (
    r"\b(pick (me|you|him|her|them) up|meet\w*|photos?|pictures?|dog|fishing|picnic|view|sunset|sunrise|"
    r"dinner|home by|back (by|at|around|for|in|before)|be back|see you|call you|text you|friends?|with (my|"
    r"the|a|some) \w+|walk|run|jog|ride|bike|swim|skat\w*|concert|game|festival|fireworks|market|late|"
    r"traffic|construction|detour|fotos|amigos|regreso|vuelvo|reviens|rentre|amis)\b",
)
# a pet's papers or things set out for someone, or thanks for having been good to one
LEFT_FOR_SOMEONE = (
    r"(<PET>|pets?) (papers|things|food|vet (records|papers)|records|meds|stuff|leash|bed)|"
    r"(papers|records|passwords|keys|documents|instructions) (\w+ ){0,4}(in an envelope|envelope) for|"
    r"in an envelope for (my|the|her|his) \w+|"
    r"(you have|you ve|youve|you all have|you have all|everyone has|you all|all of you have|you guys have) "
    r"(all )?been (so |very |really |nothing but |always )?(good|kind|wonderful|lovely) to me|"
    r"(papeles|cosas|comida) (del|de la|de mi|de mis) (<PET>|perr[oa]s?|gat[oa]s?|mascotas?)|"
    r"en un sobre para "
    r"(mi|mis) \w+|(han|ustedes han) sido (muy |tan )?(buen[oa]s|amables) conmigo|"
    r"(papiers|affaires|carnet) (du|de mon|de ma|de mes) (<PET>|chiens?|chats?)|dans une enveloppe pour "
    r"(ma|mon|mes) \w+|vous avez (tous |toutes )?ete (tres |si )?(bons|bonnes|gentils|gentilles) (avec|"
    r"pour) moi"
)
# ... unless for an absence with a return: a trip, a stay in hospital, a move
ABSENCE = (
    r"\b(moving|trip|travel\w*|vacation|holiday|surgery|away for|while (im|i am|were|we are)|until i (get|"
    r"come) "
    r"back|when i (get|come) back|house ?sit\w*|pet ?sit\w*|boarding|kennel|new (place|home|house))\b",
)

# fmt: off
ARRANGEMENTS = (
    Rule("a veiled plan: a high place, and someone told", "crisis", (TO_A_HIGH_PLACE, SOMEONE_TOLD),
         other=None, needs=2, unless_message=TRIP_ORDINARY),
    Rule("a veiled farewell: affairs in order, things left for someone", "crisis",
         (farewells.SETTLING, LEFT_FOR_SOMEONE), other="crisis", needs=2, unless_message=ABSENCE),
)
# fmt: on
