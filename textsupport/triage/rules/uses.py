"""Lethal-means words in ordinary use (DOMAIN section 3's classic false alarm): at work, in a hobby or a game,
on the farm, in a recipe. AT_WORK and PASTIME describe those uses in general terms (the job, the shelf, the
shift; the catch, the farm, the meal, the game, and their emoji), WORKPLACE a job at a place that handles the
means; the others a gun at the range, cared for or afield, a rope in ordinary use, poison put down for pests
and a dose of a food. The rules that fire on a means named alone (`rules.crisis`, `rules.means`) are guarded
by them. Same conventions as `rules.common`.
"""

from __future__ import annotations

# a means handled as work: "stocked the tylenol on the shelves all shift", "range officer at the gun club".
# Not merely being at work ("at work and i keep thinking about the tylenol in my locker" is no job), nor
# a shop named alone ("picked up rope at the hardware store" is buying it).
AT_WORK = (
    r"\b((my|the|a|this|night|day|double|morning|evening|closing|opening|whole) shift|on shift|all shift|"
    r"tout le shift|shift (at|in) the|inventory|inventaire|inventario|restock\w*|stock(ing|ed)? (the )?"
    r"(shelves|shelf)|shelves|aisle|rayons?|tablettes|customers?|cashier|behind the counter|"
    r"range officer|pharmacist|pharmacy tech\w*|contractors?|estantes|turno|caisses|"
    # trades that handle rope, blades or chemicals: "on the rig all week", "rigging the stage"
    r"(oil |drilling |the )?rigs?|rigging|rigger|roughneck\w*|derrick|job ?sites?|work ?sites?|"
    r"construction (site|crew)|scaffold\w*|stagehands?|deckhands?|arborist|linem[ae]n|"
    # care given on a ward: "two patients on hydromorphone drips", "did the med pass on nights"
    r"patients?|residents on|drips?|on the (unit|ward|floor)|drew up|drawing up|draw up|iv (bags?|lines?|"
    r"pumps?)|med (carts?|pass|rounds?)|nurs(e|es|ing) "
    r"(at|on|here)|(im a|as a) nurse|(hung|hanging|spiked) (\w+ ){0,2}bags?|"
    r"nurs(e|es|ing) "
    r"station|charting|icu|narc(otic)?s? counts?|(morphine|fentanyl|hydromorphone|controlled) (count|counts)|"
    r"count (the |our )?(narcs|narcotics|controlled))\b",
)
# a blade or a means in a pastime, on the farm or in the kitchen: "🎣🔪 cleaned two trout"
PASTIME = (
    r"\b(recipe|stew|soup|roast|dinner|supper|lunch|chop\w*|dic(e|ed|ing)|slic\w*|fillet\w*|gut(s|ted|ting)|"
    r"butcher\w*|skin(ned|ning)|carv(e|ed|ing) (the |a )?(turkey|roast|pumpkin|wood|ham)|whittl\w*|fish\w*|"
    r"trout|pickerel|walleye|pike|salmon|hunt\w*|farm|ranch|barn|cattle|cows?|pigs?|chickens?|deer|"
    r"moose|kitchen|cook\w*|chefs?|sous chef|culinary|restaurant|"
    r"bak\w*|meal prep|bbq|grill\w*|camping|garden\w*|onions?|steak|meat|knife skills|dumplings?|pierogi\w*|"
    r"perogies|pyrohy|varenyky|dishes|cutting board|"
    # a video game: "got 1 shot in fortnite and killed the whole squad 🔫"
    r"fortnite|call of duty|warzone|valorant|apex legends|minecraft|roblox|gta|halo|counter strike|csgo|cs2|"
    r"overwatch|xbox|playstation|ps5|nintendo|switch game|video games?|gaming|gamer)\b|🥟|🍝|🥧|🍞|🥐|🎮|🕹|"
    r"🎣|🐟|🐠|🐄|🐮|🐖|🐷|🐓|🐔|🦃|🦌|🥩|🍖|🍗|🥓|🧅|🧄|🥕|🥔|🍅|🥬|🥦|🌽|🍳|🥘|🍲|🍜|🥗|🪵|🎃|🍽",
)
# a job at a place that handles the means, anywhere in the reply: "work at the pharmacy was crazy, counted out
# 500 ibuprofen". Working there, not buying there ("picked up tylenol at the pharmacy" is no job)
WORKPLACE = (
    r"\b((work|working|worked|works|job|shift|shifts|jobs|pulled|pulling|did|doing)( (a|an|my|the|another) "
    r"(double|shift|overnight|night|day|long day|extra shift|overtime))? (at|in) (the |a |my )?"
    r"(pharmacy|drug ?store|"
    r"dispensary|hardware store|gun (shop|store)|hospital|clinic|warehouse|vet|veterinary|lab|"
    # a pharmacy chain by its name: "i work at shoppers counting pills all day"
    r"shoppers( drug mart)?|london drugs|rexall|walgreens|cvs|jean coutu|pharmaprix|uniprix|familiprix)|"
    r"(pharmacy|dispensary|hospital|warehouse|stockroom) (shift|work|job)|pharmacist|pharmacy (tech\w*|"
    # a hospital's own pharmacy, or a day spent at one: "counting all day at the hospital pharmacy"
    r"staff|team)|(hospital|clinic|inpatient|outpatient|central|ward) pharmacy|(all|the whole) (day|shift|"
    r"morning|afternoon|evening|night|week) (at|in) (the |a |my )?(\w+ )?(pharmacy|dispensary|stockroom|"
    r"lab)|pharmacy (tech\w*|"
    r"assistant)|(restock|stock|count|fill)\w* (\w+ ){0,2}(orders?|prescriptions|scripts)|"
    r"(travaille|travail) (a|dans) la pharmacie|trabajo en la farmacia|"
    # a shift covered, a placement: "covering at the pharmacy this week", "on my practicum at the clinic"
    r"(covering|cover|covered|filling in|fill in|on shift|on duty|locum|subbing|relief|practicum|placement|"
    r"internship|co op|training) (\w+ ){0,2}(at|in|for) (the |a |my )?(pharmacy|drug ?store|dispensary|"
    r"hospital|clinic|vet|lab)|"
    # a job that hands out medicine, named as one's own: "lpn here lol, handed out 800mg all morning"
    r"(lpn|rpn|rn|lvn|cna|psw|hca|care aide|nurse|pharmacy tech|pharm tech|pharmacist|paramedic|medic) here|"
    # ... or as one's job, and its rounds: "im a nurse, back on med rounds", "nurse at the general"
    r"(im a|i am a|work as a|working as a) (\w+ )?(nurse|lpn|rpn|rn|paramedic|care aide|pharmacist)|"
    r"nurse (at|on) (the )?\w+|med (rounds?|pass|carts?)|"
    r"(handed|handing|hand|passed|passing|gave|giving|dispens\w*) (out )?(\w+ ){0,3}(meds|medications|pills|"
    r"\d{3,} ?mg)\w* (\w+ ){0,3}(all (morning|day|shift|night|afternoon|evening)|to (the )?(patients|"
    r"residents|clients)))\b",
)
ORDINARY = AT_WORK + PASTIME
# poison put down for pests, on the farm, in the garden: "put out mouse bait in the shed"
PESTS = (
    r"\b(mice|mouse|rats|rodents?|pests?|vermin|gophers?|moles?|voles?|ants|wasps?|roaches|cockroaches|"
    r"traps?|bait|exterminat\w*|infest\w*|barn|farm|ranch|garden\w*|weeds?|"
    r"(set|put|laid|lay|setting|putting) (out|down) (the |some |more )?(rat )?poison)\b",
)

