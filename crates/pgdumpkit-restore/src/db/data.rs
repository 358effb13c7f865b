//! Table data and large objects into a live database: `COPY ... FROM stdin` fed from the
//! archive's decompressor, INSERT-style data cut into statements, and `lo_open`/`lowrite`.

use std::borrow::Cow;
use std::io::{self, BufRead, Read};
use std::pin::pin;
use std::sync::atomic::Ordering;

use bytes::Bytes;
use futures_util::SinkExt;
use pgdumpkit_format::{Archive, DataError, DumpId};
use pgdumpkit_plan::script::Encoding;

use super::exec::{Conn, strip_one_newline};
use super::{Event, Fatal, Level};
use crate::connect::Session;

/// How many bytes of COPY data go into one CopyData message: the reader's own slices are
/// up to a MiB; the sink buffers and flushes them as the socket takes them.
const COPY_CHUNK: usize = 256 * 1024;

/// How large-object data is written: bigger than pg_restore's 16 KiB `LOBBUFSIZE`, so a large
/// object costs fewer round trips.
const LO_CHUNK: usize = 1024 * 1024;

/// How often a COPY reports progress, in bytes of rows sent.
const PROGRESS_EVERY: u64 = 4 << 20;

/// `INV_WRITE`.
const INV_WRITE: i32 = 0x0002_0000;

/// Why a COPY stopped.
enum CopyFail {
    /// The COPY statement itself failed: `could not execute query`.
    Start(tokio_postgres::Error),
    /// The server refused the data: `COPY failed for table`.
    Data(tokio_postgres::Error),
    /// Reading the archive failed: fatal.
    Read(DataError),
    Interrupted,
}

/// Open an entry's data (`None`: no data stored); a broken archive ends the restore.
fn open(
    archive: &mut Archive,
    dump_id: DumpId,
) -> Result<Option<pgdumpkit_format::DataReader<'_>>, Fatal> {
    crate::script::open_data(archive, dump_id).map_err(|e| Fatal::Reported(e.to_string()))
}

