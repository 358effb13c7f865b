//! The decoder against libzstd (through the `zstd` crate): same bytes out for what libzstd
//! writes at every level and setting; errors, never panics, for damaged input.

use std::io::{self, BufRead, Read, Write};

use zstd::zstd_safe::{CParameter, Strategy};

use super::ZstdReader;
use crate::test_support::Pieces;

fn decode_with(z: &[u8], threads: bool, step: usize) -> io::Result<Vec<u8>> {
    let mut r = ZstdReader::with_threads(Pieces { data: z, step }, threads);
    let mut out = Vec::new();
    loop {
        let b = r.fill_buf()?;
        if b.is_empty() {
            return Ok(out);
        }
        out.extend_from_slice(b);
        let n = b.len();
        r.consume(n);
    }
}

fn decode(z: &[u8]) -> io::Result<Vec<u8>> {
    decode_with(z, true, usize::MAX)
}

/// A small xorshift generator: the tests need no seed from outside.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Text-like data: words, numbers, tabs and newlines, as COPY data looks.
fn text(n: usize, seed: u64) -> Vec<u8> {
    const WORDS: &[&str] = &[
        "alpha",
        "beta",
        "gamma",
        "delta",
        "zstd",
        "pg_dump",
        "restore",
        "é",
        "ü",
        "\\N",
        "\t",
        "\n",
        "2024-01-01 12:00:00+00",
        "{\"k\": 1}",
        "lorem",
        "ipsum",
    ];
    let mut r = Rng(seed | 1);
    let mut v = Vec::with_capacity(n + 32);
    while v.len() < n {
        if r.below(4) == 0 {
            v.extend_from_slice(format!("{}", r.next() % 100_000).as_bytes());
        } else {
            v.extend_from_slice(WORDS[r.below(WORDS.len())].as_bytes());
        }
        v.push(b' ');
    }
    v.truncate(n);
    v
}

fn random(n: usize, seed: u64) -> Vec<u8> {
    let mut r = Rng(seed | 1);
    (0..n).map(|_| r.next() as u8).collect()
}

/// Text with incompressible stretches (raw blocks), runs (RLE blocks) and short-period
/// repeats (overlapping matches).
fn mixed(n: usize, seed: u64) -> Vec<u8> {
    let mut v = text(n / 2, seed);
    v.extend_from_slice(&random(n / 8, seed + 1));
    v.extend(std::iter::repeat_n(b'x', n / 8));
    v.extend((0..n / 8).map(|i| b"abcabd"[i % 6]));
    v.extend_from_slice(&text(n / 8, seed + 2));
    v
}

