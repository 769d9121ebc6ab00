//! Sentence rules of the languages that have their own: the abbreviations
//! after which a full stop ends no sentence, the words after which an
//! ordinal's stop ends none, and the marks that end a sentence in one
//! language only. Lists are matched with case against the word before the
//! dot, as [`SentenceRules`] says; words written by hand from common usage
//! in each language's press, not taken from a corpus.
//!
//! A lowercase abbreviation before a lowercase word needs no entry: a
//! sentence never starts in lowercase, so the text room joins those
//! already. The lists hold what comes before a capital or a number: titles
//! before names, abbreviations before a proper noun (`napr. Bratislava`),
//! and words before a number (`Nr. 5`). Words of a dotted abbreviation are
//! listed apart when it is written with spaces (`z. B.`: `z`, `B`) and whole
//! when without (`f.eks`).

use super::SentenceRules;

/// German: `z. B.`, `Nr. 5`, `Dr. Weber`, `vom 12. Juni`, `im 20. Jahrhundert`.
pub(super) const GERMAN: SentenceRules = SentenceRules {
    never_final: &[
        "z", "B", "d", "h", "u", "a", "bzw", "ca", "Dr", "Prof", "Hr", "Fr", "Hrn", "St", "Str",
        "vgl", "ggf", "evtl", "inkl", "zzgl", "sog", "Jh", "Mio", "Mrd", "Jan", "Feb", "Okt",
        "Nov", "Dez",
        // Adjectives abbreviated before the noun they qualify: the medical doctorate
        // (`Dr. med. Weber`), the confessions (`eine kath. Schule`, `die evang. Kirche`).
        "med", "kath", "evang",
    ],
    before_number: &["Nr", "Abs", "Art", "S", "Bd", "Kap", "Tel"],
    // `usw.` (and so on) ends a list, and often the sentence with it, as `etc.` does.
    ambiguous: &["etc", "usw", "usf", "GmbH", "AG", "Co"],
    openers: &[
        "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Am", "Im", "In",
        "Auch", "Aber", "Doch", "Dann", "Nach", "Mit", "Bei", "Und", "Denn", "So", "Dies",
    ],
    after_ordinal: &[
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember", "Jänner", "Jahrhundert", "Jahrhunderts", "Weltkrieg",
        "Weltkriegs", "Liga", "Bundesliga", "Mal", "Platz", "Runde", "Spieltag", "Klasse",
        "Stock", "Auflage", "Kapitel", "Geburtstag", "Jahrestag",
    ],
    ..SentenceRules::NONE
};

/// French: `M. Dupont`, `Mme`, `p. ex.`, `n° 3`.
pub(super) const FRENCH: SentenceRules = SentenceRules {
    never_final: &[
        "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "St", "Ste", "ex", "cf", "env",
        "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc",
    ],
    before_number: &["p", "n", "No", "art", "vol", "chap"],
    ambiguous: &["etc", "Cie", "av", "apr", "J.-C"],
    openers: &[
        "Le", "La", "Les", "Un", "Une", "Il", "Elle", "Ils", "Elles", "Nous", "On", "Ce", "Cette",
        "En", "Dans", "Mais", "Pour",
    ],
    ..SentenceRules::NONE
};

