//! Character references of HTML (`&amp;`, `&#233;`, `&#xE9;`), decoded in
//! one pass.
//!
//! Owns the table of named references and the numeric rules browsers apply
//! (Windows-1252 for 0x80-0x9F, U+FFFD for zero, surrogates and values past
//! the last code point). Receives the raw text of a text node or an
//! attribute value; knows nothing of tags or of the tree.
//!
//! Each `&` looks at most [`MAX_NAME`] bytes ahead, so decoding is linear in
//! the input whatever it holds (a page of 800,000 `&amp;` or two million bare
//! `&` costs one pass). An unknown or malformed reference is kept as
//! written, as browsers show it. Only the ~130 named references that occur
//! in running text are known; HTML's full table has 2,231, and the rest are
//! kept as written rather than compiled in.

/// The longest reference name or number looked at.
const MAX_NAME: usize = 32;

/// The named references this decoder knows: the ones that occur in text in
/// practice (HTML's full table has 2,231; the rest are kept as written).
fn named(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" | "AMP" => "&",
        "lt" | "LT" => "<",
        "gt" | "GT" => ">",
        "quot" | "QUOT" => "\"",
        "apos" => "'",
        "nbsp" => "\u{a0}",
        "shy" => "\u{ad}",
        "copy" | "COPY" => "©",
        "reg" | "REG" => "®",
        "trade" => "™",
        "mdash" => "—",
        "ndash" => "–",
        "minus" => "−",
        "hellip" => "…",
        "lsquo" => "‘",
        "rsquo" => "’",
        "sbquo" => "‚",
        "ldquo" => "“",
        "rdquo" => "”",
        "bdquo" => "„",
        "laquo" => "«",
        "raquo" => "»",
        "lsaquo" => "‹",
        "rsaquo" => "›",
        "middot" => "·",
        "bull" => "•",
        "deg" => "°",
        "plusmn" => "±",
        "times" => "×",
        "divide" => "÷",
        "frac12" => "½",
        "frac14" => "¼",
        "frac34" => "¾",
        "sup2" => "²",
        "sup3" => "³",
        "para" => "¶",
        "sect" => "§",
        "euro" => "€",
        "pound" => "£",
        "yen" => "¥",
        "cent" => "¢",
        "dagger" => "†",
        "Dagger" => "‡",
        "prime" => "′",
        "Prime" => "″",
        "iexcl" => "¡",
        "iquest" => "¿",
        "ensp" => "\u{2002}",
        "emsp" => "\u{2003}",
        "thinsp" => "\u{2009}",
        "zwnj" => "\u{200c}",
        "zwj" => "\u{200d}",
        "larr" => "←",
        "rarr" => "→",
        "uarr" => "↑",
        "darr" => "↓",
        "agrave" => "à",
        "aacute" => "á",
        "acirc" => "â",
        "atilde" => "ã",
        "auml" => "ä",
        "aring" => "å",
        "aelig" => "æ",
        "ccedil" => "ç",
        "egrave" => "è",
        "eacute" => "é",
        "ecirc" => "ê",
        "euml" => "ë",
        "igrave" => "ì",
        "iacute" => "í",
        "icirc" => "î",
        "iuml" => "ï",
        "ntilde" => "ñ",
        "ograve" => "ò",
        "oacute" => "ó",
        "ocirc" => "ô",
        "otilde" => "õ",
        "ouml" => "ö",
        "oslash" => "ø",
        "ugrave" => "ù",
        "uacute" => "ú",
        "ucirc" => "û",
        "uuml" => "ü",
        "yacute" => "ý",
        "yuml" => "ÿ",
        "szlig" => "ß",
        "oelig" => "œ",
        "Agrave" => "À",
        "Aacute" => "Á",
        "Acirc" => "Â",
        "Atilde" => "Ã",
        "Auml" => "Ä",
        "Aring" => "Å",
        "AElig" => "Æ",
        "Ccedil" => "Ç",
        "Egrave" => "È",
        "Eacute" => "É",
        "Ecirc" => "Ê",
        "Euml" => "Ë",
        "Igrave" => "Ì",
        "Iacute" => "Í",
        "Icirc" => "Î",
        "Iuml" => "Ï",
        "Ntilde" => "Ñ",
        "Ograve" => "Ò",
        "Oacute" => "Ó",
        "Ocirc" => "Ô",
        "Otilde" => "Õ",
        "Ouml" => "Ö",
        "Oslash" => "Ø",
        "Ugrave" => "Ù",
        "Uacute" => "Ú",
        "Ucirc" => "Û",
        "Uuml" => "Ü",
        "Yacute" => "Ý",
        "OElig" => "Œ",
        "alpha" => "α",
        "beta" => "β",
        "gamma" => "γ",
        "delta" => "δ",
        "pi" => "π",
        "mu" => "μ",
        "micro" => "µ",
        "ordm" => "º",
        "ordf" => "ª",
        _ => return None,
    })
}

