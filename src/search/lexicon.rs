//! Where a page's text becomes numbered words: one scan over each text that cuts it into words,
//! lower-cases them and numbers them in a table kept across pages.
//!
//! This is most of the search index's cost in a build (issue 18 allows it 10% of the build), so
//! the common case takes no allocation and no string comparison: a word of at most 16 ASCII
//! bytes is looked up by its lower-case bytes packed into one `u128`. Stop words are numbered
//! first, so leaving them out costs nothing beyond the lookup every word needs anyway.

use rustc_hash::FxHashMap;

use super::index::{Field, Posting};
use super::text::{self, Section};
use super::DocText;

/// Every word seen so far, numbered in the order first seen (after the stop words).
pub struct Lexicon {
    /// Words of 2 to 16 ASCII bytes, by their lower-case bytes (first byte lowest).
    short: ShortWords,
    /// Every other word, lower case.
    long: FxHashMap<Box<str>, u32>,
    /// Each word's lower-case text, by number.
    words: Vec<Box<str>>,
    /// Numbers below this are the language's stop words: never part of a page's words.
    stops: u32,
}

/// A page's distinct words as `(word number, posting)`, in the order first seen on the page.
pub type PageWords = Vec<(u32, Posting)>;

impl Lexicon {
    /// An empty table that knows `language`'s stop words (a primary subtag, as
    /// `text::primary_language` gives it).
    pub fn new(language: &str) -> Lexicon {
        let mut lexicon = Lexicon { short: ShortWords::new(), long: FxHashMap::default(), words: Vec::new(), stops: 0 };
        for stop in text::stop_words(language) {
            lexicon.number(stop);
        }
        lexicon.stops = lexicon.words.len() as u32;
        lexicon
    }

    /// The lower-case text of word `id`.
    pub fn word(&self, id: u32) -> &str {
        &self.words[id as usize]
    }

    /// How many words (stop words included) are numbered.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The number of `word`, given in lower case, numbering it when new.
    fn number(&mut self, word: &str) -> u32 {
        match packed(word) {
            Some(key) => self.short_id(key, word),
            None => self.long_id(word),
        }
    }

    /// The number of a short ASCII word (`packed`), written in any case.
    fn short_id(&mut self, key: u128, word: &str) -> u32 {
        if let Some(id) = self.short.get(key) {
            return id;
        }
        let id = self.push(&word.to_ascii_lowercase());
        self.short.insert(key, id);
        id
    }

    fn long_id(&mut self, lower: &str) -> u32 {
        if let Some(&id) = self.long.get(lower) {
            return id;
        }
        let id = self.push(lower);
        self.long.insert(Box::from(lower), id);
        id
    }

    fn push(&mut self, lower: &str) -> u32 {
        self.words.push(Box::from(lower));
        (self.words.len() - 1) as u32
    }

    /// A page's words: its title, summary, then each section's heading and text (see `Field`).
    /// `seen` is scratch space kept between pages (any `PageScratch`).
    pub fn page(&mut self, seen: &mut PageScratch, title: &str, doc: &DocText) -> PageWords {
        let mut page = PageWords::new();
        self.add_text(seen, &mut page, title, Posting { field: Field::Title, sections: 0, count: 0 });
        self.add_text(seen, &mut page, &doc.summary, Posting { field: Field::Summary, sections: 0, count: 0 });
        for (i, Section { title, text, .. }) in doc.sections.iter().enumerate() {
            let sections = section_bit(i);
            self.add_text(seen, &mut page, title, Posting { field: Field::Heading, sections, count: 0 });
            self.add_text(seen, &mut page, text, Posting { field: Field::Body, sections, count: 1 });
        }
        for &(id, _) in &page {
            seen.slot[id as usize] = 0;
        }
        page
    }