/// Spanish: `Sr.`, `Srta.`, `Lic.`, `Dra.`, `pág. 4`.
pub(super) const SPANISH: SentenceRules = SentenceRules {
    never_final: &[
        "Sr", "Sra", "Sres", "Srta", "Dr", "Dra", "Lic", "Ing", "Arq", "Prof", "Ud", "Uds", "Vd",
        "Dña", "D", "Av", "Avda", "Gral", "ej", "aprox", "ene", "feb", "abr", "ago", "sept", "oct",
        "nov", "dic",
        // `EE. UU.` (Estados Unidos), the doubled letters of a plural abbreviation written
        // with a space: the first half never ends a sentence.
        "EE",
    ],
    // Months that are words too (`mar`, sea; `may`), and the months capitalised as a date
    // writes them (`30 Ago. 1984`), before a day or a year only.
    before_number: &[
        "pág", "págs", "núm", "No", "art", "cap", "vol", "mar", "may", "jun", "jul", "Ene", "Feb",
        "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Sept", "Oct", "Nov", "Dic",
        // Telephone and extension numbers of an address (`Tel. 555 01 02 Ext. 12`).
        "Tel", "tel", "Ext", "ext",
    ],
    ambiguous: &["etc", "S.A", "Cía", "EE.UU"],
    openers: &[
        "El", "La", "Los", "Las", "Un", "Una", "En", "Por", "Pero", "Este", "Esta", "Él", "Ella",
        "Se", "Con", "Para",
    ],
    ..SentenceRules::NONE
};

/// Catalan: `Sr.`, `Sra.`, `Dr.`, `p. ex.`, `núm. 4`.
pub(super) const CATALAN: SentenceRules = SentenceRules {
    never_final: &[
        "Sr", "Sra", "Srta", "Dr", "Dra", "Prof", "Av", "Pl", "ex", "aprox", "gen", "febr", "abr",
        "ag", "set", "oct", "nov", "des",
    ],
    before_number: &["pàg", "núm", "art", "cap", "vol"],
    ambiguous: &["etc", "S.A"],
    openers: &[
        "El", "La", "Els", "Les", "Un", "Una", "En", "Però", "Aquest", "Aquesta", "Ell", "Ella",
        "Amb", "Per",
    ],
    ..SentenceRules::NONE
};

/// Arabic: `د. أحمد` (Dr.), `أ. د.` (Prof.), `ق. م` (BC), `ص. 4` (page), `ج. 2` (part).
/// Arabic has no capitals, so nothing but these lists tells such a dot from a sentence's end.
/// Left out on purpose: `م`, which after a year (`عام 1770 م.`) often ends a sentence, and
/// the Arabic names of Latin letters (`سي. آي. إيه`, CIA), which end one as often
/// (`سواقات يو اس بي.`, USB drives).
pub(super) const ARABIC: SentenceRules = SentenceRules {
    never_final: &["د", "أ", "ق"],
    before_number: &["ص", "ج", "رقم"],
    ..SentenceRules::NONE
};

/// Portuguese: `Sr.`, `Sra.`, `Dr.`, `pág. 4`.
pub(super) const PORTUGUESE: SentenceRules = SentenceRules {
    never_final: &[
        "Sr", "Sra", "Srta", "Dr", "Dra", "Prof", "Profa", "Eng", "Av", "V", "Exa", "ex", "aprox",
        "jan", "fev", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez",
    ],
    before_number: &["pág", "págs", "n", "nº", "art", "cap", "vol"],
    ambiguous: &["etc", "Ltda", "S.A", "Cia"],
    openers: &[
        "O", "A", "Os", "As", "Um", "Uma", "Em", "No", "Na", "Mas", "Ele", "Ela", "Eles", "Este",
        "Esta", "Com", "Para",
    ],
    ..SentenceRules::NONE
};

/// Italian: `Sig.`, `Dott.`, `pag. 4`.
pub(super) const ITALIAN: SentenceRules = SentenceRules {
    never_final: &[
        "Sig", "Sigg", "Sig.ra", "Dott", "Dott.ssa", "Dr", "Prof", "Prof.ssa", "Ing", "Avv", "On",
        "S", "ecc", "es", "gen", "febb", "apr", "giu", "lug", "ago", "sett", "ott", "nov", "dic",
        // Titles and forms of address before a name (`Egr. Dir. Bianchi`, `Arch. Neri`).
        "Dir", "Arch", "Geom", "Rag", "Mons", "Sen", "Egr", "Gent", "Spett",
        // Italian writes titles of profession in lowercase before a name as often (`il dott.
        // Rossi`, `la psicol. Ferri`; not after an elided article, `l'avv.`, which is read
        // past only before a capital).
        "sig", "sigg", "sig.ra", "dott", "dott.ssa", "prof", "prof.ssa", "ing", "avv", "arch",
        "geom", "rag", "psicol", "mons", "egr", "gent", "spett",
    ],
    // The days of the week before a date (`mar. 23 novembre`): `mar` is the sea too.
    before_number: &[
        "pag", "pagg", "n", "art", "cap", "vol", "lun", "mar", "mer", "gio", "ven", "sab", "dom",
    ],
    ambiguous: &["etc", "S.p.A", "Spa"],
    openers: &[
        "Il", "Lo", "La", "I", "Gli", "Le", "Un", "Una", "In", "Ma", "Per", "Questo", "Questa",
    ],
    ..SentenceRules::NONE
};

