"""The fallback of triage, for replies no rule has placed: lean toward a human.

A reply no rule fired on is `urgent` when it holds a negative feeling with no positive cue (NEGATIVE,
POSITIVE), and also when it holds no clearly routine cue at all (ROUTINE): an unclear reply from someone
just out of hospital is read by a person sooner, never later. Same conventions as `rules.common`.
"""

from __future__ import annotations

# --- a negative feeling (not someone else's): urgent unless a positive cue offsets it ----------------
NEGATIVE = (
    r"sad|sadder|miserable|depressed|lost|empty|broken|hurting|awful|terrible|horrible|upset|crying|cried|"
    r"scared|afraid|anxious|stressed|exhausted|drained|numb|alone|lonely|worthless|hopeless|ashamed|"
    r"guilty|desperate|unbearable|suffering|panick\w*|struggl\w*|sucks|shitty|worse|worst|"
    r"gutter|dumps|tank\w*|plummet\w*|heavier|darker|bleak|grim|dreadful\w*|wretched|despair\w*|"
    r"gloomy|tearful|weep\w*|dismal|sob|sobs|sobbing|sobbed|bawl\w*|heartbroken|devastated|terrified|frightened|"
    r"triste|deprim\w*|angoiss\w*|sola|solo",
    # plain words for a bad time, anger and hurt
    r"bad|rough|hard|tough|meh|blah|down|low|shit|crap|angry|mad|furious|rage|pissed|seething|fuming|livid|"
    r"scream\w*|"
    r"hurt|hurts|pain|tears|sick|dizzy|weird|wrong|anxiety|panic|heavy|stuck|trapped|nervous|worried|fear",
    # symptoms, substances, conflict and housing named in passing
    r"voices|flashbacks?|nightmares?|paranoi\w*|manic|mania|drunk|wasted|hungover|crack|meth|fent|"
    r"heroin|dope|homeless|shelter|evicted|fight|fought|argument|yell\w*|punched|abus\w*",
    r"broke|hungry|starving|slipping|breaking me|dark place|drank|drinking (every|all|again)|fire me|"
    r"nowhere (else )?to go|losing (my|it)|(drink|drinking|drank|using) to forget|"
    r"(havent|hasnt|not) left the (house|flat|apartment|room|bed)|dont know how to (tell|cope|deal)",
    r"not (good|ok|okay|great|well|fine|alright)(?! (but|though|lol))|"
    r"cant (pay|afford|function|cope|handle it|take it|focus)|"
    r"(im|i am) (such |a complete |a total |an absolute |a hot |a )?mess|"
    r"(got|been|was|just got) (fired|laid off|let go)|(dont|do not|cant) see the point|"
    r"(hate|hates|hated) (me|myself|my)|(doesnt|dont|didnt) (want|need|like|love) me|(miss|"
    r"missing) the hospital",
    r"😭|😢|😞|😔|💔|😩|😫|😖|😣|😰|😨|😱|🥺|☹|🙁|😕|😟|😿|🤬|😡|😠|👿",
    # anger in Québec French: "chu en tabarnak", "en crisse contre lui"
    r"en (tabarnak|tabarnac|tabarouette|crisse|calisse|calice|sacrament|esti|ostie|maudit)|fache\w*|"
    r"enrage\w*|colere|furieu\w*|furios[oa]",
    r"mal|peur|fatiguee?|malade|cansad[oa]|enojad[oa]|llorando|dolor",
)
# ... positive or neutral cues that keep such a reply routine ("rough day but im ok now lol")
POSITIVE = (
    r"\b(lol|lmao|haha\w*|hehe|jk|thanks?|thank (you|u)|thx|ty|merci|gracias)\b|😂|🤣|😊|🙂|😀|😄|👍|❤",
    r"\b(im|feel|feeling|doing|all) (ok|okay|good|fine|great|better|alright|well)\b",
    r"\b(not (that|too|so) bad|no (big )?deal|ca va bien|estoy bien|all good)\b",
    r"\b(?<!not )(fine|ok|okay|good|better|alright) (now|again|today)\b|\b(ok|okay) (i guess|though|now)\b",
    r"\b(looking forward|dr says normal|doctor says (its )?normal)\b",
    # the household fine, a wrong number, recovery looked back on, laughter in Spanish, "solo" as "just":
    # "were ok, just on evac alert", "wrong number? who is this", "how far ive come", "solo estoy aburrida"
    r"\b(were|we are|were all|everyones|everyone is|everybody is|kids are) (all )?(ok|okay|fine|safe|good|"
    r"alright)\b|\bwrong (number|person)\b|\bwho is this\b|\bhow far (ive|i have|i ve) come\b|"
    r"\bjaja\w*|\bsolo (estoy|es|fue|era|tengo|un|una)\b",
    r"\b(coping|managing|hanging in( there)?|getting through (it|this)|one day at a time)\b",
    r"\b(managed (to|it)|without (panic\w*|crying|freaking out))\b",  # "managed the shop without panicking"
    # offset after "but": "nervous but excited", "not great sleep but otherwise fine", "fatigue mais ca va"
    r"\b(but|mais|pero) (\w+ )?(otherwise |still |also |mostly |pretty )?(fine|ok|okay|good|excited|alright|"
    r"ca va|bien)\b",
    r"\b(game|movie|show|team|traffic|weather|parking|wifi|phone|match|episode|season|commute)\b",
    # harm denied, then only tiredness: "im not gonna do anything dumb, just slept bad", "no quiero hacerme
    # dano, solo estoy cansada" (never "tired of": that is weariness of living)
    r"\b(not|no|dont|wont|never|pas|jamais|nunca)\b[^!?\n]{0,60}\b(just|only|solo|juste|seulement|"
    r"simplemente)\b (\w+ ){0,3}(tired|exhausted|sleepy|slept|sleep|cansad[oa]|agotad[oa]|fatigue\w*|"
    r"creve\w*|busy)\b(?! of)",
    r"(没有|沒有|没|沒|不)[^。！？!?]{0,12}只是[^。！？!?]{0,8}(累|忙|困)",
    # a sad part of farm work, accepted: "had to put down a calf, sad but thats farming"
    r"\b(but|mais|pero) (thats|that is|c est|es) (\w+ )?(farming|farm life|ranching|ranch life|the job|"
    r"part of the job|nature)\b",
    # harm denied, then an ordinary reason: "no voy a hacerme dano, tranquilo. solo mucho trabajo",
    # "j ai pas envie de me faire du mal. j ai juste eu une grosse semaine", "koi iraada nahi. bas exams"
    r"\b(not|no|never|dont|wont|pas|jamais|nunca|nahi|nahin|nhi|koi)\b[^!?\n]{0,50}\b(hacerme dano|"
    r"me faire du mal|hurt myself|harm myself|do anything to myself|nuksan|nuqsan|iraada|irada|iradah)\b"
    r"[^!?\n]{0,60}"
    r"\b(just|only|solo|juste|seulement|bas|sirf)\b",
    # a good day or the right call, a smell, a good feeling in Québec French: "it was a good day", "dad says
    # it was the right call", "todavia huele horrible", "ca fait du bien en maudit"
    r"\b(it was|was|its been|been|had) a (good|great|nice|productive|solid) (day|shift|week|one)\b|"
    r"\b(was|its|it was|is) the right (call|thing|decision)\b|\b(huele|smells?|smelled|stinks?|sent|pue) "
    r"(\w+ )?(horrible|awful|terrible|bad|mal|fort)\b|\bfait du bien\b",
)

