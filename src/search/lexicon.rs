//! Where a page's text becomes numbered words: one scan over each text that cuts it into words,
//! lower-cases them and numbers them in a table kept across pages.
//!
//! This is most of the search index's cost in a build (issue 18 allows it 10% of the build), so
//! the common case takes no allocation, no string comparison and no branch per byte: the text is
//! classified 64 bytes at a time (`Runs`), and a word of at most 16 ASCII bytes is looked up by
//! its lower-case bytes packed into one `u128` (`PackedWords`). Stop words and one-letter words
//! are numbered too and gather in a page entry that is dropped (`PageScratch`), so leaving them
//! out costs no branch beyond the lookup every word needs anyway.

use rustc_hash::FxHashMap;

use super::index::{Field, Posting};
use super::text::{self, Section};
use super::DocText;

/// Every word seen so far, numbered in the order first seen (after the stop words).
pub struct Lexicon {
    /// Words of 1 to 16 ASCII bytes, by their lower-case bytes (first byte lowest). Words of
    /// one have the number `ONE_CHARACTER`.
    short: PackedWords,
    /// Every other word, lower case.
    long: FxHashMap<Box<str>, u32>,
    /// Each word's lower-case text, by number.
    words: Vec<Box<str>>,
    /// Numbers below this are the language's stop words: never part of a page's words.
    stops: u32,
}

/// A page's distinct words as `(word number, posting)`, in the order first seen on the page.
pub type PageWords = Vec<(u32, Posting)>;

/// The number `Lexicon` gives a word of one character: not indexed (it would find too much).
const ONE_CHARACTER: u32 = u32::MAX;

impl Lexicon {
    /// An empty table that knows `language`'s stop words (a primary subtag, as
    /// `text::primary_language` gives it).
    pub fn new(language: &str) -> Lexicon {
        let mut lexicon = Lexicon { short: PackedWords::new(), long: FxHashMap::default(), words: Vec::new(), stops: 0 };
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
        if !word.is_empty() && word.bytes().all(|b| b.is_ascii_alphanumeric()) {
            self.ascii_id(word, 0, word.len())
        } else {
            self.long_id(word)
        }
    }

    /// The number of the word `text[start..end]`, made of ASCII letters and digits in any case
    /// (`ONE_CHARACTER` for a word of one).
    #[inline(always)]
    fn ascii_id(&mut self, text: &str, start: usize, end: usize) -> u32 {
        let len = end - start;
        // One table for every length up to 16, not one for words of up to 8 bytes (in a u64)
        // and another for longer ones: a branch on the length mispredicted on a quarter of the
        // words, and cost more than the wider keys.
        if len <= 16 {
            let key = packed(text.as_bytes(), start, len);
            match self.short.get(key) {
                Some(id) => id,
                None => self.new_short(key, &text[start..end]),
            }
        } else {
            self.long_id(&text[start..end].to_ascii_lowercase())
        }
    }

    /// Numbers a new short word; a word of one letter or digit is kept as `ONE_CHARACTER`, so
    /// that the next one costs a lookup like any other word instead of a branch of its own.
    #[cold]
    fn new_short(&mut self, key: u128, word: &str) -> u32 {
        let id = if word.len() < 2 { ONE_CHARACTER } else { self.push(&word.to_ascii_lowercase()) };
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
        seen.start_page(self.stops);
        self.add_text(seen, title, Posting { field: Field::Title, sections: 0, count: 0 });
        self.add_text(seen, &doc.summary, Posting { field: Field::Summary, sections: 0, count: 0 });
        for (i, Section { title, text, .. }) in doc.sections.iter().enumerate() {
            let sections = section_bit(i);
            self.add_text(seen, title, Posting { field: Field::Heading, sections, count: 0 });
            self.add_text(seen, text, Posting { field: Field::Body, sections, count: 1 });
        }
        seen.finish_page()
    }

