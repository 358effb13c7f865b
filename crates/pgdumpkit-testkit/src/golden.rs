//! Golden files: expected output committed beside the tests, regenerated with one switch.
//!
//! `PGDUMPKIT_BLESS=1 cargo test` rewrites every golden file a test compares against; review the
//! change with `git diff` before committing it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::fixtures::testdata_dir;

/// Lines of unchanged text shown around each change.
const CONTEXT: usize = 3;
/// Lines of diff output shown before the rest is summarised.
const MAX_DIFF_LINES: usize = 80;
/// Above this many cells (expected lines × actual lines of the differing middle) the diff falls
/// back to "all removed, all added" instead of computing a longest common subsequence.
const MAX_LCS_CELLS: usize = 4_000_000;

/// Whether `PGDUMPKIT_BLESS` asks for golden files to be (re)written.
pub fn bless_enabled() -> bool {
    std::env::var_os("PGDUMPKIT_BLESS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Where a golden path points: relative paths are taken from the workspace's `testdata/`.
pub fn golden_path(path: impl AsRef<Path>) -> PathBuf {
    let path = path.as_ref();
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        testdata_dir().join(path)
    }
}

/// Compares `actual` with the golden file at `path` (relative paths are under `testdata/`).
/// With `PGDUMPKIT_BLESS=1` the file is written instead (parent directories created).
///
/// # Panics
/// When the contents differ (with a diff of the first differing lines), when the file is
/// missing and blessing is off, or when blessing cannot write the file.
#[track_caller]
pub fn assert_golden(path: impl AsRef<Path>, actual: &[u8]) {
    let path = golden_path(path);
    if bless_enabled() {
        let unchanged = std::fs::read(&path).is_ok_and(|old| old == actual);
        if !unchanged {
            if let Some(parent) = path.parent()
                && let Err(e) = std::fs::create_dir_all(parent)
            {
                panic!("cannot create {}: {e}", parent.display());
            }
            if let Err(e) = std::fs::write(&path, actual) {
                panic!("cannot write golden file {}: {e}", path.display());
            }
            eprintln!("blessed {}", path.display());
        }
        return;
    }
    let expected = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
            "golden file {} does not exist; create it with PGDUMPKIT_BLESS=1 and review it",
            path.display()
        ),
        Err(e) => panic!("cannot read golden file {}: {e}", path.display()),
    };
    if expected != actual {
        panic!(
            "output differs from golden file {}\n{}\nrerun with PGDUMPKIT_BLESS=1 to accept the new output",
            path.display(),
            describe_difference(&expected, actual)
        );
    }
}

/// A human-readable account of how `actual` differs from `expected`: sizes, the first differing
/// byte, and a unified-style line diff of the first changes.
pub fn describe_difference(expected: &[u8], actual: &[u8]) -> String {
    let mut out = String::new();
    let first = expected
        .iter()
        .zip(actual)
        .position(|(a, b)| a != b)
        .unwrap_or(expected.len().min(actual.len()));
    let _ = writeln!(
        out,
        "expected {} bytes, got {} bytes; first difference at byte {first}",
        expected.len(),
        actual.len()
    );
    let utf8 = std::str::from_utf8(expected).is_ok() && std::str::from_utf8(actual).is_ok();
    if !utf8 {
        let _ = writeln!(out, "(not UTF-8: text shown lossily)");
    }
    let expected_text = String::from_utf8_lossy(expected);
    let actual_text = String::from_utf8_lossy(actual);
    out.push_str(&unified_diff(&expected_text, &actual_text));
    out
}

/// One line of a diff.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Same,
    Removed,
    Added,
}