# --- clearly routine cues: a reply with none of these (and no rule) is unclear, so urgent -------------
ROUTINE = (
    # acknowledgements, greetings, thanks and sign-offs
    r"ok|okay|k|kk|oki|okie|yes|yeah|yep|yup|ya|yea|sure|cool|noted|got it|sounds good|alright|right|true|"
    r"no|nope|nah|maybe|hi|hey|hello|morning|good (morning|night|evening)|night|gn|bye|ttyl|later|cya|"
    r"thanks?|thank you|thx|ty|tysm|merci|gracias|de rien|bonjour|salut|hola|buenos dias|si|oui|d accord|"
    r"vale|ngl",
    # a good or neutral state
    r"good|great|fine|better|well|happy|nice|fun|awesome|amazing|excited|proud|calm|relaxed|chill|"
    r"peaceful|grateful|lucky|glad|love|loved|enjoy\w*|bien|mieux|feliz|contenta?|tranquil\w*",
    # ... in Polish, said of the day as a whole: "zmęczony, ale dobrze" (tired, but fine), "wszystko dobrze"
    r"ale (jest )?dobrze|wszystko (jest )?dobrze",
    r"lol|lmao|haha\w*|hehe|jk|😂|🤣|😊|🙂|😀|😄|😁|😃|👍|👌|👋|🙏|❤|💕|😎|🥰|😍|☺|✌",
    # logistics of the programme and of care
    r"appt|appointment|reschedul\w*|schedule|time|when|where|what|who|how|which|link|number|address|"
    r"text|texts|message|messages|program|programme|study|pay|paid|payment|gift card|portal|password|"
    r"email|clinic|pharmacy|refill\w*|prescription|therapist|counsel\w*|group|nurse|doctor|dr|check in",
    # everyday life
    r"work|working|job|shift|school|class|homework|bus|drive|driving|drove|car|walk|walked|park|gym|"
    r"run|ran|grocer\w*|shopping|store|dinner|lunch|breakfast|coffee|tea|ate|cook\w*|bak\w*|clean\w*|"
    r"movie|show|tv|netflix|game|music|book|read|reading|weather|snow\w*|rain\w*|sun|sunny|cold|hot|"
    r"weekend|friday|saturday|sunday|monday|today|tomorrow|tonight|birthday|party|visit\w*|trip|vacation|"
    r"holiday|camping|church|garden\w*|nap|sleep|slept|bed|shower|laundry|dog|cat|kids?|graduat\w*|"
    r"week|weeks|month|day|days|delay|late|missed|forgot|finger|knee|toe|sore|cold|flu|running|"
    r"took my (meds|pills)|(meds|pills) (taken|done)|will do",
    # housing, money and paperwork ("finally sent in the rent subsidy application")
    r"forms?|application|paperwork|landlord|lease|rent|subsidy|cheque|income support|aish|caseworker|"
    r"worker|food bank|bus pass|charger|apartment|puzzle|wish me luck|novel|fixed|paycheck|referral|dentist|"
    r"neighbou?r|meds|formulaire|logement|gentil|paint\w*",
    # family and the past, in passing ("my grandma died last year and i miss her")
    r"mom|mum|dad|sister|brother|grandma|grandpa|aunt|uncle|cousin|niece|nephew|son|daughter|family|friend|"
    r"used to|years ago|last (year|month|week)|(clean|sober) for|not bad|not too bad",
    # everyday French and Spanish: care logistics, days
    r"pris mes (medicaments|medocs|pilules|comprimes)|pharmacie|medecin|rendez vous|rdv|travail|"
    r"aujourd hui|demain|(tome|recogi) (mis|las) (pastillas|medicinas)|farmacia|medico|cita|"
    r"trabajo|hoy|manana",
    # more everyday words and emoji
    r"y|start|sorry|cant make it|pharmacist|blister pack|new (pills|meds)|yoga|skat\w*|bbq|social media|"
    r"break|"
    r"real person|bonne (journee|nuit|soiree)|buenas (noches|tardes)|💪|🧘|🎉|😅|🤗|😴",
    # the farm, the rink and the scoreboard: "the coyote was after the hens again", "flames won in overtime"
    r"chickens?|hens?|roosters?|c[ao]yotes?|cows?|cattle|calv\w*|calfs|heifers?|barn|tractor|harvest|"
    r"seeding|crops?|hay ?bales?|bales of hay|livestock|sheep|goats?|horses?|oilers|flames|canucks|leafs|"
    r"jets|habs|canadiens|senators|won|win|wins|playoffs|overtime|ਖੇਤ|ਫ਼ਸਲ|ਫਸਲ|खेत|फसल|फ़सल",
    # pastimes and plain days: "nothing new, same old", "planted tomatoes", "my knees are dying"
    r"same old|nothing new|library|ideas|bored|planted|plant|tomatoes|knees|basketball|hockey|fishing|"
    r"soccer|football|managing|exams?|interview|glasses|semaine|terapia|journal\w*|id|physio|knit\w*|"
    r"traffic|commute|murder|recipe\w*|tbsp|tsp|teaspoons?|tablespoons?|cups?|oven|sauce|cake|cookies|"
    r"hunt\w*|chasse|cazar|caza|farm|ranch",
    # thanks and greetings in the common languages of a Canadian city: Tagalog, Chinese, Arabic, Persian,
    # Punjabi, Hindi and Urdu, Somali, Ukrainian and Russian, Vietnamese, Korean, Portuguese, Italian,
    # German, Polish, Amharic, Tigrinya, Cree and Ojibwe; the laughter of Spanish, French and Portuguese
    r"salamat|maraming salamat|magandang (umaga|araw|hapon|gabi)|谢谢|謝謝|多谢|多謝|感谢|感謝|你好|早上好|"
    r"晚安|شكرا|شكرًا|شكراً|مشكور|ممنون|مرسی|مرسي|صباح الخير|مساء الخير|ਧੰਨਵਾਦ|ਸ਼ੁਕਰੀਆ|ਸਤ ਸ੍ਰੀ ਅਕਾਲ|धन्यवाद|"
    r"शुक्रिया|नमस्ते|shukriya|shukria|dhanyavad|dhanwad|sat sri akal|namaste|mahadsanid|mahadsan|"
    r"maalin wanaagsan|habeen wanaagsan|дякую|дякуємо|спасибі|спасибо|благодарю|гарного дня|хорошего дня|"
    r"добрий день|добрый день|cam on|xin chao|감사합니다|고맙습니다|안녕하세요|obrigad[oa]|bom dia|boa noite|"
    r"grazie|danke|dziekuje|ameseginalehu|አመሰግናለሁ|yekenyeley|የቀንየለይ|ekosi|hiy hiy|miigwech|chi miigwech|"
    r"jaja\w*|mdr|kkk+|rsrs",
    # ... and in more of them: Urdu, Polish, Tamil, Telugu, Malayalam, Bengali, Gujarati, Sinhala, Cantonese,
    # Japanese, Korean (informal), Turkish, Romanian, Swahili; "only tired" in Chinese ("只是有点累")
    r"شکریہ|شکريه|dzieki|dziekuje bardzo|nandri|நன்றி|ధన్యవాదాలు|ధన్యవాదం|നന്ദി|ধন্যবাদ|"
    r"આભાર|aabhar|ස්තූතියි|ස්තුතියි|唔該|唔该|ありがとう|고마워|고마워요|tesekkur\w*|sagol|multumesc|"
    r"asante|只是[^。！？!?]{0,8}(累|忙|困)|የቐንየለይ|የቐንየልና|yeqenyeley",
    # the farm, the kitchen, work and worship in more languages: Dutch, Korean, Tamil, Ukrainian, Russian,
    # Polish, Punjabi and Hindi in Latin letters, Chinese; a hobby of wood ("whittling", "carving")
    r"boerderij|koeien|kettingzaag|oogst|werk|keuken|recept|농장|김치|배추|요리|반찬|출근|교회|성당|예배|"
    r"குழம்பு|சமையல்|வேலை|ферм\w*|свин\w*|корів|коров\w*|город|кухн\w*|farm\w*|gospodarstw\w*|kamm|kaam|"
    r"khet|truck|rassi|load|exams?|bore|农场|農場|做饭|煮飯|上班|iglesia|misa|messe|mosque|masjid|gurdwara|"
    r"mandir|whittl\w*|carv\w*|woodwork\w*|"
    # the logistics of care in more languages: "ਮੁਲਾਕਾਤ" (appointment), "回访电话" (a follow-up call)
    r"ਮੁਲਾਕਾਤ|ਕਿਹੜੇ ਦਿਨ|ਕਦੋਂ|मुलाकात|किस दिन|什么时候|什麼時候|回访|回訪|电话|電話|预约|預約|覆診|llamada|"
    r"seguimiento|a que hora|appel|quelle heure|موعد|ملاقات",
    # fine, busy, thanks, laughter, a walk and the weather, a meeting moved, in more of them: Urdu, Pashto,
    # Cree, Korean, Russian, Chinese, Hindi, Swahili ("میں ٹھیک ہوں", "مننه", "kinanâskomitin", "산책했어요")
    r"ٹھیک ہوں|ٹھیک ہو|مصروف|مننه|ښه یم|kinanaskomitin|tanisi|산책\S*|날씨\S*|перенести|перенес\w*|"
    r"встреч\w*|哈哈\S*|हाहा|हा हा|niko sawa|nipo sawa|"
    # when the texts come: "send them at noon instead"
    r"noon|midday|asleep|instead|earlier|o clock|\d{1,2} ?(am|pm)",
)