    /// Adds the words of `text` to the page, each with `posting` (merged into the page's entry
    /// of a word seen before on it).
    fn add_text(&mut self, seen: &mut PageScratch, text: &str, posting: Posting) {
        for run in Runs::new(text.as_bytes()) {
            if run.ascii {
                // The whole run is one word: the bytes around it are neither letters nor digits.
                let id = self.ascii_id(text, run.start, run.end);
                seen.add(id, posting);
            } else {
                self.add_mixed(seen, &text[run.start..run.end], posting);
            }
        }
    }

    /// Adds the words of a run with non-ASCII bytes in it (see `Runs`), cut one character at a
    /// time: it may hold several words (`café—tea`), or none (`—`).
    #[inline(never)]
    fn add_mixed(&mut self, seen: &mut PageScratch, run: &str, posting: Posting) {
        let mut i = 0;
        while i < run.len() {
            let (end, ascii) = text::word_end(run, i);
            if end == i {
                // A character that is not part of a word.
                i += run[i..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            let id = if ascii { self.ascii_id(run, i, end) } else { self.long_word(&run[i..end]) };
            i = end;
            seen.add(id, posting);
        }
    }

    /// The number of a word that is not all ASCII, or `ONE_CHARACTER`.
    fn long_word(&mut self, word: &str) -> u32 {
        let lower = text::lower(word);
        if lower.chars().nth(1).is_none() {
            return ONE_CHARACTER;
        }
        self.long_id(&lower)
    }
}

/// The numbers of short words by packed key (`packed`): open addressing with linear probing,
/// at most 70% full. A general hash map was a third of the tokenizer's time for this one lookup
/// per word of the course; here it is a multiply, a load and a compare. Keys and numbers are
/// kept apart, so the probed array holds 16 bytes a slot: the 2,048 slots of a course with a
/// thousand distinct words take 32 KB, which stays in the first-level cache. Key 0 marks an
/// empty slot: no word packs to 0.
struct PackedWords {
    keys: Vec<u128>,
    ids: Vec<u32>,
    len: usize,
    /// 64 minus the table size's bits: the top bits of the hash pick the slot.
    shift: u32,
}

impl PackedWords {
    const FIRST_BITS: u32 = 10;

    fn new() -> PackedWords {
        let size = 1 << Self::FIRST_BITS;
        PackedWords { keys: vec![0; size], ids: vec![0; size], len: 0, shift: 64 - Self::FIRST_BITS }
    }

    #[inline(always)]
    fn first_slot(&self, key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    #[inline(always)]
    fn get(&self, key: u128) -> Option<u32> {
        let mask = self.keys.len() - 1;
        let mut i = self.first_slot(key);
        loop {
            let k = self.keys[i];
            if k == key {
                return Some(self.ids[i]);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    fn insert(&mut self, key: u128, id: u32) {
        if (self.len + 1) * 10 > self.keys.len() * 7 {
            self.grow();
        }
        let mask = self.keys.len() - 1;
        let mut i = self.first_slot(key);
        while self.keys[i] != 0 {
            i = (i + 1) & mask;
        }
        self.keys[i] = key;
        self.ids[i] = id;
        self.len += 1;
    }

    /// Doubles the table, putting every key in again.
    fn grow(&mut self) {
        let size = self.keys.len() * 2;
        let keys = std::mem::replace(&mut self.keys, vec![0; size]);
        let ids = std::mem::replace(&mut self.ids, vec![0; size]);
        self.shift -= 1;
        self.len = 0;
        for (key, id) in keys.into_iter().zip(ids).filter(|&(key, _)| key != 0) {
            self.insert(key, id);
        }
    }
}

/// The page being indexed: its entries, and per word number where its entry is. Kept between
/// pages (cleared after each), so a page costs nothing for the words it does not have.
///
/// Adding a word takes no branch (a third of a lesson's words are new on it, unpredictably):
/// a word new on the page merges its posting into the spare entry after the last one, which
/// then counts as an entry. The words left out (stop words and `ONE_CHARACTER`) always have
/// entry 0, which `finish_page` drops.
#[derive(Default)]
pub struct PageScratch {
    /// By word number + 1 (`ONE_CHARACTER`, `u32::MAX`, has slot 0): the word's entry + 1, or
    /// 0 when it has none yet.
    slot: Vec<u32>,
    /// The page's entries (`len` of them), then `UNSEEN` ones: at least one, the spare.
    entries: Vec<(u32, Posting)>,
    len: usize,
}

/// An entry that takes the posting merged into it as it is (`Body` is the lowest field).
const UNSEEN: Posting = Posting { field: Field::Body, sections: 0, count: 0 };

impl PageScratch {
    #[inline(always)]
    fn slot_of(id: u32) -> usize {
        id.wrapping_add(1) as usize
    }

    /// Points the words left out (numbers below `stops`, and `ONE_CHARACTER`) at entry 0.
    fn start_page(&mut self, stops: u32) {
        let left_out = stops as usize + 1;
        if self.slot.len() < left_out {
            self.slot.resize(left_out + 1024, 0);
        }
        self.slot[..left_out].fill(1);
        if self.entries.len() < 2 {
            self.entries.resize(256, (0, UNSEEN));
        }
        self.len = 1;
    }

    #[inline(always)]
    fn add(&mut self, id: u32, posting: Posting) {
        let at = PageScratch::slot_of(id);
        if at >= self.slot.len() {
            self.slot.resize(at + 1024, 0);
        }
        if self.len >= self.entries.len() {
            self.entries.resize(self.len * 2 + 256, (0, UNSEEN));
        }
        let known = self.slot[at] as usize;
        let index = if known == 0 { self.len } else { known - 1 };
        let entry = &mut self.entries[index];
        entry.0 = id;
        entry.1.merge(posting);
        self.slot[at] = index as u32 + 1;
        self.len += usize::from(known == 0);
    }

    /// The page's entries (entry 0 left out), leaving the scratch ready for the next page.
    fn finish_page(&mut self) -> PageWords {
        let page = self.entries[1..self.len].to_vec();
        self.entries[..self.len].fill((0, UNSEEN));
        for &(id, _) in &page {
            self.slot[PageScratch::slot_of(id)] = 0;
        }
        self.len = 0;
        page
    }
}

/// The section bit of section `i`.
fn section_bit(i: usize) -> u16 {
    1 << i.min(15)
}

/// The lower-case bytes of the ASCII letters and digits `bytes[start..start + len]` (`len` from
/// 1 to 16), packed first byte lowest.
#[inline(always)]
fn packed(bytes: &[u8], start: usize, len: usize) -> u128 {
    let loaded = match bytes.get(start..start + 16) {
        // One unaligned load, the bytes after the word masked off.
        Some(sixteen) => u128::from_le_bytes(sixteen.try_into().unwrap_or([0; 16])),
        None => {
            let mut word = [0; 16];
            word[..len].copy_from_slice(&bytes[start..start + len]);
            u128::from_le_bytes(word)
        }
    };
    // Bit 5 makes a letter lower case and is set in every digit ('0' to '9' are 0x30 to 0x39).
    (loaded | (u128::MAX / 255 * 0x20)) & (u128::MAX >> (8 * (16 - len)))
}

/// A run of bytes that are ASCII letters or digits or not ASCII, with other bytes (or the ends
/// of the text) around it. No word crosses its ends; when all of it is ASCII, it is one word.
#[derive(Debug, PartialEq, Eq)]
struct Run {
    start: usize,
    end: usize,
    ascii: bool,
}

/// The runs (`Run`) of a text, found from bit masks of 64 bytes at a time, so that there is no
/// branch per byte: a run starts at the lowest bit left in the mask, and ends at the lowest
/// zero bit above it (in this block or a later one).
struct Runs<'a> {
    bytes: &'a [u8],
    /// Where the current block starts.
    base: usize,
    /// Bit `i`: byte `base + i` belongs to a run not handed out yet.
    word: u64,
    /// Bit `i`: byte `base + i` is not ASCII.
    high: u64,
}

impl<'a> Runs<'a> {
    fn new(bytes: &'a [u8]) -> Runs<'a> {
        let first = Block::at(bytes, 0);
        Runs { bytes, base: 0, word: first.word, high: first.high }
    }

    /// Moves to the next block; false past the end of the text.
    #[inline(always)]
    fn next_block(&mut self) -> bool {
        self.base += 64;
        if self.base >= self.bytes.len() {
            self.word = 0;
            return false;
        }
        let block = Block::at(self.bytes, self.base);
        self.word = block.word;
        self.high = block.high;
        true
    }
}

impl Iterator for Runs<'_> {
    type Item = Run;

    #[inline(always)]
    fn next(&mut self) -> Option<Run> {
        while self.word == 0 {
            if !self.next_block() {
                return None;
            }
        }
        let first = self.word.trailing_zeros();
        let start = self.base + first as usize;
        // The run's bytes in this block: the ones from `first` up (zeros are shifted in above).
        let len = (!(self.word >> first)).trailing_zeros();
        let mut ascii = (self.high >> first) & low_bits(len) == 0;
        if first + len < 64 {
            self.word &= u64::MAX << (first + len);
            return Some(Run { start, end: self.base + (first + len) as usize, ascii });
        }
        // The run reaches the end of the block: it goes on in the next ones.
        loop {
            if !self.next_block() {
                return Some(Run { start, end: self.bytes.len(), ascii });
            }
            let len = (!self.word).trailing_zeros();
            ascii &= self.high & low_bits(len) == 0;
            if len < 64 {
                self.word &= u64::MAX << len;
                return Some(Run { start, end: self.base + len as usize, ascii });
            }
        }
    }
}

/// The lowest `n` bits (`n` from 0 to 64).
#[inline(always)]
fn low_bits(n: u32) -> u64 {
    u64::MAX.checked_shr(64 - n).unwrap_or(0)
}

/// The classes of 64 bytes of text, one bit a byte (bit `i` for byte `i`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Block {
    /// ASCII letters and digits, and bytes that are not ASCII (they may be letters or marks).
    word: u64,
    /// Bytes that are not ASCII.
    high: u64,
}

impl Block {
    /// The block of `bytes` at `base`, zeros after the end of the text (a zero is not a word
    /// byte).
    #[inline(always)]
    fn at(bytes: &[u8], base: usize) -> Block {
        match bytes.get(base..base + 64).and_then(|block| <&[u8; 64]>::try_from(block).ok()) {
            Some(block) => Block::of(block),
            None => Block::of_tail(&bytes[base.min(bytes.len())..]),
        }
    }

    #[cold]
    fn of_tail(tail: &[u8]) -> Block {
        let mut padded = [0; 64];
        padded[..tail.len()].copy_from_slice(tail);
        Block::of(&padded)
    }

    /// 16 bytes at a time with SSE2, which every x86_64 processor has.
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    fn of(block: &[u8; 64]) -> Block {
        use std::arch::x86_64::*;
        let mut classes = Block { word: 0, high: 0 };
        for (k, sixteen) in block.chunks_exact(16).enumerate() {
            // SAFETY: SSE2 is part of the x86_64 baseline, so these intrinsics can always run;
            // the one load reads the 16 bytes of `sixteen` (no alignment needed). (Since Rust
            // 1.87 only the load needs `unsafe`; the crate supports 1.85.)
            let (word, high) = unsafe {
                let x = _mm_loadu_si128(sixteen.as_ptr().cast());
                let between =
                    |v, lo: i8, hi: i8| _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(lo - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8(hi + 1)));
                // Signed compares: a byte that is not ASCII is negative, so in neither range.
                let digit = between(x, b'0' as i8, b'9' as i8);
                let letter = between(_mm_or_si128(x, _mm_set1_epi8(0x20)), b'a' as i8, b'z' as i8);
                (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, letter), x)), _mm_movemask_epi8(x))
            };
            classes.word |= u64::from(word as u16) << (16 * k);
            classes.high |= u64::from(high as u16) << (16 * k);
        }
        classes
    }