    /// Adds the words of `text` to `page`, each with `posting` (merged into the page's entry of
    /// a word seen before on it).
    fn add_text(&mut self, seen: &mut PageScratch, page: &mut PageWords, text: &str, posting: Posting) {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 && !b.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let (end, key) = word_end(text, i);
            if end == i {
                // A character that is not part of a word.
                i += text[i..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            let id = match key {
                Some(key) if end - i >= 2 => self.short_id(key, &text[i..end]),
                Some(_) => u32::MAX,
                None => self.long_word(&text[i..end]),
            };
            i = end;
            if id < self.stops || id == u32::MAX {
                continue;
            }
            seen.add(page, id, posting);
        }
    }

    /// The number of a word that is not short ASCII, or `u32::MAX` for a one-character word.
    fn long_word(&mut self, word: &str) -> u32 {
        let lower = text::lower(word);
        if lower.chars().nth(1).is_none() {
            return u32::MAX;
        }
        self.long_id(&lower)
    }
}

/// The numbers of short words by packed key: open addressing with linear probing in a table at
/// most half full. A general hash map was a third of the tokenizer's time for this one lookup
/// per word of the course; here it is a multiply, a load and a compare. Key 0 marks an empty
/// slot (no word packs to 0: it has at least two non-zero bytes).
struct ShortWords {
    slots: Vec<(u128, u32)>,
    len: usize,
    /// 64 minus the table size's bits: the top bits of the hash pick the slot.
    shift: u32,
}

impl ShortWords {
    fn new() -> ShortWords {
        ShortWords { slots: vec![(0, 0); 1024], len: 0, shift: 64 - 10 }
    }

    fn first_slot(&self, key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    fn get(&self, key: u128) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut i = self.first_slot(key);
        loop {
            match self.slots[i] {
                (k, id) if k == key => return Some(id),
                (0, _) => return None,
                _ => i = (i + 1) & mask,
            }
        }
    }

