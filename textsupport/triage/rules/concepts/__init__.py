"""Cross-lingual concepts for the triage model: one name for the same meaning in every language written here,
so that a crisis typed in Tagalog or Korean lights the same feature as one typed in English.

`CONCEPTS` maps a concept's name to its patterns by language code (`LANGUAGES`). Patterns follow
`triage.rules.common`: regexes over normalised text (accents folded, contractions joined, variants
rewritten), matched as whole words, written with their accents and letters as people type them and
folded by `patterns.whole_words` as the text is folded. Each is written by meaning, not copied from replies;
a language is left out of a concept rather than guessed. Vietnamese is written already folded (tones
dropped; "đ" kept, so both "[đd]"). Cyrillic, Arabic-script and Indic patterns short enough to sit inside a
longer word carry `letters.START`/`END`. The matcher is `triage.concepts`. Data only.
"""

from textsupport.triage.rules.concepts import (
    care,
    death,
    farewells,
    feelings,
    guards,
    means,
    people,
    time,
    weapons,
)

LANGUAGES = {
    "en": "English", "fr": "French (incl. Québec)", "es": "Spanish", "pt": "Portuguese", "tl": "Tagalog",
    "ar": "Arabic", "ar_latn": "Arabic in Latin letters (Arabizi)", "uk": "Ukrainian", "ru": "Russian",
    "pa": "Punjabi (Gurmukhi)", "pa_latn": "Punjabi in Latin letters", "hi": "Hindi (Devanagari)",
    "ur": "Urdu", "hi_latn": "Hindi and Urdu in Latin letters", "zh": "Chinese (simplified and traditional)",
    "vi": "Vietnamese", "fa": "Persian", "so": "Somali", "ko": "Korean", "am": "Amharic", "ti": "Tigrinya",
    "pl": "Polish", "it": "Italian", "de": "German", "tr": "Turkish", "ja": "Japanese", "cr": "Cree",
    "oj": "Ojibwe",
}  # fmt: skip

CONCEPTS: dict[str, dict[str, tuple[str, ...]]] = {
    # wanting to die
    "die": death.DIE,
    "suicide": death.SUICIDE,
    "end_life": death.END_LIFE,
    "not_exist": death.NOT_EXIST,
    # despair
    "hopeless": feelings.HOPELESS,
    "burden": feelings.BURDEN,
    "cant_go_on": feelings.CANT_GO_ON,
    "alone": feelings.ALONE,
    # a veiled farewell
    "goodbye": farewells.GOODBYE,
    "thanks_all": farewells.THANKS_ALL,
    # means
    "pills": means.PILLS,
    "took_all": means.TOOK_ALL,
    "lethality": means.LETHALITY,
    "poison": means.POISON,
    "cut": weapons.CUT,
    "blood": weapons.BLOOD,
    "rope": weapons.ROPE,
    "gun": weapons.GUN,
    "knife": weapons.KNIFE,
    "jump": weapons.JUMP,
    # when
    "now": time.NOW,
    "plan": time.PLAN,
    # others, and care
    "harm_other": people.HARM_OTHER,
    "voices": people.VOICES,
    "other_danger": people.OTHER_DANGER,
    "not_safe": people.NOT_SAFE,
    "help": care.HELP,
    "meds_out": care.MEDS_OUT,
    # guards: the classic false alarms
    "negation": guards.NEGATION,
    "past": time.PAST,
    "joke": guards.JOKE,
    "ordinary": guards.ORDINARY,
}
