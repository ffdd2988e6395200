"""Denials and idioms of wanting to die in other languages, for the rules that read that wish
(`rules.languages`, `rules.multilingual`, `rules.newcomers`): searched in the clause of each match, a denial
there is a guard (the model then needs its guarded confidence). Rounds 22-25 read these as crisis (DOMAIN
section 3's false alarms: negation, idiom). Each is written by meaning and names the wish it denies, so a
denial of something else in the clause ("không muốn sống": I do not want to live) guards nothing.
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern

DENIALS = tuple(
    folded_pattern(pattern)
    for pattern in (
        # Korean: "죽고 싶은 생각은 전혀 없어요" (no thought at all of wanting to die)
        r"(죽고 싶|자살)\S* (생각|마음)\S* (전혀 |별로 |절대 |하나도 )?(없|안 )",
        # Vietnamese: "không có ý định tự tử" (no intention of suicide)
        r"không (hề )?(có )?(ý định|định|muốn|nghĩ (đến|tới|về)) (\S+ )?(tự tử|tự sát)",
        # Tagalog: "di ako magpapakamatay" (I won't kill myself)
        r"\b(di|hindi) (po )?(ako|ko) (mag)?(papakamatay|magpakamatay|ipapakamatay)",
        # Hindi: "आत्महत्या के बारे में नहीं सोच रहा" (not thinking of suicide)
        r"(आत्महत्या|खुदकुशी|मरने)( के बारे में| का| की)? (नहीं|न) (सोच|कर)",
        # Chinese: "我不是想自杀" (it is not that I want to kill myself), "我没有想自杀"
        r"(不是|并不是|並不是|没有|沒有)(想|要|打算)?(自杀|自殺)",
        # Hindi in Latin letters: "khudkushi jaisa kuch nahi soch raha" (nothing like suicide in my mind)
        r"\b(khudkushi|khudkhushi|khud kushi|aatmhatya|atmahatya)( jaisa| jaisi| jaise| ke baare "
        r"(mein|me|mai)| ke bare (mein|me)| ka| ki)? (kuch |koi )?(nahi|nahin|nai) (soch|kar)",
        # Vietnamese idiom: hot, cold, tired or hungry "to death" ("nóng muốn chết luôn")
        r"\b(lạnh|nóng|mệt|đói|buồn ngủ|rét) (muốn chết|chết đi được)",
    )
)