    #[cfg(not(target_arch = "x86_64"))]
    #[inline(always)]
    fn of(block: &[u8; 64]) -> Block {
        Block::of_words(block)
    }

    /// 8 bytes at a time in a `u64` (on every processor; the tests compare it with SSE2).
    #[cfg_attr(target_arch = "x86_64", allow(dead_code))]
    fn of_words(block: &[u8; 64]) -> Block {
        let mut classes = Block { word: 0, high: 0 };
        for (k, eight) in block.chunks_exact(8).enumerate() {
            let x = u64::from_le_bytes(eight.try_into().unwrap_or([0; 8]));
            classes.word |= high_bits(ascii_alphanumeric(x) | x) << (8 * k);
            classes.high |= high_bits(x) << (8 * k);
        }
        classes
    }
}

/// One in every byte.
const ONES: u64 = u64::MAX / 255;
/// Bit 7 of every byte.
const HIGH_BITS: u64 = ONES * 0x80;

/// Bit 7 set in each byte of `x` that is an ASCII letter or digit, 8 bytes at once. Bytes are
/// compared with `lo` by adding `0x80 - lo` to their low seven bits: bit 7 of the sum is set
/// when the byte is at least `lo`, and no sum carries into the next byte.
fn ascii_alphanumeric(x: u64) -> u64 {
    let low = x & !HIGH_BITS;
    let at_least = |v: u64, lo: u64| v + ONES * (0x80 - lo);
    let digit = at_least(low, 0x30) & !at_least(low, 0x3a);
    let folded = low | (ONES * 0x20); // 'A'..='Z' -> 'a'..='z'
    let letter = at_least(folded, 0x61) & !at_least(folded, 0x7b);
    (digit | letter) & !x & HIGH_BITS
}

