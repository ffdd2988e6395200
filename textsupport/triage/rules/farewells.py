"""Lexicons of farewell for triage: goodbyes strong alone and weak ones, things no longer needed, belongings
given away, and affairs put in order (DOMAIN section 3: a veiled farewell).

Written as categories rather than as copies of labelled replies. Same conventions as `triage.rules.common`:
short regexes over normalised text, matched as whole words; `<NAME>` expands to a macro there.
"""

from __future__ import annotations

# farewell cues strong enough alone ("please take care of my cat", "this is my last message")
FAREWELL_ALONE = (
    r"(please )?(take care of|look after) my (kids|cat|cats|dog|dogs|pets?|babies|children|plants)"
    r"(?! (this|next|while|when|until|till|tomorrow|for (the|a|\d|two|few)|on|over))( for me)?"
    r"(?= *($|[^\w ]|when|after|now))",
    r"(my |this is my |this is the )last (message|text|time (ill|i will) (text|message|write))",
    r"(its been|it was|it has been) (nice|good|a pleasure|an honou?r|lovely) knowing (you|u|everyone|yall)|"
    r"adieu|adios para siempre",
    r"(wrote|written|writing) (everyone|everybody|each of (you|them)|all of (you|them)|my (family|kids)) "
    r"(\w+ )?(letters?|notes?|a letter|a note)",
    r"(bye|goodbye) (forever|for good|for the last time)|(my|one) last goodbye",
    # goodbye letters being written, however excused ("lol, normal tuesday"): "finishing my goodbye notes"
    r"(writing|wrote|written|write|finish\w*|left|leaving) (\w+ ){0,2}(goodbye|farewell) (letters?|notes?)",
    # a goodbye as the whole reply, with no reason given (section 3); "bye for now" gives one
    r"^((i |i just |just |only |so |ok |okay )?(wanted|want|needed|had|came|wished|wish) |just |im just |"
    r"only )?(to )?(say|saying) (bye|goodbye|good bye|farewell)( to (you|u|everyone|everybody|you all|yall|"
    r"all of you|you guys|everyone there))?(?=[^a-z0-9]*$)",
    r"^((ok|okay|so|well|and) )?(goodbye|good bye|farewell|adieu|au revoir pour toujours)(?=[^a-z0-9]*$)",
    r"(^|please )(give|leave) my <PET> to \w+(?! (for|while|until|till|when|during|over|this|next|at))",
    # thanks "for everything" as the whole reply, with nothing to thank for named (section 3)
    r"^((and|just|well|ok|so) )?(thanks?|thank (you|u)|thx|ty|merci|gracias)"
    r"( (so much|a lot|all|everyone|guys|again|beaucoup|a todos|a tous|mucho))? (for|pour|por) "
    r"(everything|it all|all of it|tout|todo)( (guys|all|everyone|yall|a todos|a tous|de verdad|vraiment))?"
    r"(?=[^a-z0-9]*$)",
    r"(this is )?the last time (you|anyone|anybody|youll|you will) (\w+ )?hear from me|"
    r"(wont|never|will never) hear from me again|after (today|tonight) (you|u|yall|nobody|no one) (wont|"
    r"will not|will never|is going to) hear from me",
    # a denial that ends tonight: "im never going to hurt myself again... after tonight"
    r"(never|not going to|wont|no more) (\w+ ){0,3}(hurt|harm|cut|feel|be a (burden|problem)|bother|worry|"
    r"cry|suffer|be sad|be in pain|struggle|text|message|see|hear)\w* (\w+ ){0,3}(again|anymore|any more)"
    r"\W+(\w+ ){0,2}after (tonight|today|this weekend|tomorrow)(?= *($|[^\w ]))|"
    r"(plus jamais|jamais plus) (\w+ ){0,6}apres (ce soir|aujourd hui|demain)(?= *($|[^\w ]))|"
    r"nunca mas (\w+ ){0,6}despues de (esta noche|hoy|manana)(?= *($|[^\w ]))",
    r"(wont|dont) need (\w+ ){0,3}where im going|(where|the place) im going (\w+ ){0,3}(wont|dont) need",
    # "said goodbye to my mom today. she doesnt know it was the last time"
    r"goodbyes?( to (my )?\w+)?( (today|tonight|now|earlier))?\W+(\w+ ){0,5}(was|is|it was|will be|its) "
    r"(the|my|our) last (time|goodbye|one)(?= *($|[^\w ]))",
    # a time named as the last one, nothing after it: "tonight is the last one", "sunday will be my last"
    r"(tonight|today|tomorrow|(this|next) (weekend|week|friday|saturday|sunday|monday|tuesday|wednesday|"
    r"thursday)|(friday|saturday|sunday|monday|tuesday|wednesday|thursday)) (is|will be|s|gonna be|going to "
    r"be) (the|my) last( one)?(?= *($|[^\w ]))|(my )?last (night|weekend|day) (alive|on (this )?earth)",
    r"sorry for (everything|all of it|all of this|all the pain|being me|what im about to do)",
    r"(im )?sorry (mom|mum|mama|dad|papa|everyone|guys|family)"
    r"(?! (i|ill|for (the|being|my|not|missing|that|this|a)))",
    r"tell (my \w+|them|everyone|everybody|\w+) (im|i am) sorry|(tell|let) (my \w+|them|everyone) (know )?"
    r"i (love|loved) (them|her|him)",
)
# weak farewell cues: two distinct ones in a message make a crisis ("im sorry. bye")
FAREWELL_WEAK = (
    r"for (everything|all of it)|ill miss (you|u)|(tell|let) (them|everyone|my \w+) (know )?i (love|loved)",
    r"i (love|loved) (you|u) (all|guys)|(dont|do not) be (sad|mad)|(this is|its) (the end|it)|"
    r"(you|u) (tried|did) (your|ur|all you could|everything)|(wasnt|not) your fault",
    r"thank (you|u) for (your (kindness|patience|help|support|care)|all (you|youve) (have )?done)|"
    r"(dont|do not|please dont) worry about me (any longer|anymore|now)",
    # thanks or a goodbye passed on through us, nothing thanked for: "tell sam i said thank you"
    r"(tell|let) (\w+|my \w+|them|everyone|everybody) (know )?i said (thanks|thank you|thank u|thx|ty|bye|"
    r"goodbye|good bye)(?= *($|[^\w ]|for everything))|(say|said) (bye|goodbye|thanks|thank you) to (\w+|"
    r"my \w+|everyone|everybody) for me(?= *($|[^\w ]))",
)
# no longer anyone's worry or burden: "you wont have to worry about me anymore", with a farewell cue
NO_LONGER_A_WORRY = (
    r"(wont|will not|never|no longer|not going to) (have to |need to |ever )?(worry|deal|bother|put up) "
    r"(about|with) me( again| anymore| any longer| now)?|(wont|will not|no longer) be (a burden|your problem|"
    r"a problem|a worry)( \w+)?|"
    r"(ya )?no (van a|vas a|tendran que|tendras que|tienen que|tienes que) (tener que )?(preocupar\w*|"
    r"cargar\w*) (por|con) mi|"
    r"(n auras|n aurez|n aurez plus|n auras plus|n aurons) plus (a|besoin de) (t |vous |te )?(inquieter|"
    r"soucier|occuper) (pour|de) moi"
)
# a veiled farewell in two acts (section 3): a pet arranged for, letters written to one's family, thanks for
# everything; two of them together. "left my cat with my neighbour and wrote letters to my kids"
PET_AND_LETTERS = (
    r"(left|leaving|leave|gave|giving|dropped off|handed|deje|di|regale|laisse|donne|confie) (\w+ ){0,2}"
    r"(my|mi|mis|mon|ma|mes) (<PET>|gatos?|perros?|gatitos?|perritos?|mascotas?) "
    r"(with|to|at|a|con|chez|avec) \w+|"
    r"(is|s|will be) (taking|keeping|looking after|adopting) my <PET>|"
    # others asked to look after one's pet, no time named: "cuiden a mi gatita", "prenez soin de mon chat"
    r"(cuiden|cuida|cuidan|cuidenme|cuidaras|cuidaran|encarguense de|hazte cargo de|haganse cargo de|"
    r"occupez vous de|occupe toi de|prenez soin de|prends soin de|take care of|look after) (bien )?(a |de )?"
    r"(mi|mis|mon|ma|mes|my) (<PET>|perrit[oa]s?|gatit[oa]s?|mascotas?|gatos?|perros?)"
    r"(?! (this|next|while|when|until|till|tomorrow|for|on|over|este|esta|el|la|mientras|hasta|cuando|"
    r"por (el|la|unos|unas|\d)|manana|ce|cette|pendant|jusqu|quand|demain))",
    r"(wrote|written|writing|write|finished|left) (\w+ ){0,2}(letters?|notes?) (to|for) (my|each|all|"
    r"everyone|everybody)|"
    r"(escribi|escrito|escribiendo|escribir) (unas |las |una )?cartas? (a|para) (mis?|todos|cada)|"
    r"(ecrit|ecrire|ecris) (des |une |mes )?lettres? (a|pour) (mes|ma|mon|tout|chacun)",
    r"(thanks?|thank you|gracias|merci) (\w+ ){0,2}(for|por|pour) (everything|todo|tout)",
)
# things one will not need: weak alone ("i wont need my coat, its warm"), a cue beside a farewell or a gift
NOT_NEEDED = (
    r"(wont|no longer|not going to|dont) (be )?need(ing)? (them|it|these|those|this|any of (it|this|them)|"
    r"my \w+)(?! (for|to|because|since|as|until|till|today|tomorrow|this|next|at|on))",
    r"no (need|use) for (them|it|these|those|any of (it|this|them)|my \w+)( anymore| any longer| now)",
    r"(need|use|enjoy|deserve) (it|them|those|these) more than (me|i (do|will|ever))",
    r"(n en )?aurai plus besoin|plus besoin (de (lui|elle|eux|ca))|"
    r"ya no (lo|la|los|las) (voy a necesitar|necesito|necesitare)",
)
# no more texts needed, with no reason given (section 3's goodbye with no reason): "you wont need to check on
# me anymore", or the lowest score and nothing but "you dont need to send the next survey"
NO_MORE_CONTACT = (
    r"(you|u|yall|you guys|you all) (wont|will not|will never|wont ever) (need|have) to (text|message|send|"
    r"contact|call|check on|check in on|write to|worry about) (me|anything to me)( \w+)? (again|anymore|"
    r"any more|after (today|tonight|this))",
    r"^(0|zero)( ?/ ?10| out of 10)?\W+(\w+ ){0,2}(you|u) (dont|do not|no longer) (need|have) to (send|text|"
    r"message) (me )?(the next|another|any more|anymore)( (one|survey|text|message|check ?in|reminder|"
    r"questionnaire))?(?=[^a-z0-9]*$)",
)
# ... a reason given: a task done, a move, a new number, leaving the study, an opt-out
NO_MORE_CONTACT_REASON = (
    r"\b(already|done|did it|did the|finished|filled|completed|submitted|because|since|cause|cuz|bc|busy|"
    r"moving|moved|new (number|phone)|changed|drop\w* out|withdraw\w*|quit\w*|stop|unsubscribe|opt\w* out|"
    r"away|vacation|holiday|travel\w*|out of town|better now|doing (well|great|good|fine))\b",
)
# affairs settled, said beside a gift: "gave my guitar to my nephew, feels good to have it all sorted"
SETTLED = (
    r"(have|having|got|get|getting|its|it is|everything is|everythings|all|now) (it |everything |"
    r"things )?(all )?"
    r"(sorted|settled|squared away|tied up|in order|taken care of|wrapped up)(?! (for|by|before|with))|"
    r"(tied|tying|tie) up (all )?(the |my )?loose ends",
)
# ... ordinary giving away that is no farewell: "giving away my old couch if anyone wants it"
GIVING_BENIGN = (
    r"\b(if (anyone|anybody|someone|somebody|you) wants?|moving|new (place|house|home|apartment|flat|one)|"
    r"free to a good home|for free|yard sale|garage sale|donat\w*|charity|declutter\w*|spring clean\w*|"
    r"goodwill|thrift|value village|salvation army|library|food bank|birthday|christmas|present|gift|"
    r"teacher|professor|office|reception|front desk|mechanic|repair\w*|post office|courier|"
    r"too (many|much)|outgrown|(too )?(small|big) for|"
    # for a while only: "giving my dog to my sister for the weekend while im away"
    r"for the (weekend|week|night|day|holidays?|summer)|while (i|im|we)|until (i|im|we)|till (i|im|we)|"
    r"when (i|we) (get|come) back|vacation|holiday|trip|(dog|pet|cat|house) ?sitt\w*|allerg\w*|"
    r"no pets|landlord)\b",
)
# ... and belongings handed over: "gave my furniture and my jewellery to my nieces"
GIVING = (
    r"(gave|give|given|giving|handed|left|leaving) (away )?(all )?(my |our )(\w+ ){0,6}(to|away)",
    r"(gave|given|giving) away (all )?(my |our )\w+",
    r"(signed|signing|sign|transferred|transferring) (\w+ ){0,3}over to (my |a |the |our )?\w+",
    r"(sold|selling|cancel\w*|gave up|giving up) (\w+ ){0,2}(all )?my (\w+ ){0,3}(and|,)",
    r"(donne|regale|deje|di) (\w+ )?(mon|ma|mes|mi|mis) (\w+ ){0,3}(a|al)",  # French, Spanish
)
# ... and putting affairs in order: "gave away my stuff", "put my dog up for adoption"
AFFAIRS = (
    r"(gave|give|giving|given) (away )?(all )?(my )?(stuff|things|belongings|possessions|clothes)( away)?",
    # two things handed to two people: "gave my bike to my nephew and my tools to the neighbour"
    r"(gave|giving|given|handed|left|leaving) (\w+ ){0,2}my (\w+ ){0,3}to (\w+ ){1,4}(and|n|&|"
    r"plus) (\w+ ){0,2}my "
    r"(\w+ ){0,3}to (\w+ )?\w+",
    # ... or signed over and left behind: "signed the truck over to my son and left the keys with my aunt"
    r"(signed|signing|transferred) (\w+ ){0,3}over to (\w+ ){1,3}(and|n|&|,|then) (\w+ ){0,2}(left|gave|"
    r"handed|dropped off|leaving|giving) (\w+ ){0,3}(with|to) (\w+ )?\w+",
    r"(found|finding|need) (a )?(new )?(home|homes|owner) for my <PET>",
    r"(put|putting|gave) (up )?my <PET> (up )?(for adoption|away)",
    # a pet or belongings handed over for good: "i gave my dog to my neighbour for good"
    r"(gave|give|given|giving|rehom\w*|took|taken|sent|left) (\w+ ){0,4}<PET> (\w+ ){0,6}"
    r"(for good|permanently|forever|para siempre|pour (de bon|toujours))",
    r"<PET> (is|are|will be|lives|is living|goes|went) (\w+ ){0,5}(for good|permanently|forever)",
    # a pet handed on with no reason given: "make sure my cat goes to a good home", "gave my dog to my sister"
    r"my <PET> (goes|go|gets|get|finds|find|ends up|end up|has|have) (to |with )?(a |an )?(good|new|loving|"
    r"safe|nice|better|kind) (home|family|owner|people)",
    # "make sure my dog goes to someone wholl love him"
    r"my <PET> (goes|go|gets|get|ends up|end up|is given|gets given) (to|with) (someone|somebody|a person|"
    r"people|a family|a home) (who|wholl|who will|who would|that will|that would|thatll) (\w+ )?(love|care|"
    r"look after|take care|want|spoil)",
    r"(gave|given|giving|handed|rehom\w*) (away )?(\w+ ){0,4}my <PET> (away )?to (my |a |an |the |our )?\w+",
    # someone else will care for what was mine better than i can: "shell take better care of him than me"
    r"(take|takes|taking|look|looks|looking) (\w+ )?better care of (him|her|them|it|my \w+) than (me|i)\b",
    # care that ends on a set day:
    # "giving my dog to my neighbour, wont be able to look after him after friday"
    r"(wont|will not|not going to|no longer) be (able to |around to )?(look after|take care of|care for|feed|"
    r"walk) (him|her|them|it|my <PET>) (after|past|beyond) "
    r"(today|tonight|tomorrow|this (week|weekend)|\w+day)(?= *($|[^\w ]))",
    r"(affairs|everything else|all my affairs|paperwork and all) (are |is )?in order"
    r"(?! (for (the|my) (trip|move|visit|flight|taxes|appointment)))",
    r"(put|putting|got|getting|set|setting) (my )?(affairs|house) in order",
    r"(sorted|arranged|in order|taken care of|ready|paid|settled|done) (for|before) (after|afterwards|"
    r"when im gone)(?= *($|[^\w ]))",
    r"(wrote|written|writing|decided|deciding|listed|list) (out |down )?who (gets|should get|"
    r"will get|can have) "
    r"(what|my \w+)",
    # a will, instructions or letters for after: "the letter i have left for him, for afterwards"
    r"(letter|letters|note|notes|instructions) (\w+ ){0,6}(for (after|afterwards)|for whoever finds|"
    r"(for|to) (read|open) (after|when im gone))",
    r"(explain|explaining|say|tell (\w+ )?) why (i (did it|had to do it|had to go)|im gone)|"
    r"(youll|you will|they will|"
    r"theyll) understand why",
    # a funeral of one's own: "i keep imagining my own funeral", "paid for my funeral, it will not be long"
    r"(imagin\w*|pictur\w*|dream\w*|think\w* (about|of)|plann\w*|paid for|pay for|arrang\w*|chose|choosing) "
    r"(\w+ ){0,3}my (own )?funeral",
    r"(wont|will not) be long now",
    r"(bye|goodbye|farewell)s? to (everyone|everybody|all|yall|the world|you all)",
    r"(sorry for|sorry im|sorry to be) (being )?(such )?a burden|(sorry|apologize) i let (everyone|"
    r"you all) down",
)
# affairs settled so that nobody is left with them (section 3: settling affairs), two cues together: an act
# of settling ("made a will", "paid off the phone bill", "cancelled my subscriptions", "wrote down my
# passwords") and others spared or thanked ("so nobody gets stuck with it", "thanks for all the texts")
SETTLING = (
    r"(made|wrote|written|making|writing|updated|finished|signed) (out |up )?(a |my )?(will|testament|"
    r"last wishes)|paid (off|up) (\w+ ){0,3}(bills?|debts?|loans?|cards?|rent|balance|phone|everything|"
    r"what i owe)|"
    r"cancel\w* (\w+ ){0,2}(phone plan|cell plan|phone|lease|bank accounts?|all my (subscriptions|accounts)|"
    r"my accounts)|"
    r"closed (\w+ ){0,2}(bank )?accounts?|(wrote|writing|left|listed) (down |out )?(\w+ ){0,2}(passwords?|"
    r"pins?|bank (info|details))|(hice|escribi) (mi |un )?testamento|(fait|ecrit) (mon |un )?testament"
)
SPARED = (
    r"so (that )?(nobody|no one|noone|none of (you|them)|my (family|kids|sister|brother|mom|mum|dad|parents|"
    r"wife|husband|partner)|they|you|he|she) (\w+ ){0,4}(stuck|left with|burdened|saddled|deal|dealing|pay|"
    r"paying|worry|sort|clean|cleaning|handle|figure)|"
    r"(thanks?|thank (you|u)|thx|ty) (\w+ )?for (everything|all of it|all (the|your) (texts|messages|support|"
    r"help|years|time))|"
    r"para que (nadie|nadie tenga|no tengan)|pour que (personne|vous n ayez|tu n aies)"
)
# ... unless settled for an ordinary reason: a lawyer's advice, a new baby, a move, "just in case"
SETTLING_BENIGN = (
    r"\b(lawyer|solicitor|notary|notaire|abogado|baby|born|married|wedding|mortgage|retire\w*|surgery|"
    r"taxes|tax|budget|debt free|credit score|finally|just in case|in case|if anything (ever )?happens|"
    r"someday|some day|one day|eventually|moving|new (place|phone|plan|bank)|switch\w*|cheaper|save money|"
    r"saving money|trip|travel\w*)\b",
)
