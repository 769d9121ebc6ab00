//! Sentence rules of the languages that have their own: the abbreviations
//! after which a full stop ends no sentence, and the months after which an
//! ordinal's stop ends none. Lists are matched with case against the word
//! before the dot, as [`SentenceRules`] says; words written by hand from
//! common usage in each language's press, not taken from a corpus.

use super::SentenceRules;

/// German: `z. B.`, `Nr. 5`, `Dr. Weber`, `vom 12. Juni`.
pub(super) const GERMAN: SentenceRules = SentenceRules {
    never_final: &[
        "z", "B", "d", "h", "u", "a", "bzw", "ca", "Dr", "Prof", "Hr", "Fr", "Hrn", "St", "Str",
        "usw", "vgl", "ggf", "evtl", "inkl", "zzgl", "sog", "Jh", "Mio", "Mrd", "Jan", "Feb",
        "Okt", "Nov", "Dez",
    ],
    before_number: &["Nr", "Abs", "Art", "S", "Bd", "Kap", "Tel"],
    ambiguous: &["etc", "GmbH", "AG", "Co"],
    openers: &[
        "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Am", "Im", "In",
        "Auch", "Aber", "Doch", "Dann", "Nach", "Mit", "Bei",
    ],
    months: &[
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember", "Jänner",
    ],
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
    months: &[],
};

/// Spanish: `Sr.`, `Srta.`, `Lic.`, `Dra.`, `pág. 4`.
pub(super) const SPANISH: SentenceRules = SentenceRules {
    never_final: &[
        "Sr", "Sra", "Sres", "Srta", "Dr", "Dra", "Lic", "Ing", "Arq", "Prof", "Ud", "Uds", "Vd",
        "Dña", "D", "Av", "Avda", "Gral", "ej", "aprox", "ene", "feb", "abr", "ago", "sept", "oct",
        "nov", "dic",
    ],
    before_number: &["pág", "págs", "núm", "No", "art", "cap", "vol"],
    ambiguous: &["etc", "S.A", "Cía", "EE.UU"],
    openers: &[
        "El", "La", "Los", "Las", "Un", "Una", "En", "Por", "Pero", "Este", "Esta", "Él", "Ella",
        "Se", "Con", "Para",
    ],
    months: &[],
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
    months: &[],
};

/// Italian: `Sig.`, `Dott.`, `pag. 4`.
pub(super) const ITALIAN: SentenceRules = SentenceRules {
    never_final: &[
        "Sig", "Sigg", "Sig.ra", "Dott", "Dr", "Prof", "Ing", "Avv", "On", "S", "ecc", "es",
        "gen", "febb", "apr", "giu", "lug", "ago", "sett", "ott", "nov", "dic",
    ],
    before_number: &["pag", "pagg", "n", "art", "cap", "vol"],
    ambiguous: &["etc", "S.p.A", "Spa"],
    openers: &[
        "Il", "Lo", "La", "I", "Gli", "Le", "Un", "Una", "In", "Ma", "Per", "Questo", "Questa",
    ],
    months: &[],
};

/// Dutch: `dhr.`, `mevr.`, `bijv.`. A sentence that opens with a digit (`3 mensen ...`) is
/// still joined to the one before by UAX #29: not handled yet.
pub(super) const DUTCH: SentenceRules = SentenceRules {
    never_final: &[
        "dhr", "Dhr", "mevr", "Mevr", "mw", "dr", "Dr", "prof", "Prof", "ir", "ing", "mr", "bijv", "bv", "d.w.z",
        "o.a", "m.b.t", "i.p.v", "jan", "feb", "aug", "sept", "okt", "nov", "dec",
    ],
    before_number: &["nr", "Nr", "blz", "art", "hfst"],
    ambiguous: &["etc", "enz", "B.V", "N.V"],
    openers: &[
        "De", "Het", "Een", "Hij", "Zij", "Ze", "Wij", "We", "In", "Op", "Maar", "Dat", "Dit",
    ],
    months: &[],
};

/// Russian: `т. е.`, `т. д.`, `г. Москва`, `ул.`, `им.`.
pub(super) const RUSSIAN: SentenceRules = SentenceRules {
    never_final: &[
        "т", "е", "д", "п", "г", "гг", "ул", "им", "проф", "акад", "др", "пр", "см", "тыс", "млн",
        "млрд", "руб",
    ],
    before_number: &["№", "с", "стр", "ст", "рис", "табл"],
    ambiguous: &["т.д", "т.п", "др"],
    openers: &[
        "В", "На", "Он", "Она", "Они", "Это", "Но", "И", "По", "С", "Как", "Мы", "Я",
    ],
    months: &[],
};