/// Romanian: `dl.` (domnul), `dna.`, `Dr.`, `nr. 5`.
pub(super) const ROMANIAN: SentenceRules = SentenceRules {
    never_final: &[
        "dl", "Dl", "dna", "Dna", "dra", "Dra", "dlui", "Dr", "dr", "prof", "Prof", "ing", "Ing",
        "str", "Str", "bd", "ian", "febr", "mart", "apr", "aug", "sept", "oct", "nov", "dec",
    ],
    before_number: &["nr", "Nr", "pag", "art", "alin", "cap", "vol"],
    ambiguous: &["etc", "S.A", "SRL"],
    openers: &[
        "El", "Ea", "Ei", "Ele", "Un", "O", "În", "La", "Dar", "Acest", "Această", "Pe", "Cu",
    ],
    ..SentenceRules::NONE
};

/// Dutch: `dhr.`, `mevr.`, `bijv.`, `ca. 3`; a sentence may open with a digit (`3 mensen`).
pub(super) const DUTCH: SentenceRules = SentenceRules {
    never_final: &[
        "dhr", "Dhr", "mevr", "Mevr", "mw", "dr", "Dr", "prof", "Prof", "ir", "ing", "mr", "bijv",
        "bv", "d.w.z", "o.a", "m.b.t", "i.p.v", "jan", "feb", "aug", "sept", "okt", "nov", "dec",
        "St", "drs", "Drs",
    ],
    before_number: &[
        "nr", "Nr", "blz", "art", "hfst", "ca", "ong", "max", "min", "resp", "incl", "excl", "vs",
        "p", "pag", "tel",
    ],
    ambiguous: &["etc", "enz", "B.V", "N.V"],
    openers: &[
        "De", "Het", "Een", "Hij", "Zij", "Ze", "Wij", "We", "In", "Op", "Maar", "Dat", "Dit",
    ],
    digit_openers: true,
    ..SentenceRules::NONE
};

/// Danish: `Skt.` (Sankt), `f.eks.`, `bl.a.`, `hr.`, `nr. 5`.
pub(super) const DANISH: SentenceRules = SentenceRules {
    never_final: &[
        "Skt", "St", "hr", "Hr", "fr", "Fr", "dr", "Dr", "prof", "Prof", "f.eks", "bl.a", "dvs",
        "mht", "vedr", "ifm", "jf", "ca", "kl", "pga", "evt", "inkl", "ekskl",
    ],
    before_number: &["nr", "Nr", "s", "stk", "tlf", "kr"],
    ambiguous: &["osv", "mv", "m.fl", "A/S", "ApS"],
    openers: &[
        "Den", "Det", "De", "Der", "En", "Et", "Han", "Hun", "Vi", "Jeg", "I", "Men", "Og", "Som",
        "På", "Efter", "Hvad", "Hvem", "Hvor", "Hvorfor", "Hvordan", "Hvornår", "Hvis", "Nu",
    ],
    ..SentenceRules::NONE
};