/// A unified-style diff (`-` expected, `+` actual) of the first changes, with control
/// characters made visible so that `\r` or a missing final newline can be seen.
pub(crate) fn unified_diff(expected: &str, actual: &str) -> String {
    let old: Vec<&str> = expected.split_inclusive('\n').collect();
    let new: Vec<&str> = actual.split_inclusive('\n').collect();
    let script = diff_lines(&old, &new);

    // Mark which script positions to show: changes and CONTEXT lines around them.
    let mut show = vec![false; script.len()];
    for (i, (op, _, _)) in script.iter().enumerate() {
        if *op != Op::Same {
            let lo = i.saturating_sub(CONTEXT);
            let hi = (i + CONTEXT + 1).min(script.len());
            show[lo..hi].iter_mut().for_each(|s| *s = true);
        }
    }

    let mut out = String::from("--- expected\n+++ actual\n");
    let mut printed = 0usize;
    let mut i = 0;
    while i < script.len() {
        if !show[i] {
            i += 1;
            continue;
        }
        let hunk_end = (i..script.len())
            .find(|&j| !show[j])
            .unwrap_or(script.len());
        let (_, old_at, new_at) = script[i];
        let old_count = script[i..hunk_end]
            .iter()
            .filter(|s| s.0 != Op::Added)
            .count();
        let new_count = script[i..hunk_end]
            .iter()
            .filter(|s| s.0 != Op::Removed)
            .count();
        let _ = writeln!(
            out,
            "@@ -{},{old_count} +{},{new_count} @@",
            old_at + 1,
            new_at + 1
        );
        for &(op, o, n) in &script[i..hunk_end] {
            if printed == MAX_DIFF_LINES {
                let remaining = script[i..].iter().filter(|s| s.0 != Op::Same).count();
                let _ = writeln!(
                    out,
                    "... diff cut short ({remaining} or fewer changed lines follow)"
                );
                return out;
            }
            let (sign, line) = match op {
                Op::Same => (' ', old[o]),
                Op::Removed => ('-', old[o]),
                Op::Added => ('+', new[n]),
            };
            out.push(sign);
            out.push_str(&visible(line));
            out.push('\n');
            if !line.ends_with('\n') {
                out.push_str("\\ No newline at end of file\n");
            }
            printed += 1;
        }
        i = hunk_end;
    }
    out
}

/// The edit script between two line lists as `(op, old index, new index)`; for `Added` the old
/// index is where the line would go, for `Removed` the new index likewise.
fn diff_lines(old: &[&str], new: &[&str]) -> Vec<(Op, usize, usize)> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let old_mid = &old[prefix..old.len() - suffix];
    let new_mid = &new[prefix..new.len() - suffix];

    let mut script: Vec<(Op, usize, usize)> = (0..prefix).map(|i| (Op::Same, i, i)).collect();
    let cells = old_mid.len().saturating_mul(new_mid.len());
    if cells <= MAX_LCS_CELLS {
        // Longest common subsequence, table filled from the end so the walk goes forwards.
        let (m, n) = (old_mid.len(), new_mid.len());
        let width = n + 1;
        let mut table = vec![0u32; (m + 1) * width];
        for i in (0..m).rev() {
            for j in (0..n).rev() {
                table[i * width + j] = if old_mid[i] == new_mid[j] {
                    table[(i + 1) * width + j + 1] + 1
                } else {
                    table[(i + 1) * width + j].max(table[i * width + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < m || j < n {
            if i < m && j < n && old_mid[i] == new_mid[j] {
                script.push((Op::Same, prefix + i, prefix + j));
                i += 1;
                j += 1;
            } else if i < m && (j == n || table[(i + 1) * width + j] >= table[i * width + j + 1]) {
                // Removals first, as diff(1) prints them.
                script.push((Op::Removed, prefix + i, prefix + j));
                i += 1;
            } else {
                script.push((Op::Added, prefix + i, prefix + j));
                j += 1;
            }
        }
    } else {
        script.extend((0..old_mid.len()).map(|i| (Op::Removed, prefix + i, prefix)));
        script.extend((0..new_mid.len()).map(|j| (Op::Added, prefix + old_mid.len(), prefix + j)));
    }
    let (old_end, new_end) = (old.len() - suffix, new.len() - suffix);
    script.extend((0..suffix).map(|k| (Op::Same, old_end + k, new_end + k)));
    script
}

/// A line without its newline, with control characters other than tab escaped.
fn visible(line: &str) -> String {
    let body = line.strip_suffix('\n').unwrap_or(line);
    let mut out = String::with_capacity(body.len());
    for c in body.chars() {
        match c {
            '\t' => out.push('\t'),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_shows_changed_line_with_context() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        let new = "a\nb\nc\nd\nX\nf\ng\nh\n";
        let diff = unified_diff(old, new);
        assert_eq!(
            diff,
            "--- expected\n+++ actual\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+X\n f\n g\n h\n"
        );
    }

    #[test]
    fn diff_handles_insertion_and_missing_newline() {
        let diff = unified_diff("a\nb", "a\nnew\nb\n");
        assert!(diff.contains("+new\n"), "{diff}");
        assert!(
            diff.contains("-b\n\\ No newline at end of file\n"),
            "{diff}"
        );
        assert!(diff.contains("+b\n"), "{diff}");
    }

    #[test]
    fn diff_is_cut_short() {
        let old: String = (0..500).map(|i| format!("{i}\n")).collect();
        let new: String = (0..500).map(|i| format!("x{i}\n")).collect();
        let diff = unified_diff(&old, &new);
        assert!(diff.contains("diff cut short"), "{diff}");
        assert!(diff.lines().count() < MAX_DIFF_LINES + 10);
    }
}
