//! Sixteen bytes of text tested at once, for the index's text writers (`index::js_string`,
//! `text::push_plain`): nearly all of a course's text needs no work from them, and stepping over
//! it sixteen bytes at a time is most of what they cost. SSE2 on x86_64 (every such processor
//! has it); elsewhere the same tests one byte at a time.

/// The sixteen bytes of `bytes` from `at`, when there are sixteen.
pub fn at(bytes: &[u8], at: usize) -> Option<&[u8; 16]> {
    bytes.get(at..at.checked_add(16)?).and_then(|s| <&[u8; 16]>::try_from(s).ok())
}

/// Which bytes are which (bit `i` for byte `i`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Classes {
    /// Bytes `js_string` must look at: control characters, `"`, `\`, `<`, and 0xE2 (which
    /// starts U+2028 and U+2029).
    pub js_stops: u32,
    /// Bytes below 0x20 (control characters) or not ASCII: not plain single-spaced text.
    pub not_plain: u32,
    /// ASCII spaces.
    pub spaces: u32,
}

impl Classes {
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    pub fn of(sixteen: &[u8; 16]) -> Classes {
        use std::arch::x86_64::*;
        // SAFETY: SSE2 is part of the x86_64 baseline, so these intrinsics can always run; the
        // one load reads the 16 bytes of `sixteen` (no alignment needed).
        let (js_stops, not_plain, spaces) = unsafe {
            let x = _mm_loadu_si128(sixteen.as_ptr().cast());
            let is = |b: u8| _mm_cmpeq_epi8(x, _mm_set1_epi8(b as i8));
            let control = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1f)), x);
            let stops = _mm_or_si128(_mm_or_si128(control, is(b'"')), _mm_or_si128(_mm_or_si128(is(b'\\'), is(b'<')), is(0xE2)));
            // Signed: a byte that is not ASCII is negative, so below 0x20 too.
            let not_plain = _mm_cmplt_epi8(x, _mm_set1_epi8(0x20));
            (_mm_movemask_epi8(stops), _mm_movemask_epi8(not_plain), _mm_movemask_epi8(is(b' ')))
        };
        Classes { js_stops: js_stops as u32, not_plain: not_plain as u32, spaces: spaces as u32 }
    }

    #[cfg(not(target_arch = "x86_64"))]
    pub fn of(sixteen: &[u8; 16]) -> Classes {
        Classes::of_bytes(sixteen)
    }

    /// One byte at a time (on every processor; the tests compare it with SSE2).
    #[cfg_attr(target_arch = "x86_64", allow(dead_code))]
    pub fn of_bytes(sixteen: &[u8; 16]) -> Classes {
        let mut c = Classes { js_stops: 0, not_plain: 0, spaces: 0 };
        for (i, &b) in sixteen.iter().enumerate() {
            let bit = 1 << i;
            if b < 0x20 || matches!(b, b'"' | b'\\' | b'<' | 0xE2) {
                c.js_stops |= bit;
            }
            if !(0x20..0x80).contains(&b) {
                c.not_plain |= bit;
            }
            if b == b' ' {
                c.spaces |= bit;
            }
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixteen_bytes_at_once_are_classed_as_one_at_a_time() {
        let interesting = [0u8, 1, b'\t', b'\n', 0x1f, b' ', b'!', b'"', b'\\', b'<', b'a', 0x7f, 0x80, 0xa8, 0xe2, 0xff];
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..50_000 {
            let mut sixteen = [0u8; 16];
            for b in &mut sixteen {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                *b = if state % 4 == 0 { (state >> 24) as u8 } else { interesting[(state >> 8) as usize % interesting.len()] };
            }
            assert_eq!(Classes::of(&sixteen), Classes::of_bytes(&sixteen), "{sixteen:?}");
        }
        assert_eq!(at(b"0123456789abcdef", 0).map(|s| s[15]), Some(b'f'));
        assert_eq!(at(b"0123456789abcdef", 1), None);
        assert_eq!(at(b"0123456789abcdef", usize::MAX), None);
    }
}