/// Norwegian: `f.eks.`, `bl.a.`, `hr.`, `St.`, `nr. 5`.
pub(super) const NORWEGIAN: SentenceRules = SentenceRules {
    never_final: &[
        "St", "hr", "Hr", "fru", "dr", "Dr", "prof", "Prof", "f.eks", "bl.a", "dvs", "mht", "ifm",
        "jf", "ca", "kl", "pga", "evt", "inkl", "iflg",
    ],
    before_number: &["nr", "Nr", "s", "tlf", "kr"],
    ambiguous: &["osv", "mv", "m.fl", "AS", "ASA"],
    openers: &[
        "Den", "Det", "De", "Der", "En", "Et", "Han", "Hun", "Vi", "Jeg", "I", "Men", "Og", "Som",
        "På", "Etter",
    ],
    ..SentenceRules::NONE
};

/// Swedish: `t.ex.`, `bl.a.`, `S:t`, `nr 5`, `kl. 9`.
pub(super) const SWEDISH: SentenceRules = SentenceRules {
    never_final: &[
        "t.ex", "bl.a", "d.v.s", "s.k", "f.d", "o.d", "p.g.a", "resp", "jfr", "ca", "dr", "Dr",
        "prof", "Prof", "ordf", "fr.o.m", "t.o.m", "St",
    ],
    before_number: &["nr", "Nr", "kl", "s", "tel", "kap"],
    ambiguous: &["osv", "m.m", "m.fl", "AB"],
    openers: &[
        "Den", "Det", "De", "Där", "En", "Ett", "Han", "Hon", "Vi", "Jag", "I", "Men", "Och", "Som",
        "På", "Efter",
    ],
    ..SentenceRules::NONE
};

/// Finnish: `esim.`, `ns.`, `mm.`, `n. 5` (noin), `s. 12`.
pub(super) const FINNISH: SentenceRules = SentenceRules {
    never_final: &[
        "esim", "Esim", "ns", "mm", "ks", "vrt", "ts", "ml", "tri", "Tri", "prof", "Prof", "toim",
        "yliopp", "Dr",
    ],
    before_number: &["n", "s", "nro", "puh", "klo", "v", "kpl", "milj", "mrd"],
    ambiguous: &["jne", "yms", "ym", "Oy", "Oyj", "Ab", "ry"],
    openers: &[
        "Se", "Ne", "Hän", "He", "Me", "Minä", "Tämä", "Nämä", "Mutta", "Ja", "Kun", "Jos", "Myös",
    ],
    ..SentenceRules::NONE
};

/// Czech: `např.`, `tzv.`, `Ing.`, `MUDr.`, `č. 5`, `s. 12`.
pub(super) const CZECH: SentenceRules = SentenceRules {
    never_final: &[
        "např", "tzv", "tj", "mj", "resp", "cca", "popř", "příp", "Ing", "Mgr", "Bc", "MUDr",
        "JUDr", "PhDr", "RNDr", "doc", "prof", "Prof", "Dr", "p", "pí", "sv", "ul", "nám", "gen",
        "pplk", "plk",
    ],
    before_number: &["č", "s", "str", "odst", "tel", "kap", "tab", "obr", "r"],
    ambiguous: &["atd", "apod", "aj", "tzn", "a.s", "s.r.o", "spol"],
    openers: &[
        "To", "Ten", "Ta", "Je", "V", "Na", "Po", "Ale", "Pak", "On", "Ona", "Oni", "My", "Když",
        "Podle",
    ],
    ..SentenceRules::NONE
};

/// Slovak: `napr.`, `tzv.`, `Ing.`, `MUDr.`, `č. 5`.
pub(super) const SLOVAK: SentenceRules = SentenceRules {
    never_final: &[
        "napr", "tzv", "tj", "t", "j", "resp", "cca", "príp", "Ing", "Mgr", "Bc", "MUDr", "JUDr",
        "PhDr", "RNDr", "doc", "prof", "Prof", "Dr", "p", "pán", "sv", "ul", "nám", "gen",
    ],
    before_number: &["č", "s", "str", "ods", "tel", "kap", "tab", "obr", "r"],
    ambiguous: &["atď", "a.s", "s.r.o", "spol"],
    openers: &[
        "To", "Ten", "Tá", "Je", "V", "Na", "Po", "Ale", "Potom", "On", "Ona", "Oni", "My", "Keď",
        "Podľa",
    ],
    ..SentenceRules::NONE
};

