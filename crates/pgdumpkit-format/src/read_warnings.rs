//! The warnings pg_restore prints while it reads an archive's header and TOC.

use crate::archive::Archive;
use crate::version::ArchiveVersion;

impl Archive {
    /// Warnings pg_restore 18 prints on reading this archive, in its order, without the
    /// `pg_restore: warning: ` prefix: `ReadHead`'s integer-size warning and `ReadToc`'s
    /// "WITH OIDS" warning, once per entry whose `withOids` is `true` and for every entry of an
    /// archive older than 1.9, which cannot say.
    pub fn read_warnings(&self) -> Vec<String> {
        let mut w = Vec::new();
        if usize::from(self.header().int_size) > std::mem::size_of::<i32>() {
            w.push(
                "archive was made on a machine with larger integers, some operations might fail"
                    .into(),
            );
        }
        let old = !self.header().version.at_least(ArchiveVersion::V1_9);
        for e in self.entries() {
            if old || e.with_oids.as_deref() == Some(b"true") {
                w.push("restoring tables WITH OIDS is not supported anymore".into());
            }
        }
        w
    }
}