impl Conn<'_> {
    /// Run `stmt` (a `COPY ... FROM stdin`) and stream the entry's data into it, reporting
    /// the bytes of rows sent as [`Event::Progress`].
    pub fn copy(
        &mut self,
        archive: &mut Archive,
        dump_id: DumpId,
        stmt: &[u8],
        has_data: bool,
        table: &str,
    ) -> Result<(), Fatal> {
        let text = self.shared().text;
        let converted = match text.statement(stmt) {
            Ok(c) => c,
            Err(e) => {
                let m = format!(
                    "could not execute query: {e}Command was: {}",
                    String::from_utf8_lossy(stmt)
                );
                return self.warn_or_exit(strip_one_newline(m));
            }
        };
        let Ok(sql) = std::str::from_utf8(&converted) else {
            let m = format!(
                "could not execute query: {}Command was: {}",
                super::exec::not_utf8(),
                String::from_utf8_lossy(stmt)
            );
            return self.warn_or_exit(strip_one_newline(m));
        };
        // The rows go as stored, in the archive's encoding, which the COPY names: the server
        // converts them as it would for pg_restore's `client_encoding`, with its messages.
        let with_encoding = text.from().map(|enc| copy_with_encoding(sql, enc));
        let copy_sql = with_encoding.as_deref().unwrap_or(sql);
        let mut reader = if has_data {
            open(archive, dump_id)?
        } else {
            None
        };
        let sink = self.sink;
        let interrupt = self.interrupt;
        let worker = self.worker;
        let session: &Session = &self.session;
        let client = session.client();
        let result: Result<(u64, u64), CopyFail> = session.block_on(async {
            let mut sent = 0u64;
            let copy = client
                .copy_in::<_, Bytes>(copy_sql)
                .await
                .map_err(CopyFail::Start)?;
            let mut copy = pin!(copy);
            if let Some(r) = reader.as_mut() {
                let mut unreported = 0u64;
                loop {
                    if interrupt.is_some_and(|f| f.load(Ordering::Relaxed)) {
                        return Err(CopyFail::Interrupted);
                    }
                    let buf = match r.fill_buf() {
                        Ok([]) => break,
                        Ok(b) => b,
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                        Err(e) => {
                            return Err(CopyFail::Read(crate::script::read_error(e, dump_id)));
                        }
                    };
                    let n = buf.len().min(COPY_CHUNK);
                    let chunk = Bytes::copy_from_slice(&buf[..n]);
                    r.consume(n);
                    copy.send(chunk).await.map_err(CopyFail::Data)?;
                    sent += n as u64;
                    unreported += n as u64;
                    if unreported >= PROGRESS_EVERY {
                        sink(&Event::Progress {
                            worker,
                            dump_id,
                            bytes: unreported,
                        });
                        unreported = 0;
                    }
                }
                if unreported > 0 {
                    sink(&Event::Progress {
                        worker,
                        dump_id,
                        bytes: unreported,
                    });
                }
            }
            // The server's own count, from the `COPY n` command tag.
            let rows = copy.as_mut().finish().await.map_err(CopyFail::Data)?;
            Ok((sent, rows))
        });
        self.flush_notices();
        match result {
            Ok((sent, rows)) => {
                self.row_bytes += sent;
                self.rows += rows;
                Ok(())
            }
            Err(CopyFail::Start(e)) => {
                let text = self.error_text(&e, Some(sql));
                let m = format!("could not execute query: {text}Command was: {sql}");
                self.warn_or_exit(strip_one_newline(m))?;
                // tokio-postgres sends COPY with the extended protocol and a Sync: when the
                // server refuses the COPY before entering COPY mode (no such table, no
                // permission), a second Sync answers with a ReadyForQuery nobody waits for,
                // and the client closes the connection (rust-postgres issue 789). Replace the
                // connection now, as the restore goes on.
                let dbname = self.params.dbname.clone();
                self.reconnect(&dbname)?;
                self.replaced = true;
                Ok(())
            }
            Err(CopyFail::Data(e)) => {
                if self.session.is_closed() {
                    return Err(Fatal::Reported(format!(
                        "error returned by PQputCopyData: {}",
                        strip_one_newline(self.error_text(&e, None))
                    )));
                }
                let text = self.error_text(&e, None);
                self.warn_or_exit(strip_one_newline(format!(
                    "COPY failed for table \"{table}\": {text}"
                )))
            }
            Err(CopyFail::Read(e)) => Err(Fatal::Reported(e.to_string())),
            Err(CopyFail::Interrupted) => Err(Fatal::Interrupted),
        }
    }

    /// `ExecuteSimpleCommands`: INSERT-style data (and old `BLOB COMMENTS` data) cut into
    /// statements at semicolons outside quotes, each its own query.
    ///
    /// Unlike pg_restore, which waits for each statement before sending the next, statements
    /// are pipelined in groups when errors do not stop the restore: every statement is still
    /// its own implicit transaction with its own result, so the outcome is the same, with one
    /// round trip per group instead of per row.
    pub fn simple_commands(
        &mut self,
        archive: &mut Archive,
        dump_id: DumpId,
        std_strings: bool,
    ) -> Result<(), Fatal> {
        let Some(mut reader) = open(archive, dump_id)? else {
            return Ok(());
        };
        let mut splitter = Splitter::new(std_strings);
        let mut batch: Vec<Vec<u8>> = Vec::new();
        let mut batch_bytes = 0usize;
        let pipelined = !self.exit_on_error();
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            if self.interrupted() {
                return Err(Fatal::Interrupted);
            }
            let n = match reader.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    return Err(Fatal::Reported(
                        crate::script::read_error(e, dump_id).to_string(),
                    ));
                }
            };
            for stmt in splitter.feed(&chunk[..n]) {
                batch_bytes += stmt.len();
                batch.push(stmt);
                if !pipelined || batch.len() >= 512 || batch_bytes >= 4 << 20 {
                    self.run_batch(&mut batch)?;
                    batch_bytes = 0;
                }
            }
        }
        self.run_batch(&mut batch)
    }

    fn run_batch(&mut self, batch: &mut Vec<Vec<u8>>) -> Result<(), Fatal> {
        if batch.is_empty() {
            return Ok(());
        }
        let stmts = std::mem::take(batch);
        if stmts.len() == 1 {
            return self.exec(&stmts[0], &pgdumpkit_plan::script::SqlKind::Query);
        }
        // Statements as the server gets them; `None`: not sendable here, so reported through
        // the one-statement path.
        let text = self.shared().text;
        // UTF-8 statements (all of them, in a UTF-8 archive) are borrowed, not copied.
        let sendable: Vec<Option<Cow<'_, str>>> = stmts
            .iter()
            .map(|s| match text.statement(s).ok()? {
                Cow::Borrowed(b) => std::str::from_utf8(b).ok().map(Cow::Borrowed),
                Cow::Owned(v) => String::from_utf8(v).ok().map(Cow::Owned),
            })
            .collect();
        let client = self.session.client();
        let results: Vec<Option<Result<(), tokio_postgres::Error>>> =
            self.session.block_on(async {
                let futures = sendable.iter().map(|s| async move {
                    match s {
                        Some(text) => Some(client.batch_execute(text).await),
                        None => None,
                    }
                });
                futures_util::future::join_all(futures).await
            });
        self.flush_notices();
        for ((stmt, sent), res) in stmts.iter().zip(&sendable).zip(results) {
            match res {
                Some(Ok(())) => {}
                Some(Err(e)) => {
                    let err = self.error_text(&e, sent.as_deref());
                    let m = format!(
                        "could not execute query: {err}Command was: {}",
                        sent.as_deref().unwrap_or_default()
                    );
                    self.warn_or_exit(strip_one_newline(m))?;
                }
                None => self.exec(stmt, &pgdumpkit_plan::script::SqlKind::Query)?,
            }
        }
        Ok(())
    }

    /// `_LoadLOs` through `StartRestoreLO` / `dump_lo_buf` / `EndRestoreLO`, with the
    /// server-side large-object functions (the transaction is opened by the plan).
    pub fn large_objects(
        &mut self,
        archive: &mut Archive,
        dump_id: DumpId,
        old_style: bool,
        clean: bool,
    ) -> Result<u64, Fatal> {
        let mut count = 0u64;
        let mut fatal: Option<Fatal> = None;
        let res = archive.read_blobs(dump_id, &mut |oid, r| {
            if fatal.is_some() {
                return Ok(());
            }
            count += 1;
            self.log(
                Level::Info,
                format!("restoring large object with OID {oid}"),
            );
            if let Err(f) = self.one_large_object(oid, r, old_style, clean) {
                fatal = Some(f);
            }
            Ok(())
        });
        if let Some(f) = fatal {
            return Err(f);
        }
        res.map_err(|e| Fatal::Reported(e.to_string()))?;
        self.log(
            Level::Info,
            format!(
                "restored {count} large object{}",
                if count == 1 { "" } else { "s" }
            ),
        );
        Ok(count)
    }

    fn one_large_object(
        &mut self,
        oid: u32,
        r: &mut dyn Read,
        old_style: bool,
        clean: bool,
    ) -> Result<(), Fatal> {
        if old_style && clean {
            let q = format!(
                "SELECT pg_catalog.lo_unlink(oid) FROM pg_catalog.pg_largeobject_metadata WHERE oid = '{oid}';\n"
            );
            self.exec(q.as_bytes(), &pgdumpkit_plan::script::SqlKind::Query)?;
        }
        if old_style {
            let client = self.session.client();
            let created: Result<u32, tokio_postgres::Error> = self.session.block_on(async {
                let row = client
                    .query_one("SELECT pg_catalog.lo_create($1::pg_catalog.oid)", &[&oid])
                    .await?;
                row.try_get::<_, u32>(0)
            });
            match created {
                Ok(got) if got == oid => {}
                Ok(_) => {
                    return Err(Fatal::Reported(format!(
                        "could not create large object {oid}: the server assigned another OID"
                    )));
                }
                Err(e) => {
                    return Err(Fatal::Reported(strip_one_newline(format!(
                        "could not create large object {oid}: {}",
                        self.error_text(&e, None)
                    ))));
                }
            }
        }
        let client = self.session.client();
        let fd: Result<i32, tokio_postgres::Error> = self.session.block_on(async {
            let row = client
                .query_one(
                    "SELECT pg_catalog.lo_open($1::pg_catalog.oid, $2)",
                    &[&oid, &INV_WRITE],
                )
                .await?;
            row.try_get::<_, i32>(0)
        });
        let fd = match fd {
            Ok(fd) => fd,
            Err(e) => {
                return Err(Fatal::Reported(strip_one_newline(format!(
                    "could not open large object {oid}: {}",
                    self.error_text(&e, None)
                ))));
            }
        };
        let mut buf = vec![0u8; LO_CHUNK];
        loop {
            let mut filled = 0;
            while filled < buf.len() {
                match r.read(&mut buf[filled..]) {
                    Ok(0) => break,
                    Ok(n) => filled += n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(Fatal::Reported(e.to_string())),
                }
            }
            if filled == 0 {
                break;
            }
            let data = &buf[..filled];
            let client = self.session.client();
            let written: Result<(), tokio_postgres::Error> = self.session.block_on(async {
                client
                    .execute("SELECT pg_catalog.lowrite($1, $2)", &[&fd, &data])
                    .await
                    .map(|_| ())
            });
            if let Err(e) = written {
                let text = self.error_text(&e, None);
                self.warn_or_exit(strip_one_newline(format!(
                    "could not write to large object: {text}"
                )))?;
                break;
            }
            if filled < buf.len() {
                break;
            }
        }
        let client = self.session.client();
        let closed: Result<(), tokio_postgres::Error> = self.session.block_on(async {
            client
                .execute("SELECT pg_catalog.lo_close($1)", &[&fd])
                .await
                .map(|_| ())
        });
        if let Err(e) = closed {
            let text = self.error_text(&e, None);
            self.warn_or_exit(strip_one_newline(format!(
                "could not close large object: {text}"
            )))?;
        }
        Ok(())
    }
}

