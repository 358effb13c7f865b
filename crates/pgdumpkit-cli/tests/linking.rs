//! The binary must run where no PostgreSQL client is installed: it links neither libpq nor
//! OpenSSL, only the C library's own shared objects.

use std::process::Command;

#[test]
fn binary_links_no_libpq_and_no_openssl() {
    let bin = env!("CARGO_BIN_EXE_pgdumpkit");
    let out = match Command::new("ldd").arg(bin).output() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("skipped: ldd is not available ({e})");
            return;
        }
    };
    let text = String::from_utf8_lossy(&out.stdout);
    // A statically linked binary makes ldd say so and exit non-zero: nothing linked at all.
    if !out.status.success() {
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("not a dynamic executable")
                || text.contains("statically linked"),
            "ldd failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return;
    }
    const ALLOWED: &[&str] = &[
        "linux-vdso",
        "linux-gate",
        "libc.so",
        "libm.so",
        "libgcc_s.so",
        "libpthread.so",
        "libdl.so",
        "librt.so",
        "ld-linux",
        "ld64.so",
    ];
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        assert!(
            ALLOWED.iter().any(|a| line.contains(a)),
            "the binary links a library beyond the C library's own: {line}"
        );
        for banned in ["libpq", "libssl", "libcrypto"] {
            assert!(!line.contains(banned), "the binary links {banned}: {line}");
        }
    }
}