/// Bit 7 of each byte of `x`, gathered into the low 8 bits (byte `i` to bit `i`): the multiply
/// moves bit 0 of byte `i` to bit `56 + i`, and no two partial products meet.
fn high_bits(x: u64) -> u64 {
    (((x & HIGH_BITS) >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
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

    /// The words of `texts` as the index numbered them one byte at a time (before issue 18):
    /// every word cut by `text::word_end`; one of 2 to 16 ASCII bytes numbered by its ASCII lower
    /// case, any other by `text::lower` (one character: none), in a table apart. The numbers
    /// `reference` gives must be the `Lexicon`'s, and so the page's words and postings.
    struct Reference {
        ids: std::collections::HashMap<(bool, String), u32>,
        stops: u32,
    }

    impl Reference {
        fn new(language: &str) -> Reference {
            let mut reference = Reference { ids: Default::default(), stops: 0 };
            for stop in text::stop_words(language) {
                reference.number(stop);
            }
            reference.stops = reference.ids.len() as u32;
            reference
        }

        fn number(&mut self, word: &str) -> Option<u32> {
            let key = match word.is_ascii() && word.len() <= 16 {
                true if word.len() < 2 => return None,
                true => (true, word.to_ascii_lowercase()),
                false if text::lower(word).chars().nth(1).is_none() => return None,
                false => (false, text::lower(word).into_owned()),
            };
            let next = self.ids.len() as u32;
            Some(*self.ids.entry(key).or_insert(next))
        }

        fn page(&mut self, texts: &[(&str, Posting)]) -> PageWords {
            let mut page = PageWords::new();
            for &(text, posting) in texts {
                for (start, end) in spans_one_at_a_time(text) {
                    let Some(id) = self.number(&text[start..end]).filter(|&id| id >= self.stops) else { continue };
                    match page.iter_mut().find(|(seen, _)| *seen == id) {
                        Some((_, entry)) => entry.merge(posting),
                        None => page.push((id, posting)),
                    }
                }
            }
            page
        }
    }

    /// Where the words of `text` are, found one byte at a time.
    fn spans_one_at_a_time(text: &str) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        let mut i = 0;
        while i < text.len() {
            let (end, _) = text::word_end(text, i);
            if end == i {
                i += text[i..].chars().next().map_or(1, char::len_utf8);
            } else {
                spans.push((i, end));
                i = end;
            }
        }
        spans
    }

    /// Texts of `pieces` in runs of random length (seeded: the same texts every time).
    fn random_texts(pieces: &[&str], count: usize, max_len: usize) -> Vec<String> {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..count)
            .map(|_| {
                let len = next() as usize % max_len;
                let mut text = String::new();
                while text.len() < len {
                    let r = next();
                    let run = if r % 3 == 0 { 1 } else { (r >> 8) as usize % 20 };
                    text.push_str(&pieces[(r >> 32) as usize % pieces.len()].repeat(run));
                }
                text
            })
            .collect()
    }

    /// Every byte class next to every other: letters, digits, the bytes around their ranges,
    /// control characters that fold onto digits, spaces, and non-ASCII letters and marks.
    const PIECES: [&str; 18] =
        ["a", "Z", "0", "9", "/", ":", "@", "[", "`", "{", "\u{10}", "\u{19}", " ", "é", "\u{301}", "\u{2014}", "ß", "\u{7f}"];

    #[test]
    fn blocks_of_64_bytes_cut_words_as_one_at_a_time() {
        // Texts from empty to 300 bytes: runs cross block edges, texts end anywhere in a block.
        for text in random_texts(&PIECES, 20_000, 300) {
            let bytes = text.as_bytes();
            let mut spans = Vec::new();
            let mut last_end = 0;
            for run in Runs::new(bytes) {
                // A run is a whole run of word bytes, told right whether it is ASCII.
                let is_word_byte = |b: &u8| b.is_ascii_alphanumeric() || *b >= 0x80;
                assert!(run.start >= last_end && run.start < run.end, "{text:?}: {run:?}");
                assert!(bytes[run.start..run.end].iter().all(is_word_byte), "{text:?}: {run:?}");
                assert!(run.start == 0 || !is_word_byte(&bytes[run.start - 1]), "{text:?}: {run:?}");
                assert!(run.end == bytes.len() || !is_word_byte(&bytes[run.end]), "{text:?}: {run:?}");
                assert_eq!(run.ascii, bytes[run.start..run.end].is_ascii(), "{text:?}: {run:?}");
                assert!(bytes[last_end..run.start].iter().all(|b| !is_word_byte(b)), "{text:?}: a run left out before {run:?}");
                last_end = run.end;
                // Then as `Lexicon::add_text` cuts it.
                if run.ascii {
                    spans.push((run.start, run.end));
                } else {
                    let inner = spans_one_at_a_time(&text[run.start..run.end]);
                    spans.extend(inner.into_iter().map(|(s, e)| (run.start + s, run.start + e)));
                }
            }
            assert!(bytes[last_end..].iter().all(|b| !b.is_ascii_alphanumeric() && *b < 0x80), "{text:?}: a run left out at the end");
            assert_eq!(spans, spans_one_at_a_time(&text), "{text:?}");
        }
    }

    #[test]
    fn sse2_and_eight_bytes_at_once_classify_every_byte_alike() {
        let mut blocks: Vec<[u8; 64]> = (0..=255u8).map(|b| [b; 64]).collect();
        // Every byte value at every place of a block, among others.
        for (n, value) in (0..64 * 256).enumerate() {
            let mut block: [u8; 64] = std::array::from_fn(|i| (i as u8).wrapping_mul(37).wrapping_add(n as u8));
            block[value % 64] = (value / 64) as u8;
            blocks.push(block);
        }
        for block in &blocks {
            let mut expected = Block { word: 0, high: 0 };
            for (i, &b) in block.iter().enumerate() {
                expected.word |= u64::from(b.is_ascii_alphanumeric() || b >= 0x80) << i;
                expected.high |= u64::from(b >= 0x80) << i;
            }
            assert_eq!(Block::of(block), expected, "{block:?}");
            assert_eq!(Block::of_words(block), expected, "{block:?}");
        }
    }

    #[test]
    fn pages_get_the_words_and_numbers_of_one_byte_at_a_time() {
        // Long pieces too: words of 8/9 and 16/17 bytes, of several non-ASCII characters, and
        // words whose lower case is longer, or ASCII (the Kelvin sign).
        let mut pieces = PIECES.to_vec();
        pieces.extend([
            "Leader",
            "ABCDEFGH",
            "ABCDEFGHI",
            "abcdefghijklmnop",
            "ABCDEFGHIJKLMNOPQ",
            "Équipe",
            "cafe\u{301}",
            "İ",
            "\u{212a}",
            "the ",
        ]);
        for language in ["en", "fr"] {
            let mut lexicon = Lexicon::new(language);
            let mut reference = Reference::new(language);
            let mut seen = PageScratch::default();
            let texts = random_texts(&pieces, 4_000, 400);
            for four in texts.chunks(4) {
                let d = DocText {
                    summary: four[1].clone(),
                    sections: vec![Section { anchor: String::new(), title: four[2].clone(), text: four[3].clone() }],
                };
                let got = lexicon.page(&mut seen, &four[0], &d);
                let expected = reference.page(&[
                    (&four[0], Posting { field: Field::Title, sections: 0, count: 0 }),
                    (&four[1], Posting { field: Field::Summary, sections: 0, count: 0 }),
                    (&four[2], Posting { field: Field::Heading, sections: 1, count: 0 }),
                    (&four[3], Posting { field: Field::Body, sections: 1, count: 1 }),
                ]);
                assert_eq!(got, expected, "{four:?}");
            }
            assert_eq!(lexicon.len(), reference.ids.len());
        }
    }

    #[test]
    fn words_of_every_length_at_every_place_of_a_block() {
        let mut lexicon = Lexicon::new("en");
        let mut reference = Reference::new("en");
        let mut seen = PageScratch::default();
        for len in 1..=20 {
            for at in 0..140 {
                for (before, after) in [(" ", " "), ("é", ""), (".", "\u{2014}"), ("", "é")] {
                    let word: String = (0..len).map(|i| char::from(b'A' + ((i * 7 + at + len) % 26) as u8)).collect();
                    let text = format!("{}{before}{word}{after}", "x ".repeat(at / 2) + &"y".repeat(at % 2));
                    let got = lexicon.page(&mut seen, "", &doc(&[("", "", &text)]));
                    let body = Posting { field: Field::Body, sections: 1, count: 1 };
                    let summary = Posting { field: Field::Summary, sections: 0, count: 0 };
                    assert_eq!(got, reference.page(&[("A summary about trust.", summary), (&text, body)]), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn the_short_word_table_grows_past_its_load_and_finds_every_word() {
        let mut table = PackedWords::new();
        let first = table.keys.len();
        // Keys of words of up to 8 bytes (nothing in the high half) and of longer ones.
        let keys: Vec<u128> = (1..5000u128).map(|n| if n % 2 == 0 { n * 0x0101_0101 } else { n << 64 | n << 8 | 0x61 }).collect();
        for (id, &key) in keys.iter().enumerate() {
            assert_eq!(table.get(key), None);
            table.insert(key, id as u32);
            assert!(table.len * 10 <= table.keys.len() * 7, "at most 70% full");
        }
        assert!(keys.iter().enumerate().all(|(id, &key)| table.get(key) == Some(id as u32)));
        assert_eq!(table.get(7), None);
        assert_eq!(table.keys.len(), 8192, "grown from {first} slots at 70%: 4,999 words need 8,192");
        assert_eq!(table.ids.len(), table.keys.len());
    }

    #[test]
    fn short_words_pack_lower_case() {
        let all: String = (0u8..128).filter(u8::is_ascii_alphanumeric).map(char::from).collect();
        for (start, len) in (0..all.len()).flat_map(|s| (1..=16).map(move |l| (s, l))).filter(|&(s, l)| s + l <= all.len()) {
            let mut lower = [0u8; 16];
            lower[..len].copy_from_slice(&all.as_bytes()[start..start + len].to_ascii_lowercase());
            assert_eq!(packed(all.as_bytes(), start, len), u128::from_le_bytes(lower));
        }
    }

    #[test]
    fn a_page_without_words_has_no_entries() {
        let mut lexicon = Lexicon::new("en");
        let empty = DocText { summary: String::new(), sections: Vec::new() };
        assert_eq!(lexicon.page(&mut PageScratch::default(), "", &empty), PageWords::new());
        assert_eq!(lexicon.page(&mut PageScratch::default(), "The a, of — x", &empty), PageWords::new(), "stop words only");
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