/// The statement splitter of `ExecuteSimpleCommands`: cuts at `;` outside single and double
/// quotes, with backslash escapes inside single quotes when standard_conforming_strings is
/// off, and skips newlines between statements.
#[derive(Debug)]
pub(super) struct Splitter {
    std_strings: bool,
    state: SplitState,
    backslash: bool,
    current: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SplitState {
    Scan,
    Single,
    Double,
}

impl Splitter {
    pub fn new(std_strings: bool) -> Splitter {
        Splitter {
            std_strings,
            state: SplitState::Scan,
            backslash: false,
            current: Vec::new(),
        }
    }

    /// The statements completed by `data`.
    pub fn feed(&mut self, data: &[u8]) -> Vec<Vec<u8>> {
        let mut done = Vec::new();
        for &ch in data {
            if !(ch == b'\n' && self.current.is_empty()) {
                self.current.push(ch);
            }
            match self.state {
                SplitState::Scan => match ch {
                    b';' => done.push(std::mem::take(&mut self.current)),
                    b'\'' => {
                        self.state = SplitState::Single;
                        self.backslash = false;
                    }
                    b'"' => self.state = SplitState::Double,
                    _ => {}
                },
                SplitState::Single => {
                    if ch == b'\'' && !self.backslash {
                        self.state = SplitState::Scan;
                    } else if ch == b'\\' && !self.std_strings {
                        self.backslash = !self.backslash;
                    } else {
                        self.backslash = false;
                    }
                }
                SplitState::Double => {
                    if ch == b'"' {
                        self.state = SplitState::Scan;
                    }
                }
            }
        }
        done
    }
}

/// `COPY ... FROM stdin WITH (ENCODING 'enc');`: pg_dump's COPY statement (`COPY t (cols)
/// FROM stdin;`) with the encoding of the rows that follow, for a connection whose
/// client_encoding is UTF8 while the rows are in the archive's encoding.
fn copy_with_encoding(sql: &str, enc: Encoding) -> String {
    let body = sql.trim_end();
    let body = body.strip_suffix(';').unwrap_or(body);
    format!("{body} WITH (ENCODING '{}');\n", enc.name())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_semicolons_outside_quotes() {
        let mut s = Splitter::new(true);
        let mut out = s.feed(b"INSERT INTO t VALUES (1, 'a;b');\nINSERT INTO \"x;y\" VALUES (2");
        out.extend(s.feed(b", 'c''d');\n\n"));
        assert_eq!(
            out,
            vec![
                b"INSERT INTO t VALUES (1, 'a;b');".to_vec(),
                b"INSERT INTO \"x;y\" VALUES (2, 'c''d');".to_vec(),
            ]
        );
    }

    #[test]
    fn backslashes_escape_quotes_without_standard_strings() {
        let mut s = Splitter::new(false);
        let out = s.feed(b"INSERT INTO t VALUES ('it\\'s; fine');");
        assert_eq!(out.len(), 1);
        let mut s = Splitter::new(true);
        let out = s.feed(b"INSERT INTO t VALUES ('a\\');");
        assert_eq!(out, vec![b"INSERT INTO t VALUES ('a\\');".to_vec()]);
    }
}
