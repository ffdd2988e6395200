"""The language matrix's idioms (`tests/unit/test_triage_languages_matrix_urgent.py`), removed before matching
as `rules.idioms` are: work "killing" one in Dutch and Italian, which the model read as crisis. Each names
what kills, so a person doing the killing is never an idiom. Same conventions as `rules.idioms`.
"""

from textsupport.triage.folding import folded_pattern

ATLAS_IDIOMS = tuple(
    folded_pattern(pattern)
    for pattern in (
        # Dutch: "die nachtdiensten zijn moordend" (the night shifts are murderous), "een moordend tempo"
        r"(diensten|dienst|nachtdiensten|werk|tempo|hitte|examens|week|dag|dagen|shifts|uren) "
        r"(zijn|is|was|waren) (echt |best |behoorlijk |gewoon |wel )?moordend|moordend (tempo|werk|schema)",
        # Italian: "questi turni di notte mi stanno uccidendo" (these night shifts are killing me)
        r"(turni|turno|lavoro|caldo|freddo|esami|esame|studio|traffico|piedi|schiena|compiti|orari)"
        r"( \w+){0,3} mi (sta|stanno) (uccidendo|ammazzando)",
    )
)