/// Polish: `np.`, `tzw.`, `m.in.`, `prof.`, `nr 5`, `ul.`, `św.`.
pub(super) const POLISH: SentenceRules = SentenceRules {
    never_final: &[
        "np", "tzw", "tj", "m.in", "ok", "ul", "al", "pl", "os", "prof", "Prof", "dr", "Dr", "mgr",
        "inż", "hab", "św", "gen", "płk", "ks", "red", "tzn", "wg", "godz", "im",
    ],
    before_number: &["nr", "Nr", "s", "str", "art", "ust", "poz", "tel", "r", "tys", "mln", "mld"],
    ambiguous: &["itd", "itp", "in", "S.A", "sp"],
    openers: &[
        "W", "Na", "To", "Ten", "Ta", "Jest", "Nie", "Ale", "Po", "On", "Ona", "Oni", "My", "Jak",
        "Gdy", "Według",
    ],
    ..SentenceRules::NONE
};

/// Hungarian: `pl.` (például), `ún.`, `kb.`, `dr.`, `u.` (utca), `sz. 5`.
pub(super) const HUNGARIAN: SentenceRules = SentenceRules {
    never_final: &[
        "pl", "Pl", "ún", "kb", "Kb", "dr", "Dr", "id", "ifj", "özv", "prof", "Prof", "u", "krt",
        "ill", "vö", "ld", "ford",
    ],
    before_number: &["sz", "p", "o", "old", "tel", "fsz", "em"],
    ambiguous: &["stb", "Kft", "Zrt", "Nyrt", "Bt"],
    openers: &[
        "A", "Az", "Egy", "Ez", "Ezt", "Ő", "Ők", "Mi", "De", "És", "Ha", "Amikor", "Szerint",
    ],
    ..SentenceRules::NONE
};

/// Russian: `т. е.`, `т. д.`, `г. Москва`, `ул.`, `им.`.
pub(super) const RUSSIAN: SentenceRules = SentenceRules {
    never_final: &[
        "т", "е", "д", "п", "г", "гг", "ул", "им", "проф", "акад", "др", "пр", "см", "тыс", "млн",
        "млрд", "руб",
        // Kinds of place before its name: `пгт.` (urban settlement), `пос.`, `обл.`, and
        // streets (`пер.`, `просп.`, `наб.`).
        "пгт", "пос", "обл", "пер", "просп", "наб",
    ],
    before_number: &["№", "с", "стр", "ст", "рис", "табл"],
    ambiguous: &["т.д", "т.п", "др"],
    openers: &[
        "В", "На", "Он", "Она", "Они", "Это", "Но", "И", "По", "С", "Как", "Мы", "Я",
    ],
    ..SentenceRules::NONE
};

/// Ukrainian: `т. зв.`, `м. Київ`, `вул.`, `ім.`, `проф.`, `с. 12`.
pub(super) const UKRAINIAN: SentenceRules = SentenceRules {
    never_final: &[
        "т", "зв", "м", "вул", "ім", "проф", "акад", "див", "пл", "просп", "обл", "тис", "млн",
        "млрд", "грн", "ін",
    ],
    before_number: &["№", "с", "ст", "р", "рис", "табл"],
    ambiguous: &["т.д", "т.п", "ін"],
    openers: &[
        "В", "У", "На", "Він", "Вона", "Вони", "Це", "Але", "І", "По", "З", "Як", "Ми", "Я",
    ],
    ..SentenceRules::NONE
};