fn encode(data: &[u8], params: &[CParameter]) -> Vec<u8> {
    let mut e = zstd::stream::write::Encoder::new(Vec::new(), 0).unwrap();
    for p in params {
        e.set_parameter(*p).unwrap();
    }
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn check(data: &[u8], z: &[u8], what: &str) {
    assert_eq!(
        zstd::decode_all(z).unwrap(),
        data,
        "{what}: libzstd disagrees"
    );
    for (threads, step) in [
        (true, usize::MAX),
        (false, usize::MAX),
        (true, 4099),
        (false, 7),
    ] {
        let out = decode_with(z, threads, step)
            .unwrap_or_else(|e| panic!("{what}, threads {threads}, step {step}: {e}"));
        assert!(
            out == data,
            "{what}, threads {threads}, step {step}: wrong output"
        );
    }
}

#[test]
fn every_level_and_kind_of_data() {
    for (name, data) in [
        ("text", text(700_000, 1)),
        ("mixed", mixed(900_000, 2)),
        ("random", random(300_000, 3)),
        ("short", text(37, 4)),
        ("one byte", vec![7]),
        ("empty", Vec::new()),
    ] {
        for level in [-5, 1, 3, 6, 12, 19] {
            let z = encode(&data, &[CParameter::CompressionLevel(level)]);
            check(&data, &z, &format!("{name}, level {level}"));
        }
    }
}

#[test]
fn strategies_windows_checksums_and_content_sizes() {
    let data = mixed(1_500_000, 9);
    let cases: Vec<(&str, Vec<CParameter>)> = vec![
        (
            "btultra2, window 2^17",
            vec![
                CParameter::CompressionLevel(22),
                CParameter::WindowLog(17),
                CParameter::Strategy(Strategy::ZSTD_btultra2),
            ],
        ),
        (
            "fast, window 2^10 (blocks of 1 KiB)",
            vec![
                CParameter::WindowLog(10),
                CParameter::Strategy(Strategy::ZSTD_fast),
            ],
        ),
        (
            "long distance matching, window 2^24",
            vec![
                CParameter::EnableLongDistanceMatching(true),
                CParameter::WindowLog(24),
            ],
        ),
        (
            "checksum and min match 7",
            vec![CParameter::ChecksumFlag(true), CParameter::MinMatch(7)],
        ),
        ("lazy2", vec![CParameter::Strategy(Strategy::ZSTD_lazy2)]),
    ];
    for (what, params) in cases {
        let z = encode(&data, &params);
        check(&data, &z, what);
    }
    // One-shot compression: single-segment frames with a content size.
    for n in [0usize, 1, 200, 70_000, 600_000] {
        let d = text(n, n as u64);
        let z = zstd::bulk::compress(&d, 3).unwrap();
        check(&d, &z, &format!("single segment, {n} bytes"));
    }
}

#[test]
fn concatenated_and_skippable_frames() {
    let a = text(300_000, 5);
    let b = mixed(200_000, 6);
    let mut z = encode(&a, &[CParameter::ChecksumFlag(true)]);
    z.extend_from_slice(&[0x5A, 0x2A, 0x4D, 0x18, 3, 0, 0, 0, 1, 2, 3]);
    z.extend_from_slice(&zstd::bulk::compress(&b, 1).unwrap());
    z.extend_from_slice(&[0x50, 0x2A, 0x4D, 0x18, 0, 0, 0, 0]);
    z.extend_from_slice(&encode(&[], &[]));
    let mut want = a.clone();
    want.extend_from_slice(&b);
    check(&want, &z, "frames");
}

#[test]
fn a_long_stream_moves_to_the_worker_and_back_to_back_frames_reset_it() {
    // Many blocks, so that the worker starts; then a second frame whose first blocks must
    // not reuse the first frame's tables or offsets.
    let a = text(3_000_000, 7);
    let b = text(2_000_000, 8);
    let mut z = encode(&a, &[CParameter::CompressionLevel(3)]);
    z.extend_from_slice(&encode(&b, &[CParameter::CompressionLevel(9)]));
    let mut want = a;
    want.extend_from_slice(&b);
    check(&want, &z, "two long frames");
    // Read with a small buffer: slices are consumed a little at a time.
    let mut r = ZstdReader::new(&z[..]);
    let mut out = Vec::new();
    let mut buf = [0u8; 1000];
    loop {
        let n = r.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        out.extend_from_slice(&buf[..n]);
    }
    assert!(out == want);
}

#[test]
fn damage_is_an_error() {
    let data = text(200_000, 11);
    let z = encode(&data, &[CParameter::ChecksumFlag(true)]);
    // Cut anywhere.
    for cut in (0..z.len()).step_by(997).chain([z.len() - 1, z.len() - 4]) {
        if cut == 0 {
            continue;
        }
        assert!(decode(&z[..cut]).is_err(), "cut at {cut} of {}", z.len());
    }
    // A wrong checksum.
    let mut bad = z.clone();
    let last = bad.len() - 1;
    bad[last] ^= 1;
    let e = decode(&bad).unwrap_err();
    assert!(e.to_string().contains("checksum"), "{e}");
    // A content size that does not match.
    let mut single = zstd::bulk::compress(&data, 3).unwrap();
    assert_eq!(single[4] >> 6, 2, "a 4-byte content size");
    single[6] ^= 1;
    assert!(decode(&single).is_err());
    // Not zstd at all; a dictionary; a window too large.
    assert!(decode(b"not zstd at all").is_err());
    let dict_frame = [0x28, 0xB5, 0x2F, 0xFD, 0x01, 0x58, 0x07, 0x01, 0x00, 0x00];
    let e = decode(&dict_frame).unwrap_err();
    assert_eq!(e.kind(), io::ErrorKind::Unsupported, "{e}");
    let huge_window = [0x28, 0xB5, 0x2F, 0xFD, 0x00, 0x98, 0x01, 0x00, 0x00];
    assert!(decode(&huge_window).is_err());
}

#[test]
fn bytes_before_an_error_are_handed_out_first() {
    let data = text(2_000_000, 12);
    let z = encode(&data, &[]);
    let cut = &z[..z.len() * 3 / 4];
    let mut r = ZstdReader::new(cut);
    let mut got = Vec::new();
    let err = loop {
        match r.fill_buf() {
            Ok([]) => panic!("a cut stream ended cleanly"),
            Ok(b) => {
                got.extend_from_slice(b);
                let n = b.len();
                r.consume(n);
            }
            Err(e) => break e,
        }
    };
    assert_eq!(err.kind(), io::ErrorKind::UnexpectedEof, "{err}");
    assert!(got.len() > data.len() / 2, "{}", got.len());
    assert!(data.starts_with(&got));
}

#[test]
fn damaged_frames_never_panic_and_agree_with_libzstd() {
    // Flip bits of real frames: we decode what libzstd decodes, to the same bytes, and fail
    // where it fails. One difference is deliberate: a Huffman stream must end exactly
    // where its last literal does (RFC 8878 §4.2.2); libzstd's fast four-stream decoder
    // does not check that and hands out damaged literals.
    let data = mixed(120_000, 13);
    let frames = [
        encode(&data, &[CParameter::CompressionLevel(1)]),
        encode(&data, &[CParameter::CompressionLevel(19)]),
        zstd::bulk::compress(&data[..5000], 3).unwrap(),
    ];
    let mut r = Rng(99);
    let mut stricter = 0;
    for z in &frames {
        for _ in 0..600 {
            let mut bad = z.clone();
            for _ in 0..1 + r.below(3) {
                let i = r.below(bad.len());
                bad[i] ^= 1 << r.below(8);
            }
            match (decode(&bad), zstd::decode_all(&bad[..])) {
                (Ok(a), Ok(b)) => assert!(a == b, "both decoded, differently"),
                (Err(_), Err(_)) => {}
                (Err(e), Ok(_)) if e.to_string().contains("Huffman stream does not end") => {
                    stricter += 1;
                }
                (a, b) => panic!(
                    "we give {:?}, libzstd {:?}",
                    a.map(|v| v.len()),
                    b.map(|v| v.len())
                ),
            }
        }
    }
    assert!(stricter < 600, "{stricter}");
}

#[test]
fn garbage_never_panics() {
    let mut r = Rng(7);
    for len in [1usize, 4, 5, 9, 14, 100, 5000] {
        for _ in 0..50 {
            let mut b: Vec<u8> = (0..len).map(|_| r.next() as u8).collect();
            // Mostly valid frame headers, so that the block decoders see the garbage.
            if len >= 6 && r.below(4) != 0 {
                b[..4].copy_from_slice(&[0x28, 0xB5, 0x2F, 0xFD]);
                b[4] &= 0xF4;
            }
            let _ = decode(&b);
            let _ = decode_with(&b, false, 3);
        }
    }
}

#[test]
fn damage_found_by_the_worker_is_reported_in_order() {
    // Flip bits well after the worker took over: the bytes before the damaged block come
    // out, then an error (or libzstd's output); nothing hangs or panics.
    let data = text(4_000_000, 21);
    let z = encode(&data, &[CParameter::CompressionLevel(3)]);
    let mut r = Rng(5);
    for _ in 0..40 {
        let mut bad = z.clone();
        let i = z.len() / 2 + r.below(z.len() / 2);
        bad[i] ^= 1 << r.below(8);
        match (decode(&bad), zstd::decode_all(&bad[..])) {
            (Ok(a), Ok(b)) => assert!(a == b),
            (Err(_), _) => {}
            (Ok(_), Err(e)) => panic!("libzstd fails ({e}), we do not"),
        }
    }
}

#[test]
fn dropping_a_reader_mid_stream_stops_its_worker() {
    let data = text(6_000_000, 22);
    let z = encode(&data, &[]);
    for _ in 0..20 {
        let mut r = ZstdReader::new(&z[..]);
        let mut buf = vec![0u8; 3 << 20];
        r.read_exact(&mut buf).unwrap();
        assert!(data.starts_with(&buf));
        // Dropped here, blocks still in flight: joins the worker.
    }
}