/// The characters that numeric references 0x80 to 0x9F stand for
/// (Windows-1252, as browsers read them).
const C1: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The character a numeric reference stands for, as browsers decode it.
fn numeric(value: u32) -> char {
    match value {
        0 => '\u{fffd}',
        0x80..=0x9f => C1[(value - 0x80) as usize],
        _ => char::from_u32(value).unwrap_or('\u{fffd}'),
    }
}

/// Appends `text` to `out` with its character references decoded.
pub(super) fn decode_into(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut done = 0; // bytes of `text` already copied or decoded
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'&') {
        let amp = i + off;
        i = amp + 1;
        if let Some((decoded, end)) = reference(bytes, amp) {
            out.push_str(&text[done..amp]);
            match decoded {
                Decoded::Str(s) => out.push_str(s),
                Decoded::Char(c) => out.push(c),
            }
            done = end;
            i = end;
        }
    }
    out.push_str(&text[done..]);
}

/// Decodes `text` into a new string; borrows nothing.
pub(super) fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    decode_into(&mut out, text);
    out
}

enum Decoded {
    Str(&'static str),
    Char(char),
}

/// The reference starting at the `&` at `amp`, and where it ends.
fn reference(bytes: &[u8], amp: usize) -> Option<(Decoded, usize)> {
    let mut i = amp + 1;
    if bytes.get(i) == Some(&b'#') {
        i += 1;
        let hex = matches!(bytes.get(i), Some(b'x' | b'X'));
        if hex {
            i += 1;
        }
        let start = i;
        let mut value: u32 = 0;
        while i < bytes.len() && i - start < MAX_NAME {
            let digit = match (bytes[i] as char).to_digit(if hex { 16 } else { 10 }) {
                Some(d) => d,
                None => break,
            };
            // Saturates above the last code point: decodes to U+FFFD.
            value = value
                .saturating_mul(if hex { 16 } else { 10 })
                .saturating_add(digit)
                .min(0x11_0000);
            i += 1;
        }
        if i == start {
            return None;
        }
        if bytes.get(i) == Some(&b';') {
            i += 1;
        }
        return Some((Decoded::Char(numeric(value)), i));
    }
    let start = i;
    while i < bytes.len() && i - start < MAX_NAME && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i == start {
        return None;
    }
    // ASCII only, so this slice is on character boundaries.
    let name = std::str::from_utf8(&bytes[start..i]).ok()?;
    let s = named(name)?;
    if bytes.get(i) == Some(&b';') {
        i += 1;
    }
    Some((Decoded::Str(s), i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_named_and_numeric_references() {
        assert_eq!(
            decode("a &amp; b &lt;&gt; &eacute;t&eacute;"),
            "a & b <> été"
        );
        assert_eq!(decode("&#233;&#xE9;&#X41;&#150;"), "ééA–");
        assert_eq!(
            decode("&#0;&#1114112;&#99999999999999999999;"),
            "\u{fffd}\u{fffd}\u{fffd}"
        );
        assert_eq!(decode("&#xD800;"), "\u{fffd}");
    }

    #[test]
    fn keeps_unknown_and_bare_ampersands() {
        assert_eq!(
            decode("AT&T & co &unknown; &#; &#x; &"),
            "AT&T & co &unknown; &#; &#x; &"
        );
        assert_eq!(decode("&amp"), "&");
        assert_eq!(decode("é&amp;é"), "é&é");
    }

    #[test]
    fn references_are_cut_at_the_look_ahead() {
        // A name or number longer than the look-ahead is not a reference.
        let long = format!("&{};", "a".repeat(MAX_NAME + 1));
        assert_eq!(decode(&long), long);
        // Digits past the look-ahead are text after the reference.
        let digits = format!("&#{}", "0".repeat(MAX_NAME + 2));
        assert_eq!(decode(&digits), "\u{fffd}00");
    }

    #[test]
    fn decode_into_appends() {
        let mut out = String::from("x: ");
        decode_into(&mut out, "&lt;p&gt;");
        assert_eq!(out, "x: <p>");
    }
}