/// Bulgarian: `т.е.`, `напр.`, `гр. София`, `ул.`, `проф.`, `г.` (година, господин).
pub(super) const BULGARIAN: SentenceRules = SentenceRules {
    never_final: &[
        "т.е", "напр", "гр", "ул", "бул", "пл", "проф", "акад", "доц", "с", "им", "хил", "млн",
        "млрд",
    ],
    before_number: &["№", "стр", "чл", "ал", "т"],
    ambiguous: &["г", "др", "т.н"],
    openers: &[
        "В", "На", "Той", "Тя", "Те", "Това", "Но", "И", "По", "С", "Как", "Ние", "Аз",
    ],
    ..SentenceRules::NONE
};

/// Kazakh (Cyrillic): `қ.` (қала, city), `обл.`, `ауд.` (аудан, district), `көш.` (көше,
/// street), `проф.`, `мыс.` (мысалы, for example); `ж.` (жыл, year: `2012 ж.`) and `ғ.`
/// (ғасыр, century: `XIX ғ.`) after a number, which often end a sentence too; `т.б.` (тағы
/// басқа, and so on), `б.з.д.` (before our era); `№ 5` as in Russian.
pub(super) const KAZAKH: SentenceRules = SentenceRules {
    never_final: &[
        "қ", "обл", "ауд", "көш", "проф", "акад", "доц", "т", "млн", "млрд", "мыс",
    ],
    before_number: &["№"],
    ambiguous: &["ж", "жж", "ғ", "ғғ", "т.б", "т.с.с", "б.з.б", "б.з.д"],
    openers: &[
        "Бұл", "Ол", "Олар", "Біз", "Мен", "Сіз", "Бірақ", "Және", "Сондықтан", "Осы", "Сол",
        "Енді", "Қазір", "Бүгін", "Кейін", "Алайда", "Ал", "Мұнда",
    ],
    ..SentenceRules::NONE
};

/// Greek: `;` is the question mark (also as U+037E, which every language reads); `κ.` (κύριος),
/// `π.χ.`, `δηλ.`, `σελ. 5`.
pub(super) const GREEK: SentenceRules = SentenceRules {
    never_final: &[
        "κ", "Κ", "κα", "Κα", "π.χ", "δηλ", "Δρ", "δρ", "καθ", "Καθ", "αγ", "Αγ", "οδ", "λεωφ",
        "χλμ", "εκατ", "δισ",
    ],
    before_number: &["αρ", "σελ", "άρθ", "κεφ", "τηλ"],
    ambiguous: &["κλπ", "κ.λπ", "κ.ά", "Α.Ε", "ΑΕ"],
    openers: &[
        "Ο", "Η", "Το", "Οι", "Τα", "Ένας", "Μια", "Αυτό", "Αλλά", "Και", "Στο", "Στη", "Στην",
        "Με", "Για",
    ],
    finals: ";",
    ..SentenceRules::NONE
};

/// Turkish: `Dr.`, `Prof.`, `Doç.`, `örn.`, `bkz.`, `vb.`, `s. 12`, `No. 5`.
pub(super) const TURKISH: SentenceRules = SentenceRules {
    never_final: &[
        "Dr", "Prof", "Doç", "Av", "Yrd", "Sn", "Öğr", "örn", "Örn", "bkz", "Bkz", "yy", "Alb",
        "Org", "Gen", "Cad", "Sok", "Mah",
    ],
    before_number: &["No", "no", "s", "S", "Tel", "sy"],
    ambiguous: &["vb", "vs", "vd", "A.Ş", "Ltd", "Şti"],
    openers: &[
        "Bu", "O", "Bir", "Ancak", "Ama", "Ve", "Şimdi", "Daha", "Biz", "Ben", "Onlar", "Bunun",
    ],
    ..SentenceRules::NONE
};

/// Indonesian and Malay: `Bpk.`, `Jl.` (jalan), `dll.`, `dsb.`, `No. 5`.
pub(super) const INDONESIAN: SentenceRules = SentenceRules {
    never_final: &[
        "Bpk", "Bp", "Sdr", "Sdri", "Yth", "Jl", "Jln", "Dr", "dr", "Prof", "Ir", "Drs", "Hj",
        "Kec", "Kab", "Kel", "Tn", "Ny", "Dato", "Datuk",
    ],
    before_number: &["No", "no", "hlm", "Tel", "RT", "RW"],
    ambiguous: &["dll", "dsb", "dst", "Tbk", "PT", "Bhd"],
    openers: &[
        "Ia", "Dia", "Mereka", "Kami", "Kita", "Saya", "Ini", "Itu", "Namun", "Tetapi", "Dan",
        "Di", "Pada", "Dalam",
    ],
    ..SentenceRules::NONE
};

