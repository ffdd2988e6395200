"""Medicines named in the patterns (`<DRUG>`, `<MEDS>`, `<OTC>` in `rules.common.MACROS`), and the
ordinary uses of one's own medicine that make a mention of them benign.

Same conventions as `triage.rules.common`: short regexes over normalised text, matched as whole words.
"""

from __future__ import annotations

OTC = (
    r"tylenol|acetaminophen|paracetamol|advil|motrin|ibuprofen|aspirin|aleve|naproxen|benadryl|gravol|"
    r"sleeping pills|sleeping meds|fentanyl|fent|oxy|oxys|oxycodone|oxycontin|percocets?|percs|dilaudid|"
    r"morphine|tramadol|codeine|t3s?|tylenol 3|hydromorphone|hydros|vicodin|"
    r"hydrocodone"
)
PSYCH = (
    r"ativan|lorazepam|xanax|xans|alprazolam|klonopin|clonazepam|valium|diazepam|seroquel|quetiapine|"
    r"lithium|zopiclone|imovane|ambien|zolpidem|gabapentin|amitriptyline|trazodone|sertraline|zoloft|"
    r"prozac|fluoxetine|citalopram|cipralex|lexapro|effexor|venlafaxine|wellbutrin|bupropion|olanzapine|"
    r"zyprexa|risperidone|abilify|clozapine|lamotrigine|insulin|"
    # by class, and their common names and shortenings: benzodiazepines, antipsychotics, mood stabilisers,
    # antidepressants, sleep aids, stimulants, opioids
    r"clonaz|clonazepams?|rivotril|temazepam|restoril|oxazepam|librium|benzos?|benzodiazepines?|"
    r"haldol|haloperidol|latuda|lurasidone|invega|paliperidone|aripiprazole|chlorpromazine|loxapine|"
    r"ziprasidone|antipsychotics?|depakote|epival|valproate|divalproex|carbamazepine|tegretol|lamictal|"
    r"topiramate|mood stabili[sz]ers?|paxil|paroxetine|celexa|escitalopram|mirtazapine|remeron|duloxetine|"
    r"cymbalta|pristiq|desvenlafaxine|nortriptyline|doxepin|trintellix|antidepressants?|nytol|unisom|"
    r"doxylamine|diphenhydramine|zzzquil|sleep aids?|adderall|ritalin|vyvanse|concerta|methylphenidate|"
    r"hydroxyzine|atarax|methadone|suboxone|buprenorphine|opioids?|opiates?|painkillers|pain killers"
)

# contexts that make a means-only mention benign (an ordinary use of one's own medicine)
MEDS_BENIGN = (
    r"\bfor (my |a |the |her |his |their )?(\w+ )?(head|headaches?|migraines?|back|backache|pain|fever|"
    r"cramps|cold|flu|tooth|toothache|period|knee|shoulder|arthritis|hangover|neck|sore \w+)\b",
    r"\b(prescri\w*|pharmac\w*|refill\w*|doctor|doc|docs|dr|psychiatrist|psych|nurse|dosage|side effects?|"
    r"as directed|"
    r"dentist|surgeon|oral surgeon|physio\w*|vet|medic[oa]|doctora|psiquiatra|receta|medecin|psychiatre|"
    r"ordonnance)\b",
    # given for a procedure: "800mg ibuprofen for after my wisdom teeth"
    r"\b(for|after) (after )?(the |my |a )?(extraction|surgery|procedure|operation|wisdom teeth|root canal|"
    r"dental work|stitches|filling)\b",
    r"\b(every (day|morning|night|evening)|daily|this morning|at bedtime)\b",
    # taken as prescribed: "i took my meds on time all week 💊✅"
    r"\b((took|take|taking|taken) my (meds|pills|medication|medicine)|on time|on schedule|as prescribed)\b",
    r"\b(im on|started|starting|switched to|down to|up to|increased to|lowered to) \d+ ?mg\b",
    # a dose changed: "upped my lithium to 900mg", "bumped me up to 150 mg", "cut my dose to 50mg"
    r"\b(upped|raised|bumped|increased|lowered|dropped|reduced|cut|changed|adjusted|upping|raising|lowering) "
    r"(\w+ ){0,3}(to|up to|down to) \d+ ?mg\b",
    # kept safe or organised: "i keep my tablets in a dosette box so i do not forget them"
    r"\b(dosette|pill (box|organi[sz]er)|(?<!whole )(?<!entire )(?<!full )blister packs?|(so|to) (i )?(dont|"
    r"not) forget|remember to take|"
    r"lock ?box|locked (up|away)|safe place)\b",
    # the pill emoji as the day's dose or its box: "took my evening 💊", "a 💊 organiser", "day 12 in a row"
    r"\b(took|take|taking|taken) my (morning|evening|night|nightly|daily|bedtime|am|pm|usual) (💊|meds|pills|"
    r"dose|medication)|💊 ?(box|organi[sz]er|case|container|reminder)|\b(days?|weeks?) (\d+ )?in a row\b",
)
