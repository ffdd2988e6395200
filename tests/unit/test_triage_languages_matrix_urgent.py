"""The language matrix, urgent needs and ordinary replies (DOMAIN section 3). Urgent, and not crisis: not
coping and asking for a call; paranoia without intent (the police reading one's phone); no safe place to
sleep in the cold. Routine, below crisis: idioms of dying and killing (night shifts killing one, dying of
laughter, working oneself to death), an absence with its reason. Each phrase was written for this file by
meaning, not copied from a blind batch or the labelled set.

Cells left out, as we are not sure enough of a plain phrasing: Cree-English mixes; Somali, Amharic, Tigrinya,
Tamil, Gujarati and Punjabi not coping and paranoia; Somali, Amharic, Tigrinya, Swahili, Bengali, Tamil,
Gujarati and Punjabi idioms; no safe place to sleep outside Somali, Dutch, German, Russian and Arabic.
"""

from tests.support.triage_matrix import level_test, rules_test

URGENT = {
    "not coping, asking for a call": {
        "German": ["mir geht es sehr schlecht, ich schaffe das nicht mehr, kann mich jemand anrufen?"],
        "Dutch": ["het gaat heel slecht met me, ik trek het niet meer, kan iemand me bellen?"],
        "Italian": ["sto malissimo, non ce la faccio più, qualcuno può chiamarmi?"],
        "Polish": ["jest mi bardzo źle, nie daję już rady, czy ktoś może do mnie zadzwonić?"],
        "Portuguese": ["estou muito mal, não aguento mais, alguém pode me ligar?"],
        "Romanian": ["mi-e foarte rău, nu mai fac față, mă poate suna cineva?"],
        "Turkish": ["berbat durumdayım, dayanamıyorum artık, biri beni arasın lütfen"],
        "Swahili": ["siwezi tena kuvumilia, mtu anaweza kunipigia simu?"],
        "Arabic": ["أنا تعبان كثير، ما عدت أقدر أتحمل، ممكن حد يتصل فيني؟"],
        "Persian": ["حالم خیلی بده، دیگه نمی‌تونم تحمل کنم، کسی میتونه بهم زنگ بزنه؟"],
        "Urdu": ["میری حالت بہت خراب ہے، کوئی مجھے فون کر سکتا ہے؟"],
        "Hindi": [
            "मेरी हालत बहुत खराब है, क्या कोई मुझे फोन कर सकता है?",
            "bahut bura lag raha hai, koi mujhe call kar sakta hai?",
        ],
        "Bengali": ["আমি খুব খারাপ আছি, কেউ কি আমাকে ফোন করতে পারবেন?"],
        "Vietnamese": ["tôi thấy tệ lắm, không chịu nổi nữa, ai gọi cho tôi được không?"],
        "Chinese (simplified)": ["我现在很难受，撑不下去了，能不能有人给我打个电话？"],
        "Chinese (traditional)": ["我現在很難受，撐不下去了，可以有人打電話給我嗎？"],
        "Cantonese": ["我好辛苦，頂唔順啦，可唔可以搵人打畀我？"],
        "Korean": ["너무 힘들어요, 더 이상 못 버티겠어요. 누가 전화 좀 해주실 수 있어요?"],
        "Japanese": ["すごくつらくて、もう耐えられない。誰か電話してくれませんか"],
        "Tagalog": ["ang sama ng pakiramdam ko, hindi ko na kaya, may pwede bang tumawag sa akin?"],
        "Ukrainian": ["мені дуже погано, я більше не справляюся, хтось може мені подзвонити?"],
        "Russian": ["мне очень плохо, я больше не справляюсь, может кто-нибудь мне позвонить?"],
        "Greek": ["είμαι πολύ χάλια, δεν αντέχω άλλο, μπορεί κάποιος να με πάρει τηλέφωνο;"],
        "Haitian Creole": ["mwen pa byen ditou, mwen pa ka sipòte ankò, èske yon moun ka rele m?"],
    },
    "paranoia: the police reading one's phone": {
        "German": ["ich glaube, die Polizei liest mein Handy mit"],
        "Dutch": ["ik denk dat de politie mijn telefoon meeleest"],
        "Italian": ["penso che la polizia mi legga il telefono"],
        "Polish": ["myślę, że policja czyta mój telefon"],
        "Portuguese": ["acho que a polícia está lendo meu celular"],
        "Romanian": ["sunt sigură că poliția mă urmărește prin telefon"],
        "Turkish": ["polis telefonumu okuyor sanırım"],
        "Swahili": ["nadhani polisi wanasoma simu yangu"],
        "Arabic": ["أظن أن الشرطة تقرأ رسائل تلفوني"],
        "Persian": ["فکر می‌کنم پلیس گوشیمو می‌خونه"],
        "Urdu": ["مجھے لگتا ہے پولیس میرا فون پڑھ رہی ہے"],
        "Hindi": ["मुझे लगता है पुलिस मेरा फोन पढ़ रही है"],
        "Vietnamese": ["tôi nghĩ công an đang đọc điện thoại của tôi"],
        "Chinese (simplified)": ["我觉得警察在监视我的手机"],
        "Chinese (traditional)": ["我覺得警察在監視我的手機"],
        "Korean": ["경찰이 내 휴대폰을 보고 있는 것 같아요"],
        "Japanese": ["警察に携帯を監視されている気がする"],
        "Tagalog": ["sa tingin ko binabasa ng pulis ang cellphone ko"],
        "Ukrainian": ["мені здається, що поліція читає мій телефон"],
        "Russian": ["мне кажется, полиция читает мой телефон"],
        "Greek": ["νομίζω ότι η αστυνομία διαβάζει το κινητό μου"],
        "Haitian Creole": ["mwen panse lapolis ap li telefòn mwen"],
    },
    "no safe place to sleep in the cold": {
        "Somali": ["meel aan seexdo ma haysto caawa, aad bay u qabow tahay"],
        "Dutch": ["ik heb vannacht geen slaapplek en het vriest"],
        "German": ["ich habe heute nacht keinen schlafplatz und es friert"],
        "Russian": ["мне негде ночевать сегодня, а на улице мороз"],
        "Arabic": ["ما عندي مكان أنام فيه الليلة والبرد شديد"],
    },
}
ORDINARY = {
    "idioms of dying and killing": {
        "German": [
            "die Nachtschichten bringen mich um",
            "ich lache mich tot",
            "ich arbeite mich noch zu Tode",
        ],
        "Dutch": [
            "die vroege diensten zijn moordend",
            "ik ga dood van het lachen",
            "ik werk me kapot deze week",
        ],
        "Italian": ["questi turni di notte mi stanno uccidendo", "sto morendo dal ridere"],
        "Polish": ["umieram ze śmiechu", "te nocne zmiany mnie wykończą"],
        "Portuguese": [
            "esses plantões noturnos estão me matando",
            "estou morrendo de rir",
            "estou me matando de trabalhar",
        ],
        "Romanian": ["mor de râs", "turele de noapte mă omoară"],
        "Turkish": ["gülmekten öldüm", "gece vardiyaları beni öldürüyor"],
        "Arabic": ["متت من الضحك", "الشغل بالليل قاتلني"],
        "Persian": ["از خنده مردم", "شیفت شب داره منو می‌کشه"],
        "Hindi": ["हँसते हँसते मर गया", "ये नाइट शिफ्ट मुझे मार डालेगी"],
        "Urdu": ["ہنس ہنس کے مر گیا"],
        "Vietnamese": ["cười muốn chết", "ca đêm này làm tôi mệt chết đi được"],
        "Chinese (simplified)": ["笑死我了", "夜班累死我了"],
        "Cantonese": ["笑死我", "返夜班攰到死"],
        "Korean": ["웃겨 죽겠어", "야간 근무 때문에 죽겠어요"],
        "Japanese": ["笑い死にしそう", "夜勤で死にそう"],
        "Tagalog": ["namatay ako sa kakatawa", "pinapatay ako ng night shift"],
        "Ukrainian": ["я помираю зі сміху", "ці нічні зміни мене вбивають"],
        "Russian": ["я умираю со смеху", "эти ночные смены меня убивают"],
        "Greek": ["πέθανα στο γέλιο", "οι νυχτερινές βάρδιες με σκοτώνουν"],
        "Haitian Creole": ["m ap mouri ri"],
    },
    "an absence with its reason": {
        "German": ["ich bin morgen nicht bei der Arbeit, ich gehe zum Arzt"],
        "Dutch": ["ik ben morgen niet op mijn werk, ik ga naar de dokter"],
        "Italian": ["domani non sarò al lavoro, vado dal medico"],
        "Polish": ["jutro nie będzie mnie w pracy, idę do lekarza"],
        "Portuguese": ["amanhã não vou trabalhar, vou ao médico"],
        "Romanian": ["mâine nu vin la muncă, merg la doctor"],
        "Turkish": ["yarın işe gelmeyeceğim, doktora gidiyorum"],
        "Swahili": ["kesho sitakuwa kazini, naenda kwa daktari"],
        "Arabic": ["ما رح كون بالشغل بكرا، رايح عند الدكتور"],
        "Persian": ["فردا سر کار نمیام، میرم دکتر"],
        "Hindi": ["कल मैं काम पर नहीं आऊँगा, डॉक्टर के पास जा रहा हूँ"],
        "Vietnamese": ["ngày mai tôi không đi làm, tôi đi khám bác sĩ"],
        "Chinese (simplified)": ["明天我不去上班，要去看医生"],
        "Chinese (traditional)": ["明天我不去上班，要去看醫生"],
        "Korean": ["내일은 병원에 가서 출근 못 해요"],
        "Japanese": ["明日は病院に行くので仕事を休みます"],
        "Tagalog": ["hindi ako papasok bukas, pupunta ako sa doktor"],
        "Ukrainian": ["завтра мене не буде на роботі, я йду до лікаря"],
        "Russian": ["завтра меня не будет на работе, иду к врачу"],
        "Greek": ["αύριο δεν θα είμαι στη δουλειά, πάω στον γιατρό"],
        "Haitian Creole": ["demen mwen p ap travay, m prale kay doktè"],
    },
}

test_each_urgent_cell_holds_its_level = level_test("urgent", URGENT)
test_rules_alone_read_each_urgent_cell = rules_test("urgent", URGENT)
test_each_ordinary_cell_holds_its_level = level_test("routine", ORDINARY)