/// Armenian: the full stop `։` ends a sentence in every language; Armenian text typed on a Latin
/// keyboard writes it as `:`, which ends a sentence here only.
pub(super) const ARMENIAN: SentenceRules = SentenceRules {
    finals: ":",
    ..SentenceRules::NONE
};

/// Thai: no full stop; a space between two Thai letters ends a sentence or a
/// clause (Thai spacing: a space ends a sentence and separates clauses, and
/// words are not spaced); otherwise the English rules, for the Latin words a
/// Thai text holds.
pub(super) const THAI: SentenceRules = SentenceRules {
    spaces_end_sentences: true,
    ..super::en::SENTENCE_RULES
};

/// Japanese: a quotation closed by its bracket and followed by the quotative
/// particle goes on (`「行きます。」と言った。`, `「無理だ。」って思った。`);
/// otherwise the English rules, for the Latin words a Japanese text holds.
pub(super) const JAPANESE: SentenceRules = SentenceRules {
    after_quote: &["と", "って"],
    openers: &["とても", "ところ", "とにかく", "とりあえず", "ともかく", "とはいえ", "とくに"],
    ..super::en::SENTENCE_RULES
};

/// Endings only a finite verb has in French, for keyphrase edges: the future
/// and conditional in the third person (`augmenteront`, `finiront`,
/// `prendront`, `pourrait`, `présenteraient`), the imperfect plural
/// (`présentaient`) and the past historic plural (`parlèrent`). Left out
/// where nouns share the ending: `-ait` (lait, portrait), `-trait` (extrait),
/// `-era` and `-ira` alone (ère, lyre).
pub(super) const FRENCH_VERB_ENDINGS: &[&str] = &[
    "eront", "iront", "dront", "vront", "rront", "erait", "irait", "drait", "vrait", "rrait", "raient",
    "aient", "èrent",
];

/// Endings only a finite verb has in Italian: the future (`aumenterà`,
/// `discuteranno`, `potranno`, `verranno`), the conditional (`potrebbe`,
/// `potrebbero`), the past historic (`parlarono`, `crederono`, `partirono`)
/// and the imperfect plural (`parlavano`, `credevano`). Left out: `-ranno`
/// alone (tiranno), `-ivano` (divano), the singular imperfect (`-ava`, `-iva`:
/// iniziativa) and `-ò` (però, falò).
pub(super) const ITALIAN_VERB_ENDINGS: &[&str] = &[
    "erà", "irà", "arà", "eranno", "iranno", "aranno", "vranno", "tranno", "dranno", "rranno", "rebbe",
    "rebbero", "arono", "erono", "irono", "avano", "evano",
];

/// Endings only a finite verb has in Spanish: the future (`aumentará`,
/// `serán`) and the preterite plural (`aumentaron`, `crecieron`), and the
/// imperfect plural (`estaban`). Left out: the conditional `-ría` (ingeniería,
/// geometría) and the singular imperfect `-aba` (traba).
pub(super) const SPANISH_VERB_ENDINGS: &[&str] = &["rá", "rán", "aron", "ieron", "aban"];

/// Endings only a finite verb has in Portuguese: the future (`aumentará`,
/// `serão`), the preterite (`anunciou`, `falaram`, `venderam`, `partiram`)
/// and the imperfect plural (`falavam`). Left out: the conditional `-ria`
/// (engenharia, categoria).
pub(super) const PORTUGUESE_VERB_ENDINGS: &[&str] = &["rá", "rão", "ou", "aram", "eram", "iram", "avam"];
