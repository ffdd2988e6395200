"""Idioms for triage: removed before matching, so "this heat is killing me" can never fire a rule.

Same conventions as `triage.rules.common`: short regexes over normalised text, matched as whole
words. An idiom must be harmless in every context it can appear in; when in doubt, leave it out.
"""

IDIOMS = (
    r"killing me",  # "this heat is killing me", "my feet are killing me"
    # worked to the bone (Québec French): "je me suis tuée à l'ouvrage", "m'tuer à la job"
    r"(me|m) (suis |su )?(tue|tuee|tuer|tuais) a (l ouvrage|la tache|la job|l ouvrage|travailler|la besogne)",
    # busy or tired "to death" (Chinese), as an exclamation: "趕到想死", "攰到想死", "忙得要死"
    r"(忙|趕|赶|攰|累|煩|烦|悶|闷|熱|热|凍|冻|笑|餓|饿)(到|得)(想死|要死|死)",
    # a cartoon of vanishing: "yeet myself into the sun", "launch myself into the sun"
    r"(yeet|launch|throw|hurl|chuck) (myself|me) into (the sun|space|the ocean lol|the void)",
    # "not bad at all" as the whole reply means good
    r"^(its |im |doing |feeling )?not (too |that |so )?bad( at all| today| thanks| thx)?(?= *[.!]*$)",
    r"(could|would|id) kill for",
    # time passed: "j'ai tue le temps en jouant aux cartes", "matando el tiempo", "killing time at the mall"
    r"(kill|killed|killing|kills) (some |a little |a bit of |an hour of )?time|"
    r"(tue|tuer|tuant|tuait|tuais|tuons|tuez) (le|l) temps|(mate|matar|matando|matamos|mato) (el|"
    r"un poco el) tiempo",
    # worked to death (Italian): "mi ammazzo di lavoro questa settimana", "mi sto ammazzando di lavoro"
    r"mi (ammazzo|uccido|sto ammazzando|sto uccidendo|sono ammazzat[oa]) (di|dal|dalla) (lavoro|fatica|"
    r"studio|turni)",
    # how long our programme runs: "how long does this program last?" (the last of a farewell is not asked)
    r"how long (does|do|will|is|are) (this|the|your|these) (\w+ )?(program|programme|study|texts|messages) "
    r"(last|go on|run|going to last|gonna last)",
    # lost in a pastime: "gonna disappear into this book all weekend"
    r"disappear(ing)? into (this|a|the|my|that) (new )?(book|novel|show|series|game|project|garden|music|"
    r"puzzle|painting|knitting)",
    # surprise or joy as its own exclamation: "2 years sober!!! cant believe it"
    r"(i )?(cant|can not|cannot) (believe|beleive|belive|beleve|beleave) (it|this|that)(?= *([.!]|$))",
    r"kill(ed|ing|s)? (it|time|the (lights|mood|vibe)|two birds)",
    r"kill(ed|ing)? myself laughing",
    # "killed myself in the game lol, stupid lava level"
    r"(killed|kill|killing|died|dying|die) (myself )?(\w+ ){0,2}(in|on) (the|this|that|a|my) "
    r"(game|level|match|round|boss fight|raid|lobby|sim|sims|minecraft|fortnite)",
    r"(tired|sick) of (the )?(winter|summer|snow|rain|cold|heat|weather|traffic|commute|construction|"
    r"dark mornings)",
    r"(die|dying|died) of (boredom|embarrassment|laughter|cringe|shame)|died laughing|"
    r"laughed so hard i (almost |nearly )?(died|cried|peed)|dying (laughing|of laughter)|"
    r"(dying|die) to (see|know|try|go|hear|meet|get)|to die for",
    r"(be |is |was )?the death of me|(going to|will|would|might|could|to) be the end of me",
    # someone who "will kill me" if ...: "my sister is going to kill me if i forget her birthday"
    r"(going to|will|would|is going to) kill me (if|when|for|lol|haha\w*)|"
    r"(va|vont|vas|allait|ira|iront) me tuer (si|quand|pour|lol|haha\w*|mdr)|"
    r"me (va|van|iba|iban) a matar (si|cuando|por|jaja\w*)|(vai|vao|ia) me matar (se|quando|por|kk\w*)",
    # someone else "is going to kill me", laughed at in the same reply: "la prof de yoga va me tuer ... 😂",
    # "boss gonna kill me yaar 😂"; food "will kill us all of a heart attack": "nos va a matar de un infarto"
    r"(going to|gonna|will|would|is going to|va|vont|allait|ira) (kill me|me tuer)(?=[^\n]*(😂|🤣|😅|😆|😹|"
    r"\blol\b|\blmao\b|\bmdr\b|\bhaha\w*|\bjaja\w*|\bjk\b))|(haha\w*|mdr|lol|jaja\w*|😂|🤣) [^.!?\n]{0,40}"
    r"(va|vont) me tuer|(me|nos) (va|van|iba|iban) a matar (a todos |a todas )?de (un )?(infarto|coraje|"
    r"un susto|"
    r"diabetes|colesterol|risa|hambre)|"
    # a food "unalived": "i unalived a whole pizza lmao"
    r"unalive\w* (\w+ ){0,2}(pizza|burgers?|cake|pie|sandwich|tacos?|fries|chips|cookies|ice cream|donuts?|"
    r"nachos|wings|poutine|plate|bowl|bag of \w+|box of \w+|pint)|"
    # a pastime at a height: "going cliff jumping at the lake"
    r"(cliff|bungee) (jumping|diving|jump|dive)|sky ?diving",
    r"feel(ing)? like death|dead tired|dead (phone|battery)|dead ?line|dead end|(phone|battery|car|laptop|"
    r"plants?|computer|"
    r"tv) (died|is dead|was dead)",
    r"(phone|battery|laptop) (is )?(about to|going to|gonna|will|might) die|(phone|battery) (is )?dying",
    r"hit the roof|raise the roof|a roof over (my|our) head",
    # a service disconnected: "my old number got cut off", "the hydro was shut off"
    r"(phone|number|line|service|internet|wifi|power|electricity|hydro|cable|account|plan|old one|call|gas|"
    r"water|heat) (got |was |is |has been |been |just |keeps getting |kept getting )?(cut|shut) off",
    r"bridge (club|game|night|tournament|partner|committee|league|lessons?|group|players?|cards|"
    r"evening|afternoon)|"
    r"playing bridge|dental bridge|bridge of (my|the) nose",
    r"burn(ed|t|ing)? (my |our |the |those |that )?bridges|cross that bridge|water under the bridge",
    r"(skipping|jump|jumping) rope|ropes? course|the ropes|climbing rope|rope swing|tow rope",
    r"(glue|nail|staple|water|nerf|heat|spray|paint|massage) guns?|gun (show|range)|jump(ed|ing)? the gun",
    r"top gun|son of a gun|bite the bullet|bullet (points?|journal)|dodged a bullet",
    r"end (it|things) with|end of (the|my|this|it)|"
    r"end (my|the|our|this) (shift|day|call|lease|contract|chat|convo)",
    r"(in|at) the end",
    # French and Spanish "dying of": "je meurs de faim", "me muero de ganas de verte"
    r"(meurs|meurt|mourir|mort|morte|morts) (de la |de |d )(faim|soif|rire|froid|chaud|envie|fatigue|honte|"
    r"peur|ennui)|mdr",
    r"(muero|muere|morir|muerto|muerta|morirme|moria|moriste|muriendo) (de la |del |de )(hambre|sed|risa|"
    r"ganas|frio|calor|sueno|verguenza|pena|susto|aburrimiento|cansancio|envidia|nervios)",
    # ready for an event: "im ready for my exam, wish me luck"
    r"ready for (my|the|a|this|tomorrows|tonights|our) (\w+ )?(exam|test|interview|date|party|"
    r"trip|game|class|"
    r"appointment|weekend|holiday|meeting|shift|work|school|concert|move|wedding|race|show)",
    # food and habits given up: "cutting out gluten and sugar for lent"
    r"cut(ting|s)? (out|back on|down on) (\w+ ){0,3}(sugar|gluten|carbs|dairy|meat|caffeine|coffee|alcohol|"
    r"booze|soda|pop|junk food|snacks|sweets|bread|salt|fat|red meat|social media|screen time|smoking)",
    # a full stomach: "ate so much im gonna die lol" (food only: never pills)
    r"(ate|eaten|eating) (so|too) much( (food|pizza|cake|candy|turkey|dinner|lunch|chocolate))? (im|i) "
    r"(going to|will|could|might) (die|explode|burst)|so (full|stuffed) (im|i) (going to|could|might) "
    r"(die|explode|burst)",
    # finished with a task: "im done with exams", "done with my shift"
    r"done (with )?(my |the |all my |all the )?(exams?|finals|school|work|shift|homework|assignments?|"
    r"project|semester|term|chores|laundry|taxes|course|physio|dishes|errands|packing|studying)",
    r"(everything|all|the things|stuff) on (my|the) (to do |todo )?list",  # "done with everything on my list"
    r"ready to go (when (you|u) are|home|out|shopping|to (work|school|the \w+))",  # not "ready to go" alone
    r"cut(ting)? (back|down|class|corners|carbs|ties|my hair|onions)|hair ?cut",
    r"(cut|burn\w*|hurt) myself (shaving|cooking|baking|gardening|at (work|the gym)|on the (stove|oven|pan))",
    r"overdos\w* on (the |all the |so much )?(netflix|chocolate|sugar|caffeine|coffee|candy|tv|carbs|cake|"
    r"pizza|cuteness|garlic|salt|cheese|butter|spice|spices|chili|hot sauce|cinnamon|ginger|onions?|memes|"
    r"snacks|cookies|sun|sunshine|carbs|fries|ice cream|pasta|bread|pumpkin spice|sleep|naps|reality tv)",
    # laughing, hunger, tiredness or longing "to death" in other languages: "ich lach mich tot", "笑死了",
    # "morrendo de saudade", "cuoi muon chet", "موت من الجوع" (never a wish to die: "muon chet" alone)
    # (cold, heat and hunger left out where they may be real: no shelter, no food)
    r"(lach|lache|lachte|lachen|lachst) (mich|uns|dich|sich) (tot|schief|kaputt)|totgelacht|zum totlachen|"
    r"(morrendo|morro|morri|morrer|morta|morto) de (saudades?|fome|rir|sono|vergonha|vontade|tedio|"
    r"cansaco|inveja)|"
    r"cuoi (muon |gan |suyt )?chet( luon| mat| di duoc)?|met muon chet( luon)?|"
    r"(笑死|累死|困死|笑得要死)(?!自己|我自己)|"
    r"(رح |ح |راح |سوف |رايح )?(موت|اموت|أموت|بموت|ميت|ميتة|مت|نموت) من (الجوع|الضحك|التعب|الملل|النوم)",
    # a thing "is killing me", as in English: "ce cours me tue", "el trafico me esta matando"
    r"(ca|ce|cet|cette|ces|le|la|les) (\w+ ){0,3}me tue(nt)?(?! (si|quand|pas))|"
    r"(el|la|los|las|este|esta|estos|estas|ese|esa) (\w+ ){0,2}me (esta|estan) matando",
    r"suicide (prevention|awareness|squad|doors?|wings|runs?|drills?|sprints?)",
    # the questions asked about it: "the nurse went through the suicide screening with me"
    r"(the |those |these |her |his |their |usual )?(suicide|suicidal|self harm|safety) (questions?|screening|"
    r"screen|assessment|risk assessment|questionnaire|scale|check ?list)",
    # forms and chores that "will kill" one, in French, Spanish and English
    r"(ces|mes|les|ce|cette|cet|mon|ma) (\w+ ){0,2}(formulaires?|papiers|paperasse|devoirs|examens?|impots|"
    r"factures|cours|travaux|reunions?|bouchons|trafic|chaleur|escaliers|talons|boulot|job|semaine|"
    r"demenagement|stage|session|labo|chimie|maths?|physique|examen|quart)( la| ci)?( (de|d|du|des) \w+)? "
    r"(va|vont|vais) me tuer|"
    r"(estos|estas|este|esta|mis|los|las|el|la) (\w+ ){0,2}(formularios|papeles|tareas|examenes|examen|"
    r"impuestos|facturas|trabajo|semana|trafico|calor|clases|clase|curso|mudanza|quimica|materia)"
    r"( (de|del) \w+)? (me )?(van|va) a matar|"
    r"(these|this|the|my|those) (\w+ ){0,2}(forms?|paperwork|taxes|homework|exams?|bills|commute|heat|"
    r"class|course|stairs|heels|move|deadlines?|meetings?) (are |is )?(going to|gonna|will|is going to|"
    r"are going to) (kill|be the death of) me",
    r"(books?|movie|film|show|article|documentary|podcast|video|class|course|training|workshop) (about|on) "
    r"(suicide|self harm|overdoses?)",
    r"\d+ ?kms?",  # distances: "walked 5 kms"
    r"help me (understand|figure|find|with|change|set up|remember)",
    # an absence with its length: "ill be gone for a week", "away for the weekend" (not "gone for good")
    r"(gone|away|out|off) for (a|the|one|two|three|a few|a couple( of)?|\d+) (\w+ )?(days?|nights?|weeks?|"
    r"weekends?|months?|hours?|while|bit)",
    r"(so |and |ok )?here it is( again)?",  # a text sent again: "my last text did not go through, here it is"
    r"no joke|no lie|not kidding|not joking|no cap|no worries|no rush",
    # a scare from a game or a day: "the oilers are gonna give me a heart attack", "meeting ne maar hi daala"
    r"(gonna|going to|will|about to|nearly|almost|always|trying to) give me (a )?heart attack|"
    r"ne (toh |to )?(mujhe |humein )?maar (hi )?(daala|dala|diya)",
    # an ordinary walk by the water, in French and Spanish: "marcher au bord de la riviere"
    r"(marche\w*|promen\w*|balade|caminar|camine|paseo|pasear|pasee) (\w+ ){0,3}(au bord (de la|du|de l)|"
    r"le long (de la|du|de l)|por la orilla del?|a la orilla del?|junto al?) (riviere|fleuve|lac|rio|lago)",
    # a poison bought or used to clean: "de l eau de javel pour laver la salle de bain", "cloro para limpiar"
    r"(eau de javel|javel) pour (laver|nettoyer|le menage|la lessive|desinfecter|la salle de bain|"
    r"la toilette|les toilettes|le bain|la douche|le plancher|la cuisine|le comptoir|le lavage)|"
    r"(cloro|lejia) para "
    r"(limpiar|lavar|desinfectar|el bano|la cocina|el piso|la ropa)",
    # the cold or the heat "will kill me" (Québec "frette"): the weather, not a wish
    r"(frette|froid|fret|chaleur|canicule|hiver|tempete|neige|verglas) (\w+ ){0,2}(va|vont|vas) me tuer",
    # an event dreaded: "id rather die than go to my cousins wedding"
    r"(id|i d|i would|would) (much )?rather (die|be dead) than (go|going) to (my|his|her|their|a|tha"
    r"t|this|the) "
    r"(\w+ ){0,2}(wedding|party|class|school|work|shift|meeting|dinner|reunion|dentist|game|concert|mall|"
    r"practice|church|recital|prom)\b",
    # ... and traffic, the job or a class, with the Québec "c te" (this): "c te trafic la va me tuer"
    r"(c te|ct|le|la|les|ce|cette|sti de|maudit) (\w+ ){0,2}(trafic|traffic|bouchons|chaleur|job|job"
    r"be|boulot|"
    r"ouvrage|examen|cours|patron|boss|commute|route)( la| ci)? (va|vont) me tuer",
)