# a gun at the range or the club, anywhere in the reply: "closing shift at the gun club. cleaned the rifles";
# or at the gunsmith's, or a day at the range planned: "range day with my uncle saturday 🎯"
GUN_RANGE = (
    r"\b(gun club|shooting (range|club)|rod and gun|range officer|(at|to) the range|gunsmith\w*|"
    r"range (with|on|day|trip|session|time|this|next|tomorrow)|target shooting|targets)\b|🎯",
)
# a gun looked after with someone, shown how: "my grandpa taught me to oil his old rifle"
GUN_CARED_FOR = (
    r"\b((showed|taught|teaching|showing|show|teach) me (how|to)|(with|and) (my )?(dad|father|grandpa|"
    r"grandfather|uncle|papa|pops|him|her|them)\b.{0,40}\b(clean\w*|oil\w*|restor\w*|maintain\w*|fix\w*)|"
    r"(clean\w*|oil\w*|restor\w*|maintain\w*|fix\w*) (\w+ ){0,4}(with|alongside) (my |him|her|them)\w*)\b",
)
# a rope in ordinary use, on the farm, in a hobby, at play, anywhere in the reply ("learning knots at the
# climbing wall, the rope work is hard")
ROPE_ORDINARY = (
    r"\b((tire|tyre|rope) swing|hay|bales?|climb\w*|boat|dock|tie ?downs?|tow\w*|skipping|clothes ?line|"
    r"tent|tarps?|(ice )?fishing|shack|camping|knots?|macrame|toy|course|dogs?|horses?|cattle|calf|"
    r"calves|lasso|rodeo|farm|ranch|"
    r"sail\w*|"
    r"anchor|crafts?|pulley|hammock|tug of war|gym|workout|fence|trailer|load|kayak|canoe|laundry|"
    r"rope access|rope (team|tech\w*)|(work|job|site|maintenance) crew|arborist|tree (work|service)|"
    r"window (wash\w*|clean\w*)|"
    r"washing|boulder\w*|harness|belay\w*|top ?roping|carabiners?|rappel\w*|abseil\w*|crag)\b",
)
# a gun in the field or on the farm, anywhere in the reply: "went hunting with my uncle. carried the rifle";
# "on the farm, had to put down a sick calf with the rifle"
GUN_AFIELD = (
    r"\b(hunt(s|ed|er|ers)?|hunting(?! (rifle|gun|shotgun|knife))|"
    r"(deer|moose|elk|duck|goose|geese|turkey|pheasant|grouse|gopher|coyote|bear) (season|tags?|"
    r"camp|blind)|tree ?stand|(the|a|duck|deer) blind|farm|ranch|barn|cattle|calf|calfs|calv\w*|livestock|"
    r"herd|"
    r"heifers?|steers?|lambs?|sheep|(rifle|bow|archery|muzzleloader) season|(got|bagged|filled|shot) (my|a|"
    r"his|her|our|their) (\w+ )?(deer|buck|doe|moose|elk|tags?|limit)|"
    r"(put|putting) down (the|a|an|one|our|my|his|her) (\w+ ){0,3}"
    r"(calf|calves|cows?|horses?|dogs?|animals?|steers?|pigs?|sheep|deer)|(the )?vet (brought|came|had)|"
    r"c[ao]yotes?|gophers?|pests?|varmints?|"
    r"chasse|chasseurs?|cazar|caceria|ferme|granja|rancho)\b",
)

# a dose of a food, a spice or a supplement, or one read in a recipe: "recipe says 800mg of saffron",
# "1000mg of vitamin c"
DOSE_OF_FOOD = (
    r"\b(recipe|recette|receta|saffron|salt|sugar|caffeine|vitamin|vitamins|vit|magnesium|calcium|iron|zinc|"
    r"fish oil|omega|potassium|sodium|protein|b12|supplements?|azafran|safran)\b",
)