    fn insert(&mut self, key: u128, id: u32) {
        if (self.len + 1) * 2 > self.slots.len() {
            let bigger = vec![(0, 0); self.slots.len() * 2];
            let old = std::mem::replace(&mut self.slots, bigger);
            self.shift -= 1;
            self.len = 0;
            for (k, v) in old.into_iter().filter(|&(k, _)| k != 0) {
                self.insert(k, v);
            }
        }
        let mask = self.slots.len() - 1;
        let mut i = self.first_slot(key);
        while self.slots[i].0 != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = (key, id);
        self.len += 1;
    }
}

/// Per word number, where the current page's entry for it is (`page` index + 1; 0 = none yet).
/// Cleared after each page, so a page costs nothing for the words it does not have.
#[derive(Default)]
pub struct PageScratch {
    slot: Vec<u32>,
}

impl PageScratch {
    fn add(&mut self, page: &mut PageWords, id: u32, posting: Posting) {
        let at = id as usize;
        if at >= self.slot.len() {
            self.slot.resize(at + 1024, 0);
        }
        match self.slot[at] {
            0 => {
                page.push((id, posting));
                self.slot[at] = page.len() as u32;
            }
            n => page[n as usize - 1].1.merge(posting),
        }
    }
}

/// The section bit of section `i`.
fn section_bit(i: usize) -> u16 {
    1 << i.min(15)
}

/// Where the word starting at byte `start` ends, and its packed lower-case bytes when it is
/// ASCII and at most 16 bytes long (`text::word_end` says what a word is).
fn word_end(text: &str, start: usize) -> (usize, Option<u128>) {
    let bytes = text.as_bytes();
    if let Some(sixteen) = bytes.get(start..start + 16) {
        // Nearly every word: found in 16 bytes read at once, with no branch per byte.
        let loaded = u128::from_le_bytes(sixteen.try_into().unwrap_or([0; 16]));
        let stops = !ascii_alphanumeric(loaded) & HIGH_BITS;
        let len = (stops.trailing_zeros() / 8) as usize;
        if len < 16 && bytes[start + len] < 0x80 {
            return (start + len, Some(ascii_lowercase(first_bytes(loaded, len))));
        }
    }
    word_end_by_bytes(text, start)
}

/// `word_end` one byte at a time: near the end of the text, and for words that are long or
/// not ASCII.
fn word_end_by_bytes(text: &str, start: usize) -> (usize, Option<u128>) {
    let (end, ascii) = text::word_end(text, start);
    let len = end - start;
    if !ascii || len > 16 {
        return (end, None);
    }
    let word = match text.as_bytes().get(start..start + 16) {
        // One unaligned load, the bytes after the word masked off (no copy of a few bytes).
        Some(sixteen) => first_bytes(u128::from_le_bytes(sixteen.try_into().unwrap_or([0; 16])), len),
        None => {
            let mut word = [0u8; 16];
            word[..len].copy_from_slice(&text.as_bytes()[start..end]);
            u128::from_le_bytes(word)
        }
    };
    (end, Some(ascii_lowercase(word)))
}

/// The first `len` bytes of 16 read at once (the others zero).
fn first_bytes(loaded: u128, len: usize) -> u128 {
    loaded & u128::MAX.checked_shr(8 * (16 - len) as u32).unwrap_or(0)
}

/// One in every byte.
const ONES: u128 = u128::MAX / 255;
/// Bit 7 of every byte.
const HIGH_BITS: u128 = ONES * 0x80;

/// Bit 7 set in each byte of `x` that is an ASCII letter or digit, 16 bytes at once. Bytes are
/// compared with `lo` by adding `0x80 - lo` to their low seven bits: bit 7 of the sum is set
/// when the byte is at least `lo`, and no sum carries into the next byte.
fn ascii_alphanumeric(x: u128) -> u128 {
    let low = x & !HIGH_BITS;
    let at_least = |v: u128, lo: u128| v + ONES * (0x80 - lo);
    let digit = at_least(low, 0x30) & !at_least(low, 0x3a);
    let folded = low | (ONES * 0x20); // 'A'..='Z' -> 'a'..='z'
    let letter = at_least(folded, 0x61) & !at_least(folded, 0x7b);
    (digit | letter) & !x & HIGH_BITS
}

/// Lower-cases up to 16 ASCII bytes at once: each byte from `A` to `Z` gets bit 5 set.
fn ascii_lowercase(x: u128) -> u128 {
    let at_least_a = x + ONES * 0x3f; // bit 7 of a byte is set when the byte is >= 'A'
    let above_z = x + ONES * 0x25; // ... and here when it is > 'Z'
    let upper = at_least_a & !above_z & (ONES * 0x80);
    x | (upper >> 2)
}

/// `word`'s bytes packed as `word_end` packs them, when it is 2 to 16 ASCII bytes long.
fn packed(word: &str) -> Option<u128> {
    match word_end(word, 0) {
        (end, Some(key)) if end == word.len() && end >= 2 => Some(key),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::test_doc as doc;

    fn page_map(lexicon: &mut Lexicon, title: &str, d: &DocText) -> std::collections::HashMap<String, Posting> {
        let mut seen = PageScratch::default();
        let page = lexicon.page(&mut seen, title, d);
        page.into_iter().map(|(id, p)| (lexicon.word(id).to_string(), p)).collect()
    }

    #[test]
    fn a_word_keeps_its_best_field_its_sections_and_how_often_it_occurs() {
        let d = doc(&[("", "", "Leaders listen. The leader listens again."), ("h", "Listening well", "Trust and leadership.")]);
        let words = page_map(&mut Lexicon::new("en"), "The First Follower", &d);
        assert_eq!(words["follower"].field, Field::Title);
        assert_eq!(words["trust"].field, Field::Summary);
        assert_eq!(words["trust"].sections, 0b10);
        assert_eq!(words["listening"], Posting { field: Field::Heading, sections: 0b10, count: 0 });
        assert_eq!(words["leaders"], Posting { field: Field::Body, sections: 0b1, count: 1 });
        assert_eq!(words["listen"].count, 1);
        // Stop words and one-letter words are not indexed.
        assert!(!words.contains_key("the") && !words.contains_key("a"));
    }

    #[test]
    fn words_are_lower_case_and_numbered_once_across_pages() {
        let mut lexicon = Lexicon::new("en");
        let mut seen = PageScratch::default();
        let long = "Responsibilities responsibilities RESPONSIBILITIES Équipe équipe ÉQUIPE é Q3 q3";
        let first = lexicon.page(&mut seen, "", &doc(&[("", "", long)]));
        let words: Vec<&str> = first.iter().map(|&(id, _)| lexicon.word(id)).collect();
        assert_eq!(words, ["summary", "trust", "responsibilities", "équipe", "q3"]);
        assert_eq!(first[2].1.count, 3, "three spellings, one word");
        let second = lexicon.page(&mut seen, "", &doc(&[("", "", "q3 Trust")]));
        assert_eq!(second[2], (first[4].0, Posting { field: Field::Body, sections: 1, count: 1 }));
        assert_eq!(second[1].0, first[1].0, "trust keeps its number");
        assert_eq!(second[1].1, Posting { field: Field::Summary, sections: 1, count: 1 }, "a page's entries start afresh");
    }

    #[test]
    fn sixteen_bytes_lower_case_at_once() {
        let all: String = (0u8..128).filter(u8::is_ascii_alphanumeric).map(char::from).collect();
        for chunk in all.as_bytes().chunks(16) {
            let (end, key) = word_end(std::str::from_utf8(chunk).unwrap(), 0);
            assert_eq!(end, chunk.len());
            let mut lower = [0u8; 16];
            lower[..chunk.len()].copy_from_slice(&chunk.to_ascii_lowercase());
            assert_eq!(key, Some(u128::from_le_bytes(lower)));
        }
        assert_eq!(word_end("abcdefghijklmnopq", 0), (17, None), "17 bytes is a long word");
    }

    #[test]
    fn sixteen_bytes_at_once_cut_words_as_one_at_a_time() {
        // Every byte class next to every other: letters, digits, the bytes around their ranges,
        // control characters that fold onto digits, spaces, and non-ASCII letters and marks.
        let pieces = ["a", "Z", "0", "9", "/", ":", "@", "[", "`", "{", "\u{10}", "\u{19}", " ", "é", "\u{301}", "\u{2014}", "ß", "\u{7f}"];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut text = String::new();
            while text.len() < 40 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let run = if state % 3 == 0 { 1 } else { (state >> 8) as usize % 20 };
                text.push_str(&pieces[(state >> 32) as usize % pieces.len()].repeat(run));
            }
            for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(word_end(&text, start), word_end_by_bytes(&text, start), "{text:?} at {start}");
            }
        }
    }

    #[test]
    fn the_short_word_table_grows_and_finds_every_word() {
        let mut table = ShortWords::new();
        let keys: Vec<u128> = (1..5000u128).map(|n| n * 0x0101_0101 + (n << 64)).collect();
        for (id, &key) in keys.iter().enumerate() {
            assert_eq!(table.get(key), None);
            table.insert(key, id as u32);
        }
        assert!(keys.iter().enumerate().all(|(id, &key)| table.get(key) == Some(id as u32)));
        assert_eq!(table.get(7), None);
        assert!(table.slots.len() >= 10_000, "at most half full");
    }

    #[test]
    fn other_languages_keep_every_word() {
        let words = page_map(&mut Lexicon::new("fr"), "the", &doc(&[]));
        assert!(words.contains_key("the"));
    }

    #[test]
    fn words_are_cut_as_the_query_side_cuts_them() {
        let mut lexicon = Lexicon::new("xx");
        let mut seen = PageScratch::default();
        let cut = "Lead, don't follow: one-on-ones in Q3 (café) — a é x cafe\u{301} au";
        let page = lexicon.page(&mut seen, cut, &DocText::default());
        let words: Vec<&str> = page.iter().map(|&(id, _)| lexicon.word(id)).collect();
        let expected: Vec<String> = text::words(cut).map(|w| w.to_lowercase()).collect();
        assert_eq!(words, expected);
    }
}
